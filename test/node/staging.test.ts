import { jsonOf, onlyRequest, site, useRocketNet } from '../helpers/fixture';

const QUIET_MEADOW = 1000005;

describe('Staging', () => {
	const rocket = useRocketNet();

	it('creates a staging site and returns the task', async () => {
		const [item] = jsonOf(
			await rocket.run({
				resource: 'staging',
				operation: 'create',
				siteId: site(QUIET_MEADOW),
				options: { vanity_domain: true },
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: `/sites/${QUIET_MEADOW}/staging`,
			body: { vanity_domain: true },
		});
		expect(item).toEqual({ task_id: expect.any(String), task_level: 'site' });
	});

	it('creates a staging site and waits until the task is done', async () => {
		const [item] = jsonOf(
			await rocket.run({
				resource: 'staging',
				operation: 'create',
				siteId: site(QUIET_MEADOW),
				waitForCompletion: true,
			}),
		);

		expect(item.task).toMatchObject({ task_type: 'staging', task_status: 'DONE' });
		const polls = rocket.apiRequests().slice(1);
		expect(polls.length).toBeGreaterThan(0);
		for (const poll of polls) {
			expect(poll).toMatchObject({
				method: 'GET',
				path: `/sites/${QUIET_MEADOW}/tasks`,
				query: { task_id: item.task_id },
			});
		}
	});

	it('publishes a staging site', async () => {
		const [item] = jsonOf(
			await rocket.run({ resource: 'staging', operation: 'publish', siteId: site(1000001) }),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: '/sites/1000001/staging/publish',
		});
		expect(item).toEqual({ task_id: expect.any(String), task_level: 'site' });
	});

	it('deletes a staging site', async () => {
		const items = jsonOf(
			await rocket.run({ resource: 'staging', operation: 'delete', siteId: site(1000001) }),
		);

		expect(onlyRequest(rocket)).toMatchObject({ method: 'DELETE', path: '/sites/1000001/staging' });
		expect(items).toEqual([{ deleted: true }]);
	});
});
