import axios, { type AxiosInstance } from 'axios';

import { apiClient, BLUE_HARBOR, login, useSimulator, waitFor } from './helpers';

describe('admin HTTP API', () => {
	const simulator = useSimulator({ taskStepMs: 25 });
	let admin: AxiosInstance;

	beforeAll(() => {
		admin = axios.create({ baseURL: `${simulator().url}/__admin`, validateStatus: () => true });
	});

	it('summarises the state with GET /__admin/state', async () => {
		const response = await admin.get('/state');

		expect(response.status).toBe(200);
		expect(response.data).toMatchObject({
			apiUrl: simulator().apiUrl,
			account: { email: 'demo@rocket.test', password: 'demo-password' },
			sites: 5,
			stagingSites: 2,
			templates: 1,
			tasks: { DONE: expect.any(Number), ERROR: expect.any(Number) },
		});
	});

	it('seeds and resets', async () => {
		expect((await admin.post('/seed', { sites: 100 })).data.sites).toBe(105);
		expect((await admin.post('/reset', { demo: false, sites: 3 })).data.sites).toBe(3);
		expect((await admin.post('/reset')).data.sites).toBe(5);
	});

	it('queues faults', async () => {
		await admin.post('/faults', { status: 503, retryAfter: 2, path: '^/sites$' });
		const client = apiClient(simulator(), await login(simulator()));

		const response = await client.get('/sites');
		expect(response.status).toBe(503);
		expect(response.headers['retry-after']).toBe('2');
		expect((await admin.get('/state')).data.pendingFaults).toBe(0);
	});

	it('fails the next task', async () => {
		await admin.post('/fail-next-task', { message: 'Disk full', taskType: 'backup' });
		const client = apiClient(simulator(), await login(simulator()));
		const started = await client.post(`/sites/${BLUE_HARBOR}/backup`, { label: 'x' });

		const task = await waitFor(async () => {
			const response = await client.get(`/sites/${BLUE_HARBOR}/tasks`, {
				params: { task_id: started.data.result.task_id },
			});
			const found = response.data.result[0];
			return found.task_status === 'ERROR' ? found : undefined;
		});
		expect(task.message).toBe('Disk full');
	});

	it('reads and clears the request log', async () => {
		await admin.delete('/requests');
		await apiClient(simulator()).get('/sites');

		const log = await admin.get('/requests');
		expect(log.data).toEqual([
			expect.objectContaining({ method: 'GET', path: '/sites', status: 401 }),
		]);
		await admin.delete('/requests');
		expect((await admin.get('/requests')).data).toEqual([]);
	});

	it('masks passwords, tokens and private keys in the request log', async () => {
		await admin.delete('/requests');
		const client = apiClient(simulator(), await login(simulator()));
		await client.post('/password_strength', { password: 'Quiet-Harbor-77!' });

		const text = JSON.stringify((await admin.get('/requests')).data);
		expect(text).not.toContain('demo-password');
		expect(text).not.toContain('Quiet-Harbor-77!');
		expect(text).toContain('"password":"********"');
		expect(simulator().requests.at(-1)?.receivedBody).toEqual({ password: 'Quiet-Harbor-77!' });
	});

	it('keeps what is posted to the sink, outside the API and its request log', async () => {
		await admin.delete('/sink');
		await admin.delete('/requests');
		const sink = axios.create({ baseURL: simulator().sinkUrl, validateStatus: () => true });

		const posted = await sink.post('/slack', { text: 'Backup failed on blue-harbor.test' });
		await sink.post('/email', 'not json', { headers: { 'Content-Type': 'text/plain' } });

		expect(posted.status).toBe(200);
		expect(posted.data).toEqual({ received: true });
		expect((await sink.get('/slack')).status).toBe(405);
		const deliveries = (await admin.get('/sink')).data;
		expect(deliveries).toEqual([
			{
				at: expect.any(Number),
				path: '/slack',
				body: { text: 'Backup failed on blue-harbor.test' },
			},
			{ at: expect.any(Number), path: '/email', body: { unparsed: 'not json' } },
		]);
		expect(simulator().deliveries).toEqual(deliveries);
		expect((await admin.get('/requests')).data).toEqual([]);
		await admin.delete('/sink');
		expect(simulator().deliveries).toEqual([]);
	});

	it('changes the task step and token lifetime', async () => {
		const response = await admin.patch('/config', { taskStepMs: 10, tokenTtlSeconds: 60 });

		expect(response.data).toEqual({ taskStepMs: 10, tokenTtlSeconds: 60 });
		const token = await login(simulator());
		const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
		expect(claims.exp - claims.iat).toBe(60);
	});

	it('answers 400 to bad input and 404 to unknown admin routes', async () => {
		expect((await admin.patch('/config', { taskStepMs: 'fast' })).status).toBe(400);
		expect((await admin.post('/faults', { count: 2 })).status).toBe(400);
		expect((await admin.get('/nothing')).status).toBe(404);
	});
});
