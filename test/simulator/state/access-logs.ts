import { isoSeconds } from './ids';
import { siteLog } from './site-logs';
import type { SiteRecord } from './state';
import { between, hexOf, pickWeighted, unit } from './traffic';
import { visitorIp } from './traffic-breakdown';
import { ASSETS, audienceOf, CLIENTS, PAGES, REFERERS, type Weighted } from './traffic-sources';

/**
 * Access log entries per site (the spec's AccessLogEntry), seeded on first use with a month of
 * requests from a few dozen returning visitors. Tests add their own with `addAccessLogs`.
 */

// Limitation: the log holds a sample of a few requests an hour, not every request the reports count.

export interface AccessLogEntry {
	RayID: string;
	EdgeResponseStatus: number;
	ClientIP: string;
	ClientRequestUserAgent: string;
	ClientDeviceType: string;
	ClientRequestURI: string;
	ClientRequestHost: string;
	OriginResponseStatus: number;
	CacheCacheStatus: string;
	ClientCountry: string;
	ClientRequestReferer: string;
	ClientRequestMethod: string;
	timestamp: string;
}

/** How a request was answered: edge status, origin status (0 when the origin was not asked). */
type Answer = [cacheStatus: string, edge: number, origin: number];

interface RequestKind {
	weight: number;
	method: string;
	uris: string[];
	answers: Array<Weighted<Answer>>;
	/** Requested by a page of the site rather than arrived at from elsewhere. */
	fromPage?: boolean;
}

const answers = (pairs: Array<[Answer, number]>): Array<Weighted<Answer>> =>
	pairs.map(([value, weight]) => ({ value, weight }));

const REQUEST_KINDS: RequestKind[] = [
	{
		weight: 30,
		method: 'GET',
		uris: PAGES,
		answers: answers([
			[['hit', 200, 0], 65],
			[['dynamic', 200, 200], 25],
			[['miss', 200, 200], 10],
		]),
	},
	{
		weight: 45,
		method: 'GET',
		uris: ASSETS.map((asset) => asset.path),
		answers: answers([
			[['hit', 200, 0], 68],
			[['hit', 304, 0], 17],
			[['miss', 200, 200], 10],
			[['expired', 200, 200], 5],
		]),
		fromPage: true,
	},
	{
		weight: 8,
		method: 'POST',
		uris: ['/wp-admin/admin-ajax.php'],
		answers: answers([[['dynamic', 200, 200], 1]]),
		fromPage: true,
	},
	{
		weight: 4,
		method: 'GET',
		uris: ['/wp-json/wp/v2/posts?per_page=10', '/wp-json/wp/v2/pages?slug=about'],
		answers: answers([[['dynamic', 200, 200], 1]]),
	},
	{
		weight: 5,
		method: 'GET',
		uris: ['/old-page/', '/wp-content/uploads/2019/05/missing.jpg', '/apple-touch-icon.png'],
		answers: answers([
			[['dynamic', 404, 404], 3],
			[['miss', 404, 404], 1],
		]),
	},
	{
		weight: 4,
		method: 'GET',
		uris: ['/index.php', '/blog'],
		answers: answers([[['dynamic', 301, 301], 1]]),
	},
	{
		weight: 2,
		method: 'GET',
		uris: ['/feed/'],
		answers: answers([
			[['hit', 200, 0], 3],
			[['expired', 200, 200], 1],
		]),
	},
	{
		weight: 2,
		method: 'POST',
		uris: ['/wp-login.php'],
		answers: answers([
			[['dynamic', 302, 302], 3],
			[['dynamic', 200, 200], 1],
		]),
	},
];

const HOUR_MS = 3_600_000;
const MONTH_MS = 30 * 24 * HOUR_MS;

/** Request `index` of the site's log, by one of its returning visitors. */
function logEntry(site: SiteRecord, index: number, timeMs: number): AccessLogEntry {
	const visitor = Math.floor(unit(site.id, index, 1) ** 2 * 40);
	const client = pickWeighted(CLIENTS, site.id, visitor, 2).value;
	const kind = pickWeighted(REQUEST_KINDS, site.id, index, 3);
	const [cacheStatus, edgeStatus, originStatus] = pickWeighted(
		kind.answers,
		site.id,
		index,
		4,
	).value;
	const host = site.domain;
	const page = PAGES[Math.floor(unit(site.id, index, 5) * PAGES.length)];
	const from = pickWeighted(REFERERS, site.id, index, 6).value;
	const referer = kind.fromPage ? `https://${host}${page}` : from && `https://${from}/`;

	return {
		RayID: hexOf(16, site.id, index, 7),
		EdgeResponseStatus: edgeStatus,
		ClientIP: visitorIp(site, visitor),
		ClientRequestUserAgent: client.userAgent,
		ClientDeviceType: client.device,
		ClientRequestURI: kind.uris[Math.floor(unit(site.id, index, 8) * kind.uris.length)],
		ClientRequestHost: host,
		OriginResponseStatus: originStatus,
		CacheCacheStatus: cacheStatus,
		ClientCountry: pickWeighted(audienceOf(site), site.id, visitor, 9).value.toLowerCase(),
		ClientRequestReferer: referer,
		ClientRequestMethod: kind.method,
		timestamp: isoSeconds(timeMs),
	};
}

/** A month of requests before `nowMs` (its first hour left empty), a few an hour. */
function seedEntries(site: SiteRecord, nowMs: number): AccessLogEntry[] {
	const count = site.production === null ? Math.round(between(1_500, 3_000, site.id, 30)) : 60;
	const spacing = (MONTH_MS - HOUR_MS) / count;
	const created = Date.parse(site.created_at);
	const entries: AccessLogEntry[] = [];
	for (let index = 0; index < count; index += 1) {
		const time = Math.floor((nowMs - (index + unit(site.id, index, 31)) * spacing) / 1000) * 1000;
		if (time < created) break;
		entries.push(logEntry(site, index, time));
	}
	return entries;
}

const accessLogs = siteLog<AccessLogEntry>({
	group: 'access-logs',
	time: (entry) => entry.timestamp,
	tieBreak: (a, b) => a.RayID.localeCompare(b.RayID),
	seed: seedEntries,
	fill: (site, index, nowMs) => ({
		...logEntry(site, index, nowMs),
		RayID: hexOf(16, site.id, index, nowMs % 1_000_000, 10),
	}),
});

/** The site's log, newest first. */
export const accessLogsOf = accessLogs.of;

/** Entries no older than `durationMs`. */
export const accessLogsWithin = accessLogs.within;

/** Adds entries to a site's log; missing fields get believable values, `timestamp` now. */
export const addAccessLogs = accessLogs.add;

export const timeOf = accessLogs.timeOf;
