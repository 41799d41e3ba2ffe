import type { INodeProperties } from 'n8n-workflow';

import { deletedOutput, pathIdField, showFor, siteSelector } from '../../shared/descriptions';
import { passwordProtectionAddUserDescription } from './addUser';
import { passwordProtectionGetAllUsersDescription } from './getAllUsers';

const protection = '=/sites/{{$parameter.siteId}}/password_protection';
const users = `${protection}/users`;

export const passwordProtectionDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['passwordProtection'] } },
		options: [
			{
				name: 'Add User',
				value: 'addUser',
				action: 'Add a password protection user',
				description: 'Add a user who can open the site with a password while it is protected',
				routing: { request: { method: 'POST', url: users } },
			},
			{
				name: 'Delete User',
				value: 'deleteUser',
				action: 'Delete a password protection user',
				description: 'Remove a user who can open the site while it is password protected',
				routing: {
					request: { method: 'DELETE', url: `${users}/{{$parameter.userId}}` },
					output: { postReceive: deletedOutput },
				},
			},
			{
				name: 'Disable',
				value: 'disable',
				action: 'Disable password protection',
				description: 'Open the site to every visitor again',
				routing: { request: { method: 'DELETE', url: protection } },
			},
			{
				name: 'Enable',
				value: 'enable',
				action: 'Enable password protection',
				description: 'Ask every visitor of the site for a username and password',
				routing: { request: { method: 'POST', url: protection } },
			},
			{
				name: 'Get Many Users',
				value: 'getAllUsers',
				action: 'Get many password protection users',
				description: 'List the users who can open the site while it is password protected',
				routing: { request: { method: 'GET', url: users } },
			},
			{
				name: 'Get Status',
				value: 'getStatus',
				action: 'Get the password protection status',
				description: 'Check whether a site is password protected',
				routing: { request: { method: 'GET', url: protection } },
			},
		],
		default: 'getStatus',
	},
	siteSelector('passwordProtection', [
		'addUser',
		'deleteUser',
		'disable',
		'enable',
		'getAllUsers',
		'getStatus',
	]),
	pathIdField(
		'userId',
		'User ID',
		'number',
		showFor('passwordProtection', ['deleteUser']),
		'The password protection user, as listed by Get Many Users',
	),
	...passwordProtectionAddUserDescription,
	...passwordProtectionGetAllUsersDescription,
];
