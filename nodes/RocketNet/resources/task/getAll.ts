import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';
import { sortOptions } from '../../shared/sorting';

const siteTaskTypes: INodePropertyOptions[] = [
	{ name: 'Automated Restore', value: 'automated_restore' },
	{ name: 'Backup', value: 'backup' },
	{ name: 'Clone Site', value: 'clone_site' },
	{ name: 'Cloud Backup Create', value: 'cloud_backup_create' },
	{ name: 'Cloud Backup Restore', value: 'cloud_backup_restore' },
	{ name: 'Publish', value: 'publish' },
	{ name: 'Restore', value: 'restore' },
	{ name: 'Staging', value: 'staging' },
];

const accountTaskTypes: INodePropertyOptions[] = [
	{ name: 'Create Site From Template', value: 'create_site_from_template' },
	{ name: 'Create Site Template', value: 'create_site_template' },
];

function taskFilters(operation: string, taskTypes: INodePropertyOptions[]): INodeProperties {
	const defaultType = taskTypes[0].value;
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: showFor('task', [operation]) },
		options: [
			{
				displayName: 'Status',
				name: 'task_status',
				type: 'options',
				options: [
					{ name: 'Done', value: 'DONE' },
					{ name: 'Failed', value: 'ERROR' },
					{ name: 'In Progress', value: 'PROGRESS' },
					{ name: 'New', value: 'NEW' },
				],
				default: 'DONE',
				routing: { send: { type: 'query', property: 'task_status' } },
			},
			{
				displayName: 'Task ID',
				name: 'task_id',
				type: 'string',
				default: '',
				description: 'Only this task',
				routing: { send: { type: 'query', property: 'task_id' } },
			},
			{
				displayName: 'Type',
				name: 'task_type',
				type: 'options',
				options: taskTypes,
				default: defaultType,
				routing: { send: { type: 'query', property: 'task_type' } },
			},
			...sortOptions([
				{ name: 'Updated', value: 'updated' },
				{ name: 'ID', value: 'id' },
				{ name: 'Progress', value: 'perc' },
				{ name: 'Status', value: 'task_status' },
				{ name: 'Type', value: 'task_type' },
			]),
		],
	};
}

export const taskGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit('task', 'getAll'),
	taskFilters('getAll', siteTaskTypes),
	...returnAllAndLimit('task', 'getAllAccount'),
	taskFilters('getAllAccount', accountTaskTypes),
];
