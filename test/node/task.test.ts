import { jsonOf, onlyRequest, site, useRocketNet } from '../helpers/fixture';

const BLUE_HARBOR = 1000001;

describe('Task', () => {
	const rocket = useRocketNet();

	it('gets many site tasks filtered by status and type, newest first', async () => {
		const items = jsonOf(
			await rocket.run({
				resource: 'task',
				operation: 'getAll',
				siteId: site(BLUE_HARBOR),
				returnAll: true,
				filters: { task_status: 'DONE', task_type: 'backup', sort: 'updated', direction: 'desc' },
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: `/sites/${BLUE_HARBOR}/tasks`,
			query: { task_status: 'DONE', task_type: 'backup', sort: 'updated', direction: 'desc' },
		});
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) {
			expect(item).toMatchObject({
				site_id: BLUE_HARBOR,
				task_status: 'DONE',
				task_type: 'backup',
			});
		}
	});

	it('gets many account tasks', async () => {
		const items = jsonOf(
			await rocket.run({
				resource: 'task',
				operation: 'getAllAccount',
				limit: 10,
				filters: { task_type: 'create_site_from_template' },
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: '/account/tasks',
			query: { per_page: '10', task_type: 'create_site_from_template' },
		});
		for (const item of items) {
			expect(item).toMatchObject({ task_level: 'account', task_type: 'create_site_from_template' });
		}
	});

	it('cancels a task that ran past its time limit', async () => {
		rocket.simulator.stallNextTask('backup');
		const [started] = jsonOf(
			await rocket.run({
				resource: 'backup',
				operation: 'create',
				siteId: site(BLUE_HARBOR),
				label: 'Stuck',
			}),
		);
		const task = rocket.simulator.state.tasks.get(started.task_id as string);
		if (task) task.createdAt -= 60 * 60 * 1000;
		rocket.simulator.clearRequests();

		const items = jsonOf(
			await rocket.run({
				resource: 'task',
				operation: 'cancel',
				siteId: site(BLUE_HARBOR),
				taskId: String(started.task_id),
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: `/sites/${BLUE_HARBOR}/tasks/${String(started.task_id)}/cancel`,
		});
		expect(items).toHaveLength(1);
	});
});
