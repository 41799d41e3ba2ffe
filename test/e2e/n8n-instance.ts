import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { loggedErrors } from './execution-output';
import { withRuntimeNode, type N8nRuntime } from './n8n-runtime';
import {
	cleanEnv,
	freePort,
	lastLines,
	run,
	runOrThrow,
	start,
	type RunResult,
	type StartedProcess,
} from './processes';
import { sleep } from './waiting';

const NPM_TIMEOUT_MS = 3 * 60 * 1000;
const N8N_COMMAND_TIMEOUT_MS = 3 * 60 * 1000;
const START_POLL_MS = 250;
/** A hard limit on one `n8n start`, whatever the test waits for. */
const N8N_SERVER_TIMEOUT_MS = 15 * 60 * 1000;
/** n8n's own graceful shutdown gives executions 30 s (N8N_GRACEFUL_SHUTDOWN_TIMEOUT). */
const SHUTDOWN_GRACE_MS = 40 * 1000;

/** A throwaway headless n8n: its own user folder, database and encryption key. */
export interface N8nInstance {
	runtime: N8nRuntime;
	/** N8N_USER_FOLDER; n8n keeps its data in `.n8n` below it. */
	userFolder: string;
	/** Where import files are written; they are deleted once imported. */
	scratchDir: string;
	env: NodeJS.ProcessEnv;
}

export async function createN8nInstance(runtime: N8nRuntime, workDir: string) {
	const userFolder = join(workDir, 'n8n-user');
	const scratchDir = join(workDir, 'imports');
	mkdirSync(join(userFolder, '.n8n'), { recursive: true });
	mkdirSync(scratchDir, { recursive: true });

	const env = withRuntimeNode(runtime, {
		...cleanEnv(),
		N8N_USER_FOLDER: userFolder,
		// Only `n8n start` listens; each instance on its own free port.
		N8N_PORT: String(await freePort()),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_ENCRYPTION_KEY: randomBytes(24).toString('hex'),
		DB_TYPE: 'sqlite',
		N8N_RUNNERS_BROKER_PORT: String(await freePort()),
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
		// One JSON object per log line; `execute` logs its result as one of them.
		N8N_LOG_LEVEL: 'info',
		N8N_LOG_OUTPUT: 'console',
		N8N_LOG_FORMAT: 'json',
	});
	const instance: N8nInstance = { runtime, userFolder, scratchDir, env };
	return instance;
}

/** Installs a packed community package the way n8n's own installer lays it out. */
export async function installCommunityPackage(instance: N8nInstance, tarball: string) {
	const nodesDir = join(instance.userFolder, '.n8n', 'nodes');
	mkdirSync(nodesDir, { recursive: true });
	const manifest = { name: 'installed-nodes', private: true };
	writeFileSync(join(nodesDir, 'package.json'), `${JSON.stringify(manifest, null, '\t')}\n`);

	await runOrThrow('npm', ['install', '--omit=peer', '--no-audit', '--no-fund', tarball], {
		cwd: nodesDir,
		timeoutMs: NPM_TIMEOUT_MS,
	});
}

export async function importCredentials(instance: N8nInstance, credentials: object[]) {
	await importFile(instance, 'import:credentials', 'credentials.json', credentials);
}

export async function importWorkflow(instance: N8nInstance, workflow: object) {
	await importFile(instance, 'import:workflow', 'workflow.json', workflow);
}

/** The import file holds plain credential data, so it lives only as long as the import. */
async function importFile(instance: N8nInstance, command: string, name: string, data: object) {
	const file = join(instance.scratchDir, name);
	writeFileSync(file, JSON.stringify(data), { mode: 0o600 });
	try {
		await runN8n(instance, [command, `--input=${file}`]);
	} finally {
		rmSync(file, { force: true });
	}
}

/**
 * Runs a saved workflow with `n8n execute`. It exits non-zero when the workflow fails but still
 * logs the run, so the output is returned either way; only a timeout is an error.
 */
export async function executeWorkflow(instance: N8nInstance, workflowId: string) {
	const args = ['execute', `--id=${workflowId}`, '--rawOutput'];
	const result = await run(instance.runtime.nodeBin, [instance.runtime.n8nBin, ...args], {
		cwd: instance.userFolder,
		env: instance.env,
		timeoutMs: N8N_COMMAND_TIMEOUT_MS,
	});
	if (result.timedOut) throw new Error(`n8n execute timed out\n${lastLines(result, 15)}`);
	return result;
}

/**
 * Marks a workflow active in the database; n8n must be stopped, it activates it on start. n8n 2
 * publishes a version of the workflow; n8n 1 has no versions and sets a flag.
 */
export async function publishWorkflow(instance: N8nInstance, workflowId: string) {
	const args = instance.runtime.release.n8n.startsWith('1.')
		? ['update:workflow', `--id=${workflowId}`, '--active=true']
		: ['publish:workflow', `--id=${workflowId}`];
	const result = await runN8n(instance, args);
	// It logs a failure (an unknown id) and still exits with 0.
	const errors = loggedErrors(result.stdout);
	if (errors.length > 0) throw new Error(`n8n ${args[0]} failed: ${errors.join(' | ')}`);
}

/** The workflow as saved in the database, static data included. */
export async function exportWorkflow(instance: N8nInstance, workflowId: string) {
	const file = join(instance.scratchDir, `export-${workflowId}.json`);
	try {
		await runN8n(instance, ['export:workflow', `--id=${workflowId}`, `--output=${file}`]);
		const exported = JSON.parse(readFileSync(file, 'utf8')) as unknown;
		return (Array.isArray(exported) ? exported[0] : exported) as Record<string, unknown>;
	} finally {
		rmSync(file, { force: true });
	}
}

/** A running `n8n start`. */
export interface N8nServer {
	process: StartedProcess;
	/** Where its log goes. */
	logFile: string;
	/** Ends it the way a service manager would: SIGTERM, then a kill after a grace period. */
	stop(): Promise<RunResult>;
}

/** n8n logs this once its server is up and the published workflows are active. */
const STARTED_LINE = 'Editor is now accessible via';

/**
 * Starts `n8n start` and resolves once n8n says it is up. It says so only after activating the
 * published workflows, which includes running each poller once.
 */
export async function startN8n(instance: N8nInstance, logFile: string, startTimeoutMs: number) {
	const started = start(instance.runtime.nodeBin, [instance.runtime.n8nBin, 'start'], {
		cwd: instance.userFolder,
		env: instance.env,
		timeoutMs: N8N_SERVER_TIMEOUT_MS,
		logFile,
	});
	const server: N8nServer = {
		process: started,
		logFile,
		stop: () => started.stop(SHUTDOWN_GRACE_MS),
	};

	let exitedEarly: RunResult | undefined;
	void started.exited.then((result) => (exitedEarly = result));
	const deadline = Date.now() + startTimeoutMs;
	while (Date.now() < deadline) {
		if (exitedEarly) {
			const how = exitedEarly.code ?? exitedEarly.signal;
			throw new Error(`n8n start exited with ${how}\n${tail(logFile)}`);
		}
		if (readLog(logFile).includes(STARTED_LINE)) return server;
		await sleep(START_POLL_MS);
	}
	await server.stop();
	throw new Error(`n8n did not start within ${startTimeoutMs / 1000}s\n${tail(logFile)}`);
}

/** What n8n has logged so far, or nothing before it has written the file. */
export function readLog(logFile: string): string {
	try {
		return readFileSync(logFile, 'utf8');
	} catch {
		return '';
	}
}

/** The last lines of a log file, for an error message. */
export function tail(logFile: string, count = 15): string {
	return readLog(logFile).trim().split('\n').slice(-count).join('\n') || `(no log in ${logFile})`;
}

async function runN8n(instance: N8nInstance, args: string[]): Promise<RunResult> {
	return runOrThrow(instance.runtime.nodeBin, [instance.runtime.n8nBin, ...args], {
		cwd: instance.userFolder,
		env: instance.env,
		timeoutMs: N8N_COMMAND_TIMEOUT_MS,
	});
}
