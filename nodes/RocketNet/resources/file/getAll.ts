import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';
import { sortOptions } from '../../shared/sorting';

export const fileGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit('file', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: showFor('file', ['getAll']) },
		options: [
			{
				displayName: 'Directory',
				name: 'path',
				type: 'string',
				default: '',
				placeholder: 'e.g. wp-content/plugins',
				description:
					"Folder to list, relative to the site's document root (the document root if not set)",
				routing: { send: { type: 'query', property: 'path' } },
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				placeholder: 'e.g. .php',
				description: 'Only files and folders whose name contains this text',
				routing: { send: { type: 'query', property: 'search' } },
			},
			...sortOptions(
				[
					{ name: 'Created At', value: 'created_at' },
					{ name: 'Modified At', value: 'updated_at' },
					{ name: 'Name', value: 'name' },
					{ name: 'Size', value: 'size' },
					{ name: 'Type', value: 'type' },
				],
				'name',
			),
		],
	},
];
