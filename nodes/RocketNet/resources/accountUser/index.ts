import type { INodeProperties } from 'n8n-workflow';

import { deletedOutput, pathIdField, showFor } from '../../shared/descriptions';
import { accountUserAcceptInviteDescription } from './acceptInvite';
import { accountUserCreateDescription } from './create';
import { accountUserGetAllDescription } from './getAll';
import { accountUserSetPasswordDescription } from './setPassword';
import { accountUserUpdateDescription } from './update';

const showOnlyForAccountUsers = { resource: ['accountUser'] };

const user = '=/users/{{$parameter.userId}}';

export const accountUserDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForAccountUsers },
		options: [
			{
				name: 'Accept Invite',
				value: 'acceptInvite',
				action: 'Accept an invitation to an account',
				description: 'Accept an invitation to help manage a Rocket.net account, with its token',
				routing: { request: { method: 'GET', url: '/users/accept' } },
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create an account user',
				description: 'Invite a person to the account; Rocket.net emails them to set a password',
				routing: { request: { method: 'POST', url: '/users' } },
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an account user',
				description: 'Remove a user from the account',
				routing: {
					request: { method: 'DELETE', url: user },
					output: { postReceive: deletedOutput },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an account user',
				description: 'Get a user of the account with their roles and two-factor status',
				routing: { request: { method: 'GET', url: user } },
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many account users',
				description: 'List the users who can access the account',
				routing: { request: { method: 'GET', url: '/users' } },
			},
			{
				name: 'Re-Invite',
				value: 'reinvite',
				action: 'Send an account user a new invitation',
				description: 'Send a new invitation email; earlier invitations stop working',
				routing: { request: { method: 'POST', url: `${user}/reinvite` } },
			},
			{
				name: 'Set Password',
				value: 'setPassword',
				action: 'Set the first password of an account user',
				description: 'Set the password of an invited user, within 30 minutes of the invitation',
				routing: { request: { method: 'POST', url: `${user}/password` } },
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an account user',
				description: 'Change the roles of a user or whether they must use two-factor sign-in',
				routing: { request: { method: 'PATCH', url: user } },
			},
		],
		default: 'getAll',
	},
	pathIdField(
		'userId',
		'User ID',
		'text',
		showFor('accountUser', ['delete', 'get', 'reinvite', 'setPassword', 'update']),
		'The account user, as listed by Get Many',
	),
	...accountUserAcceptInviteDescription,
	...accountUserCreateDescription,
	...accountUserGetAllDescription,
	...accountUserSetPasswordDescription,
	...accountUserUpdateDescription,
];
