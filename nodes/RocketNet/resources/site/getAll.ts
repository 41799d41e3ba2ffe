import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';
import { sortOptions } from '../../shared/sorting';

export const siteGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit('site', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: showFor('site', ['getAll']) },
		options: [
			{
				displayName: 'Domain',
				name: 'domain',
				type: 'string',
				default: '',
				placeholder: 'e.g. example.com',
				description: 'Only the site with this exact domain',
				routing: { send: { type: 'query', property: 'domain' } },
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				placeholder: 'e.g. shop',
				description: 'Only sites whose domain or label contains this text',
				routing: { send: { type: 'query', property: 'search' } },
			},
			...sortOptions([
				{ name: 'Created At', value: 'created_at' },
				{ name: 'Disk Usage', value: 'disk_usage' },
				{ name: 'Domain', value: 'domain' },
				{ name: 'Label', value: 'label' },
			]),
		],
	},
];
