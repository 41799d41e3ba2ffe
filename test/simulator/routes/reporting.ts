import { siteOf, type RouteContext } from '../http/context';
import { okList } from '../http/list';
import { badRequest, ok, type Reply } from '../http/reply';
import type { Router } from '../http/router';
import {
	accessLogsWithin,
	timeOf as accessLogTime,
	type AccessLogEntry,
} from '../state/access-logs';
import { dailyUsage, requestedDays } from '../state/daily-usage';
import {
	bucketIndexOf,
	durationMs,
	reportWindow,
	sumTraffic,
	trafficSeries,
	type ReportingDuration,
} from '../state/traffic';
import { trafficBreakdown } from '../state/traffic-breakdown';
import { hostsOf } from '../state/traffic-sources';
import { timeOf as wafEventTime, wafEventsWithin, type WafEvent } from '../state/waf-events';
import { cloudflareReports } from './reporting-cloudflare';

/** Site reports: Cloudflare's, Rocket.net's own summaries, the WAF event list and access logs. */

function durationOf(context: RouteContext): number {
	return durationMs(context.query.duration as ReportingDuration);
}

function windowOf(context: RouteContext) {
	return reportWindow(context.query.duration as ReportingDuration, context.now);
}

const percentOf = (part: number, whole: number) =>
	whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 100;

function eventsInWindow(context: RouteContext): WafEvent[] {
	return wafEventsWithin(context.state, siteOf(context), context.now, durationOf(context));
}

function totalRequests(context: RouteContext): Reply {
	const window = windowOf(context);
	const series = trafficSeries(siteOf(context), window);
	const total = sumTraffic(series);
	const events = eventsInWindow(context);
	const eventsPerBucket = series.map(() => 0);
	for (const event of events) eventsPerBucket[bucketIndexOf(window, wafEventTime(event))] += 1;

	const point = (count: number, ts: string) => ({ count, ts });
	return ok({
		totals: {
			totalRequests: { count: total.requests, countPercentage: 100 },
			edgeRequests: { count: total.edge, countPercentage: percentOf(total.edge, total.requests) },
			originRequests: {
				count: total.origin,
				countPercentage: percentOf(total.origin, total.requests),
			},
			wafEvents: {
				count: events.length,
				countPercentage: percentOf(events.length, total.requests),
			},
		},
		graph: {
			totalRequests: series.map((bucket) => point(bucket.requests, bucket.ts)),
			edgeRequests: series.map((bucket) => point(bucket.edge, bucket.ts)),
			originRequests: series.map((bucket) => point(bucket.origin, bucket.ts)),
			wafEvents: series.map((bucket, index) => point(eventsPerBucket[index], bucket.ts)),
		},
	});
}

function requestVolumeBySource(context: RouteContext): Reply {
	const site = siteOf(context);
	const total = sumTraffic(trafficSeries(site, windowOf(context)));
	const breakdown = trafficBreakdown(site, total);

	const result: Record<string, unknown> = {};
	for (const [dimension, rows] of Object.entries(breakdown)) {
		const whole = dimension === 'topOriginStatusCodes' ? total.origin : total.requests;
		result[dimension] = rows.map((row) => ({
			count: row.count,
			countPercentage: percentOf(row.count, whole),
			metric: row.description === undefined ? row.metric : `${row.metric} - ${row.description}`,
		}));
	}
	return ok({ ...result, totalCount: total.requests });
}

/** Rocket.net's bandwidth summary; usage in KB, totals are the sums of the graph. */
function bandwidthSummary(context: RouteContext): Reply {
	const series = trafficSeries(siteOf(context), windowOf(context));
	const graph = {
		requests: series.map((bucket) => ({ count: bucket.requests, ts: bucket.ts })),
		usage: series.map((bucket) => ({ count: Math.round(bucket.bytes / 1024), ts: bucket.ts })),
		visits: series.map((bucket) => ({ count: bucket.visits, ts: bucket.ts })),
	};
	const sum = (points: Array<{ count: number }>) => ({
		count: points.reduce((total, point) => total + point.count, 0),
	});
	return ok({
		totals: { requests: sum(graph.requests), usage: sum(graph.usage), visits: sum(graph.visits) },
		graph,
	});
}

function dailyBandwidth(context: RouteContext): Reply {
	const days = requestedDays(context.query, context.now);
	const usages = dailyUsage(siteOf(context), days, context.now).map((day) => ({
		bandwidth: day.bandwidth,
		date: day.date,
	}));
	return ok({ usages, total: usages.reduce((total, day) => total + day.bandwidth, 0) });
}

function dailyVisitors(context: RouteContext): Reply {
	const days = requestedDays(context.query, context.now);
	const visitors = dailyUsage(siteOf(context), days, context.now).map((day) => ({
		visitors: day.visitors,
		date: day.date,
	}));
	return ok({ visitors, total: visitors.reduce((total, day) => total + day.visitors, 0) });
}

const lower = (value: unknown) => String(value).toLowerCase();

function contains(value: string, part: unknown): boolean {
	return typeof part !== 'string' || lower(value).includes(lower(part));
}

function oneOf(value: string, list: unknown): boolean {
	return !Array.isArray(list) || list.length === 0 || list.map(lower).includes(lower(value));
}

function sameAs(value: string, wanted: unknown): boolean {
	return typeof wanted !== 'string' || lower(value) === lower(wanted);
}

/** The eventlist filters: exact IP and ASN, partial text, one of the listed values. */
function matchesWafFilters(event: WafEvent, query: Record<string, unknown>): boolean {
	const searched = [
		event.action,
		event.clientIP,
		event.clientCountryName,
		event.clientRequestPath,
		event.userAgent,
		event.clientRequestQuery,
	];
	return (
		(typeof query.search !== 'string' || searched.some((field) => contains(field, query.search))) &&
		oneOf(event.action, query.action) &&
		sameAs(event.clientIP, query.client_ip) &&
		contains(event.clientRequestPath, query.request_path) &&
		oneOf(event.clientCountryName, query.country) &&
		sameAs(event.clientAsn, query.asn) &&
		contains(event.clientASNDescription, query.asn_description) &&
		oneOf(event.clientRequestHTTPMethodName, query.http_method) &&
		contains(event.clientRequestHTTPProtocol, query.http_protocol) &&
		contains(event.clientRequestQuery, query.query_string) &&
		contains(event.rayName, query.ray_id) &&
		contains(event.userAgent, query.user_agent)
	);
}

/** Newest first: the API documents no sort, Cloudflare lists events by time, descending. */
function wafEventList(context: RouteContext): Reply {
	const events = eventsInWindow(context).filter((event) => matchesWafFilters(event, context.query));
	return okList(events, context.query, {
		defaultSort: 'datetime',
		defaultDirection: 'desc',
		sortBy: { datetime: wafEventTime },
	});
}

function escapeRegExp(text: string): string {
	return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** Prefix match on Ray ID, IP, date or URI; the URI part takes up to two `*` wildcards. */
function searchMatcher(search: string): (entry: AccessLogEntry) => boolean {
	const text = search.trim().toLowerCase();
	if ((text.match(/\*/g) ?? []).length > 2) badRequest('Search supports at most 2 wildcards');
	const path = text.startsWith('/') ? text : `/${text}`;
	const uri = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}`);

	return (entry) =>
		[entry.RayID, entry.ClientIP, entry.timestamp].some((field) => lower(field).startsWith(text)) ||
		uri.test(lower(entry.ClientRequestURI));
}

function accessLogList(context: RouteContext): Reply {
	const site = siteOf(context);
	const { query } = context;
	if (typeof query.domain === 'string' && !hostsOf(site).includes(lower(query.domain))) {
		badRequest(`Domain ${query.domain} does not belong to this site`);
	}

	const search = typeof query.search === 'string' ? searchMatcher(query.search) : () => true;
	const entries = accessLogsWithin(context.state, site, context.now, durationOf(context)).filter(
		(entry) =>
			search(entry) &&
			sameAs(entry.ClientRequestHost, query.domain) &&
			sameAs(entry.ClientIP, query.ip) &&
			sameAs(entry.CacheCacheStatus, query.cache_status) &&
			(typeof query.uri !== 'string' || entry.ClientRequestURI.startsWith(query.uri)) &&
			sameAs(entry.RayID, query.ray_id) &&
			sameAs(entry.ClientDeviceType, query.device_type) &&
			sameAs(String(entry.EdgeResponseStatus), query.status_code),
	);
	return okList(entries, query, {
		defaultSort: 'timestamp',
		defaultDirection: 'desc',
		sortBy: { timestamp: accessLogTime },
	});
}

export function registerReportingRoutes(router: Router): void {
	const cloudflare = '/reporting/sites/{id}';
	router.on('GET', `${cloudflare}/cdn/requests`, cloudflareReports.cdnRequests);
	router.on('GET', `${cloudflare}/cdn/cache-status`, cloudflareReports.cacheStatus);
	router.on('GET', `${cloudflare}/cdn/cache-content`, cloudflareReports.cacheContent);
	router.on('GET', `${cloudflare}/visitors`, cloudflareReports.visitors);
	router.on('GET', `${cloudflare}/bandwidth/usage`, cloudflareReports.bandwidthUsage);
	router.on('GET', `${cloudflare}/bandwidth/top-usage`, cloudflareReports.bandwidthTopUsage);
	router.on('GET', `${cloudflare}/waf/firewall-events`, cloudflareReports.firewallEvents);
	router.on('GET', `${cloudflare}/waf/events-source`, cloudflareReports.eventsSource);
	router.on('GET', `${cloudflare}/waf/events-services`, cloudflareReports.eventsServices);
	router.on('GET', `${cloudflare}/waf/events-time`, cloudflareReports.eventsTime);
	router.on('GET', `${cloudflare}/waf/eventlist`, wafEventList);

	router.on('GET', '/sites/{id}/access_logs', accessLogList);
	router.on('GET', '/sites/{id}/reporting/total_requests', totalRequests);
	router.on('GET', '/sites/{id}/reporting/cdn_request_volume_by_source', requestVolumeBySource);
	router.on('GET', '/sites/{id}/reporting/bandwidth/usage', bandwidthSummary);
	router.on('GET', '/sites/{id}/reporting/bandwidth', dailyBandwidth);
	router.on('GET', '/sites/{id}/visitors', dailyVisitors);
}
