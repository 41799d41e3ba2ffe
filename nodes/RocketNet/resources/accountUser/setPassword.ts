import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

export const accountUserSetPasswordDescription: INodeProperties[] = [
	{
		displayName: 'Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		description: 'The first password of the invited user',
		displayOptions: { show: showFor('accountUser', ['setPassword']) },
		routing: { send: { type: 'body', property: 'password' } },
	},
];
