import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { trimmedValue, validateHostname } from '../../shared/text';

const showOnlyForSetMainDomain = showFor('domain', ['setMainDomain']);

export const domainSetMainDomainDescription: INodeProperties[] = [
	{
		displayName: 'Domain',
		name: 'domain',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. example.com',
		description: 'The live domain of the site, without https://',
		displayOptions: { show: showOnlyForSetMainDomain },
		routing: {
			send: {
				type: 'body',
				property: 'domain',
				value: trimmedValue,
				preSend: [validateHostname('domain', 'Domain')],
			},
		},
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: showOnlyForSetMainDomain },
		options: [
			{
				displayName: 'Keep CDN URL',
				name: 'keep_cdn_url',
				type: 'boolean',
				default: false,
				description:
					'Whether WordPress stays on the CDN URL while the DNS records for the live domain are set up, to test the site before going live',
				routing: { send: { type: 'body', property: 'keep_cdn_url' } },
			},
		],
	},
];
