import type { AxiosInstance } from 'axios';

import { apiClient, BLUE_HARBOR, login, useSimulator, USER_AGENT } from './helpers';

describe('injected faults', () => {
	const simulator = useSimulator();
	let client: AxiosInstance;

	beforeAll(async () => {
		client = apiClient(simulator(), await login(simulator()));
	});

	afterEach(() => simulator().clearFaults());

	it('answers 401 to the next request only, so a client can log in again and retry', async () => {
		simulator().injectFault({ status: 401 });

		const first = await client.get('/sites');
		expect(first.status).toBe(401);
		expect(first.data).toMatchObject({ success: false, messages: ['Authentication failed'] });
		expect((await client.get('/sites')).status).toBe(200);
	});

	it('answers 429 with Retry-After', async () => {
		simulator().injectFault({ status: 429, retryAfter: 3 });

		const response = await client.get('/sites');
		expect(response.status).toBe(429);
		expect(response.headers['retry-after']).toBe('3');
	});

	it('answers 500 to the next N requests matching method and path', async () => {
		simulator().injectFault({
			status: 500,
			count: 2,
			method: 'POST',
			path: '^/sites/\\d+/backup$',
		});

		expect((await client.get(`/sites/${BLUE_HARBOR}/backup`)).status).toBe(200);
		const backup = () => client.post(`/sites/${BLUE_HARBOR}/backup`, { label: 'retry me' });
		expect((await backup()).status).toBe(500);
		expect((await backup()).status).toBe(500);
		expect((await backup()).status).toBe(200);
	});

	it('applies to login unless the path says otherwise', async () => {
		simulator().injectFault({ status: 503, retryAfter: 1 });

		const response = await apiClient(simulator()).post('/login', {
			username: simulator().account.email,
			password: simulator().account.password,
		});
		expect(response.status).toBe(503);
		expect(response.headers['retry-after']).toBe('1');
	});

	it('answers slowly with delayMs, with or without a status', async () => {
		simulator().injectFault({ delayMs: 200 });
		const started = Date.now();
		const slow = await client.get('/sites');
		expect(slow.status).toBe(200);
		expect(Date.now() - started).toBeGreaterThanOrEqual(190);

		simulator().injectFault({ delayMs: 50, status: 504 });
		expect((await client.get('/sites')).status).toBe(504);
	});
});

describe('request log', () => {
	const simulator = useSimulator();

	it('records method, path, query, body, User-Agent, token id and status', async () => {
		const token = await login(simulator());
		simulator().clearRequests();

		await apiClient(simulator(), token).post(
			`/sites/${BLUE_HARBOR}/cache/purge`,
			{ tags: ['header'] },
			{ params: { include_additional_domains: true } },
		);
		await apiClient(simulator(), token).get('/sites', { params: { page: 2 } });

		const [purge, list] = simulator().requests;
		const jti = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).jti;
		expect(purge).toEqual({
			time: expect.any(Number),
			method: 'POST',
			path: `/sites/${BLUE_HARBOR}/cache/purge`,
			query: { include_additional_domains: 'true' },
			body: { tags: ['header'] },
			userAgent: USER_AGENT,
			tokenId: jti,
			status: 200,
		});
		expect(list).toMatchObject({
			method: 'GET',
			path: '/sites',
			query: { page: '2' },
			status: 200,
		});
		expect(JSON.stringify(simulator().requests)).not.toContain(token);
	});

	it('masks login passwords and logs refused requests too', async () => {
		simulator().clearRequests();
		await apiClient(simulator()).post('/login', {
			username: 'demo@rocket.test',
			password: 'wrong',
		});
		await apiClient(simulator()).get('/sites', {
			headers: { 'User-Agent': 'python-requests/2.31' },
		});

		expect(simulator().requests.map((entry) => entry.status)).toEqual([401, 403]);
		expect(simulator().requests[0].body).toEqual({
			username: 'demo@rocket.test',
			password: '********',
		});

		simulator().clearRequests();
		expect(simulator().requests).toEqual([]);
	});
});
