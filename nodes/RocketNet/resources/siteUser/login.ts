import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

const showOnlyForLogin = showFor('siteUser', ['login']);

export const siteUserLoginDescription: INodeProperties[] = [
	{
		displayName: 'Email',
		name: 'username',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. nathan@example.com',
		description: 'The email address of the site user',
		displayOptions: { show: showOnlyForLogin },
		routing: { send: { type: 'body', property: 'username' } },
	},
	{
		displayName: 'Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		displayOptions: { show: showOnlyForLogin },
		routing: { send: { type: 'body', property: 'password' } },
	},
];
