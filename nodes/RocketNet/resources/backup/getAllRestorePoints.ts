import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';
import { sortOptions } from '../../shared/sorting';

export const backupGetAllRestorePointsDescription: INodeProperties[] = [
	...returnAllAndLimit('backup', 'getAllRestorePoints'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: showFor('backup', ['getAllRestorePoints']) },
		options: [
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				routing: { send: { type: 'query', property: 'search' } },
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [
					{ name: 'Done', value: 'DONE' },
					{ name: 'Restoring', value: 'RESTORING' },
				],
				default: 'DONE',
				routing: { send: { type: 'query', property: 'status' } },
			},
			...sortOptions([
				{ name: 'Created At', value: 'created_at' },
				{ name: 'Status', value: 'status' },
			]),
		],
	},
];
