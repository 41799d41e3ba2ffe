import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

export const domainRecheckValidationDescription: INodeProperties[] = [
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: showFor('domain', ['recheckValidation']) },
		options: [
			{
				displayName: 'Force',
				name: 'force',
				type: 'boolean',
				default: true,
				description: 'Whether to force the check of the DNS records and HTTP responses now',
				routing: { send: { type: 'query', property: 'force' } },
			},
		],
	},
];
