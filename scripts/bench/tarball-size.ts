/** Size of the package as published: `npm pack --dry-run --json` on the built project. */
import { spawnSync } from 'node:child_process';

import { progress, PROJECT_ROOT, type Figure } from './shared';

const TIMEOUT_MS = 2 * 60 * 1000;

interface PackSummary {
	filename: string;
	size: number;
	unpackedSize: number;
	entryCount: number;
}

function kilobytes(bytes: number): string {
	return `${(bytes / 1024).toFixed(1)} kB`;
}

export async function measureTarballSize(): Promise<Figure[]> {
	progress('npm pack --dry-run');
	const packed = spawnSync('npm', ['pack', '--dry-run', '--json'], {
		cwd: PROJECT_ROOT,
		encoding: 'utf8',
		timeout: TIMEOUT_MS,
	});
	if (packed.status !== 0) {
		throw new Error(`npm pack --dry-run failed: ${packed.stderr.trim().split('\n').pop()}`);
	}
	const [summary] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as PackSummary[];
	return [
		{
			figure: 'Size of the packed tarball',
			result: kilobytes(summary.size),
			against: `${kilobytes(summary.unpackedSize)} unpacked`,
			notes: `${summary.filename}, ${summary.entryCount} files (npm pack --dry-run)`,
		},
	];
}
