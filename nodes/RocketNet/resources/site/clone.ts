import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { locationField, metadataField } from './shared';

export const siteCloneDescription: INodeProperties[] = [
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showFor('site', ['clone']) },
		options: [
			{
				displayName: 'Label',
				name: 'label',
				type: 'string',
				default: '',
				description: 'Label of the new site',
				routing: { send: { type: 'body', property: 'label' } },
			},
			locationField,
			metadataField,
		],
	},
];
