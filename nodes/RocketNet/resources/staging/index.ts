import type { INodeProperties } from 'n8n-workflow';

import {
	deletedOutput,
	showFor,
	siteSelector,
	waitForCompletionFields,
} from '../../shared/descriptions';

const showOnlyForStaging = { resource: ['staging'] };

const staging = '=/sites/{{$parameter.siteId}}/staging';

export const stagingDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForStaging },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a staging site',
				description: 'Copy a site into its staging site, as a background task',
				routing: { request: { method: 'POST', url: staging } },
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a staging site',
				description: 'Delete the staging copy of a site',
				routing: {
					request: { method: 'DELETE', url: staging },
					output: { postReceive: deletedOutput },
				},
			},
			{
				name: 'Publish',
				value: 'publish',
				action: 'Publish a staging site',
				description: 'Copy the staging site over its live site, as a background task',
				routing: { request: { method: 'POST', url: `${staging}/publish` } },
			},
		],
		default: 'create',
	},
	siteSelector('staging', ['create', 'delete', 'publish']),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: showFor('staging', ['create']) },
		options: [
			{
				displayName: 'Vanity Domain',
				name: 'vanity_domain',
				type: 'boolean',
				default: false,
				description: 'Whether to give the staging site a vanity domain',
				routing: { send: { type: 'body', property: 'vanity_domain' } },
			},
		],
	},
	...waitForCompletionFields('staging', ['create', 'publish']),
];
