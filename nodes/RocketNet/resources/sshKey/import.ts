import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

const showOnlyForImport = showFor('sshKey', ['import']);

/** Rocket.net imports public keys only; a private key or a stray line is refused up front. */
async function validatePublicKey(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const key = String(this.getNodeParameter('publicKey', '')).trim();
	if (!/^(ssh-|ecdsa-sha2-|sk-)\S+ \S+/.test(key)) {
		throw new NodeOperationError(this.getNode(), 'Public Key is not an OpenSSH public key', {
			description:
				'Paste the one-line content of the .pub file, starting with ssh-ed25519, ssh-rsa or ecdsa-sha2-. Never paste a private key.',
		});
	}
	return requestOptions;
}

export const sshKeyImportDescription: INodeProperties[] = [
	{
		displayName: 'Key Name',
		name: 'keyName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. deploy_ed25519.pub',
		description: 'File name the key is stored under on the site; it names the key from then on',
		displayOptions: { show: showOnlyForImport },
		routing: { send: { type: 'body', property: 'name' } },
	},
	{
		displayName: 'Public Key',
		name: 'publicKey',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		placeholder: 'e.g. ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI… deploy@example.com',
		description: 'The content of the public key file (.pub)',
		displayOptions: { show: showOnlyForImport },
		routing: { send: { type: 'body', property: 'key', preSend: [validatePublicKey] } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForImport },
		options: [
			{
				displayName: 'Passphrase',
				name: 'passphrase',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				description: 'Passphrase of the key; public keys need none',
				routing: { send: { type: 'body', property: 'passphrase' } },
			},
		],
	},
];
