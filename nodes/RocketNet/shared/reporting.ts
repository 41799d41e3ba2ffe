import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { showFor } from './descriptions';

/** The periods Rocket.net reports on (its `ReportingDuration`). */
export const reportingDurationOptions: INodePropertyOptions[] = [
	{ name: 'Last 30 Minutes', value: '30m' },
	{ name: 'Last Hour', value: '1h' },
	{ name: 'Last 6 Hours', value: '6h' },
	{ name: 'Last 12 Hours', value: '12h' },
	{ name: 'Last 24 Hours', value: '24h' },
	{ name: 'Last 72 Hours', value: '72h' },
	{ name: 'Last 7 Days', value: '7d' },
	{ name: 'Last 30 Days', value: '30d' },
];

const durationValues = reportingDurationOptions.map((option) => String(option.value));

/** An expression can give any text: refuse what Rocket.net would answer with a bare 400. */
export async function validateDuration(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const duration = String(this.getNodeParameter('duration', '') ?? '').trim();
	if (!durationValues.includes(duration)) {
		throw new NodeOperationError(
			this.getNode(),
			duration === '' ? 'Duration is empty' : `Duration "${duration}" is not a reporting period`,
			{
				description: `Choose a period from the list, or give one of ${durationValues.join(', ')}.`,
			},
		);
	}
	return requestOptions;
}

/** The required reporting period of a report. */
export function durationField(resource: string, operations: string[]): INodeProperties {
	return {
		displayName: 'Duration',
		name: 'duration',
		type: 'options',
		required: true,
		options: reportingDurationOptions,
		default: '24h',
		description: 'The period to report on, ending now',
		displayOptions: { show: showFor(resource, operations) },
		routing: { send: { type: 'query', property: 'duration', preSend: [validateDuration] } },
	};
}

const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})/;

function dayOf(value: unknown): string | undefined {
	const match = DATE_PREFIX.exec(String(value ?? '').trim());
	if (!match) return undefined;
	const day = new Date(`${match[0]}T00:00:00Z`);
	return Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== match[0]
		? undefined
		: match[0];
}

const dateLabels: Record<string, string> = { date_from: 'From Date', date_to: 'To Date' };

/** Rocket.net takes report dates as YYYY-MM-DD: keep the day the user picked, whatever its zone. */
export async function formatReportDates(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const qs = (requestOptions.qs ?? {}) as IDataObject;
	for (const [property, label] of Object.entries(dateLabels)) {
		if (qs[property] === undefined) continue;
		const day = dayOf(qs[property]);
		if (day === undefined) {
			const text = String(qs[property] ?? '').trim();
			throw new NodeOperationError(
				this.getNode(),
				text === '' ? `${label} is empty` : `${label} "${text}" is not a date`,
				{ description: `Pick a day for ${label}, or give it as YYYY-MM-DD, e.g. 2025-01-31.` },
			);
		}
		qs[property] = day;
	}

	if (typeof qs.date_from === 'string' && typeof qs.date_to === 'string') {
		if (qs.date_from > qs.date_to) {
			throw new NodeOperationError(this.getNode(), 'From Date is after To Date', {
				description: 'Swap the two dates, or pick a From Date on or before the To Date.',
			});
		}
	}
	return requestOptions;
}

const dateDescriptions: Record<string, string> = {
	date_from: 'First day of the period',
	date_to: 'Last day of the period',
};

function dateField(name: 'date_from' | 'date_to'): INodeProperties {
	return {
		displayName: dateLabels[name],
		name,
		type: 'dateTime',
		default: '',
		description: dateDescriptions[name],
		routing: { send: { type: 'query', property: name, preSend: [formatReportDates] } },
	};
}

/** From and To dates a per-day report requires. */
export function requiredDateRange(resource: string, operations: string[]): INodeProperties[] {
	return (['date_from', 'date_to'] as const).map((name) => ({
		...dateField(name),
		required: true,
		displayOptions: { show: showFor(resource, operations) },
	}));
}

/** Optional From and To dates; Rocket.net reports the current billing month without them. */
export function dateRangeOptions(resource: string, operations: string[]): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: showFor(resource, operations) },
		options: [dateField('date_from'), dateField('date_to')],
	};
}

/** The firewall actions the WAF event list can be filtered by (`log` and others cannot). */
export const wafActionOptions: INodePropertyOptions[] = [
	{ name: 'Allow', value: 'allow' },
	{ name: 'Block', value: 'block' },
	{ name: 'Bypass', value: 'bypass' },
	{ name: 'Challenge', value: 'challenge' },
	{ name: 'JS Challenge', value: 'jschallenge' },
	{ name: 'Managed Challenge', value: 'managed_challenge' },
	{ name: 'Skip', value: 'skip' },
];
