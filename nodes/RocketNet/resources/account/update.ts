import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

export const accountUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showFor('account', ['update']) },
		options: [
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'e.g. name@email.com',
				default: '',
				description: 'The email address the account user signs in with',
				routing: { send: { type: 'body', property: 'email' } },
			},
			{
				displayName: 'First Name',
				name: 'firstname',
				type: 'string',
				default: '',
				routing: { send: { type: 'body', property: 'firstname' } },
			},
			{
				displayName: 'Last Name',
				name: 'lastname',
				type: 'string',
				default: '',
				routing: { send: { type: 'body', property: 'lastname' } },
			},
			{
				displayName: 'Tax ID',
				name: 'tax_id',
				type: 'string',
				default: '',
				placeholder: 'e.g. GB123456789',
				description: 'Tax ID shown on invoices; only account owners and billing admins can set it',
				routing: { send: { type: 'body', property: 'tax_id' } },
			},
			{
				displayName: 'Two-Factor Authentication',
				name: 'twofactor_enabled',
				type: 'boolean',
				default: false,
				description: 'Whether signing in to the Rocket.net dashboard asks for a second factor',
				routing: { send: { type: 'body', property: 'twofactor_enabled' } },
			},
		],
	},
];
