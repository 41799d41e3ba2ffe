import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { validateNotEmpty } from '../../shared/fieldChecks';
import { passwordGenerateDescription } from './generate';

export const passwordDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['password'] } },
		options: [
			{
				name: 'Check Requirements',
				value: 'checkRequirements',
				action: 'Check a password against the password rules',
				description:
					"List which of Rocket.net's password rules a password misses; the password is not saved",
				routing: { request: { method: 'POST', url: '/users/password_strength' } },
			},
			{
				name: 'Check Strength',
				value: 'checkStrength',
				action: 'Check the strength of a password',
				description:
					'Score a password and say whether it is strong enough for Rocket.net; the password is not saved',
				routing: { request: { method: 'POST', url: '/password_strength' } },
			},
			{
				name: 'Generate',
				value: 'generate',
				action: 'Generate a strong password',
				description: "Generate a random password that meets Rocket.net's strength rules",
				routing: { request: { method: 'POST', url: '/users/generate_password' } },
			},
		],
		default: 'generate',
	},
	{
		displayName: 'Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		description: 'The password to check. Only the verdict is output, never the password.',
		displayOptions: { show: showFor('password', ['checkRequirements', 'checkStrength']) },
		routing: {
			send: {
				type: 'body',
				property: 'password',
				preSend: [validateNotEmpty('password', 'Password', 'Enter the password to check.')],
			},
		},
	},
	...passwordGenerateDescription,
];
