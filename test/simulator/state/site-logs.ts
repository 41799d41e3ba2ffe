import { groupState, type SimulatorState, type SiteRecord } from './state';

/**
 * Time-stamped records kept per site, newest first (WAF events, access log entries): seeded the
 * first time a site's records are read, and open to tests that add their own.
 */
export interface SiteLog<T> {
	/** The site's records, newest first. */
	of(state: SimulatorState, site: SiteRecord, nowMs: number): T[];
	/** Records no older than `durationMs`. */
	within(state: SimulatorState, site: SiteRecord, nowMs: number, durationMs: number): T[];
	/** Adds records, the missing fields from `fill`; answers them as stored. */
	add(state: SimulatorState, siteId: number, records: Array<Partial<T>>, nowMs?: number): T[];
	/** Milliseconds of a record's time stamp. */
	timeOf(record: T): number;
}

export interface SiteLogOptions<T> {
	group: string;
	time: (record: T) => string;
	/** Orders records with the same time stamp. */
	tieBreak: (a: T, b: T) => number;
	seed: (site: SiteRecord, nowMs: number) => T[];
	/** A believable record at `nowMs`; `index` keeps its ids apart from the others. */
	fill: (site: SiteRecord, index: number, nowMs: number) => T;
}

export function siteLog<T extends object>(options: SiteLogOptions<T>): SiteLog<T> {
	const parsed = new WeakMap<T, number>();
	const timeOf = (record: T) => {
		let time = parsed.get(record);
		if (time === undefined) {
			time = Date.parse(options.time(record));
			parsed.set(record, time);
		}
		return time;
	};
	const newestFirst = (a: T, b: T) => timeOf(b) - timeOf(a) || options.tieBreak(a, b);

	const of = (state: SimulatorState, site: SiteRecord, nowMs: number) => {
		const logs = groupState(state, options.group, () => new Map<number, T[]>());
		if (!logs.has(site.id)) logs.set(site.id, options.seed(site, nowMs).sort(newestFirst));
		return logs.get(site.id) ?? [];
	};

	return {
		of,
		within: (state, site, nowMs, durationMs) =>
			of(state, site, nowMs).filter((record) => timeOf(record) >= nowMs - durationMs),
		add: (state, siteId, records, nowMs = Date.now()) => {
			const site = state.sites.get(siteId);
			if (!site) throw new Error(`No site ${siteId}`);
			const list = of(state, site, nowMs);

			const added = records.map((record, index) => ({
				...options.fill(site, list.length + index, nowMs),
				...record,
			}));
			list.push(...added);
			list.sort(newestFirst);
			return added;
		},
		timeOf,
	};
}
