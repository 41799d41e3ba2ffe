import { siteOf, type RouteContext } from '../http/context';
import { json, type Reply } from '../http/reply';
import {
	cacheGroups,
	DIMENSIONS,
	trafficBreakdown,
	type BreakdownRow,
} from '../state/traffic-breakdown';
import {
	bucketIndexOf,
	durationMs,
	reportWindow,
	sumTraffic,
	trafficSeries,
	windowBuckets,
	type ReportingDuration,
	type ReportWindow,
	type Traffic,
} from '../state/traffic';
import { timeOf, wafEventsWithin, type WafEvent } from '../state/waf-events';

/**
 * The /reporting/sites/{id}/… reports: Cloudflare GraphQL answers passed on without the result
 * envelope, shaped exactly as the spec's schemas, computed from the traffic model and the WAF
 * event list of the site.
 */

const HTTP_GROUP = 'ZoneHttpRequestsAdaptiveGroups';
const FIREWALL_GROUP = 'ZoneFirewallEventsAdaptiveGroups';

function viewer(zone: Record<string, unknown>) {
	return { viewer: { __typename: 'viewer', zones: [{ __typename: 'zone', ...zone }] } };
}

const httpAvg = () => ({ __typename: `${HTTP_GROUP}Avg`, sampleInterval: 1 });
const firewallAvg = () => ({ __typename: `${FIREWALL_GROUP}Avg`, sampleInterval: 1 });
const httpDimensions = (fields: Record<string, unknown>) => ({
	__typename: `${HTTP_GROUP}Dimensions`,
	...fields,
});
const edgeBytes = (bytes: number) => ({ __typename: `${HTTP_GROUP}Sum`, edgeResponseBytes: bytes });

interface Report {
	context: RouteContext;
	window: ReportWindow;
	buckets: Array<{ ts: string }>;
}

function reportOf(context: RouteContext): Report {
	const window = reportWindow(context.query.duration as ReportingDuration, context.now);
	return { context, window, buckets: windowBuckets(window) };
}

function seriesOf({ context, window }: Report) {
	return trafficSeries(siteOf(context), window);
}

/** GET /reporting/sites/{id}/cdn/requests, with `req_type=edgeOrigin` split by who answered. */
function cdnRequests(context: RouteContext): Reply {
	const series = seriesOf(reportOf(context));
	const total = sumTraffic(series);

	if (context.query.req_type === 'edgeOrigin') {
		const served = (count: (traffic: Traffic) => number) =>
			series.map((bucket) => ({
				__typename: HTTP_GROUP,
				avg: httpAvg(),
				count: count(bucket),
				dimensions: httpDimensions({ ts: bucket.ts }),
			}));
		return json({
			data: viewer({
				servedByEdge: served((bucket) => bucket.edge),
				servedByOrigin: served((bucket) => bucket.origin),
			}),
			serveByEdgeTotal: total.edge,
			serveByOriginTotal: total.origin,
		});
	}

	// The spec gives both series bytes only; "requestsTotals" holds what the origin served.
	const bytes = (amount: (traffic: Traffic) => number) =>
		series.map((bucket) => ({
			__typename: HTTP_GROUP,
			sum: edgeBytes(amount(bucket)),
			dimensions: httpDimensions({ ts: bucket.ts }),
		}));
	return json({
		data: viewer({
			data_transferTotals: bytes((bucket) => bucket.bytes),
			requestsTotals: bytes((bucket) =>
				Math.round((bucket.bytes * bucket.origin) / Math.max(bucket.requests, 1)),
			),
		}),
		dataTransferTotal: total.bytes,
		requestsTotal: total.requests,
	});
}

function cacheStatusRows(context: RouteContext, onlyHits: boolean) {
	const total = sumTraffic(seriesOf(reportOf(context)));
	return cacheGroups(siteOf(context), total)
		.filter((group) => !onlyHits || group.cacheStatus === 'hit')
		.map((group) => ({
			__typename: HTTP_GROUP,
			avg: httpAvg(),
			count: group.count,
			dimensions: httpDimensions({
				cacheStatus: group.cacheStatus,
				edgeResponseContentTypeName: group.contentType,
			}),
			sum: edgeBytes(group.bytes),
		}));
}

function cacheStatus(context: RouteContext): Reply {
	return json({ data: viewer({ cacheStatus: cacheStatusRows(context, false) }), errors: [] });
}

/** What the cache served: the hits, by content type. */
function cacheContent(context: RouteContext): Reply {
	return json({ errors: [], data: viewer({ cacheStatus: cacheStatusRows(context, true) }) });
}

function visitors(context: RouteContext): Reply {
	const series = seriesOf(reportOf(context));
	return json({
		errors: [],
		visitorsTotal: sumTraffic(series).visits,
		data: viewer({
			series: series.map((bucket) => ({
				__typename: HTTP_GROUP,
				count: bucket.requests,
				dimensions: httpDimensions({ ts: bucket.ts }),
				avg: { __typename: `${HTTP_GROUP}Sum`, visits: bucket.visits },
			})),
		}),
	});
}

function bandwidthUsage(context: RouteContext): Reply {
	const series = seriesOf(reportOf(context));
	return json({
		data: viewer({
			series: series.map((bucket) => ({
				__typename: HTTP_GROUP,
				avg: httpAvg(),
				count: bucket.requests,
				dimensions: httpDimensions({ ts: bucket.ts }),
				sum: edgeBytes(bucket.bytes),
			})),
		}),
		success: true,
		errors: [],
	});
}

const INTEGER_METRICS = new Set(['topEdgeStatusCodes', 'topOriginStatusCodes']);

/** Breakdown rows as top-usage groups; `ts` is the last series point of the window. */
function topUsageRows(dimension: string, rows: BreakdownRow[], ts: string) {
	return rows.map((row) => ({
		__typename: HTTP_GROUP,
		avg: httpAvg(),
		count: row.count,
		dimensions: httpDimensions(
			INTEGER_METRICS.has(dimension)
				? { metric: row.metric }
				: {
						...(row.description === undefined ? {} : { description: row.description }),
						metric: String(row.metric),
						ts,
					},
		),
		sum: edgeBytes(row.bytes),
	}));
}

function bandwidthTopUsage(context: RouteContext): Reply {
	const report = reportOf(context);
	const total = sumTraffic(seriesOf(report));
	const breakdown = trafficBreakdown(siteOf(context), total);
	const ts = report.buckets[report.buckets.length - 1].ts;

	const zone: Record<string, unknown> = {};
	for (const dimension of DIMENSIONS) {
		// This report spells the operating systems "topOSs".
		const name = dimension === 'topOSes' ? 'topOSs' : dimension;
		zone[name] = topUsageRows(dimension, breakdown[dimension], ts);
	}
	zone.total = [
		{
			__typename: HTTP_GROUP,
			count: total.requests,
			sum: { __typename: `${HTTP_GROUP}Sum`, edgeResponseBytes: total.bytes, visits: total.visits },
		},
	];
	return json({ data: viewer(zone), success: true, errors: [] });
}

function eventsOf({ context }: Report): WafEvent[] {
	const duration = durationMs(context.query.duration as ReportingDuration);
	return wafEventsWithin(context.state, siteOf(context), context.now, duration);
}

/** The series bucket an event falls in, as the traffic reports of the window cut it. */
function bucketStart(report: Report, event: WafEvent): string {
	return report.buckets[bucketIndexOf(report.window, timeOf(event))].ts;
}

interface EventGroup {
	key: string;
	count: number;
	latest: string;
	first: WafEvent;
}

/** Counts events by a key, busiest first; `latest` is when the group was last seen. */
function groupEvents(events: WafEvent[], key: (event: WafEvent) => string): EventGroup[] {
	const groups = new Map<string, EventGroup>();
	for (const event of events) {
		const name = key(event);
		const group = groups.get(name) ?? { key: name, count: 0, latest: event.datetime, first: event };
		group.count += 1;
		if (timeOf(event) > Date.parse(group.latest)) group.latest = event.datetime;
		groups.set(name, group);
	}
	return [...groups.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

const CHALLENGES = new Set(['challenge', 'jschallenge', 'managed_challenge']);

function firewallEvents(context: RouteContext): Reply {
	const report = reportOf(context);
	const events = eventsOf(report);
	const series = groupEvents(events, (event) => `${bucketStart(report, event)} ${event.action}`)
		.map((group) => ({
			__typename: FIREWALL_GROUP,
			avg: firewallAvg(),
			count: group.count,
			dimensions: {
				typename: `${FIREWALL_GROUP}Dimensions`,
				metric: group.first.action,
				ts: bucketStart(report, group.first),
			},
		}))
		.sort((a, b) => a.dimensions.ts.localeCompare(b.dimensions.ts));
	const count = (test: (action: string) => boolean) =>
		events.filter((event) => test(event.action)).length;

	return json({
		errors: [],
		data: viewer({ series }),
		allowTotal: count((action) => action === 'allow' || action === 'bypass'),
		blockTotal: count((action) => action === 'block'),
		challengeTotal: count((action) => CHALLENGES.has(action)),
		skipTotal: count((action) => action === 'skip'),
	});
}

const TOP_LIMIT = 10;

function topEvents(events: WafEvent[], key: (event: WafEvent) => string, withDescription = false) {
	return groupEvents(events, key)
		.slice(0, TOP_LIMIT)
		.map((group) => ({
			__typename: FIREWALL_GROUP,
			avg: firewallAvg(),
			count: group.count,
			dimensions: {
				__typename: `${FIREWALL_GROUP}Dimensions`,
				...(withDescription ? { description: group.first.clientASNDescription } : {}),
				metric: group.key,
				ts: group.latest,
			},
		}));
}

function eventsSource(context: RouteContext): Reply {
	const events = eventsOf(reportOf(context));
	const bySource = (...sources: string[]) =>
		events.filter((event) => sources.includes(event.source));
	return json({
		errors: [],
		data: viewer({
			topASNs: topEvents(events, (event) => event.clientAsn, true),
			topCountries: topEvents(events, (event) => event.clientCountryName),
			topFirewallRules: topEvents(bySource('firewallCustom'), (event) => event.ruleId),
			topHosts: topEvents(events, (event) => event.clientRequestHTTPHost),
			topHTTPMethods: topEvents(events, (event) => event.clientRequestHTTPMethodName),
			topIPs: topEvents(events, (event) => event.clientIP),
			topRatelimitRules: topEvents(bySource('ratelimit'), (event) => event.ruleId),
			topUriPaths: topEvents(events, (event) => event.clientRequestPath),
			topUserAgents: topEvents(events, (event) => event.userAgent),
			topWAFRules: topEvents(bySource('firewallManaged', 'waf'), (event) => event.ruleId),
			total: [{ __typename: FIREWALL_GROUP, avg: firewallAvg(), count: events.length }],
		}),
	});
}

function eventsServices(context: RouteContext): Reply {
	const groups = groupEvents(eventsOf(reportOf(context)), (event) => event.source);
	return json({
		errors: [],
		data: viewer({
			firewallEventsAdaptiveGroups: groups.map((group) => ({
				__typename: FIREWALL_GROUP,
				avg: firewallAvg(),
				count: group.count,
				dimensions: { __typename: `${FIREWALL_GROUP}Dimensions`, source: group.key },
			})),
		}),
	});
}

/** The spec nests this report's zone in two more viewers; the answer follows it. */
function eventsTime(context: RouteContext): Reply {
	const report = reportOf(context);
	const distribution = groupEvents(eventsOf(report), (event) => bucketStart(report, event))
		.sort((a, b) => a.key.localeCompare(b.key))
		.map((group) => ({
			viewer: {
				__typename: 'ZoneFirewallEventsAdaptiveByTimeGroupsType',
				avg: { __typename: 'ZoneFirewallEventsAdaptiveByTimeGroupsAvg', sampleInterval: 1 },
				c: group.count,
				d: { __typename: 'ZoneFirewallEventsAdaptiveByTimeGroupsDimensions', t: group.key },
			},
		}));
	const zone = { viewer: { __typename: 'zone', distribution } };
	return json({
		errors: [],
		data: {
			viewer: {
				__typename: 'viewer',
				zones: [{ viewer: { __typename: 'viewer', zones: [zone] } }],
			},
		},
	});
}

export const cloudflareReports = {
	cdnRequests,
	cacheStatus,
	cacheContent,
	visitors,
	bandwidthUsage,
	bandwidthTopUsage,
	firewallEvents,
	eventsSource,
	eventsServices,
	eventsTime,
};
