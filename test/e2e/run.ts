/**
 * Tests in a real n8n: packs this package, installs it as a community package into throwaway
 * headless n8n instances, and runs against the Rocket.net simulator:
 * - smoke: "Get Many sites" with `n8n execute`, twice;
 * - trigger: the Rocket.net Trigger in an active workflow under `n8n start`, across a restart;
 * - examples: the workflows in examples/, run with `n8n execute` or imported and activated.
 *
 *   npm run test:e2e                      every scenario, on n8n 2.41.1 (Node 24)
 *   npm run test:e2e -- trigger           only the named ones (smoke, trigger, examples)
 *   npm run test:e2e -- --n8n=1.123       on n8n 1.123.81, on this Node (20)
 *   E2E_KEEP=1 npm run test:e2e           keep the temporary folder for a look afterwards
 */
import { runExamples } from './examples';
import { findRelease, N8N_2, type N8nRelease } from './n8n-runtime';
import { stopAllChildren } from './processes';
import { Report, seconds } from './report';
import { smokeTest } from './smoke';
import { triggerTest } from './trigger';
import { cleanUp, prepareWorkspace, type Workspace } from './workspace';

const FORCED_EXIT_MS = 15 * 1000;

const SCENARIOS: Record<string, (report: Report, workspace: Workspace) => Promise<void>> = {
	smoke: smokeTest,
	trigger: triggerTest,
	examples: runExamples,
};

interface Choice {
	release: N8nRelease;
	scenarios: string[];
}

/** The scenarios named on the command line (all when none is) and the n8n to run them on. */
function choose(args: string[]): Choice {
	const releaseFlag = args.find((arg) => arg.startsWith('--n8n='));
	const release = releaseFlag ? findRelease(releaseFlag.slice('--n8n='.length)) : N8N_2;
	const named = args.filter((arg) => arg !== releaseFlag);
	const unknown = named.filter((name) => !(name in SCENARIOS));
	if (unknown.length > 0) {
		throw new Error(`unknown scenario ${unknown.join(', ')}; known: ${Object.keys(SCENARIOS)}`);
	}
	return { release, scenarios: named.length > 0 ? named : Object.keys(SCENARIOS) };
}

async function runScenarios(report: Report, isInterrupted: () => boolean): Promise<void> {
	const { release, scenarios } = choose(process.argv.slice(2));
	const workspace = await prepareWorkspace(report, release);
	for (const name of scenarios) {
		if (isInterrupted()) return;
		report.say(`— ${name}`);
		const started = Date.now();
		try {
			await SCENARIOS[name](report, workspace);
		} catch (error) {
			if (isInterrupted()) throw error;
			report.fail(`${name} stopped`, error as Error);
		}
		report.say(`${name} took ${seconds(Date.now() - started)}`);
	}
}

async function main(): Promise<number> {
	const report = new Report();
	let interruptedBy: NodeJS.Signals | undefined;
	const interrupt = (signal: NodeJS.Signals) => {
		interruptedBy = signal;
		void stopAllChildren();
		setTimeout(() => process.exit(130), FORCED_EXIT_MS).unref();
	};
	// `on`, not `once`: npm and tsx pass the same Ctrl-C on again, and tsx's loader ends a process
	// that no longer listens.
	process.on('SIGINT', interrupt);
	process.on('SIGTERM', interrupt);

	try {
		await runScenarios(report, () => interruptedBy !== undefined);
	} catch (error) {
		const reason = interruptedBy ? new Error(`interrupted by ${interruptedBy}`) : (error as Error);
		report.fail('run stopped', reason);
	} finally {
		await cleanUp();
	}

	console.log(report.summary());
	if (interruptedBy) return 130;
	return report.succeeded ? 0 : 1;
}

main().then((code) => process.exit(code));
