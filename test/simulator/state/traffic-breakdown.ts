import type { SiteRecord } from './state';
import { between, splitByWeights, type Traffic } from './traffic';
import {
	ASSETS,
	audienceOf,
	CLIENTS,
	colosOf,
	hostsOf,
	NETWORKS,
	PAGES,
	REFERERS,
	type Weighted,
} from './traffic-sources';

/** Requests and bytes of a window split by where they came from and how they were answered. */

export interface BreakdownRow {
	metric: string | number;
	/** The network name, on ASN rows. */
	description?: string;
	count: number;
	bytes: number;
}

/** The dimensions of GET /sites/{id}/reporting/cdn_request_volume_by_source, in its order. */
export const DIMENSIONS = [
	'countries',
	'methods',
	'topASNs',
	'topBrowsers',
	'topCacheStatuses',
	'topClientIPs',
	'topColoCodes',
	'topDeviceTypes',
	'topEdgeStatusCodes',
	'topHTTPProtocolVersions',
	'topHosts',
	'topOSes',
	'topOriginStatusCodes',
	'topPaths',
	'topReferers',
	'topUserAgents',
	'topXRequestedWith',
] as const;

export type Dimension = (typeof DIMENSIONS)[number];
export type TrafficBreakdown = Record<Dimension, BreakdownRow[]>;

interface Share {
	metric: string | number;
	description?: string;
	weight: number;
}

/** A dimension's values, and the weight of the long tail a top list leaves out. */
interface DimensionShares {
	shares: Share[];
	tail: number;
	/** Splits the origin requests instead of all of them. */
	originOnly?: boolean;
}

const shares = <T>(list: Array<Weighted<T>>, metric: (value: T) => string | number): Share[] =>
	list.map(({ value, weight }) => ({ metric: metric(value), weight }));

/** Sums the weights of values that share a metric, e.g. clients by browser. */
function grouped<T>(list: Array<Weighted<T>>, metric: (value: T) => string): Share[] {
	const totals = new Map<string, number>();
	for (const { value, weight } of list) {
		totals.set(metric(value), (totals.get(metric(value)) ?? 0) + weight);
	}
	return [...totals].map(([name, weight]) => ({ metric: name, weight }));
}

/** Shares from `{ value: weight }`; `toMetric` turns keys such as status codes into numbers. */
const fixed = (
	weights: Record<string, number>,
	toMetric: (key: string) => string | number = String,
): Share[] => Object.entries(weights).map(([key, weight]) => ({ metric: toMetric(key), weight }));

/** A visitor IP of the site: documentation ranges, IPv6 for one in four. */
export function visitorIp(site: SiteRecord, index: number): string {
	const octet = Math.floor(between(2, 254, site.id, 71, index));
	if (index % 4 === 3) return `2001:db8:${(site.id % 0xffff).toString(16)}::${octet.toString(16)}`;
	const range = ['192.0.2', '198.51.100', '203.0.113'][index % 3];
	return `${range}.${octet}`;
}

function dimensionShares(
	site: SiteRecord,
): Record<Exclude<Dimension, 'topCacheStatuses'>, DimensionShares> {
	const paths = [
		...PAGES.map((page, index) => ({ metric: page, weight: index === 0 ? 14 : 4 })),
		...ASSETS.map((asset) => ({ metric: asset.path, weight: 6 })),
		{ metric: '/wp-admin/admin-ajax.php', weight: 5 },
		{ metric: '/wp-json/wp/v2/posts', weight: 2 },
	];
	return {
		countries: { shares: shares(audienceOf(site), (code) => code), tail: 8 },
		methods: {
			shares: fixed({ GET: 93, POST: 5, HEAD: 1.5, OPTIONS: 0.5 }),
			tail: 0,
		},
		topASNs: {
			shares: NETWORKS.map(({ value, weight }) => ({
				metric: value.asn,
				description: value.name,
				weight,
			})),
			tail: 30,
		},
		topBrowsers: { shares: grouped(CLIENTS, (client) => client.browser), tail: 0 },
		topClientIPs: {
			shares: Array.from({ length: 10 }, (_, index) => ({
				metric: visitorIp(site, index),
				weight: 10 / (index + 1),
			})),
			tail: 400,
		},
		topColoCodes: { shares: shares(colosOf(site), (code) => code), tail: 6 },
		topDeviceTypes: { shares: grouped(CLIENTS, (client) => client.device), tail: 0 },
		topEdgeStatusCodes: {
			shares: fixed({ 200: 78, 304: 9, 301: 4, 404: 3.5, 302: 2, 403: 1.5, 206: 1 }, Number),
			tail: 0,
		},
		topHTTPProtocolVersions: {
			shares: fixed({ 'HTTP/2': 68, 'HTTP/3': 18, 'HTTP/1.1': 13.5, 'HTTP/1.0': 0.5 }),
			tail: 0,
		},
		topHosts: {
			shares: hostsOf(site).map((host, index) => ({ metric: host, weight: index === 0 ? 90 : 3 })),
			tail: 0,
		},
		topOSes: { shares: grouped(CLIENTS, (client) => client.os), tail: 0 },
		topOriginStatusCodes: {
			shares: fixed({ 200: 86, 404: 5, 302: 4, 301: 3, 500: 1, 503: 1 }, Number),
			tail: 0,
			originOnly: true,
		},
		topPaths: { shares: paths, tail: 40 },
		topReferers: {
			shares: [
				...shares(REFERERS, (host) => host),
				{ metric: site.domain.replace(/^www\./, ''), weight: 14 },
			],
			tail: 3,
		},
		topUserAgents: { shares: shares(CLIENTS, (client) => client.userAgent), tail: 12 },
		topXRequestedWith: {
			shares: fixed({ '(Empty X-Requested-With header)': 96, XMLHttpRequest: 4 }),
			tail: 0,
		},
	};
}

/** Splits `count` requests and `bytes` by the shares, perturbed per site; busiest first. */
function split(
	site: SiteRecord,
	salt: number,
	dimension: DimensionShares,
	count: number,
	bytes: number,
): BreakdownRow[] {
	const weights = dimension.shares.map(
		(share, index) => share.weight * between(0.6, 1.4, site.id, salt, index),
	);
	const counts = splitByWeights(count, [...weights, dimension.tail]);
	const byteParts = splitByWeights(bytes, counts);
	return dimension.shares
		.map((share, index) => ({
			metric: share.metric,
			...(share.description === undefined ? {} : { description: share.description }),
			count: counts[index],
			bytes: byteParts[index],
		}))
		.filter((row) => row.count > 0)
		.sort((a, b) => b.count - a.count);
}

const EDGE_STATUSES = fixed({ hit: 93, none: 7 });
const ORIGIN_STATUSES = fixed({ dynamic: 70, miss: 22, expired: 8 });

/** The bytes of the origin requests, by their share of the requests. */
function originBytes(traffic: Traffic): number {
	return Math.round((traffic.bytes * traffic.origin) / Math.max(traffic.requests, 1));
}

/** Edge requests were hits or answered at the edge; origin requests were dynamic or misses. */
function cacheStatuses(site: SiteRecord, traffic: Traffic): BreakdownRow[] {
	const origin = originBytes(traffic);
	return [
		...split(site, 90, { shares: EDGE_STATUSES, tail: 0 }, traffic.edge, traffic.bytes - origin),
		...split(site, 91, { shares: ORIGIN_STATUSES, tail: 0 }, traffic.origin, origin),
	].sort((a, b) => b.count - a.count);
}

export function trafficBreakdown(site: SiteRecord, traffic: Traffic): TrafficBreakdown {
	const all = dimensionShares(site);
	const rows = (dimension: Exclude<Dimension, 'topCacheStatuses'>, salt: number) => {
		const shares = all[dimension];
		return shares.originOnly
			? split(site, salt, shares, traffic.origin, originBytes(traffic))
			: split(site, salt, shares, traffic.requests, traffic.bytes);
	};

	const breakdown = {} as TrafficBreakdown;
	DIMENSIONS.forEach((dimension, salt) => {
		breakdown[dimension] =
			dimension === 'topCacheStatuses' ? cacheStatuses(site, traffic) : rows(dimension, salt);
	});
	return breakdown;
}

/** What each cache status served: weights by content type. */
const CONTENT_TYPES: Record<string, Record<string, number>> = {
	hit: { js: 24, css: 14, webp: 14, html: 14, png: 10, jpeg: 10, woff2: 8, svg: 4 },
	none: { html: 70, empty: 30 },
	dynamic: { html: 60, json: 30, xml: 5, empty: 5 },
	miss: { jpeg: 30, png: 20, webp: 15, js: 15, css: 10, html: 10 },
	expired: { html: 50, css: 20, js: 20, json: 10 },
};

/** A typical response of each content type, in KB. */
const TYPE_SIZE_KB: Record<string, number> = {
	html: 60,
	js: 90,
	css: 40,
	webp: 120,
	png: 150,
	jpeg: 180,
	woff2: 50,
	svg: 5,
	json: 10,
	xml: 20,
	empty: 0,
};

export interface CacheGroup {
	cacheStatus: string;
	contentType: string;
	count: number;
	bytes: number;
}

/** Requests by cache status and content type; bytes add up to the window's bytes. */
export function cacheGroups(site: SiteRecord, traffic: Traffic): CacheGroup[] {
	const groups: CacheGroup[] = [];
	cacheStatuses(site, traffic).forEach((status, salt) => {
		const types = Object.entries(CONTENT_TYPES[String(status.metric)]);
		const counts = splitByWeights(
			status.count,
			types.map(([, weight], index) => weight * between(0.7, 1.3, site.id, 100 + salt, index)),
		);
		types.forEach(([contentType], index) => {
			if (counts[index] > 0) {
				groups.push({
					cacheStatus: String(status.metric),
					contentType,
					count: counts[index],
					bytes: 0,
				});
			}
		});
	});

	const bytes = splitByWeights(
		traffic.bytes,
		groups.map((group) => group.count * TYPE_SIZE_KB[group.contentType]),
	);
	groups.forEach((group, index) => (group.bytes = bytes[index]));
	return groups.sort((a, b) => b.count - a.count);
}
