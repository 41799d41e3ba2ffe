import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

export const siteUserResetPasswordDescription: INodeProperties[] = [
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. nathan@example.com',
		description: 'The email address of the site user who forgot their password',
		displayOptions: { show: showFor('siteUser', ['resetPassword']) },
		routing: { send: { type: 'body', property: 'email' } },
	},
];
