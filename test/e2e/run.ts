/**
 * Tests in a real n8n: packs this package, installs it as a community package into throwaway
 * headless n8n instances, and runs against the Rocket.net simulator:
 * - smoke: "Get Many sites" with `n8n execute`, twice;
 * - trigger: the Rocket.net Trigger in an active workflow under `n8n start`, across a restart;
 * - examples: the workflows in examples/, run with `n8n execute` or imported and activated.
 *
 *   npm run test:e2e                   both scenarios
 *   npm run test:e2e -- trigger        only the named ones (smoke, trigger, examples)
 *   E2E_KEEP=1 npm run test:e2e        keep the temporary folder for a look afterwards
 */
import { runExamples } from './examples';
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

function chosenScenarios(): string[] {
	const named = process.argv.slice(2);
	const unknown = named.filter((name) => !(name in SCENARIOS));
	if (unknown.length > 0) {
		throw new Error(`unknown scenario ${unknown.join(', ')}; known: ${Object.keys(SCENARIOS)}`);
	}
	return named.length > 0 ? named : Object.keys(SCENARIOS);
}

async function runScenarios(report: Report, isInterrupted: () => boolean): Promise<void> {
	const names = chosenScenarios();
	const workspace = await prepareWorkspace(report);
	for (const name of names) {
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
