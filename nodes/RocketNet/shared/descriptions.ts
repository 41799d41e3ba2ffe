import type { IDisplayOptions, INodeProperties, PostReceiveAction } from 'n8n-workflow';

import { validateLimit, validatePathId, validateSiteId, validateWaitTimeout } from './validation';

type Show = NonNullable<IDisplayOptions['show']>;

export function showFor(resource: string, operations: string[]): Show {
	return { resource: [resource], operation: operations };
}

/** The site an operation acts on: picked from a list searchable by domain, or by ID. */
export function siteSelector(resource: string, operations: string[]): INodeProperties {
	return {
		displayName: 'Site',
		name: 'siteId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: 'The Rocket.net site to act on',
		displayOptions: { show: showFor(resource, operations) },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a site…',
				typeOptions: { searchListMethod: 'searchSites', searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 12345',
			},
		],
		routing: { send: { preSend: [validateSiteId] } },
	};
}

/** Return All and Limit for a list operation; Return All fetches pages of `pageSize` records. */
export function returnAllAndLimit(resource: string, operation: string, pageSize = 1000) {
	const properties: INodeProperties[] = [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions: { show: showFor(resource, [operation]) },
			routing: { send: { type: 'query', property: 'per_page', value: String(pageSize) } },
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			default: 50,
			typeOptions: { minValue: 1, maxValue: pageSize },
			description: 'Max number of results to return',
			displayOptions: { show: { ...showFor(resource, [operation]), returnAll: [false] } },
			routing: {
				send: { type: 'query', property: 'per_page', preSend: [validateLimit] },
				output: { maxResults: '={{$value}}' },
			},
		},
	];
	return properties;
}

/** For operations that start a background task: optionally follow it to its end. */
export function waitForCompletionFields(resource: string, operations: string[]) {
	const properties: INodeProperties[] = [
		{
			displayName: 'Wait for Completion',
			name: 'waitForCompletion',
			type: 'boolean',
			default: false,
			description:
				'Whether to wait until the background task has finished, and output the finished task',
			displayOptions: { show: showFor(resource, operations) },
		},
		{
			displayName: 'Wait Timeout',
			name: 'waitTimeout',
			type: 'number',
			default: 600,
			typeOptions: { minValue: 1 },
			description: 'How many seconds to wait for the task before the item fails',
			displayOptions: { show: { ...showFor(resource, operations), waitForCompletion: [true] } },
			routing: { send: { preSend: [validateWaitTimeout] } },
		},
	];
	return properties;
}

/** Delete operations output `{ "deleted": true }`, the n8n convention. */
export const deletedOutput: PostReceiveAction[] = [
	{ type: 'set', properties: { value: '={{ { "deleted": true } }}' } },
];

/** A required ID that ends up in the URL path, validated before any request is sent. */
export function pathIdField(
	name: string,
	displayName: string,
	kind: 'number' | 'text',
	show: Show,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		required: true,
		default: '',
		placeholder:
			kind === 'number' ? 'e.g. 8880000888' : 'e.g. 60f248b2-5fd3-482a-bf40-845d2e0c909a',
		description,
		displayOptions: { show },
		routing: { send: { preSend: [validatePathId(name, displayName, kind)] } },
	};
}

export function binaryPropertyField(show: Show): INodeProperties {
	return {
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the output binary field to put the file in',
		displayOptions: { show },
	};
}
