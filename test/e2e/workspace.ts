import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { describeNode, ensureN8nRuntime, type N8nRelease, type N8nRuntime } from './n8n-runtime';
import { runOrThrow, stopAllChildren } from './processes';
import { seconds, type Report } from './report';

export const PROJECT_ROOT = resolve(__dirname, '..', '..');
const PACK_TIMEOUT_MS = 2 * 60 * 1000;

/** What every scenario starts from: a temporary folder, the cached n8n and the packed package. */
export interface Workspace {
	workDir: string;
	runtime: N8nRuntime;
	tarball: string;
}

const cleanups: Array<() => unknown> = [];

/** Runs at the end of the run, last registered first, whether it passed or not. */
export function onCleanUp(cleanup: () => unknown): void {
	cleanups.push(cleanup);
}

export async function cleanUp(): Promise<void> {
	await stopAllChildren();
	for (const cleanup of cleanups.splice(0).reverse()) {
		try {
			await cleanup();
		} catch (error) {
			console.log(`e2e: clean-up failed: ${(error as Error).message}`);
		}
	}
}

export function packageManifest(): { name: string; version: string } {
	return JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'));
}

export async function prepareWorkspace(report: Report, release: N8nRelease): Promise<Workspace> {
	const workDir = mkdtempSync(join(tmpdir(), 'rocketnet-e2e-'));
	onCleanUp(() => {
		if (process.env.E2E_KEEP) report.say(`kept ${workDir}`);
		else rmSync(workDir, { recursive: true, force: true });
	});

	let started = Date.now();
	const runtime = await ensureN8nRuntime(release, (line) => report.say(line));
	const ready = `n8n ${release.n8n} on ${describeNode(release)} ready`;
	report.say(`${ready} (${seconds(Date.now() - started)})`);

	started = Date.now();
	const tarball = await packProject(workDir);
	report.say(`packed ${tarball.split('/').pop()} (${seconds(Date.now() - started)})`);
	return { workDir, runtime, tarball };
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
