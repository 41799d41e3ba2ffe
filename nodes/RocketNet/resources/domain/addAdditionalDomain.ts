import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { trimmedValue, validateHostname } from '../../shared/text';

export const domainAddAdditionalDomainDescription: INodeProperties[] = [
	{
		displayName: 'Domain',
		name: 'domain',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. shop.example.com',
		description: 'The domain name to add, without https://',
		displayOptions: { show: showFor('domain', ['addAdditionalDomain']) },
		routing: {
			send: {
				type: 'body',
				property: 'domain',
				value: trimmedValue,
				preSend: [validateHostname('domain', 'Domain')],
			},
		},
	},
];
