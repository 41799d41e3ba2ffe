import type { INodeProperties } from 'n8n-workflow';

import { deletedOutput, siteSelector } from '../../shared/descriptions';
import { ftpAccountCreateDescription } from './create';
import { ftpAccountGetAllDescription } from './getAll';
import { ftpAccountField } from './shared';
import { ftpAccountUpdateDescription } from './update';

const accounts = '=/sites/{{$parameter.siteId}}/ftp/accounts';

export const ftpAccountDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['ftpAccount'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an FTP account',
				description: 'Create an FTP account for the site, with its own home folder and quota',
				routing: { request: { method: 'POST', url: accounts } },
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an FTP account',
				description: 'Delete an FTP account of the site',
				routing: {
					request: { method: 'DELETE', url: accounts },
					output: { postReceive: deletedOutput },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many FTP accounts',
				description: 'List the FTP accounts of the site, optionally filtered by username',
				routing: { request: { method: 'GET', url: accounts } },
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an FTP account',
				description: 'Change the password, quota or home folder of an FTP account',
				routing: { request: { method: 'PATCH', url: accounts } },
			},
		],
		default: 'getAll',
	},
	siteSelector('ftpAccount', ['create', 'delete', 'getAll', 'update']),
	// Delete takes the login in its body, Update in the query string.
	ftpAccountField('delete', { type: 'body', property: 'username' }),
	ftpAccountField('update', { type: 'query', property: 'username' }),
	...ftpAccountCreateDescription,
	...ftpAccountGetAllDescription,
	...ftpAccountUpdateDescription,
];
