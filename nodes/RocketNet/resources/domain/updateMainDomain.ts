import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { trimmedValue } from '../../shared/text';
import { requireOneOf } from './shared';

export const domainUpdateMainDomainDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showFor('domain', ['updateMainDomain']) },
		options: [
			{
				displayName: 'Certificate Authority',
				name: 'certificate_authority',
				type: 'options',
				options: [
					{ name: 'Google Trust Services', value: 'google' },
					{ name: "Let's Encrypt", value: 'lets_encrypt' },
				],
				default: 'google',
				description: 'The authority that issues the SSL certificates of the main domain',
				routing: { send: { type: 'body', property: 'certificate_authority' } },
			},
			{
				displayName: 'Domain',
				name: 'domain',
				type: 'string',
				default: '',
				placeholder: 'e.g. www.example.com',
				description:
					'Which main domain to update, when it is not the primary one (e.g. its www version)',
				routing: { send: { type: 'body', property: 'domain', value: trimmedValue } },
			},
			{
				displayName: 'Hide Go Live',
				name: 'hide_go_live',
				type: 'boolean',
				default: true,
				description:
					'Whether to hide the Go Live instructions in the Rocket.net dashboard now that the site is live',
				routing: {
					send: { type: 'body', property: 'hide_go_live', value: '={{ $value ? 1 : 0 }}' },
				},
			},
			{
				displayName: 'Validation Method',
				name: 'validation_method',
				type: 'options',
				options: [
					{
						name: 'HTTP',
						value: 'http',
						description: 'Rocket.net checks an HTTP response served on the domain',
					},
					{
						name: 'DNS (TXT Records)',
						value: 'txt',
						description: 'Rocket.net checks TXT records in the DNS of the domain',
					},
				],
				default: 'http',
				description: 'How Rocket.net validates the ownership of the domain before issuing SSL',
				routing: { send: { type: 'body', property: 'validation_method' } },
			},
		],
		routing: {
			send: {
				preSend: [
					requireOneOf(
						['certificate_authority', 'hide_go_live', 'validation_method'],
						'Nothing to update on the main domain',
						'Add Certificate Authority, Hide Go Live or Validation Method under Update Fields.',
					),
				],
			},
		},
	},
];
