import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

export const accountUserAcceptInviteDescription: INodeProperties[] = [
	{
		displayName: 'Invite Token',
		name: 'token',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		description: 'The token from the invitation email',
		displayOptions: { show: showFor('accountUser', ['acceptInvite']) },
		routing: { send: { type: 'query', property: 'token' } },
	},
];
