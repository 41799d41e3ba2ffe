import { jsonOf, onlyRequest, site, useRocketNet } from '../helpers/fixture';

const BLUE_HARBOR = 1000001;
const events = `/sites/${BLUE_HARBOR}/activity/events`;

describe('Activity Log', () => {
	const rocket = useRocketNet();

	const run = async (operation: string, parameters: Record<string, unknown> = {}) =>
		await rocket.run({
			resource: 'activityLog',
			operation,
			siteId: site(BLUE_HARBOR),
			...parameters,
		});

	async function firstEventId(): Promise<string> {
		const [event] = jsonOf(await run('getAll', { limit: 1 }));
		rocket.simulator.clearRequests();
		return event.id as string;
	}

	it.each([
		['enable', 1],
		['disable', 0],
	])('%ss the activity log', async (operation, setting) => {
		const [item] = jsonOf(await run(operation));

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: `/sites/${BLUE_HARBOR}/activity/${operation}`,
		});
		expect(item).toEqual({ success: true });
		expect(rocket.simulator.state.sites.get(BLUE_HARBOR)?.settings.wp_activity_log).toBe(setting);
	});

	it('gets many events filtered by duration and type, newest first', async () => {
		const items = jsonOf(
			await run('getAll', { returnAll: true, filters: { duration: '30d', event_type: 'user' } }),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: events,
			query: { duration: '30d', event_type: 'user', page: '1', per_page: '1000' },
		});
		expect(items).toEqual([
			expect.objectContaining({ type: 'user', action: 'login', site_id: BLUE_HARBOR }),
		]);
		expect(Object.keys(items[0])).toEqual([
			'id',
			'author',
			'site_id',
			'display_name',
			'user_login',
			'user_email',
			'roles',
			'ip',
			'type',
			'label',
			'action',
			'description',
			'created_at',
		]);
	});

	it('sends dates as Rocket.net expects them', async () => {
		jsonOf(
			await run('getAll', {
				limit: 10,
				filters: { date_from: '2025-03-01T08:00:00Z', date_to: '2025-03-31' },
			}),
		);

		expect(onlyRequest(rocket).query).toEqual({
			per_page: '10',
			date_from: '2025-03-01T08:00:00.000Z',
			date_to: '2025-03-31',
		});
	});

	it('refuses a date it cannot read, naming the field', async () => {
		const result = await run('getAll', { limit: 10, filters: { date_from: 'last tuesday' } });

		expect(result.error?.message).toBe('From Date "last tuesday" is not a date');
		expect(rocket.apiRequests()).toEqual([]);
	});

	it('creates an event', async () => {
		const [item] = jsonOf(
			await run('create', {
				additionalFields: { type: 'deploy', action: 'finished', description: 'Release 42' },
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: events,
			body: { type: 'deploy', action: 'finished', description: 'Release 42' },
		});
		expect(item).toMatchObject({ id: expect.any(String), type: 'deploy', site_id: BLUE_HARBOR });
	});

	it('gets an event by its ID', async () => {
		const id = await firstEventId();
		const [item] = jsonOf(await run('get', { eventId: id }));

		expect(onlyRequest(rocket)).toMatchObject({ method: 'GET', path: `${events}/${id}` });
		expect(item).toMatchObject({ id, action: 'login' });
	});

	it('deletes an event', async () => {
		const id = await firstEventId();
		const items = jsonOf(await run('delete', { eventId: id }));

		expect(onlyRequest(rocket)).toMatchObject({ method: 'DELETE', path: `${events}/${id}` });
		expect(items).toEqual([{ deleted: true }]);

		rocket.simulator.clearRequests();
		const result = await run('get', { eventId: id });
		expect(result.error?.message).toBe('Event not found');
	});
});
