/**
 * Smoke test in a real n8n: packs this package, installs it as a community package into a
 * throwaway headless n8n, and runs "Get Many sites" against the Rocket.net simulator twice.
 *
 *   npm run test:e2e          (E2E_KEEP=1 keeps the temporary folder for a look afterwards)
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { startSimulator, type RequestLogEntry, type Simulator } from '../simulator/server';
import {
	findLoggedRun,
	loggedErrors,
	outputItems,
	runErrorMessage,
	type LoggedRun,
} from './execution-output';
import { listSitesWorkflow, n8nId, ROCKET_NET_NODE, simulatorCredential } from './fixtures';
import {
	createN8nInstance,
	executeWorkflow,
	importCredentials,
	importWorkflow,
	installCommunityPackage,
	type N8nInstance,
} from './n8n-instance';
import { ensureN8nRuntime, N8N_VERSION, NODE_VERSION } from './n8n-runtime';
import { runOrThrow, stopAllChildren } from './processes';
import { expect, Report, seconds } from './report';

const PROJECT_ROOT = resolve(__dirname, '..', '..');
const SEEDED_SITES = 25;
const PACK_TIMEOUT_MS = 2 * 60 * 1000;
const FORCED_EXIT_MS = 15 * 1000;

interface Site {
	id: number;
	domain: string;
}

interface WorkflowRun {
	run: LoggedRun;
	/** What the simulator received during this run. */
	requests: RequestLogEntry[];
}

const cleanups: Array<() => unknown> = [];

async function cleanUp(): Promise<void> {
	await stopAllChildren();
	for (const cleanup of cleanups.splice(0).reverse()) {
		try {
			await cleanup();
		} catch (error) {
			console.log(`e2e: clean-up failed: ${(error as Error).message}`);
		}
	}
}

function packageManifest(): { name: string; version: string } {
	return JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));
}

function makeWorkDir(report: Report): string {
	const workDir = mkdtempSync(join(tmpdir(), 'rocketnet-e2e-'));
	cleanups.push(() => {
		if (process.env.E2E_KEEP) report.say(`kept ${workDir}`);
		else rmSync(workDir, { recursive: true, force: true });
	});
	return workDir;
}

async function startSeededSimulator(report: Report): Promise<Simulator> {
	const simulator = await startSimulator({
		quiet: true,
		seed: { demo: false, sites: SEEDED_SITES },
	});
	cleanups.push(() => simulator.close());

	const sites = listedSites(simulator);
	expect(sites.length === SEEDED_SITES, `simulator holds ${sites.length} sites`);
	report.say(`simulator on ${simulator.apiUrl} with ${sites.length} sites`);
	return simulator;
}

/** The sites `GET /sites` lists: production sites, not staging copies. */
function listedSites(simulator: Simulator): Site[] {
	return [...simulator.state.sites.values()]
		.filter((site) => site.production === null)
		.map(({ id, domain }) => ({ id, domain }));
}

async function packProject(workDir: string): Promise<string> {
	const built = join(PROJECT_ROOT, 'dist', 'nodes', 'RocketNet', 'RocketNet.node.js');
	if (!existsSync(built)) throw new Error(`${built} is missing: run "npm run build" first`);

	const packed = await runOrThrow('npm', ['pack', '--json', `--pack-destination=${workDir}`], {
		cwd: PROJECT_ROOT,
		timeoutMs: PACK_TIMEOUT_MS,
	});
	const [{ filename }] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as Array<{
		filename: string;
	}>;
	return join(workDir, filename);
}

async function prepareN8n(report: Report, workDir: string, simulator: Simulator) {
	let started = Date.now();
	const runtime = await ensureN8nRuntime((line) => report.say(line));
	report.say(`n8n ${N8N_VERSION} on Node ${NODE_VERSION} ready (${seconds(Date.now() - started)})`);

	started = Date.now();
	const tarball = await packProject(workDir);
	const instance = await createN8nInstance(runtime, workDir);
	await installCommunityPackage(instance, tarball);
	report.say(`packed and installed ${tarball.split('/').pop()} (${seconds(Date.now() - started)})`);

	started = Date.now();
	const credential = { id: n8nId(), name: 'Rocket.net simulator' };
	const workflow = listSitesWorkflow(n8nId(), credential);
	await importCredentials(instance, [simulatorCredential(credential, simulator)]);
	await importWorkflow(instance, workflow);
	report.say(`imported credential and workflow (${seconds(Date.now() - started)})`);

	return { instance, workflowId: workflow.id };
}

async function runWorkflow(
	report: Report,
	instance: N8nInstance,
	workflowId: string,
	simulator: Simulator,
): Promise<WorkflowRun> {
	simulator.clearRequests();
	const result = await executeWorkflow(instance, workflowId);
	const requests = [...simulator.requests];
	report.say(
		`n8n execute exited with ${result.code} after ${seconds(result.durationMs)};` +
			` the simulator saw ${describeRequests(requests)}`,
	);

	const run = findLoggedRun(result.stdout);
	if (!run) {
		const errors = loggedErrors(result.stdout).slice(0, 5).join(' | ');
		throw new Error(`n8n execute logged no run${errors ? `: ${errors}` : ''}`);
	}
	return { run, requests };
}

/** "POST /login 200, GET /sites 500 ×5": the simulator's log in a line. */
function describeRequests(requests: RequestLogEntry[]): string {
	const lines = requests.map((request) => `${request.method} ${request.path} ${request.status}`);
	const runs: Array<{ line: string; count: number }> = [];
	for (const line of lines) {
		const last = runs[runs.length - 1];
		if (last?.line === line) last.count++;
		else runs.push({ line, count: 1 });
	}
	const described = runs.map(({ line, count }) => (count > 1 ? `${line} ×${count}` : line));
	return described.join(', ') || 'nothing';
}

function expectSucceeded(run: LoggedRun): void {
	const error = runErrorMessage(run);
	expect(run.status === 'success' && !error, `status ${run.status}: ${error ?? 'no error given'}`);
}

function expectSites(run: LoggedRun, expected: Site[]): void {
	const items = outputItems(run, ROCKET_NET_NODE);
	expect(items !== undefined, `no output from the ${ROCKET_NET_NODE} node`);
	expect(items.length === expected.length, `${items.length} items, expected ${expected.length}`);

	const got = new Set(items.map((item) => `${item.id} ${item.domain}`));
	const missing = expected.filter((site) => !got.has(`${site.id} ${site.domain}`));
	const sample = missing.slice(0, 3).map((site) => `${site.id} ${site.domain}`);
	expect(missing.length === 0, `${missing.length} sites missing or different, e.g. ${sample}`);
}

function requestsTo(requests: RequestLogEntry[], method: string, path: string) {
	return requests.filter((request) => request.method === method && request.path === path);
}

function expectOneLoginThenList(requests: RequestLogEntry[]): void {
	const logins = requestsTo(requests, 'POST', '/login');
	expect(logins.length === 1, `${logins.length} logins, expected 1`);
	expect(logins[0].status === 200, `login answered ${logins[0].status}`);

	const lists = requestsTo(requests, 'GET', '/sites');
	expect(lists.length > 0, 'no GET /sites');
	expect(requests.indexOf(logins[0]) < requests.indexOf(lists[0]), 'listed before logging in');
	expect(
		lists.every((list) => list.status === 200 && list.tokenId),
		`GET /sites answered ${lists.map((list) => list.status)}`,
	);
}

function expectUserAgent(requests: RequestLogEntry[], userAgent: string): void {
	const others = requests.filter((request) => request.userAgent !== userAgent);
	const seen = [...new Set(others.map((request) => request.userAgent ?? 'none'))];
	expect(requests.length > 0, 'no requests');
	expect(others.length === 0, `${others.length} requests sent User-Agent ${seen.join(', ')}`);
}

function expectTokenReused(second: RequestLogEntry[], first: RequestLogEntry[]): void {
	const logins = requestsTo(second, 'POST', '/login');
	expect(logins.length === 0, `${logins.length} logins: n8n did not reuse the saved token`);

	const firstToken = requestsTo(first, 'GET', '/sites')[0]?.tokenId;
	const tokens = [...new Set(requestsTo(second, 'GET', '/sites').map((list) => list.tokenId))];
	expect(tokens.length === 1, `GET /sites used ${tokens.length} tokens`);
	expect(tokens[0] === firstToken, 'GET /sites used another token than the first run');
}

async function smokeTest(report: Report): Promise<void> {
	const { name, version } = packageManifest();
	const userAgent = `${name}/${version}`;
	const workDir = makeWorkDir(report);
	const simulator = await startSeededSimulator(report);
	const sites = listedSites(simulator);
	const { instance, workflowId } = await prepareN8n(report, workDir, simulator);

	const first = await runWorkflow(report, instance, workflowId, simulator);
	report.check('first run succeeded', () => expectSucceeded(first.run));
	report.check(`the node returned the ${sites.length} seeded sites`, () =>
		expectSites(first.run, sites),
	);
	report.check('it logged in once, then listed sites with the token', () =>
		expectOneLoginThenList(first.requests),
	);
	report.check(`every request sent User-Agent ${userAgent}`, () =>
		expectUserAgent(first.requests, userAgent),
	);

	const second = await runWorkflow(report, instance, workflowId, simulator);
	report.check('second run succeeded with the same sites', () => {
		expectSucceeded(second.run);
		expectSites(second.run, sites);
	});
	report.check('second run reused the saved token without logging in', () =>
		expectTokenReused(second.requests, first.requests),
	);
}

async function main(): Promise<number> {
	const report = new Report();
	let interruptedBy: NodeJS.Signals | undefined;
	const interrupt = (signal: NodeJS.Signals) => {
		interruptedBy = signal;
		void stopAllChildren();
		setTimeout(() => process.exit(130), FORCED_EXIT_MS).unref();
	};
	// `on`, not `once`: npm and tsx pass the same Ctrl-C on again, and tsx's loader ends a process
	// that no longer listens.
	process.on('SIGINT', interrupt);
	process.on('SIGTERM', interrupt);

	try {
		await smokeTest(report);
	} catch (error) {
		const reason = interruptedBy ? new Error(`interrupted by ${interruptedBy}`) : (error as Error);
		report.fail('run stopped', reason);
	} finally {
		await cleanUp();
	}

	console.log(report.summary());
	if (interruptedBy) return 130;
	return report.succeeded ? 0 : 1;
}

main().then((code) => process.exit(code));
