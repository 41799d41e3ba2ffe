/**
 * npm start: the package in a real n8n 2.41.1 with the example workflows, against a Rocket.net
 * simulator kept busy (backups every ~20 s, WAF events every ~15 s), until Ctrl-C.
 *
 * With ROCKETNET_EMAIL and ROCKETNET_PASSWORD set there is no simulator: the credential points at
 * Rocket.net (or ROCKETNET_BASE_URL) and the examples are imported unchanged.
 *
 * n8n keeps its data in ${XDG_CACHE_HOME:-~/.cache}/n8n-nodes-rocketnet/start-user across starts
 * (start-user-live with a real account, so that the two never share workflows or credentials);
 * the package is packed and installed again on every start, so code changes show.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
	importCredentials,
	importWorkflow,
	installCommunityPackage,
	publishWorkflow,
	startN8n,
	tail,
	type N8nInstance,
	type N8nServer,
} from '../test/e2e/n8n-instance';
import { cacheDir, ensureN8nRuntime, N8N_2, withRuntimeNode } from '../test/e2e/n8n-runtime';
import { cleanEnv, freePort, runOrThrow, stopAllChildren } from '../test/e2e/processes';
import { PROJECT_ROOT } from '../test/e2e/workspace';
import { startSimulator, type Simulator } from '../test/simulator/server';
import { addWafEvents } from '../test/simulator/state/waf-events';

const SIMULATOR_PORT = 4010;
const N8N_PORT = 5678;
const SIMULATED_SITES = 30;
const TASK_STEP_MS = 5000;
const BACKUP_EVERY_MS = 20_000;
const WAF_EVERY_MS = 15_000;
/** One backup in this many fails, so the failed-tasks example has something to post. */
const FAIL_ONE_IN = 4;
/** The sites the WAF example's trigger watches (demo account). */
const WAF_WATCHED_SITES = [1000001, 1000003];
const N8N_START_TIMEOUT_MS = 3 * 60 * 1000;
const PACK_TIMEOUT_MS = 2 * 60 * 1000;

/** The credential id the examples refer to. */
const CREDENTIAL_ID = 'RocketNetExample';
const OWNER = {
	email: 'demo@example.com',
	firstName: 'Demo',
	lastName: 'User',
	password: 'Rocketnet-demo-1',
};
/** The trigger examples; in simulator mode they are published so that they run. */
const TRIGGER_EXAMPLES = ['failed-tasks-to-slack.json', 'waf-block-burst-to-email.json'];

interface Workflow {
	id?: string;
	name: string;
	nodes: Array<{ name: string; parameters: Record<string, unknown> }>;
}

interface Assignment {
	name: string;
	value: unknown;
}

const say = (line: string) => console.log(`start: ${line}`);
const intervals: NodeJS.Timeout[] = [];
const closers: Array<() => Promise<unknown>> = [];
let n8n: N8nServer | undefined;
let shuttingDown = false;

function userFolder(live: boolean): string {
	return join(cacheDir(), live ? 'start-user-live' : 'start-user');
}

/** The port if nothing listens on it on 127.0.0.1, else a free one. */
function preferredPort(port: number): Promise<number> {
	return new Promise((resolve) => {
		const probe = createServer();
		probe.once('error', () => resolve(freePort()));
		probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(port)));
	});
}

/** A stable 16-character id per example file, so that a restart overwrites it. */
function exampleId(file: string): string {
	const letters = file.replace(/\.json$/, '').replace(/[^A-Za-z0-9]/g, '');
	return `rnEx${letters}`.slice(0, 16).padEnd(16, '0');
}

function loadExamples(): Array<{ file: string; workflow: Workflow }> {
	return readdirSync(join(PROJECT_ROOT, 'examples'))
		.filter((file) => file.endsWith('.json'))
		.sort()
		.map((file) => {
			const text = readFileSync(join(PROJECT_ROOT, 'examples', file), 'utf8');
			return { file, workflow: { ...(JSON.parse(text) as Workflow), id: exampleId(file) } };
		});
}

/** Sets the Settings node's values that it has; the others stay as they are. */
function withSettings(workflow: Workflow, values: Record<string, unknown>): Workflow {
	const settings = workflow.nodes.find((node) => node.name === 'Settings');
	if (!settings) return workflow;
	const { assignments } = settings.parameters.assignments as { assignments: Assignment[] };
	for (const assignment of assignments) {
		if (assignment.name in values) assignment.value = values[assignment.name];
	}
	return workflow;
}

async function packProject(): Promise<{ tarball: string; dir: string }> {
	const dir = mkdtempSync(join(tmpdir(), 'rocketnet-start-'));
	const packed = await runOrThrow('npm', ['pack', '--json', `--pack-destination=${dir}`], {
		cwd: PROJECT_ROOT,
		timeoutMs: PACK_TIMEOUT_MS,
	});
	const [{ filename }] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as Array<{
		filename: string;
	}>;
	return { tarball: join(dir, filename), dir };
}

/** Backups on random sites through the simulator's API, one in FAIL_ONE_IN failing. */
async function keepBackingUp(simulator: Simulator): Promise<void> {
	const login = await fetch(`${simulator.apiUrl}/login`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', 'User-Agent': 'rocketnet-start-activity' },
		body: JSON.stringify({
			username: simulator.account.email,
			password: simulator.account.password,
		}),
	});
	const { token } = (await login.json()) as { token: string };
	let count = 0;
	const backUp = async () => {
		const sites = [...simulator.state.sites.values()];
		const site = sites[Math.floor(Math.random() * sites.length)];
		count += 1;
		if (count % FAIL_ONE_IN === 0) simulator.failNextTask('Backup storage is full', 'backup');
		const response = await fetch(`${simulator.apiUrl}/sites/${site.id}/backup`, {
			method: 'POST',
			headers: {
				Authorization: `Bearer ${token}`,
				'Content-Type': 'application/json',
				'User-Agent': 'rocketnet-start-activity',
			},
			body: JSON.stringify({ label: `Activity backup ${count}` }),
		});
		if (!response.ok) say(`simulator: starting a backup on ${site.domain} got ${response.status}`);
	};
	intervals.push(setInterval(() => void backUp().catch(() => undefined), BACKUP_EVERY_MS));
}

function keepAttacking(simulator: Simulator): void {
	const addEvents = () => {
		const known = WAF_WATCHED_SITES.filter((id) => simulator.state.sites.has(id));
		const ids = known.length > 0 ? known : [...simulator.state.sites.keys()];
		const siteId = ids[Math.floor(Math.random() * ids.length)];
		const count = 1 + Math.floor(Math.random() * 4);
		addWafEvents(
			simulator.state,
			siteId,
			Array.from({ length: count }, () => ({ action: 'block' as const })),
		);
	};
	intervals.push(setInterval(addEvents, WAF_EVERY_MS));
}

/** Prints what the examples post to Slack and email, which is the simulator's sink here. */
function echoDeliveries(simulator: Simulator): void {
	let shown = 0;
	intervals.push(
		setInterval(() => {
			const { deliveries } = simulator;
			for (const delivery of deliveries.slice(shown)) {
				console.log(`sink: ${delivery.path} received ${JSON.stringify(delivery.body)}`);
			}
			shown = deliveries.length;
		}, 1000),
	);
}

async function createOwner(baseUrl: string): Promise<string> {
	const settings = await fetch(`${baseUrl}/rest/settings`);
	const body = (await settings.json()) as {
		data?: { userManagement?: { showSetupOnFirstLoad?: boolean } };
	};
	if (body.data?.userManagement?.showSetupOnFirstLoad === false) {
		return 'the owner account exists already (kept from an earlier start)';
	}
	const response = await fetch(`${baseUrl}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify(OWNER),
	});
	if (response.ok) return 'created the owner account';
	const text = await response.text();
	if (text.includes('already setup')) return 'the owner account exists already';
	throw new Error(`n8n refused the owner setup (${response.status}): ${text.slice(0, 200)}`);
}

async function shutDown(code: number): Promise<void> {
	if (shuttingDown) return;
	shuttingDown = true;
	say('stopping…');
	intervals.forEach((interval) => clearInterval(interval));
	if (n8n) await n8n.stop();
	await stopAllChildren();
	for (const close of closers.reverse()) await close().catch(() => undefined);
	say('stopped');
	process.exit(code);
}

async function main(): Promise<void> {
	// `on`, not `once`: a Ctrl-C reaches this process from the terminal and again from npm and
	// tsx, and tsx ends a process that no longer listens, cutting the clean-up short.
	process.on('SIGINT', () => void shutDown(0));
	process.on('SIGTERM', () => void shutDown(0));

	const email = process.env.ROCKETNET_EMAIL;
	const password = process.env.ROCKETNET_PASSWORD;
	const live = Boolean(email && password);

	let simulator: Simulator | undefined;
	let credential: object;
	if (live) {
		const baseUrl = process.env.ROCKETNET_BASE_URL || 'https://api.rocket.net/v1';
		credential = {
			id: CREDENTIAL_ID,
			name: 'Rocket.net',
			type: 'rocketNetApi',
			data: { email, password, baseUrl },
		};
		say(`using your Rocket.net account ${email} at ${baseUrl} (no simulator)`);
	} else {
		simulator = await startSimulator({
			port: await preferredPort(SIMULATOR_PORT),
			taskStepMs: TASK_STEP_MS,
			seed: { demo: true, sites: SIMULATED_SITES },
			quiet: true,
		});
		closers.push(() => simulator!.close());
		credential = {
			id: CREDENTIAL_ID,
			name: 'Rocket.net (simulator)',
			type: 'rocketNetApi',
			data: {
				email: simulator.account.email,
				password: simulator.account.password,
				baseUrl: simulator.apiUrl,
			},
		};
		say(`simulator at ${simulator.apiUrl} with ${simulator.state.sites.size} sites`);
	}

	let started = Date.now();
	const runtime = await ensureN8nRuntime(N8N_2, say);
	say(`n8n ${N8N_2.n8n} ready (${Math.round((Date.now() - started) / 1000)} s)`);

	const folder = userFolder(live);
	mkdirSync(join(folder, '.n8n'), { recursive: true });
	const scratchDir = mkdtempSync(join(tmpdir(), 'rocketnet-start-imports-'));
	closers.push(async () => rmSync(scratchDir, { recursive: true, force: true }));
	const port = await preferredPort(N8N_PORT);
	const instance: N8nInstance = {
		runtime,
		userFolder: folder,
		scratchDir,
		// No N8N_ENCRYPTION_KEY: n8n makes one on first use and keeps it in .n8n/config.
		env: withRuntimeNode(runtime, {
			...cleanEnv(),
			N8N_USER_FOLDER: folder,
			N8N_PORT: String(port),
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			N8N_EDITOR_BASE_URL: `http://localhost:${port}`,
			N8N_SECURE_COOKIE: 'false',
			DB_TYPE: 'sqlite',
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
			N8N_LOG_LEVEL: 'info',
			N8N_LOG_OUTPUT: 'console',
		}),
	};

	started = Date.now();
	const { tarball, dir: packDir } = await packProject();
	closers.push(async () => rmSync(packDir, { recursive: true, force: true }));
	await installCommunityPackage(instance, tarball);
	say(`installed ${tarball.split('/').pop()} in ${folder}`);

	await importCredentials(instance, [credential]);
	const examples = loadExamples();
	// One import for all of them: each n8n command takes seconds to boot.
	await importWorkflow(
		instance,
		examples.map(({ workflow }) =>
			simulator
				? withSettings(workflow, {
						slackWebhookUrl: `${simulator.sinkUrl}/slack`,
						emailApiUrl: `${simulator.sinkUrl}/email`,
						emailTo: 'ops@example.test',
					})
				: workflow,
		),
	);
	if (simulator) {
		for (const { file, workflow } of examples) {
			if (TRIGGER_EXAMPLES.includes(file)) await publishWorkflow(instance, workflow.id!);
		}
	}
	say(`imported the credential and the examples (${Math.round((Date.now() - started) / 1000)} s)`);

	started = Date.now();
	const logFile = join(folder, 'n8n.log');
	rmSync(logFile, { force: true });
	n8n = await startN8n(instance, logFile, N8N_START_TIMEOUT_MS);
	void n8n.process.exited.then((result) => {
		if (shuttingDown) return;
		say(`n8n exited unexpectedly (${result.code ?? result.signal})\n${tail(logFile)}`);
		void shutDown(1);
	});
	const editorUrl = `http://localhost:${port}`;
	say(`n8n started (${Math.round((Date.now() - started) / 1000)} s)`);
	say(await createOwner(`http://127.0.0.1:${port}`));

	if (simulator) {
		await keepBackingUp(simulator);
		keepAttacking(simulator);
		echoDeliveries(simulator);
	}

	console.log('');
	console.log(`  n8n editor:     ${editorUrl}`);
	console.log(`  n8n login:      ${OWNER.email} / ${OWNER.password}`);
	console.log(`  n8n log:        ${logFile}`);
	if (simulator) {
		console.log(`  Simulator API:  ${simulator.apiUrl}`);
		console.log(`  Simulator login: ${simulator.account.email} / ${simulator.account.password}`);
		console.log(
			`  Slack/email sink: ${simulator.sinkUrl}/slack and /email (printed below; GET ${simulator.url}/__admin/sink)`,
		);
		console.log(
			`  Activity:       a backup every ${BACKUP_EVERY_MS / 1000} s (one in ${FAIL_ONE_IN} fails),` +
				` WAF blocks every ${WAF_EVERY_MS / 1000} s`,
		);
	} else {
		console.log(`  Rocket.net credential: "Rocket.net" (${email})`);
	}
	console.log('Press Ctrl-C to stop.');
	console.log('');
}

main().catch((error: Error) => {
	console.error(`start: ${error.message}`);
	void shutDown(1);
});
