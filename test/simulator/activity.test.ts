import type { AxiosInstance } from 'axios';

import { BLUE_HARBOR, loggedInClient, useSimulator } from './helpers';

const events = `/sites/${BLUE_HARBOR}/activity/events`;

describe('activity log', () => {
	const simulator = useSimulator();
	let client: AxiosInstance;

	beforeAll(async () => {
		client = await loggedInClient(simulator());
	});

	beforeEach(() => simulator().reset());

	it('turns the wp_activity_log setting on and off', async () => {
		const settings = async () =>
			(await client.get(`/sites/${BLUE_HARBOR}/settings`)).data.result.wp_activity_log;

		expect((await client.post(`/sites/${BLUE_HARBOR}/activity/enable`)).data.result).toEqual({
			success: true,
		});
		expect(await settings()).toBe(1);
		await client.post(`/sites/${BLUE_HARBOR}/activity/disable`);
		expect(await settings()).toBe(0);
	});

	it('lists events newest first and filters them by duration and type', async () => {
		const all = await client.get(events);
		expect(all.data.metadata).toMatchObject({ page: 1, page_size: 10, total: 5 });

		const lastDay = await client.get(events, { params: { duration: '24h' } });
		expect(lastDay.data.result.map((event: { action: string }) => event.action)).toEqual([
			'login',
			'published',
		]);

		const plugins = await client.get(events, { params: { event_type: 'plugin' } });
		expect(plugins.data.result).toHaveLength(1);
	});

	it('creates, reads and deletes an event', async () => {
		const created = await client.post(events, {
			type: 'deploy',
			action: 'finished',
			description: 'Deployed release 42',
		});
		const id = created.data.result.id as string;
		expect(created.data.result).toMatchObject({ site_id: BLUE_HARBOR, type: 'deploy', author: '' });

		expect((await client.get(`${events}/${id}`)).data.result.description).toBe(
			'Deployed release 42',
		);
		expect((await client.delete(`${events}/${id}`)).data.result.id).toBe(id);
		expect((await client.get(`${events}/${id}`)).status).toBe(404);
	});

	it('records plugin changes only while logging is enabled', async () => {
		const plugins = `/sites/${BLUE_HARBOR}/plugins`;
		await client.patch(plugins, { plugin: 'akismet', status: 'activate' });
		await client.post(`/sites/${BLUE_HARBOR}/activity/enable`);
		await client.patch(plugins, { plugin: 'akismet', status: 'deactivate' });

		const recent = await client.get(events, { params: { event_type: 'plugin', duration: '30m' } });
		expect(recent.data.result).toEqual([
			expect.objectContaining({ action: 'deactivated', label: 'Plugin', user_login: 'admin' }),
		]);
	});

	it('refuses a date that is not a date', async () => {
		const response = await client.get(events, { params: { date_from: 'yesterday' } });

		expect(response.status).toBe(400);
	});
});
