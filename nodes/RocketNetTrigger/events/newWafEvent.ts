import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { rocketApiRequest } from '../../RocketNet/shared/request';
import type { SeenState } from '../shared/seen';
import { rememberSeen } from '../shared/seen';
import { unlessGone, watchedSites } from '../shared/sites';

/** WAF events may show up this late; older ones that were never seen are given up. */
const LATE_MARGIN_MS = 10 * 60 * 1000;
const SEEN_CAP = 2000;
const PAGE_SIZE = 1000;
const MINUTE = 60 * 1000;

/** Rocket.net's reporting windows, shortest first. */
const DURATIONS: Array<[string, number]> = [
	['30m', 30 * MINUTE],
	['1h', 60 * MINUTE],
	['6h', 6 * 60 * MINUTE],
	['12h', 12 * 60 * MINUTE],
	['24h', 24 * 60 * MINUTE],
	['72h', 72 * 60 * MINUTE],
	['7d', 7 * 24 * 60 * MINUTE],
	['30d', 30 * 24 * 60 * MINUTE],
];

interface WafStream extends SeenState {
	lastPollAt: number;
}

export interface NewWafEventState {
	domains: Record<string, string>;
	streams: Record<string, WafStream>;
}

export interface NewWafEventOptions {
	siteIds: string[];
	actions: string[];
	sources: string[];
}

const time = (event: IDataObject) => Date.parse(String(event.datetime ?? '')) || 0;

/** Events have no id: a request matching several rules gives one event per rule. */
export const wafEventKey = (event: IDataObject) =>
	`${String(event.rayName)}:${String(event.ruleId)}:${String(event.matchIndex)}`;

/** The shortest reporting window that reaches back to `since`. */
export function durationCovering(now: number, since: number): string {
	const needed = now - since;
	return (DURATIONS.find(([, length]) => length >= needed) ?? DURATIONS[DURATIONS.length - 1])[0];
}

async function readEvents(
	this: IPollFunctions,
	siteId: string,
	duration: string,
	options: NewWafEventOptions,
	maxPages = Infinity,
) {
	const events: IDataObject[] = [];
	for (let page = 1; page <= maxPages; page++) {
		const qs: IDataObject = { duration, per_page: PAGE_SIZE, page };
		if (options.actions.length) qs.action = options.actions;
		const body = await rocketApiRequest.call(
			this,
			'GET',
			`/reporting/sites/${siteId}/waf/eventlist`,
			qs,
		);
		const records = (Array.isArray(body.result) ? body.result : []) as IDataObject[];
		events.push(...records);

		const total = Number((body.metadata as IDataObject | undefined)?.total ?? 0);
		if (records.length < PAGE_SIZE || events.length >= total) break;
	}
	return events.filter(
		(event) => !options.sources.length || options.sources.includes(String(event.source)),
	);
}

const toItem = (event: IDataObject, siteId: string, domain: string): IDataObject => ({
	...event,
	site_id: Number(siteId),
	site_domain: domain,
});

/** One poll: WAF events not seen before, oldest first; the first poll only records. */
export async function pollNewWafEvent(
	this: IPollFunctions,
	options: NewWafEventOptions,
	previous: NewWafEventState | undefined,
	now: number,
): Promise<{ items: IDataObject[]; state: NewWafEventState }> {
	const sites = await watchedSites.call(
		this,
		'chosenSites',
		options.siteIds,
		previous?.domains ?? {},
	);
	const state: NewWafEventState = {
		domains: Object.fromEntries(sites.map((site) => [site.id, site.domain])),
		streams: {},
	};
	const fresh: IDataObject[] = [];

	for (const site of sites) {
		const known = previous?.streams[site.id];
		const since = known?.lastPollAt ?? (previous ? now : now - LATE_MARGIN_MS);
		const floor = Math.max(known?.floor ?? 0, since - LATE_MARGIN_MS);

		const duration = durationCovering(now, floor);
		const events = await unlessGone(
			this,
			async () => await readEvents.call(this, site.id, duration, options),
		);
		if (!events) continue;

		const inWindow = events.filter((event) => time(event) >= floor);
		const seen = new Set((known?.seen ?? []).map(([key]) => key));
		if (known) {
			const unseen = inWindow.filter((event) => !seen.has(wafEventKey(event)));
			fresh.push(...unseen.map((event) => toItem(event, site.id, site.domain)));
		}

		const remembered: Array<[string, number]> = [
			...(known?.seen ?? []),
			...inWindow.map((event): [string, number] => [wafEventKey(event), time(event)]),
		];
		const nextFloor = Math.max(floor, now - LATE_MARGIN_MS);
		state.streams[site.id] = { lastPollAt: now, ...rememberSeen(remembered, nextFloor, SEEN_CAP) };
	}

	fresh.sort((a, b) => time(a) - time(b) || wafEventKey(a).localeCompare(wafEventKey(b)));
	return { items: fresh, state };
}

/** Fetch Test Event: the most recent matching event of the last day, changing no state. */
export async function latestNewWafEvent(
	this: IPollFunctions,
	options: NewWafEventOptions,
): Promise<IDataObject | undefined> {
	const sites = await watchedSites.call(this, 'chosenSites', options.siteIds, {});
	let latest: IDataObject | undefined;
	for (const site of sites) {
		for (const event of await readEvents.call(this, site.id, '24h', options, 1)) {
			if (!latest || time(event) > time(latest)) latest = toItem(event, site.id, site.domain);
		}
	}
	return latest;
}
