import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { emailedTokenField } from './shared';

const showOnlyForSetPassword = showFor('siteUser', ['setPassword']);

export const siteUserSetPasswordDescription: INodeProperties[] = [
	{
		displayName: 'Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		description: 'The new password of the site user',
		displayOptions: { show: showOnlyForSetPassword },
		routing: { send: { type: 'body', property: 'password' } },
	},
	emailedTokenField(
		showOnlyForSetPassword,
		'body',
		'The token from the invitation or password reset email',
	),
];
