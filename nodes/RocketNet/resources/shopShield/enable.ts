import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { validateBodyFormat } from '../../shared/fieldChecks';
import { trimmedValue } from '../../shared/text';

const showOnlyForEnable = showFor('shopShield', ['enable']);

export const shopShieldEnableDescription: INodeProperties[] = [
	{
		displayName: 'URI',
		name: 'uri',
		type: 'string',
		required: true,
		default: '/',
		placeholder: 'e.g. /checkout',
		description:
			'The path to protect, starting with /, or a full URL on the site, e.g. https://example.com/shop',
		displayOptions: { show: showOnlyForEnable },
		routing: {
			send: {
				type: 'body',
				property: 'uri',
				value: trimmedValue,
				// Rocket.net takes a path (/shop) or a full URL on the site's domain, nothing else.
				preSend: [
					validateBodyFormat(
						'uri',
						'URI',
						/^(?:\/|https?:\/\/[^\s/]+)/i,
						'Enter a path such as /checkout, or a full URL such as https://example.com/shop.',
					),
				],
			},
		},
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: showOnlyForEnable },
		options: [
			{
				displayName: 'Notify Site Owner',
				name: 'notify_site_owner',
				type: 'boolean',
				default: true,
				description: 'Whether to notify the site owner that ShopShield is enabled',
				routing: { send: { type: 'body', property: 'notify_site_owner' } },
			},
		],
	},
];
