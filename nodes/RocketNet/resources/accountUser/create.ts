import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { rolesField, twoFactorRequiredField } from './shared';

const showOnlyForCreate = showFor('accountUser', ['create']);

export const accountUserCreateDescription: INodeProperties[] = [
	{
		displayName: 'First Name',
		name: 'firstname',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Nathan',
		displayOptions: { show: showOnlyForCreate },
		routing: { send: { type: 'body', property: 'firstname' } },
	},
	{
		displayName: 'Last Name',
		name: 'lastname',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Smith',
		displayOptions: { show: showOnlyForCreate },
		routing: { send: { type: 'body', property: 'lastname' } },
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. nathan@example.com',
		description: 'Where Rocket.net sends the invitation to set a password',
		displayOptions: { show: showOnlyForCreate },
		routing: { send: { type: 'body', property: 'email' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForCreate },
		options: [
			rolesField('What the user may do; without this field the user is an Account User'),
			twoFactorRequiredField('Whether the user must turn on two-factor authentication to sign in'),
		],
	},
];
