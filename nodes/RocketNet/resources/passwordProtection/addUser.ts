import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { validateNotEmpty } from '../../shared/fieldChecks';

const showOnlyForAddUser = showFor('passwordProtection', ['addUser']);

export const passwordProtectionAddUserDescription: INodeProperties[] = [
	{
		displayName: 'Username',
		name: 'username',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. preview',
		description: 'The name the visitor types to open the protected site',
		displayOptions: { show: showOnlyForAddUser },
		routing: {
			send: {
				type: 'body',
				property: 'username',
				preSend: [
					validateNotEmpty('username', 'Username', 'Enter the name visitors will log in with.'),
				],
			},
		},
	},
	{
		displayName: 'Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		description:
			'The password the visitor types. Password → Check Strength tells whether Rocket.net accepts it.',
		displayOptions: { show: showOnlyForAddUser },
		routing: {
			send: {
				type: 'body',
				property: 'password',
				preSend: [
					validateNotEmpty('password', 'Password', 'Enter the password visitors will log in with.'),
				],
			},
		},
	},
];
