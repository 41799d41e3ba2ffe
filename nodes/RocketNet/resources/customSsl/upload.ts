import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

const showOnlyForUpload = showFor('customSsl', ['upload']);

const PEM_ROWS = 8;

interface PemCheck {
	parameter: string;
	displayName: string;
	/** The PEM block type the text must contain, e.g. "CERTIFICATE". */
	block: RegExp;
	example: string;
}

const CERTIFICATE: PemCheck = {
	parameter: 'certificate',
	displayName: 'Certificate',
	block: /-----BEGIN CERTIFICATE-----[\s\S]+-----END CERTIFICATE-----/,
	example: '-----BEGIN CERTIFICATE-----',
};

const PRIVATE_KEY: PemCheck = {
	parameter: 'key',
	displayName: 'Private Key',
	block: /-----BEGIN (?:RSA |EC )?PRIVATE KEY-----[\s\S]+-----END (?:RSA |EC )?PRIVATE KEY-----/,
	example: '-----BEGIN PRIVATE KEY-----',
};

/**
 * The certificate and key are pasted PEM text; a swapped pair or a missing line is caught here
 * with a hint, instead of as a bare 400 from Rocket.net.
 */
async function validatePemFields(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const key = String(this.getNodeParameter('key', '') ?? '');
	if (/ENCRYPTED/.test(key)) {
		throw new NodeOperationError(this.getNode(), 'Private Key is encrypted', {
			description:
				'Rocket.net needs the key without a passphrase. Decrypt it first, e.g. with openssl pkey -in key.pem -out plain-key.pem.',
		});
	}
	for (const { parameter, displayName, block, example } of [CERTIFICATE, PRIVATE_KEY]) {
		const text = String(this.getNodeParameter(parameter, '') ?? '');
		if (!block.test(text)) {
			throw new NodeOperationError(this.getNode(), `${displayName} is not PEM text`, {
				description: `Paste the whole ${displayName.toLowerCase()} in PEM format, from ${example} to its END line.`,
			});
		}
	}

	const domains = ([] as unknown[]).concat(this.getNodeParameter('domains', []) ?? []);
	if (domains.every((domain) => String(domain).trim() === '')) {
		throw new NodeOperationError(this.getNode(), 'Domains is empty', {
			description: 'Add the domains of the site this certificate is for, e.g. example.com.',
		});
	}
	return requestOptions;
}

export const customSslUploadDescription: INodeProperties[] = [
	{
		displayName: 'Domains',
		name: 'domains',
		type: 'string',
		typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Domain' },
		required: true,
		default: [],
		placeholder: 'e.g. www.example.com',
		description: 'Domains of this site that the certificate is used for',
		displayOptions: { show: showOnlyForUpload },
		routing: {
			send: {
				type: 'body',
				property: 'domains',
				value: '={{ [].concat($value).map((domain) => String(domain).trim()).filter(Boolean) }}',
				preSend: [validatePemFields],
			},
		},
	},
	{
		displayName: 'Certificate',
		name: 'certificate',
		type: 'string',
		typeOptions: { rows: PEM_ROWS },
		required: true,
		default: '',
		placeholder: '-----BEGIN CERTIFICATE-----',
		description: 'The certificate in PEM format',
		displayOptions: { show: showOnlyForUpload },
		routing: { send: { type: 'body', property: 'certificate' } },
	},
	{
		displayName: 'Private Key',
		name: 'key',
		type: 'string',
		typeOptions: { rows: PEM_ROWS },
		required: true,
		default: '',
		placeholder: '-----BEGIN PRIVATE KEY-----',
		description: 'The private key of the certificate in PEM format, without a passphrase',
		displayOptions: { show: showOnlyForUpload },
		routing: { send: { type: 'body', property: 'key' } },
	},
];
