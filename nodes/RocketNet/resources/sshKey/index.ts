import type { INodeProperties } from 'n8n-workflow';

import { deletedOutput, showFor, siteSelector } from '../../shared/descriptions';
import { validatePathId } from '../../shared/validation';
import { sshKeyGetAllDescription } from './getAll';
import { sshKeyImportDescription } from './import';

const keys = '=/sites/{{$parameter.siteId}}/ssh/keys';

/**
 * The key an operation acts on, picked from the keys of the site. Get names it in the URL path,
 * the others in the body; either way it is checked to be a plain name first.
 */
function sshKeyNameField(operations: string[], inBody: boolean): INodeProperties {
	return {
		displayName: 'SSH Key Name or ID',
		name: 'sshKeyName',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getSshKeys', loadOptionsDependsOn: ['siteId.value'] },
		required: true,
		default: '',
		description:
			'The key, by the file name it was imported under. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: showFor('sshKey', operations) },
		routing: {
			send: {
				...(inBody ? { type: 'body' as const, property: 'name' } : {}),
				preSend: [validatePathId('sshKeyName', 'SSH Key', 'text')],
			},
		},
	};
}

export const sshKeyDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['sshKey'] } },
		options: [
			{
				name: 'Authorize',
				value: 'authorize',
				action: 'Authorize an SSH key',
				description: 'Activate an SSH key so that it can log in to the site over SSH',
				routing: { request: { method: 'POST', url: `${keys}/authorize` } },
			},
			{
				name: 'Deauthorize',
				value: 'deauthorize',
				action: 'Deauthorize an SSH key',
				description: 'Deactivate an SSH key: it stays on the site but can no longer log in',
				routing: { request: { method: 'POST', url: `${keys}/deauthorize` } },
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an SSH key',
				description: 'Remove an SSH key from the site',
				routing: {
					request: { method: 'DELETE', url: keys },
					output: { postReceive: deletedOutput },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an SSH key',
				description: 'Get an SSH key of the site with its authorization status',
				routing: { request: { method: 'GET', url: `${keys}/{{$parameter.sshKeyName}}` } },
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many SSH keys',
				description: 'List the SSH keys of the site',
				routing: { request: { method: 'GET', url: keys } },
			},
			{
				name: 'Import',
				value: 'import',
				action: 'Import an SSH key',
				description: 'Import a public SSH key into the site',
				routing: { request: { method: 'POST', url: keys } },
			},
		],
		default: 'getAll',
	},
	siteSelector('sshKey', ['authorize', 'deauthorize', 'delete', 'get', 'getAll', 'import']),
	sshKeyNameField(['authorize', 'deauthorize', 'delete'], true),
	sshKeyNameField(['get'], false),
	...sshKeyGetAllDescription,
	...sshKeyImportDescription,
];
