import type { INodeProperties } from 'n8n-workflow';

import { deletedOutput, pathIdField, showFor, siteSelector } from '../../shared/descriptions';
import { activityLogCreateDescription } from './create';
import { activityLogGetAllDescription } from './getAll';

const activity = '=/sites/{{$parameter.siteId}}/activity';
const event = `${activity}/events/{{$parameter.eventId}}`;

export const activityLogDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['activityLog'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an activity event',
				description: 'Add an event to the activity log of the site',
				routing: { request: { method: 'POST', url: `${activity}/events` } },
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an activity event',
				description: 'Delete an event from the activity log of the site',
				routing: {
					request: { method: 'DELETE', url: event },
					output: { postReceive: deletedOutput },
				},
			},
			{
				name: 'Disable',
				value: 'disable',
				action: 'Disable the activity log',
				description: 'Stop recording WordPress activity on the site',
				routing: { request: { method: 'POST', url: `${activity}/disable` } },
			},
			{
				name: 'Enable',
				value: 'enable',
				action: 'Enable the activity log',
				description:
					'Start recording WordPress activity (logins, content, plugin changes) on the site',
				routing: { request: { method: 'POST', url: `${activity}/enable` } },
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an activity event',
				description: 'Get one event of the activity log by its ID',
				routing: { request: { method: 'GET', url: event } },
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many activity events',
				description: 'List and search the events of the activity log, newest first',
				routing: { request: { method: 'GET', url: `${activity}/events` } },
			},
		],
		default: 'getAll',
	},
	siteSelector('activityLog', ['create', 'delete', 'disable', 'enable', 'get', 'getAll']),
	pathIdField(
		'eventId',
		'Event ID',
		'text',
		showFor('activityLog', ['delete', 'get']),
		'The event, as listed by Get Many',
	),
	...activityLogCreateDescription,
	...activityLogGetAllDescription,
];
