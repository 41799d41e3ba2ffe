import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { rocketApiRequest } from '../../RocketNet/shared/request';
import type { SeenState } from '../shared/seen';
import { rememberSeen } from '../shared/seen';
import type { WatchedSite } from '../shared/sites';
import { unlessGone, watchedSites } from '../shared/sites';

/** Tasks are read back this far before the newest one seen, so equal or late stamps still fire. */
const LATE_MARGIN_MS = 5 * 60 * 1000;
const SEEN_CAP = 500;
const PAGE_SIZE = 100;
const ACCOUNT = 'account';

interface TaskStream extends SeenState {
	/** The newest `updated` read so far, in ms. */
	cursor: number;
}

export interface TaskFinishedState {
	lastPollAt: number;
	domains: Record<string, string>;
	streams: Record<string, TaskStream>;
}

export interface TaskFinishedOptions {
	watch: string;
	siteIds: string[];
	finalStatus: string;
	taskTypes: string[];
}

const time = (task: IDataObject) => Date.parse(String(task.updated ?? '')) || 0;
const isFinished = (task: IDataObject) =>
	task.task_status === 'DONE' || task.task_status === 'ERROR';

function matches(task: IDataObject, options: TaskFinishedOptions): boolean {
	if (!isFinished(task)) return false;
	if (options.finalStatus === 'done' && task.task_status !== 'DONE') return false;
	if (options.finalStatus === 'failed' && task.task_status !== 'ERROR') return false;
	return options.taskTypes.length === 0 || options.taskTypes.includes(String(task.task_type));
}

/** Newest first, page by page, until the tasks are older than `floor`. */
async function readTasks(this: IPollFunctions, path: string, floor: number, maxPages = Infinity) {
	const tasks: IDataObject[] = [];
	for (let page = 1; page <= maxPages; page++) {
		const qs = { sort: 'updated', direction: 'desc', per_page: PAGE_SIZE, page };
		const body = await rocketApiRequest.call(this, 'GET', path, qs);
		const records = (Array.isArray(body.result) ? body.result : []) as IDataObject[];
		tasks.push(...records);

		const oldest = records[records.length - 1];
		if (records.length < PAGE_SIZE || !oldest || time(oldest) < floor) break;
	}
	return tasks;
}

function streamsOf(options: TaskFinishedOptions, sites: WatchedSite[]) {
	const streams = sites.map((site) => ({ id: site.id, path: `/sites/${site.id}/tasks` }));
	if (options.watch === 'allSites') streams.push({ id: ACCOUNT, path: '/account/tasks' });
	return streams;
}

/** Account tasks name their site in `meta_data`, an object or a JSON string. */
function siteIdOf(task: IDataObject): string | undefined {
	if (task.site_id !== undefined && task.site_id !== null) return String(task.site_id);
	let meta = task.meta_data;
	if (typeof meta === 'string') {
		try {
			meta = JSON.parse(meta);
		} catch {
			return undefined;
		}
	}
	const siteId = (meta as IDataObject | undefined)?.site_id;
	return siteId === undefined || siteId === null ? undefined : String(siteId);
}

function toItem(task: IDataObject, domains: Record<string, string>): IDataObject {
	const siteId = siteIdOf(task);
	return {
		...task,
		site_id: task.site_id ?? (siteId === undefined ? null : Number(siteId)),
		site_domain: siteId === undefined ? null : (domains[siteId] ?? null),
	};
}

/**
 * One poll: finished tasks not seen before, oldest first. Without a previous state it only
 * records where things stand.
 */
export async function pollTaskFinished(
	this: IPollFunctions,
	options: TaskFinishedOptions,
	previous: TaskFinishedState | undefined,
	now: number,
): Promise<{ items: IDataObject[]; state: TaskFinishedState }> {
	const sites = await watchedSites.call(
		this,
		options.watch,
		options.siteIds,
		previous?.domains ?? {},
	);
	const domains = Object.fromEntries(sites.map((site) => [site.id, site.domain]));
	const state: TaskFinishedState = { lastPollAt: now, domains, streams: {} };
	const fresh: IDataObject[] = [];

	for (const stream of streamsOf(options, sites)) {
		const known = previous?.streams[stream.id];
		const since = previous ? previous.lastPollAt : now;
		const floor = known
			? Math.max(known.floor, known.cursor - LATE_MARGIN_MS)
			: since - LATE_MARGIN_MS;

		const tasks = await unlessGone(
			this,
			async () => await readTasks.call(this, stream.path, floor),
		);
		if (!tasks) continue;

		const seen = new Set((known?.seen ?? []).map(([key]) => key));
		const finished = tasks.filter((task) => isFinished(task) && time(task) >= floor);
		if (previous) {
			fresh.push(
				...finished.filter((task) => !seen.has(String(task.id)) && matches(task, options)),
			);
		}

		const cursor = Math.max(
			known?.cursor ?? 0,
			...tasks.map(time),
			known || tasks.length ? 0 : now,
		);
		const remembered: Array<[string, number]> = [
			...(known?.seen ?? []),
			...finished.map((task): [string, number] => [String(task.id), time(task)]),
		];
		state.streams[stream.id] = {
			cursor,
			...rememberSeen(remembered, Math.max(floor, cursor - LATE_MARGIN_MS), SEEN_CAP),
		};
	}

	fresh.sort((a, b) => time(a) - time(b) || String(a.id).localeCompare(String(b.id)));
	return { items: fresh.map((task) => toItem(task, domains)), state };
}

/** Fetch Test Event: the most recent finished task that matches, changing no state. */
export async function latestTaskFinished(
	this: IPollFunctions,
	options: TaskFinishedOptions,
): Promise<IDataObject | undefined> {
	const sites = await watchedSites.call(this, options.watch, options.siteIds, {});
	const domains = Object.fromEntries(sites.map((site) => [site.id, site.domain]));
	let latest: IDataObject | undefined;

	for (const stream of streamsOf(options, sites)) {
		const tasks = await readTasks.call(this, stream.path, Infinity, 1);
		const match = tasks.find((task) => matches(task, options));
		if (match && (!latest || time(match) > time(latest))) latest = match;
	}
	return latest && toItem(latest, domains);
}
