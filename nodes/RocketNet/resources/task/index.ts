import type { INodeProperties } from 'n8n-workflow';

import { pathIdField, showFor, siteSelector } from '../../shared/descriptions';
import { taskGetAllDescription } from './getAll';

const showOnlyForTasks = { resource: ['task'] };

export const taskDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForTasks },
		options: [
			{
				name: 'Cancel',
				value: 'cancel',
				action: 'Cancel a task',
				description: 'Mark a site task as cancelled once it has run past its time limit',
				routing: {
					request: {
						method: 'POST',
						url: '=/sites/{{$parameter.siteId}}/tasks/{{$parameter.taskId}}/cancel',
					},
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many site tasks',
				description: 'List the background tasks of a site',
				routing: { request: { method: 'GET', url: '=/sites/{{$parameter.siteId}}/tasks' } },
			},
			{
				name: 'Get Many Account Tasks',
				value: 'getAllAccount',
				action: 'Get many account tasks',
				description:
					'List the account-level background tasks, such as sites created from templates',
				routing: { request: { method: 'GET', url: '/account/tasks' } },
			},
		],
		default: 'getAll',
	},
	siteSelector('task', ['cancel', 'getAll']),
	pathIdField(
		'taskId',
		'Task ID',
		'text',
		showFor('task', ['cancel']),
		'The task to cancel, as listed by Get Many',
	),
	...taskGetAllDescription,
];
