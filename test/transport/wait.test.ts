import { site, useRocketNet } from '../helpers/fixture';

const BLUE_HARBOR = 1000001;

describe('Wait for completion', () => {
	const rocket = useRocketNet(50);

	const createBackup = {
		resource: 'backup',
		operation: 'create',
		siteId: site(BLUE_HARBOR),
		label: 'Nightly',
		waitForCompletion: true,
		waitTimeout: 30,
	};

	it('outputs the start answer with the finished task when it is DONE', async () => {
		const result = await rocket.run(createBackup);

		expect(result.error).toBeUndefined();
		const [item] = result.items.map((i) => i.json);
		expect(item).toMatchObject({
			task_id: expect.any(String),
			task_level: 'site',
			task: { task_status: 'DONE', task_type: 'backup', perc: 100, site_id: BLUE_HARBOR },
		});
		expect((item.task as { id: string }).id).toBe(item.task_id);
		const backup = [...rocket.simulator.state.backups.values()].find(
			(b) => b.task_id === item.task_id,
		);
		expect(backup?.status).toBe('DONE');
	});

	it("fails the item with the task's own message when it ends in ERROR", async () => {
		rocket.simulator.failNextTask('Disk quota exceeded while archiving', 'backup');

		const result = await rocket.run(createBackup);

		expect(result.error?.message).toBe(
			'The backup task failed: Disk quota exceeded while archiving',
		);
		expect(result.error?.description).toMatch(/ended task .+ with status ERROR/);
	});

	it('fails with the task ID when the task outlasts the wait timeout', async () => {
		rocket.simulator.stallNextTask('backup');

		const result = await rocket.run({ ...createBackup, waitTimeout: 2 });

		const taskId = [...rocket.simulator.state.tasks.values()].find((t) => t.stalled)?.id;
		expect(result.error?.message).toBe(`Task ${taskId} did not finish within 2 seconds`);
		expect(result.error?.description).toContain(`Task → Get Many and Task ID ${taskId}`);
		const polls = rocket.apiRequests().filter((r) => r.path.endsWith('/tasks'));
		expect(polls.length).toBeGreaterThanOrEqual(1);
		expect(polls.length).toBeLessThanOrEqual(2);
	});

	it('does not poll when Wait for Completion is off', async () => {
		await rocket.run({ ...createBackup, waitForCompletion: false });

		expect(rocket.apiRequests()).toHaveLength(1);
	});
});
