import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

export const siteGetUsageDescription: INodeProperties[] = [
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: showFor('site', ['getUsage']) },
		options: [
			{
				displayName: 'From Date',
				name: 'date_from',
				type: 'dateTime',
				default: '',
				description: 'Start of the period; Rocket.net defaults to the current billing month',
				routing: {
					send: { type: 'query', property: 'date_from', value: '={{ $value.slice(0, 10) }}' },
				},
			},
			{
				displayName: 'To Date',
				name: 'date_to',
				type: 'dateTime',
				default: '',
				description: 'End of the period',
				routing: {
					send: { type: 'query', property: 'date_to', value: '={{ $value.slice(0, 10) }}' },
				},
			},
		],
	},
];
