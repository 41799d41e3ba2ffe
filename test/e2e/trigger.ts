/**
 * Trigger scenario: an active workflow, Rocket.net Trigger (a task finished, on any site) → HTTP
 * Request posting each item to the simulator's sink, run by `n8n start`. Twenty backups finish
 * across several polls while n8n is stopped and started again; each must arrive exactly once.
 */
import { join } from 'node:path';

import { startSimulator, type RequestLogEntry, type Simulator } from '../simulator/server';
import { dashboard, type Backup } from './dashboard';
import { n8nId, simulatorCredential, taskFinishedWorkflow } from './fixtures';
import {
	createN8nInstance,
	exportWorkflow,
	importCredentials,
	importWorkflow,
	installCommunityPackage,
	publishWorkflow,
	readLog,
	startN8n,
	type N8nInstance,
	type N8nServer,
} from './n8n-instance';
import { expect, Report, seconds } from './report';
import { simulatorSink, type Delivery, type Sink } from './sink';
import { sleep, waitUntil } from './waiting';
import { onCleanUp, packageManifest, type Workspace } from './workspace';

/** A backup is DONE four steps after it starts, so 4 s. */
const TASK_STEP_MS = 1000;
const TASK_COUNT = 20;
/** The backups start over 38 s, so they finish across four or five polls ten seconds apart. */
const TASK_GAP_MS = 2000;
/** n8n is stopped once this many have started; the next ones finish while it is down. */
const STOP_AFTER = 8;
const TASKS_BEFORE_ACTIVATION = 3;
/** Requests from n8n further apart than this belong to different polls. */
const POLL_GAP_MS = 2000;
const START_TIMEOUT_MS = 2 * 60 * 1000;
const FIRST_POLL_TIMEOUT_MS = 30 * 1000;
/** How long the deliveries may take once the last backup has finished. */
const DELIVERY_TIMEOUT_MS = 60 * 1000;
/** Polls after the last delivery that must deliver nothing. */
const GRACE_POLLS = 2;
const GRACE_TIMEOUT_MS = 40 * 1000;
/** How long an emitted item may take to reach the sink once its poll is over. */
const DELIVERY_LAG_MS = 5000;

interface Site {
	id: number;
	domain: string;
}

/** Requests from n8n close together in time: one run of the trigger's `poll`. */
interface Poll {
	start: number;
	end: number;
	requests: RequestLogEntry[];
}

interface Start {
	server: N8nServer;
	spawnedAt: number;
	/** When n8n said it was up; it activates the published workflows just after. */
	readyAt: number;
	logFile: string;
}

/** The sites `GET /sites` lists: production sites, not staging copies. */
function listedSites(simulator: Simulator): Site[] {
	return [...simulator.state.sites.values()]
		.filter((site) => site.production === null)
		.map(({ id, domain }) => ({ id, domain }));
}

/** Starts `count` backups `gapMs` apart, round the sites; `started` fills as they start. */
function startBackupsOverTime(
	startBackup: (siteId: number, label: string) => Promise<Backup>,
	sites: Site[],
	count: number,
	gapMs: number,
) {
	const started: Backup[] = [];
	let cancelled = false;
	const done = (async () => {
		for (let index = 0; index < count && !cancelled; index++) {
			if (index > 0) await sleep(gapMs);
			const site = sites[index % sites.length];
			started.push(await startBackup(site.id, `e2e backup ${index + 1}`));
		}
	})();
	// Awaited later; a failure meanwhile must not end the process as an unhandled rejection.
	done.catch(() => undefined);
	return { started, done, cancel: () => (cancelled = true) };
}

/** When the task finished, or undefined while it runs. */
function finishedAt(simulator: Simulator, taskId: string): number | undefined {
	const task = simulator.state.tasks.get(taskId);
	if (!task || (task.status !== 'DONE' && task.status !== 'ERROR')) return undefined;
	return task.updatedAt;
}

function finishedTaskIds(simulator: Simulator): string[] {
	return [...simulator.state.tasks.values()]
		.filter((task) => task.status === 'DONE' || task.status === 'ERROR')
		.map((task) => task.id);
}

/**
 * n8n's requests grouped into polls. Each poll of an All Sites trigger starts by listing the
 * sites, so `GET /sites` starts the next one, as does a gap of more than POLL_GAP_MS.
 */
function pollsOf(simulator: Simulator, userAgent: string): Poll[] {
	const polls: Poll[] = [];
	let listed = false;
	for (const request of simulator.requests.filter((entry) => entry.userAgent === userAgent)) {
		const last = polls[polls.length - 1];
		const lists = request.method === 'GET' && request.path === '/sites';
		if (last && request.time - last.end <= POLL_GAP_MS && !(lists && listed)) {
			last.end = request.time;
			last.requests.push(request);
		} else {
			polls.push({ start: request.time, end: request.time, requests: [request] });
			listed = false;
		}
		listed ||= lists;
	}
	return polls;
}

/** The polls that started at or after `since` and are over (no request for POLL_GAP_MS). */
function pollsOverSince(simulator: Simulator, userAgent: string, since: number): Poll[] {
	const now = Date.now();
	return pollsOf(simulator, userAgent).filter(
		(poll) => poll.start >= since && now - poll.end > POLL_GAP_MS,
	);
}

async function prepareN8n(report: Report, workspace: Workspace, simulator: Simulator, sink: Sink) {
	let started = Date.now();
	const instance = await createN8nInstance(workspace.runtime, join(workspace.workDir, 'trigger'));
	await installCommunityPackage(instance, workspace.tarball);
	report.say(`installed the package in a fresh n8n user folder (${seconds(Date.now() - started)})`);

	started = Date.now();
	const credential = { id: n8nId(), name: 'Rocket.net simulator' };
	const workflow = taskFinishedWorkflow(n8nId(), credential, sink.url);
	await importCredentials(instance, [simulatorCredential(credential, simulator)]);
	await importWorkflow(instance, workflow);
	await publishWorkflow(instance, workflow.id);
	report.say(`imported and published the trigger workflow (${seconds(Date.now() - started)})`);

	return { instance, workflowId: workflow.id };
}

async function startServer(instance: N8nInstance, logFile: string): Promise<Start> {
	const spawnedAt = Date.now();
	const server = await startN8n(instance, logFile, START_TIMEOUT_MS);
	return { server, spawnedAt, readyAt: Date.now(), logFile };
}

/** n8n activates published workflows just after it says it is up, and logs a failure so. */
const ACTIVATION_FAILED = 'There was a problem activating the workflow';

/** The first poll after n8n was started, once it is over; a failed activation is an error. */
async function firstPoll(simulator: Simulator, userAgent: string, start: Start): Promise<Poll> {
	const polls = () => pollsOverSince(simulator, userAgent, start.spawnedAt);
	let failure: string | undefined;
	await waitUntil(() => {
		failure = readLog(start.logFile)
			.split('\n')
			.find((line) => line.includes(ACTIVATION_FAILED));
		return failure !== undefined || polls().length > 0;
	}, FIRST_POLL_TIMEOUT_MS);

	if (failure) throw new Error(`n8n could not activate the workflow: ${failure.slice(0, 300)}`);
	const [poll] = polls();
	if (!poll) throw new Error(`n8n did not poll within ${FIRST_POLL_TIMEOUT_MS / 1000}s`);
	return poll;
}

function describeStart(start: Start, poll: Poll): string {
	return (
		`up after ${seconds(start.readyAt - start.spawnedAt)}, first poll` +
		` ${seconds(poll.start - start.readyAt)} later (${describePoll(poll)})`
	);
}

/** "GET /sites ×1, GET /sites/{id}/tasks ×5": what one poll asked. */
function describePoll(poll: Poll): string {
	const counts = new Map<string, number>();
	for (const request of poll.requests) {
		const path = request.path.replace(/\/\d+(?=\/|$)/g, '/{id}');
		const line = `${request.method} ${path}`;
		counts.set(line, (counts.get(line) ?? 0) + 1);
	}
	return [...counts].map(([line, count]) => `${line} ×${count}`).join(', ');
}

/** The keys of the trigger's static data and their size, without the values. */
function describeStaticData(staticData: unknown): string {
	if (!staticData || typeof staticData !== 'object') return 'none';
	const nodes = Object.entries(staticData as Record<string, unknown>).filter(
		([key]) => key !== '__dataChanged',
	);
	if (nodes.length === 0) return 'none';
	return nodes
		.map(([key, value]) => {
			const fields = value && typeof value === 'object' ? Object.keys(value).join(', ') : '';
			return `${key} {${fields}} (${JSON.stringify(value).length} bytes)`;
		})
		.join('; ');
}

/** Deliveries close together in time: the items of one poll. */
function batchesOf(deliveries: Delivery[]): Delivery[][] {
	const batches: Delivery[][] = [];
	for (const delivery of deliveries) {
		const last = batches[batches.length - 1];
		if (last && delivery.at - last[last.length - 1].at <= POLL_GAP_MS) last.push(delivery);
		else batches.push([delivery]);
	}
	return batches;
}

function countById(deliveries: Delivery[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const { body } of deliveries)
		counts.set(String(body.id), (counts.get(String(body.id)) ?? 0) + 1);
	return counts;
}

function sample(values: string[]): string {
	return values.length > 3 ? `${values.slice(0, 3).join(', ')} …` : values.join(', ');
}

function expectEachOnce(deliveries: Delivery[], backups: Backup[]): void {
	const counts = countById(deliveries);
	const missing = backups.filter((backup) => !counts.has(backup.taskId)).map((b) => b.taskId);
	const repeated = backups
		.filter((backup) => (counts.get(backup.taskId) ?? 0) > 1)
		.map((backup) => `${backup.taskId} ×${counts.get(backup.taskId)}`);
	expect(backups.length === TASK_COUNT, `only ${backups.length} backups were started`);
	expect(missing.length === 0, `${missing.length} never delivered: ${sample(missing)}`);
	expect(repeated.length === 0, `${repeated.length} delivered more than once: ${sample(repeated)}`);
}

function expectNothingElse(deliveries: Delivery[], backups: Backup[], before: string[]): void {
	const ours = new Set(backups.map((backup) => backup.taskId));
	const earlier = new Set(before);
	const old = deliveries.filter(({ body }) => earlier.has(String(body.id)));
	const others = deliveries.filter(
		({ body }) => !ours.has(String(body.id)) && !earlier.has(String(body.id)),
	);
	expect(old.length === 0, `${old.length} tasks that had finished before activation delivered`);
	expect(
		others.length === 0,
		`${others.length} unexpected deliveries, e.g. ${sample(others.map(({ body }) => JSON.stringify(body).slice(0, 80)))}`,
	);
}

function expectTaskItems(deliveries: Delivery[], sites: Site[]): void {
	const domains = new Map(sites.map((site) => [site.id, site.domain]));
	const wrong = deliveries.filter(
		({ body }) =>
			body.task_type !== 'backup' ||
			body.task_status !== 'DONE' ||
			typeof body.updated !== 'string' ||
			body.site_domain !== domains.get(Number(body.site_id)),
	);
	const example = wrong[0]?.body;
	const fields = example
		? `task_type ${example.task_type}, task_status ${example.task_status}, site_id ` +
			`${example.site_id}, site_domain ${example.site_domain}`
		: '';
	expect(deliveries.length > 0, 'nothing was delivered');
	expect(
		wrong.length === 0,
		`${wrong.length} items are not a finished backup with its site's domain, e.g. ${fields}`,
	);
}

/** What happened to n8n during the scenario, for the figures and checks. */
interface Timeline {
	/** When the first of the 20 backups started. */
	backupsFrom: number;
	stopAt: number;
	restart: Start;
	restartPoll: Poll;
}

interface Outcome {
	backups: Backup[];
	/** How many had arrived when the wait for all of them ended. */
	arrived: number;
	graceOver: boolean;
}

/**
 * Runs n8n, lets it poll once, starts the backups over time, restarts n8n in the middle, and
 * waits for the deliveries and then the grace polls. n8n is stopped whatever happens.
 */
async function runAcrossRestart(
	report: Report,
	context: { instance: N8nInstance; workflowId: string; logDir: string },
	world: { simulator: Simulator; sink: Sink; sites: Site[]; userAgent: string },
	startBackup: (siteId: number, label: string) => Promise<Backup>,
): Promise<{ timeline: Timeline; outcome: Outcome }> {
	const { simulator, sink, sites, userAgent } = world;
	let current: Start | undefined;
	let launches: ReturnType<typeof startBackupsOverTime> | undefined;
	try {
		current = await startServer(context.instance, join(context.logDir, 'n8n-start-1.log'));
		const activationPoll = await firstPoll(simulator, userAgent, current);
		report.say(`started n8n: ${describeStart(current, activationPoll)}`);

		const backupsFrom = Date.now();
		launches = startBackupsOverTime(startBackup, sites, TASK_COUNT, TASK_GAP_MS);
		const started = launches.started;
		const reachedStop = await waitUntil(
			() => started.length >= STOP_AFTER,
			STOP_AFTER * TASK_GAP_MS + 20 * 1000,
		);
		expect(reachedStop, `only ${started.length} backups started`);

		const stopAt = Date.now();
		const stopped = await current.server.stop();
		current = undefined;
		const exit = stopped.code ?? stopped.signal;
		report.say(
			`stopped n8n with SIGTERM once ${started.length} backups had started; it exited with` +
				` ${exit} after ${seconds(Date.now() - stopAt)}`,
		);
		const saved = await exportWorkflow(context.instance, context.workflowId);
		report.say(
			`static data in the database while stopped: ${describeStaticData(saved.staticData)}`,
		);

		current = await startServer(context.instance, join(context.logDir, 'n8n-start-2.log'));
		const restart = current;
		const restartPoll = await firstPoll(simulator, userAgent, restart);
		report.say(`started n8n again on the same user folder: ${describeStart(restart, restartPoll)}`);
		report.say(`n8n was down (SIGTERM to its first poll) ${seconds(restartPoll.start - stopAt)}`);

		await launches.done;
		const arrived = await waitForDeliveries(report, simulator, sink, started, backupsFrom);
		const graceOver = await waitForGracePolls(simulator, userAgent, sink);
		return {
			timeline: { backupsFrom, stopAt, restart, restartPoll },
			outcome: { backups: started, arrived, graceOver },
		};
	} finally {
		launches?.cancel();
		if (current) await current.server.stop();
	}
}

/** Waits for every backup to finish, then for TASK_COUNT deliveries; returns how many came. */
async function waitForDeliveries(
	report: Report,
	simulator: Simulator,
	sink: Sink,
	backups: Backup[],
	backupsFrom: number,
): Promise<number> {
	const allFinished = await waitUntil(
		() => backups.every((backup) => finishedAt(simulator, backup.taskId) !== undefined),
		TASK_STEP_MS * 4 + 10 * 1000,
	);
	expect(allFinished, 'not every backup finished');
	const lastFinish = Math.max(
		...backups.map((backup) => finishedAt(simulator, backup.taskId) ?? 0),
	);

	const allArrived = await waitUntil(
		() => sink.deliveries.length >= TASK_COUNT,
		Math.max(lastFinish + DELIVERY_TIMEOUT_MS - Date.now(), 0),
	);
	const arrived = sink.deliveries.length;
	const lastAt = sink.deliveries[arrived - 1]?.at ?? Date.now();
	report.say(
		`${arrived} deliveries ${allArrived ? '' : '(timed out) '}` +
			`${seconds(lastAt - backupsFrom)} after the first backup started` +
			` (last backup finished at ${seconds(lastFinish - backupsFrom)})`,
	);
	return arrived;
}

/** Waits until GRACE_POLLS polls have run since the last delivery and had time to deliver. */
async function waitForGracePolls(simulator: Simulator, userAgent: string, sink: Sink) {
	const lastAt = sink.deliveries[sink.deliveries.length - 1]?.at ?? Date.now();
	return await waitUntil(() => {
		const later = pollsOverSince(simulator, userAgent, lastAt);
		const last = later[later.length - 1];
		return later.length >= GRACE_POLLS && Date.now() - last.end > DELIVERY_LAG_MS;
	}, GRACE_TIMEOUT_MS);
}

/** The backups that finished between the SIGTERM and the first poll after the restart. */
function finishedWhileDown(simulator: Simulator, backups: Backup[], timeline: Timeline) {
	return backups.filter((backup) => {
		const at = finishedAt(simulator, backup.taskId) ?? 0;
		return at >= timeline.stopAt && at < timeline.restartPoll.start;
	});
}

function sayFigures(
	report: Report,
	world: { simulator: Simulator; sink: Sink; userAgent: string },
	timeline: Timeline,
	downtime: Backup[],
): void {
	const { simulator, sink, userAgent } = world;
	const polls = pollsOf(simulator, userAgent);
	const perPoll = polls.map((poll) => poll.requests.length);
	const ofN8n = simulator.requests.filter((request) => request.userAgent === userAgent);
	const logins = ofN8n.filter((request) => request.path === '/login').length;
	const beforeStop = polls.filter((poll) => poll.start < timeline.stopAt).length;
	report.say(
		`the simulator saw ${polls.length} polls (${beforeStop} before the stop), ${ofN8n.length}` +
			` requests from n8n (${Math.min(...perPoll)}–${Math.max(...perPoll)} a poll, ${logins}` +
			` logins); ${downtime.length} backups finished while n8n was down`,
	);

	const batches = batchesOf(sink.deliveries).map((batch) => batch.length);
	const early = sink.deliveries.filter((delivery) => delivery.at < timeline.stopAt).length;
	report.say(
		`deliveries came in ${batches.length} batches of ${batches.join(', ')}` +
			` (${early} before the stop)`,
	);
}

export async function triggerTest(report: Report, workspace: Workspace): Promise<void> {
	const { name, version } = packageManifest();
	const userAgent = `${name}/${version}`;
	const simulator = await startSimulator({ taskStepMs: TASK_STEP_MS, quiet: true });
	onCleanUp(() => simulator.close());
	const sink = simulatorSink(simulator, 'deliveries');

	const sites = listedSites(simulator);
	const rocket = await dashboard(simulator);
	const early: Backup[] = [];
	for (const site of sites.slice(0, TASKS_BEFORE_ACTIVATION)) {
		early.push(await rocket.startBackup(site.id, 'e2e backup before activation'));
	}
	report.say(
		`simulator on ${simulator.apiUrl} (demo account, ${sites.length} sites, task step` +
			` ${TASK_STEP_MS} ms), sink on ${sink.url}; ${early.length} backups started before activation`,
	);

	const { instance, workflowId } = await prepareN8n(report, workspace, simulator, sink);
	const earlyDone = await waitUntil(
		() => early.every((backup) => finishedAt(simulator, backup.taskId) !== undefined),
		10 * 1000,
	);
	expect(earlyDone, 'the backups started before activation did not finish');
	const finishedBefore = finishedTaskIds(simulator);

	const world = { simulator, sink, sites, userAgent };
	const logDir = join(workspace.workDir, 'trigger');
	const { timeline, outcome } = await runAcrossRestart(
		report,
		{ instance, workflowId, logDir },
		world,
		rocket.startBackup,
	);
	const { deliveries } = sink;
	const downtime = finishedWhileDown(simulator, outcome.backups, timeline);
	sayFigures(report, world, timeline, downtime);

	report.check('the backups finished across several polls', () => {
		const batches = batchesOf(deliveries).length;
		expect(batches >= 3, `only ${batches} batches: the scenario tested too little`);
	});
	report.check(`each of the ${TASK_COUNT} backups was delivered exactly once`, () =>
		expectEachOnce(deliveries, outcome.backups),
	);
	report.check(
		`nothing else: none of the ${finishedBefore.length} tasks that finished before activation`,
		() => expectNothingElse(deliveries, outcome.backups, finishedBefore),
	);
	report.check('the backups that finished while n8n was down arrived after the restart', () => {
		expect(
			downtime.length > 0,
			'no backup finished while n8n was down: the restart tested nothing',
		);
		const after = deliveries.filter((delivery) => delivery.at >= timeline.restart.spawnedAt);
		const counts = countById(after);
		const lost = downtime.filter((backup) => counts.get(backup.taskId) !== 1);
		expect(lost.length === 0, `${lost.length} of ${downtime.length} did not arrive once after it`);
	});
	report.check('each item is the finished task with its site domain', () =>
		expectTaskItems(deliveries, world.sites),
	);
	report.check(`no delivery in the ${GRACE_POLLS} polls after the last one`, () => {
		const late = deliveries.length - outcome.arrived;
		expect(outcome.graceOver, `n8n polled fewer than ${GRACE_POLLS} times in the grace period`);
		expect(late === 0, `${late} more deliveries`);
	});
}
