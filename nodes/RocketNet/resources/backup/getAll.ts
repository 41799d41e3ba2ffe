import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';
import { backupStatusOptions } from '../../shared/fields';
import { sortOptions } from '../../shared/sorting';

export const backupGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit('backup', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: showFor('backup', ['getAll']) },
		options: [
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Only backups whose label contains this text',
				routing: { send: { type: 'query', property: 'search' } },
			},
			{
				displayName: 'Statuses',
				name: 'status',
				type: 'multiOptions',
				options: backupStatusOptions,
				default: [],
				// Rocket.net takes several statuses as one comma-joined value.
				routing: { send: { type: 'query', property: 'status', value: '={{ $value.join(",") }}' } },
			},
			{
				displayName: 'Task ID',
				name: 'task_id',
				type: 'string',
				default: '',
				description: 'Only the backup made by this task (cannot be combined with other filters)',
				routing: { send: { type: 'query', property: 'task_id' } },
			},
			...sortOptions([
				{ name: 'Created At', value: 'created_at' },
				{ name: 'ID', value: 'id' },
				{ name: 'Label', value: 'label' },
				{ name: 'Status', value: 'status' },
			]),
		],
	},
];
