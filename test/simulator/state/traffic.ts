import { isoSeconds } from './ids';
import type { SiteRecord } from './state';

/**
 * A deterministic model of a site's CDN traffic: an hour's requests follow from the site and the
 * hour alone and its minutes split it, so that overlapping reports agree, longer windows hold
 * more, and every total is the sum of its series. Nothing comes before the site was created.
 */

export type ReportingDuration = '30m' | '1h' | '6h' | '12h' | '24h' | '72h' | '7d' | '30d';

const MINUTE_MS = 60_000;
const DAY_MINUTES = 1_440;

/** Length and series granularity per duration, as Cloudflare's dashboards group them. */
export const DURATIONS: Record<ReportingDuration, { minutes: number; bucketMinutes: number }> = {
	'30m': { minutes: 30, bucketMinutes: 1 },
	'1h': { minutes: 60, bucketMinutes: 1 },
	'6h': { minutes: 360, bucketMinutes: 15 },
	'12h': { minutes: 720, bucketMinutes: 15 },
	'24h': { minutes: 1_440, bucketMinutes: 60 },
	'72h': { minutes: 4_320, bucketMinutes: 60 },
	'7d': { minutes: 10_080, bucketMinutes: 60 },
	'30d': { minutes: 43_200, bucketMinutes: DAY_MINUTES },
};

export function durationMs(duration: ReportingDuration): number {
	return DURATIONS[duration].minutes * MINUTE_MS;
}

/** A deterministic number in [0, 1) for a list of integers. */
export function unit(...values: number[]): number {
	let hash = 0x9e3779b9;
	for (const value of values) {
		hash = Math.imul(hash ^ (value | 0), 0x85ebca6b);
		hash ^= hash >>> 13;
		hash = Math.imul(hash, 0xc2b2ae35);
		hash ^= hash >>> 16;
	}
	return (hash >>> 0) / 2 ** 32;
}

/** Between `low` and `high`, fixed for the given integers. */
export function between(low: number, high: number, ...values: number[]): number {
	return low + (high - low) * unit(...values);
}

/** One of the list, fixed for the given integers. */
export function pick<T>(list: T[], ...values: number[]): T {
	return list[Math.floor(unit(...values) * list.length)];
}

/** One of the list, likelier the more it weighs, fixed for the given integers. */
export function pickWeighted<T extends { weight: number }>(list: T[], ...values: number[]): T {
	const total = list.reduce((sum, item) => sum + item.weight, 0);
	let point = unit(...values) * total;
	for (const item of list) {
		point -= item.weight;
		if (point < 0) return item;
	}
	return list[list.length - 1];
}

export function hexOf(length: number, ...values: number[]): string {
	let text = '';
	for (let index = 0; text.length < length; index += 1) {
		text += Math.floor(unit(...values, index) * 2 ** 32)
			.toString(16)
			.padStart(8, '0');
	}
	return text.slice(0, length);
}

export interface TrafficProfile {
	requestsPerMinute: number;
	bytesPerRequest: number;
	requestsPerVisit: number;
	/** Share of requests the edge answers without the origin. */
	edgeRatio: number;
	/** Hours from UTC of the audience, for the daily curve. */
	utcOffsetHours: number;
}

export function trafficProfile(site: SiteRecord): TrafficProfile {
	const staging = site.production !== null;
	return {
		requestsPerMinute: staging ? between(0.2, 1, site.id, 1) : between(12, 100, site.id, 1),
		bytesPerRequest: Math.round(between(24_000, 96_000, site.id, 2)),
		requestsPerVisit: between(14, 30, site.id, 3),
		edgeRatio: between(0.62, 0.88, site.id, 4),
		utcOffsetHours: [-8, -5, -5, 0, 1, 1, 8, 10][site.location_id % 8],
	};
}

export interface Traffic {
	requests: number;
	/** Requests answered by the edge (cache hits and edge answers). */
	edge: number;
	/** Requests that reached the origin server. */
	origin: number;
	bytes: number;
	visits: number;
}

const emptyTraffic = (): Traffic => ({ requests: 0, edge: 0, origin: 0, bytes: 0, visits: 0 });

function addTo(total: Traffic, part: Traffic): void {
	total.requests += part.requests;
	total.edge += part.edge;
	total.origin += part.origin;
	total.bytes += part.bytes;
	total.visits += part.visits;
}

/** An hour's traffic: busier in the audience's afternoon and on weekdays, with some noise. */
function computeHour(site: SiteRecord, hour: number): Traffic {
	const profile = trafficProfile(site);
	const localHour = (((hour / 60 + profile.utcOffsetHours + 0.5) % 24) + 24) % 24;
	const daily = 0.6 + 0.8 * ((1 + Math.cos((2 * Math.PI * (localHour - 14)) / 24)) / 2);
	const weekday = Math.floor(hour / DAY_MINUTES + 4) % 7;
	const weekly = weekday === 0 || weekday === 6 ? 0.8 : 1;
	const expected =
		profile.requestsPerMinute * 60 * daily * weekly * between(0.85, 1.15, site.id, hour, 1);

	const requests = Math.floor(expected + unit(site.id, hour, 2));
	const origin = Math.floor(requests * (1 - profile.edgeRatio) + unit(site.id, hour, 3));
	return {
		requests,
		edge: requests - origin,
		origin,
		bytes: Math.round(requests * profile.bytesPerRequest * between(0.9, 1.1, site.id, hour, 4)),
		visits: Math.floor(requests / profile.requestsPerVisit + unit(site.id, hour, 5)),
	};
}

/** Minutes since the epoch: `start` included, `end` excluded. */
export interface MinuteRange {
	start: number;
	end: number;
}

/** Hours are worked out once: the model is a pure function of the site and the hour. */
const hours = new Map<string, Traffic>();

function hourTraffic(site: SiteRecord, hour: number): Traffic {
	const key = `${site.id}/${site.location_id}/${site.production !== null}/${hour}`;
	let traffic = hours.get(key);
	if (!traffic) {
		traffic = computeHour(site, hour);
		hours.set(key, traffic);
	}
	return traffic;
}

/** The 60 minutes of an hour: its traffic split by uneven weights, adding up to the hour. */
function minutesOfHour(site: SiteRecord, hour: number): Traffic[] {
	const total = hourTraffic(site, hour);
	const weights = Array.from({ length: 60 }, (_, minute) =>
		between(0.6, 1.4, site.id, hour + minute, 6),
	);
	const requests = splitByWeights(total.requests, weights);
	const origin = splitByWeights(total.origin, requests);
	const bytes = splitByWeights(total.bytes, requests);
	const visits = splitByWeights(total.visits, requests);
	return requests.map((count, minute) => ({
		requests: count,
		edge: count - origin[minute],
		origin: origin[minute],
		bytes: bytes[minute],
		visits: visits[minute],
	}));
}

export function trafficBetween(site: SiteRecord, range: MinuteRange): Traffic {
	const start = Math.max(range.start, Math.ceil(Date.parse(site.created_at) / MINUTE_MS));
	const total = emptyTraffic();
	for (let hour = Math.floor(start / 60) * 60; hour < range.end; hour += 60) {
		if (hour >= start && hour + 60 <= range.end) {
			addTo(total, hourTraffic(site, hour));
			continue;
		}
		const minutes = minutesOfHour(site, hour);
		for (let minute = Math.max(start, hour); minute < Math.min(range.end, hour + 60); minute++) {
			addTo(total, minutes[minute - hour]);
		}
	}
	return total;
}

export interface ReportWindow extends MinuteRange {
	bucketMinutes: number;
}

/** The last `duration`, up to the current minute (excluded: it is not over yet). */
export function reportWindow(duration: ReportingDuration, now: number): ReportWindow {
	const { minutes, bucketMinutes } = DURATIONS[duration];
	const end = Math.floor(now / MINUTE_MS);
	return { start: end - minutes, end, bucketMinutes };
}

export function minuteTimestamp(minute: number): string {
	return isoSeconds(minute * MINUTE_MS);
}

/** The window cut at the series grid: the first and last buckets may be partial. */
export function windowBuckets(window: ReportWindow): Array<MinuteRange & { ts: string }> {
	const buckets: Array<MinuteRange & { ts: string }> = [];
	const size = window.bucketMinutes;
	for (let start = Math.floor(window.start / size) * size; start < window.end; start += size) {
		buckets.push({
			start: Math.max(start, window.start),
			end: Math.min(start + size, window.end),
			ts: minuteTimestamp(start),
		});
	}
	return buckets;
}

/**
 * The bucket of `windowBuckets` a moment falls in; a moment of the current minute (after the
 * window's end) counts in the last bucket, one just before the window in the first.
 */
export function bucketIndexOf(window: ReportWindow, ms: number): number {
	const size = window.bucketMinutes;
	const first = Math.floor(window.start / size);
	const last = Math.floor((window.end - 1) / size);
	const bucket = Math.floor(Math.floor(ms / MINUTE_MS) / size);
	return Math.min(Math.max(bucket, first), last) - first;
}

export type TrafficBucket = Traffic & { ts: string };

export function trafficSeries(site: SiteRecord, window: ReportWindow): TrafficBucket[] {
	return windowBuckets(window).map((bucket) => ({
		...trafficBetween(site, bucket),
		ts: bucket.ts,
	}));
}

export function sumTraffic(parts: Traffic[]): Traffic {
	const total = emptyTraffic();
	for (const part of parts) addTo(total, part);
	return total;
}

/** Splits a whole number by weights; the parts add up to the total exactly. */
export function splitByWeights(total: number, weights: number[]): number[] {
	const sum = weights.reduce((a, b) => a + b, 0);
	if (sum <= 0 || total <= 0) return weights.map(() => 0);

	const exact = weights.map((weight) => (total * weight) / sum);
	const parts = exact.map(Math.floor);
	const order = exact
		.map((value, index) => ({ index, remainder: value - Math.floor(value) }))
		.sort((a, b) => b.remainder - a.remainder || a.index - b.index);
	let left = total - parts.reduce((a, b) => a + b, 0);
	for (const { index } of order) {
		if (left <= 0) break;
		parts[index] += 1;
		left -= 1;
	}
	return parts;
}
