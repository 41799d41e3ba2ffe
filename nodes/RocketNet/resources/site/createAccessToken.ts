import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

export const siteCreateAccessTokenDescription: INodeProperties[] = [
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: showFor('site', ['createAccessToken']) },
		options: [
			{
				displayName: 'Lifetime (Seconds)',
				name: 'ttl',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 3600,
				description: 'How long the token stays valid',
				routing: { send: { type: 'body', property: 'ttl' } },
			},
		],
	},
];
