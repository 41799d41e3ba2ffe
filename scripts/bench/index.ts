/**
 * npm run bench: measures the package and prints one table with the machine it ran on. Asserts
 * nothing: targets are read from the table, never checked by timed tests.
 *
 *   npm run bench                            every figure, about three minutes
 *   npm run bench -- returnAll perItem       only the named figures
 *   BENCH_EXECUTIONS=20 npm run bench        fewer webhook executions for the login figure
 *   BENCH_EXECUTE_PROCESSES=100 npm run bench   100 `n8n execute` processes (about 3 s each)
 *
 * `waitForCompletion` mostly sleeps for a minute, so it runs alongside `logins`, whose time goes
 * to child processes; every other figure runs alone.
 */
// First: it gives n8n-core its settings folder before anything loads n8n-core.
import { progress, type Figure } from './shared';

import { cpus, loadavg, totalmem } from 'node:os';

import { cleanUp } from '../../test/e2e/workspace';
import { measureLogins } from './logins';
import { measurePerItem } from './per-item';
import { measureRequireTime } from './require-time';
import { measureReturnAll } from './return-all';
import { measureTarballSize } from './tarball-size';
import { measureTriggerRequests } from './trigger-requests';
import { measureWaitForCompletion } from './wait-for-completion';

const FORCED_EXIT_MS = 15 * 1000;

const FIGURES: Record<string, () => Promise<Figure[]>> = {
	logins: measureLogins,
	returnAll: measureReturnAll,
	perItem: measurePerItem,
	waitForCompletion: measureWaitForCompletion,
	trigger: measureTriggerRequests,
	requireTime: measureRequireTime,
	tarball: measureTarballSize,
};

function chosenFigures(): string[] {
	const named = process.argv.slice(2);
	const unknown = named.filter((name) => !(name in FIGURES));
	if (unknown.length > 0) {
		throw new Error(`unknown figure ${unknown.join(', ')}; known: ${Object.keys(FIGURES)}`);
	}
	return Object.keys(FIGURES).filter((name) => named.length === 0 || named.includes(name));
}

/** A figure that could not be measured is a row saying why, not the end of the run. */
async function measure(name: string): Promise<Figure[]> {
	try {
		return await FIGURES[name]();
	} catch (error) {
		const reason = (error as Error).message.split('\n')[0];
		progress(`${name} failed: ${reason}`);
		return [{ figure: name, result: 'not measured', against: '', notes: reason }];
	}
}

function machine(startedAt: Date, load: number): string {
	const cores = cpus();
	const model = cores[0]?.model.trim() ?? 'unknown CPU';
	const memory = `${Math.round(totalmem() / 1024 ** 3)} GB`;
	const date = startedAt.toISOString().slice(0, 16).replace('T', ' ');
	return (
		`${model}, ${cores.length} cores, ${memory} RAM, Node ${process.version}, ${date} UTC` +
		` (load average ${load.toFixed(1)} at the start)`
	);
}

function table(rows: Figure[]): string {
	const header = ['Figure', 'Result', 'Target / compared with', 'Notes'];
	const cells = (row: Figure) => [row.figure, row.result, row.against, row.notes];
	const line = (values: string[]) =>
		`| ${values.map((v) => v.replace(/\|/g, '\\|')).join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map((row) => line(cells(row)))].join(
		'\n',
	);
}

async function main(): Promise<void> {
	const startedAt = new Date();
	const load = loadavg()[0];
	const names = chosenFigures();

	const running = new Map<string, Promise<Figure[]>>();
	if (names.includes('logins') && names.includes('waitForCompletion')) {
		running.set('waitForCompletion', measure('waitForCompletion'));
	}
	const rows: Figure[] = [];
	for (const name of names) {
		progress(`— ${name}`);
		rows.push(...(await (running.get(name) ?? measure(name))));
	}

	const minutes = (Date.now() - startedAt.getTime()) / 60000;
	console.log(`\nMachine: ${machine(startedAt, load)}; the run took ${minutes.toFixed(1)} min\n`);
	console.log(table(rows));
}

/** Ctrl-C: stop n8n and the other children, remove the temporary folders, then leave. */
function interrupt(): void {
	setTimeout(() => process.exit(130), FORCED_EXIT_MS).unref();
	void cleanUp().finally(() => process.exit(130));
}
// `on`, not `once`: npm and tsx pass the same Ctrl-C on again.
process.on('SIGINT', interrupt);
process.on('SIGTERM', interrupt);

main()
	.then(
		() => 0,
		(error: Error) => {
			console.error(error.message);
			return 1;
		},
	)
	.then(async (code) => {
		await cleanUp();
		process.exit(code);
	});
