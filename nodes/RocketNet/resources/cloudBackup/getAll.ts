import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';
import { backupStatusOptions } from '../../shared/fields';
import { sortOptions } from '../../shared/sorting';

export const cloudBackupGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit('cloudBackup', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: showFor('cloudBackup', ['getAll']) },
		options: [
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				description: 'Only backups with a property (e.g. the label) that contains this text',
				routing: { send: { type: 'query', property: 'search' } },
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: backupStatusOptions,
				default: 'DONE',
				routing: { send: { type: 'query', property: 'status' } },
			},
			{
				displayName: 'Task ID',
				name: 'task_id',
				type: 'string',
				default: '',
				placeholder: 'e.g. 60f248b2-5fd3-482a-bf40-845d2e0c909a',
				description: 'Only the backup made by this task',
				routing: { send: { type: 'query', property: 'task_id' } },
			},
			...sortOptions(
				[
					{ name: 'Created At', value: 'created_at' },
					{ name: 'ID', value: 'id' },
					{ name: 'Label', value: 'label' },
					{ name: 'Status', value: 'status' },
					{ name: 'Task ID', value: 'task_id' },
				],
				'id',
			),
		],
	},
];
