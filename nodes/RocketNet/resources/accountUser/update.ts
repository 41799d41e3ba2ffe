import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { rolesField, twoFactorRequiredField } from './shared';

export const accountUserUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showFor('accountUser', ['update']) },
		options: [
			rolesField('The roles the user has from now on, replacing the current ones'),
			twoFactorRequiredField('Whether the user must use two-factor authentication to sign in'),
		],
	},
];
