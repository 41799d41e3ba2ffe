/**
 * Task polls spent waiting on a 60 s task: Backup → Create with Wait for Completion through n8n's
 * WorkflowExecute (the built node from dist/), against a simulator whose tasks take 15 s a step
 * (NEW, then PROGRESS at 25/50/75 %, then DONE: 60 s). Sleeps, so it can run beside other work.
 */
import { rocketCredential, runWorkflow } from '../../test/helpers/engine';
import { startSimulator } from '../../test/simulator/server';
import { count, formatMs, loadBuiltPackage, progress, site, timed, type Figure } from './shared';

const TASK_STEP_MS = 15000;
const TASK_STEPS = 4;
const SITE_ID = 1000001;

export async function measureWaitForCompletion(): Promise<Figure[]> {
	const simulator = await startSimulator({ quiet: true, taskStepMs: TASK_STEP_MS });
	try {
		const rocketNet = loadBuiltPackage();
		const { email, password } = simulator.account;
		const credential = rocketCredential(simulator.apiUrl, email, password);
		const parameters = {
			resource: 'backup',
			operation: 'create',
			siteId: site(SITE_ID),
			label: 'Benchmark',
			waitForCompletion: true,
			waitTimeout: 180,
		};
		progress(`waiting on a backup whose task takes ${(TASK_STEPS * TASK_STEP_MS) / 1000} s`);
		const { value: run, ms } = await timed(() =>
			runWorkflow(rocketNet, [{ name: 'Back Up', parameters }], credential),
		);
		const finishedAt = Date.now();

		const started = run.items[0]?.json ?? {};
		const task = started.task as { task_status?: string } | undefined;
		const outcome = run.error ? `FAILED: ${run.error.message}` : `task ${task?.task_status}`;
		const polls = count(simulator.requests, 'GET', new RegExp(`^/sites/${SITE_ID}/tasks$`));
		const simulated = simulator.state.tasks.get(String(started.task_id));
		const lag = simulated
			? `${formatMs(finishedAt - simulated.updatedAt)} after it finished`
			: 'never (no such task in the simulator)';
		return [
			{
				figure: `Task polls while waiting on a ${(TASK_STEPS * TASK_STEP_MS) / 1000} s task`,
				result: `${polls} polls, ${formatMs(ms)}`,
				against: `DONE seen ${lag}`,
				notes:
					`Backup → Create, Wait for Completion, built node in WorkflowExecute; simulator` +
					` task ${TASK_STEP_MS / 1000} s a step × ${TASK_STEPS}; polls 1 s apart at first,` +
					` ×1.5 each time, at most 15 s; ${outcome}`,
			},
		];
	} finally {
		await simulator.close();
	}
}
