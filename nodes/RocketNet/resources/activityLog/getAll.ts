import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';
import { reportingDurationOptions } from '../../shared/reporting';
import { eventFieldOptions } from './eventFields';

/** Events are filtered to the second: YYYY-MM-DD, or the time in UTC as …Thh:mm:ss.mmmZ. */
export function eventTime(value: unknown): string | undefined {
	const text = String(value ?? '').trim();
	if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
	const time = Date.parse(text);
	return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function formatEventTime(property: string, displayName: string) {
	return async function (
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const qs = (requestOptions.qs ?? {}) as IDataObject;
		const time = eventTime(qs[property]);
		if (time === undefined) {
			throw new NodeOperationError(
				this.getNode(),
				`${displayName} "${String(qs[property] ?? '')}" is not a date`,
				{ description: 'Pick a date, or enter one as 2025-03-01 or 2025-03-01T08:00:00Z.' },
			);
		}
		qs[property] = time;
		return requestOptions;
	};
}

function timeFilter(
	property: 'date_from' | 'date_to',
	displayName: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name: property,
		type: 'dateTime',
		default: '',
		description,
		routing: {
			send: { type: 'query', property, preSend: [formatEventTime(property, displayName)] },
		},
	};
}

export const activityLogGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit('activityLog', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: showFor('activityLog', ['getAll']) },
		options: [
			...eventFieldOptions('filter'),
			{
				displayName: 'Duration',
				name: 'duration',
				type: 'options',
				options: reportingDurationOptions,
				default: '24h',
				description: 'Only events from this period, ending now',
				routing: { send: { type: 'query', property: 'duration' } },
			},
			timeFilter('date_from', 'From Date', 'Only events at or after this time'),
			timeFilter('date_to', 'To Date', 'Only events at or before this time'),
		],
	},
];
