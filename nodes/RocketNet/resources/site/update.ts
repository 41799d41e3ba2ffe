import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { siteTypeOptions } from '../../shared/fields';
import { metadataField } from './shared';

export const siteUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showFor('site', ['update']) },
		options: [
			{
				displayName: 'Label',
				name: 'label',
				type: 'string',
				default: '',
				routing: { send: { type: 'body', property: 'label' } },
			},
			metadataField,
			{
				displayName: 'Site Type',
				name: 'site_type',
				type: 'options',
				options: siteTypeOptions,
				default: 0,
				routing: { send: { type: 'body', property: 'site_type' } },
			},
		],
	},
];
