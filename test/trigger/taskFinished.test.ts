import type { IDataObject } from 'n8n-workflow';

import { BLUE_HARBOR, COPPER_FALLS, QUIET_MEADOW, ids, useTrigger } from './fixture';

describe('Trigger: Task Finished', () => {
	let parameters: IDataObject = { event: 'taskFinished', watch: 'allSites' };
	const trigger = useTrigger(() => parameters);

	beforeEach(() => {
		parameters = { event: 'taskFinished', watch: 'allSites' };
	});

	it('records where things stand on the first poll, so history never fires', async () => {
		trigger.finishTask(BLUE_HARBOR);
		trigger.finishTask(COPPER_FALLS, { failMessage: 'Disk full' });

		expect((await trigger.poll()).items).toBeNull();
		expect((await trigger.poll()).items).toBeNull();
	});

	it('fires a finished task once, with the site id and domain', async () => {
		await trigger.poll();
		const taskId = trigger.finishTask(BLUE_HARBOR, { type: 'backup' });

		const first = await trigger.poll();
		expect(first.items).toEqual([
			expect.objectContaining({
				id: taskId,
				task_status: 'DONE',
				task_type: 'backup',
				site_id: BLUE_HARBOR,
				site_domain: 'blue-harbor.example.com',
			}),
		]);
		expect((await trigger.poll()).items).toBeNull();
	});

	it('delivers 1,000 tasks over 50 polls exactly once and in order, across restarts', async () => {
		await trigger.poll();
		const delivered: string[] = [];
		const expected: string[] = [];
		const base = Date.now() - 60_000;

		for (let poll = 0; poll < 50; poll++) {
			for (let index = 0; index < 20; index++) {
				const site = [BLUE_HARBOR, COPPER_FALLS, QUIET_MEADOW][index % 3];
				// Pairs of tasks share a timestamp, the API's clock has second precision.
				const finishedAt = base + poll * 1000 + Math.floor(index / 2) * 10;
				expected.push(trigger.finishTask(site, { finishedAt }));
			}
			const outcome = await trigger.poll();
			delivered.push(...ids(outcome));
			const times = (outcome.items ?? []).map((item) => Date.parse(String(item.updated)));
			expect(times).toEqual([...times].sort((a, b) => a - b));
		}

		expect(delivered).toHaveLength(1000);
		expect(new Set(delivered).size).toBe(1000);
		expect(new Set(delivered)).toEqual(new Set(expected));
	});

	it('loses nothing during an outage: the failed poll is logged and the next catches up', async () => {
		await trigger.poll();
		const before = trigger.finishTask(BLUE_HARBOR);
		trigger.simulator.injectFault({ status: 401, count: 2, path: '/tasks$' });

		const failed = await trigger.poll();
		expect(failed.items).toBeNull();
		expect(failed.errors[0]).toMatch(
			/Rocket\.net Trigger "Rocket\.net Trigger" in workflow .* could not poll/,
		);

		const during = trigger.finishTask(COPPER_FALLS);
		expect(ids(await trigger.poll()).sort()).toEqual([before, during].sort());
	});

	it('throws a clear error in manual mode when a poll fails', async () => {
		trigger.simulator.injectFault({ status: 401, count: 2, path: '/tasks$' });

		await expect(trigger.poll('manual')).rejects.toThrow();
	});

	it('fetches the most recent matching task as a test event, changing no state', async () => {
		await trigger.poll();
		const older = trigger.finishTask(BLUE_HARBOR, { finishedAt: Date.now() - 5000 });
		const newer = trigger.finishTask(COPPER_FALLS, { finishedAt: Date.now() - 2000 });

		expect(ids(await trigger.poll('manual'))).toEqual([newer]);
		expect(ids(await trigger.poll()).sort()).toEqual([older, newer].sort());
	});

	it('says so when there is no matching task for a test event', async () => {
		parameters = {
			...parameters,
			watch: 'chosenSites',
			siteIds: ['1000006'],
			finalStatus: 'failed',
		};

		await expect(trigger.poll('manual')).rejects.toThrow('No finished task matches yet');
	});

	it('filters by chosen sites, final status and task type', async () => {
		parameters = {
			event: 'taskFinished',
			watch: 'chosenSites',
			siteIds: [String(BLUE_HARBOR)],
			finalStatus: 'failed',
			taskTypes: ['backup'],
		};
		await trigger.poll();
		const wanted = trigger.finishTask(BLUE_HARBOR, { failMessage: 'Disk full' });
		trigger.finishTask(BLUE_HARBOR);
		trigger.finishTask(BLUE_HARBOR, { type: 'staging', failMessage: 'x' });
		trigger.finishTask(COPPER_FALLS, { failMessage: 'Disk full' });

		const outcome = await trigger.poll();
		expect(ids(outcome)).toEqual([wanted]);
		expect(outcome.items?.[0]).toMatchObject({ task_status: 'ERROR', message: 'Disk full' });
	});

	it('costs one request per watched site, not per task in the history', async () => {
		parameters = { event: 'taskFinished', watch: 'chosenSites', siteIds: ['1000001', '1000003'] };
		await trigger.poll();
		for (let index = 0; index < 300; index++) {
			trigger.finishTask(BLUE_HARBOR, { finishedAt: Date.now() - 3_600_000 - index * 1000 });
		}
		trigger.simulator.clearRequests();

		await trigger.poll();

		expect(trigger.simulator.requests.map((r) => r.path)).toEqual([
			'/sites/1000001/tasks',
			'/sites/1000003/tasks',
		]);
	});

	it('keeps watching the other sites when a watched site is deleted', async () => {
		parameters = { event: 'taskFinished', watch: 'chosenSites', siteIds: ['1000001', '1000006'] };
		await trigger.poll();
		trigger.simulator.state.sites.delete(1000006);
		const taskId = trigger.finishTask(BLUE_HARBOR);

		const outcome = await trigger.poll();
		expect(ids(outcome)).toEqual([taskId]);
		expect(outcome.errors).toEqual([]);
	});

	it('fires tasks of an account-level job, such as a site from a template', async () => {
		await trigger.poll();
		const taskId = trigger.finishTask(null, {
			level: 'account',
			type: 'create_site_from_template',
		});

		expect(ids(await trigger.poll())).toEqual([taskId]);
	});

	it('stays bounded: remembered task ids are capped per site', async () => {
		parameters = { event: 'taskFinished', watch: 'chosenSites', siteIds: ['1000001'] };
		await trigger.poll();
		const now = Date.now();
		for (let index = 0; index < 700; index++) {
			trigger.finishTask(BLUE_HARBOR, { finishedAt: now - 2000 - (index % 50) });
		}

		const outcome = await trigger.poll();
		expect(outcome.items).toHaveLength(700);
		const stream = (outcome.staticData.state as IDataObject).streams as Record<string, IDataObject>;
		expect((stream['1000001'].seen as unknown[]).length).toBeLessThanOrEqual(500);
		expect((await trigger.poll()).items).toBeNull();
	});
});
