import type { INodeProperties } from 'n8n-workflow';

import { showFor, siteSelector } from '../../shared/descriptions';
import { tagsField } from './shared';

const showOnlyForCreate = showFor('siteTemplate', ['create']);

const siteToCopy = siteSelector('siteTemplate', ['create']);

export const siteTemplateCreateDescription: INodeProperties[] = [
	{
		...siteToCopy,
		description: 'The site to build the template from; it must not be larger than 4 GB',
		routing: {
			send: {
				...siteToCopy.routing?.send,
				type: 'body',
				property: 'site_id',
				value: '={{ Number($value) }}',
			},
		},
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. WooCommerce with SEO plugins',
		description: 'The name of the template, up to 255 characters',
		displayOptions: { show: showOnlyForCreate },
		routing: { send: { type: 'body', property: 'name' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForCreate },
		options: [
			{
				displayName: 'Notes',
				name: 'notes',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				placeholder: 'e.g. Our WooCommerce storefront with SEO plugins on the Acme theme',
				description: 'What the template is for',
				routing: { send: { type: 'body', property: 'notes' } },
			},
			tagsField('body', 'Words to find the template by'),
		],
	},
];
