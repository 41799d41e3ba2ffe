/**
 * Smoke scenario: runs "Get Many sites" with `n8n execute` twice against the Rocket.net
 * simulator, and checks the output, the requests and that the saved token is reused.
 */
import { join } from 'node:path';

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
import { expect, Report, seconds } from './report';
import { onCleanUp, packageManifest, type Workspace } from './workspace';

const SEEDED_SITES = 25;

interface Site {
	id: number;
	domain: string;
}

interface WorkflowRun {
	run: LoggedRun;
	/** What the simulator received during this run. */
	requests: RequestLogEntry[];
}

async function startSeededSimulator(report: Report): Promise<Simulator> {
	const simulator = await startSimulator({
		quiet: true,
		seed: { demo: false, sites: SEEDED_SITES },
	});
	onCleanUp(() => simulator.close());

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

async function prepareN8n(report: Report, workspace: Workspace, simulator: Simulator) {
	let started = Date.now();
	const instance = await createN8nInstance(workspace.runtime, join(workspace.workDir, 'smoke'));
	await installCommunityPackage(instance, workspace.tarball);
	report.say(`installed the package in a fresh n8n user folder (${seconds(Date.now() - started)})`);

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

export async function smokeTest(report: Report, workspace: Workspace): Promise<void> {
	const { name, version } = packageManifest();
	const userAgent = `${name}/${version}`;
	const simulator = await startSeededSimulator(report);
	const sites = listedSites(simulator);
	const { instance, workflowId } = await prepareN8n(report, workspace, simulator);

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
