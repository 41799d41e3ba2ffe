import axios from 'axios';

import { apiClient, BLUE_HARBOR, login, sleep, useSimulator, USER_AGENT } from './helpers';
import { startSimulator } from './server';

function decodePart(part: string) {
	return JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
}

describe('login', () => {
	const simulator = useSimulator();

	it('answers a bare { token } with a real HS256 JWT, no envelope', async () => {
		const response = await apiClient(simulator()).post('/login', {
			username: simulator().account.email,
			password: simulator().account.password,
		});

		expect(response.status).toBe(200);
		expect(Object.keys(response.data)).toEqual(['token']);
		const [header, payload] = response.data.token
			.split('.')
			.map((part: string, index: number) => (index < 2 ? decodePart(part) : part));
		expect(header).toEqual({ alg: 'HS256', typ: 'JWT' });
		expect(payload.exp - payload.iat).toBe(7 * 24 * 60 * 60);
		expect(payload.jti).toMatch(/^[0-9a-f-]{36}$/);
	});

	it('refuses wrong credentials with 401 and a human message', async () => {
		const response = await apiClient(simulator()).post('/login', {
			username: simulator().account.email,
			password: 'not-the-password',
		});

		expect(response.status).toBe(401);
		expect(response.data).toMatchObject({
			success: false,
			messages: ['Invalid username or password'],
			result: { msg: 'Invalid username or password' },
		});
	});

	it('validates the login body like any other', async () => {
		const response = await apiClient(simulator()).post('/login', { email: 'demo@rocket.test' });

		expect(response.status).toBe(400);
		expect(response.data.messages[0]).toBe("'username' is a required property");
	});
});

describe('bearer authentication', () => {
	const simulator = useSimulator();

	it('requires a bearer token on secured routes', async () => {
		const response = await apiClient(simulator()).get('/sites');

		expect(response.status).toBe(401);
		expect(response.data.messages[0]).toMatch(/Authorization: Bearer/);
	});

	it('refuses a token with a bad signature', async () => {
		const token = await login(simulator());
		const forged = `${token.slice(0, -4)}AAAA`;

		const response = await apiClient(simulator(), forged).get('/sites');

		expect(response.status).toBe(401);
		expect(response.data.messages).toEqual(['Invalid token']);
	});

	it('lets routes without security through without a token', async () => {
		const response = await apiClient(simulator()).post('/users/password_strength', {
			password: 'x',
		});

		expect(response.status).toBe(200);
	});

	it('scopes a site access token to its own site', async () => {
		const client = apiClient(simulator(), await login(simulator()));
		const created = await client.post(`/sites/${BLUE_HARBOR}/access_token`, { ttl: 60 });
		const siteClient = apiClient(simulator(), created.data.result.token);

		expect((await siteClient.get(`/sites/${BLUE_HARBOR}`)).status).toBe(200);
		expect((await siteClient.get('/sites')).status).toBe(403);
	});
});

describe('token expiry', () => {
	it('answers 401 saying the token expired once its lifetime has passed', async () => {
		const simulator = await startSimulator({ tokenTtlSeconds: 1, quiet: true });
		try {
			const token = await login(simulator);
			const { iat, exp } = decodePart(token.split('.')[1]);
			expect(exp - iat).toBe(1);

			await sleep(Math.max(0, exp * 1000 - Date.now()) + 20);
			const response = await apiClient(simulator, token).get('/sites');

			expect(response.status).toBe(401);
			expect(response.data.messages[0]).toMatch(/expired/i);
		} finally {
			await simulator.close();
		}
	});
});

describe('Cloudflare User-Agent block', () => {
	const simulator = useSimulator();

	it.each([
		['no User-Agent', ''],
		['axios default', `axios/${axios.VERSION}`],
		['Python urllib', 'Python-urllib/3.12'],
		['python-requests', 'python-requests/2.32.3'],
		['Node fetch', 'node'],
	])('answers 403 "error code: 1010" to %s', async (_name, userAgent) => {
		const response = await apiClient(simulator()).post(
			'/login',
			{ username: 'demo@rocket.test', password: 'demo-password' },
			{ headers: { 'User-Agent': userAgent } },
		);

		expect(response.status).toBe(403);
		expect(response.data).toBe('error code: 1010');
	});

	it('lets the package User-Agent through', async () => {
		expect(USER_AGENT).toMatch(/^n8n-nodes-rocketnet\//);
		expect(await login(simulator())).toEqual(expect.any(String));
	});
});
