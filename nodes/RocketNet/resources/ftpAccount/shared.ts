import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

/** Update and Delete name the account by its full login; a bare username finds nothing. */
async function validateFtpLogin(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const login = String(this.getNodeParameter('ftpUsername', '')).trim();
	if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(login)) {
		throw new NodeOperationError(this.getNode(), `FTP Account "${login}" is not a full FTP login`, {
			description:
				'Choose the account from the list, or give its login with the domain, e.g. designer@example.com.',
		});
	}
	return requestOptions;
}

/** The FTP account an operation acts on, picked from the site's accounts. */
export function ftpAccountField(
	operation: string,
	send: { type: 'body' | 'query'; property: string },
): INodeProperties {
	return {
		displayName: 'FTP Account Name or ID',
		name: 'ftpUsername',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getFtpAccounts', loadOptionsDependsOn: ['siteId.value'] },
		required: true,
		default: '',
		description:
			'The login of the account, username@domain. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: showFor('ftpAccount', [operation]) },
		routing: { send: { ...send, preSend: [validateFtpLogin] } },
	};
}
