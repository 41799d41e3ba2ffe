import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';
import { sortOptions } from '../../shared/sorting';

export const shopShieldGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit('shopShield', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: showFor('shopShield', ['getAll']) },
		options: [
			{
				displayName: 'URI',
				name: 'uri',
				type: 'string',
				default: '',
				placeholder: 'e.g. /shop',
				description: 'Only URIs that contain this text',
				routing: { send: { type: 'query', property: 'uri' } },
			},
			{
				displayName: 'URI ID',
				name: 'uri_id',
				type: 'string',
				default: '',
				description: 'Only URIs whose ID contains this text',
				routing: { send: { type: 'query', property: 'uri_id' } },
			},
			...sortOptions([
				{ name: 'Created At', value: 'created_at' },
				{ name: 'ID', value: 'id' },
				{ name: 'Updated At', value: 'updated_at' },
				{ name: 'URI', value: 'uri' },
			]),
		],
	},
];
