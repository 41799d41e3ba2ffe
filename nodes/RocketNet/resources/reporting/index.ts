import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { siteSelector } from '../../shared/descriptions';
import { dateRangeOptions, durationField } from '../../shared/reporting';
import { reportingGetAllAccessLogsDescription } from './getAllAccessLogs';
import { reportingGetAllWafEventsDescription } from './getAllWafEvents';
import { reportingGetCdnRequestsDescription } from './getCdnRequests';

const showOnlyForReporting = { resource: ['reporting'] };

const siteReports = '=/sites/{{$parameter.siteId}}';
const cloudflareReports = '=/reporting/sites/{{$parameter.siteId}}';

/** A report Rocket.net passes on from Cloudflare as it came: output as one item. */
function cloudflareReport(
	name: string,
	value: string,
	action: string,
	description: string,
	path: string,
): INodePropertyOptions {
	return {
		name,
		value,
		action,
		description,
		routing: { request: { method: 'GET', url: `${cloudflareReports}${path}` } },
	};
}

const operations: INodePropertyOptions[] = [
	cloudflareReport(
		'Get Bandwidth Histogram',
		'getBandwidthHistogram',
		'Get the bandwidth histogram of a site',
		'Get requests and bytes served by the CDN over time, as Cloudflare reports them',
		'/bandwidth/usage',
	),
	cloudflareReport(
		'Get Bandwidth Top Usage',
		'getBandwidthTopUsage',
		'Get top bandwidth users of a site',
		'Get the countries, paths, IPs, browsers and other sources that used the most bandwidth',
		'/bandwidth/top-usage',
	),
	{
		name: 'Get Bandwidth Usage',
		value: 'getBandwidthUsage',
		action: 'Get bandwidth usage totals and graph of a site',
		description: 'Get totals and a time series of requests, bandwidth and visits of a site',
		routing: { request: { method: 'GET', url: `${siteReports}/reporting/bandwidth/usage` } },
	},
	cloudflareReport(
		'Get Cache Content',
		'getCacheContent',
		'Get the CDN cache content report of a site',
		'Get which content types the CDN served from its cache',
		'/cdn/cache-content',
	),
	cloudflareReport(
		'Get Cache Status',
		'getCacheStatus',
		'Get the CDN cache status report of a site',
		'Get cache hits, misses and expired responses, and requests that bypassed the cache',
		'/cdn/cache-status',
	),
	cloudflareReport(
		'Get CDN Requests',
		'getCdnRequests',
		'Get the CDN requests report of a site',
		'Get traffic to the site from the edge over time, including cache hits',
		'/cdn/requests',
	),
	cloudflareReport(
		'Get CDN Visitors',
		'getCdnVisitors',
		'Get the CDN visitors report of a site',
		'Get visits to the site over time, as counted by the CDN',
		'/visitors',
	),
	{
		name: 'Get Daily Bandwidth',
		value: 'getDailyBandwidth',
		action: 'Get daily bandwidth of a site',
		description: 'Get the bandwidth a site used per day, in KB, with the total',
		routing: { request: { method: 'GET', url: `${siteReports}/reporting/bandwidth` } },
	},
	{
		name: 'Get Daily Visitors',
		value: 'getDailyVisitors',
		action: 'Get daily unique visitors of a site',
		description: 'Get the unique visitors of a site per day, with the total',
		routing: { request: { method: 'GET', url: `${siteReports}/visitors` } },
	},
	{
		name: 'Get Many Access Logs',
		value: 'getAllAccessLogs',
		action: 'Get many access log entries of a site',
		description: 'List and search the requests the site received, one item per request',
		routing: { request: { method: 'GET', url: `${siteReports}/access_logs` } },
	},
	{
		name: 'Get Many WAF Events',
		value: 'getAllWafEvents',
		action: 'Get many WAF events of a site',
		description:
			'List the requests that triggered an action of the Web Application Firewall, one item per event',
		routing: {
			// The spec's array filters (action, country, http_method) repeat the key for each value.
			request: { method: 'GET', url: `${cloudflareReports}/waf/eventlist`, arrayFormat: 'repeat' },
		},
	},
	{
		name: 'Get Request Volume by Source',
		value: 'getRequestVolumeBySource',
		action: 'Get request volume by source of a site',
		description:
			'Get a summary of request volume by country, method, ASN, browser, cache status, path and more',
		routing: {
			request: { method: 'GET', url: `${siteReports}/reporting/cdn_request_volume_by_source` },
		},
	},
	{
		name: 'Get Total Requests',
		value: 'getTotalRequests',
		action: 'Get total requests of a site',
		description: 'Get edge, origin and WAF requests to the site, as totals and over time',
		routing: { request: { method: 'GET', url: `${siteReports}/reporting/total_requests` } },
	},
	cloudflareReport(
		'Get WAF Event Sources',
		'getWafEventSources',
		'Get the WAF event sources of a site',
		'Get the top ASNs, countries, IPs, paths, user agents and rules behind WAF events',
		'/waf/events-source',
	),
	cloudflareReport(
		'Get WAF Events by Service',
		'getWafEventsByService',
		'Get WAF events by service of a site',
		'Get how many WAF events each firewall service (custom rules, managed rules, rate limiting) caused',
		'/waf/events-services',
	),
	cloudflareReport(
		'Get WAF Events Over Time',
		'getWafEventsOverTime',
		'Get WAF events over time of a site',
		'Get how many WAF events happened over time',
		'/waf/events-time',
	),
	cloudflareReport(
		'Get WAF Firewall Events',
		'getWafFirewallEvents',
		'Get the WAF firewall events report of a site',
		'Get WAF events over time by action, with totals of allowed, blocked, challenged and skipped requests',
		'/waf/firewall-events',
	),
];

const byDuration = operations
	.map((operation) => String(operation.value))
	.filter((value) => !['getDailyBandwidth', 'getDailyVisitors'].includes(value));

export const reportingDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForReporting },
		options: operations,
		default: 'getTotalRequests',
	},
	siteSelector(
		'reporting',
		operations.map((operation) => String(operation.value)),
	),
	durationField('reporting', byDuration),
	dateRangeOptions('reporting', ['getDailyBandwidth', 'getDailyVisitors']),
	...reportingGetCdnRequestsDescription,
	...reportingGetAllWafEventsDescription,
	...reportingGetAllAccessLogsDescription,
];
