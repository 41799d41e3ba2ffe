import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

export const domainSetWwwPrefixDescription: INodeProperties[] = [
	{
		displayName: 'Use WWW',
		name: 'www',
		type: 'boolean',
		default: true,
		description:
			'Whether the main domain starts with www., e.g. www.example.com rather than example.com',
		displayOptions: { show: showFor('domain', ['setWwwPrefix']) },
		routing: { send: { type: 'body', property: 'www' } },
	},
];
