import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { withRuntimeNode, type N8nRuntime } from './n8n-runtime';
import { cleanEnv, freePort, lastLines, run, runOrThrow, type RunResult } from './processes';

const NPM_TIMEOUT_MS = 3 * 60 * 1000;
const N8N_COMMAND_TIMEOUT_MS = 3 * 60 * 1000;

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

async function runN8n(instance: N8nInstance, args: string[]): Promise<RunResult> {
	return runOrThrow(instance.runtime.nodeBin, [instance.runtime.n8nBin, ...args], {
		cwd: instance.userFolder,
		env: instance.env,
		timeoutMs: N8N_COMMAND_TIMEOUT_MS,
	});
}
