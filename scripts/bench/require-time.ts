/**
 * Time to `require` the built node and the built credential, each in a fresh Node process (the
 * Node running the benchmark), measured inside the process around the `require` call; the median
 * of several runs. Both load `n8n-workflow`, which n8n has loaded long before it loads a
 * community package, so each is timed twice: cold, and with `n8n-workflow` required first.
 */
import { spawnSync } from 'node:child_process';

import {
	BUILT_CREDENTIAL,
	BUILT_NODE,
	formatMs,
	median,
	progress,
	PROJECT_ROOT,
	type Figure,
} from './shared';

const RUNS = 9;
const TIMEOUT_MS = 30 * 1000;

/** Milliseconds one `require(target)` took in a new process, after requiring `preload`. */
function requireOnce(target: string, preload?: string): number {
	const script =
		(preload ? `require(${JSON.stringify(preload)});` : '') +
		'const started = process.hrtime.bigint();' +
		`require(${JSON.stringify(target)});` +
		'process.stdout.write(String(Number(process.hrtime.bigint() - started) / 1e6));';
	const child = spawnSync(process.execPath, ['-e', script], {
		cwd: PROJECT_ROOT,
		encoding: 'utf8',
		timeout: TIMEOUT_MS,
	});
	const ms = Number(child.stdout);
	if (child.status !== 0 || !Number.isFinite(ms)) {
		throw new Error(`require(${target}) failed: ${child.stderr.trim().split('\n')[0]}`);
	}
	return ms;
}

function medianRequire(target: string, preload?: string): number {
	return median(Array.from({ length: RUNS }, () => requireOnce(target, preload)));
}

export async function measureRequireTime(): Promise<Figure[]> {
	progress(`require times, ${RUNS} fresh processes each`);
	const workflow = medianRequire('n8n-workflow');
	const notes =
		`a fresh \`node\` ${process.version} process per run, median of ${RUNS}; cold includes` +
		` loading n8n-workflow (${formatMs(workflow)} alone)`;
	const row = (figure: string, target: string): Figure => ({
		figure,
		result: `${formatMs(medianRequire(target, 'n8n-workflow'))} with n8n-workflow loaded`,
		against: `cold ${formatMs(medianRequire(target))}`,
		notes,
	});
	return [
		row('Time to require the built node (RocketNet.node.js)', BUILT_NODE),
		row('Time to require the built credential (RocketNetApi.credentials.js)', BUILT_CREDENTIAL),
	];
}
