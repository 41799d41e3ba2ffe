import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

export const reportingGetCdnRequestsDescription: INodeProperties[] = [
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: showFor('reporting', ['getCdnRequests']) },
		options: [
			{
				displayName: 'Request Type',
				name: 'req_type',
				type: 'options',
				options: [
					{
						name: 'Edge and Origin',
						value: 'edgeOrigin',
						description:
							'Requests served by the edge and requests that reached the origin server, apart',
					},
				],
				default: 'edgeOrigin',
				description: 'Which requests to report on; without it, all requests and bytes served',
				routing: { send: { type: 'query', property: 'req_type' } },
			},
		],
	},
];
