import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

/** An update without fields would change nothing: say so instead of sending it. */
async function requireUpdateFields(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const fields = this.getNodeParameter('updateFields', {}) as object;
	if (Object.keys(fields).length === 0) {
		throw new NodeOperationError(this.getNode(), 'Update Fields is empty', {
			description: 'Add the password, quota or home directory to change.',
		});
	}
	return requestOptions;
}

export const ftpAccountUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showFor('ftpAccount', ['update']) },
		routing: { send: { preSend: [requireUpdateFields] } },
		options: [
			{
				displayName: 'Home Directory',
				name: 'homedir',
				type: 'string',
				default: '',
				placeholder: 'e.g. public_html',
				description: "The folder the account sees as its root, relative to the site's home folder",
				routing: { send: { type: 'body', property: 'homedir' } },
			},
			{
				displayName: 'New Password',
				name: 'new_password',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				routing: { send: { type: 'body', property: 'new_password' } },
			},
			{
				displayName: 'Quota (MB)',
				name: 'quota',
				type: 'number',
				default: 0,
				typeOptions: { minValue: 0 },
				description: 'Disk space the account may use, in MB; 0 for unlimited',
				routing: { send: { type: 'body', property: 'quota' } },
			},
		],
	},
];
