import type { RocketNetFixture } from '../helpers/fixture';
import { jsonOf, startRocketNet } from '../helpers/fixture';
import { USER_AGENT } from '../../nodes/RocketNet/shared/constants';

describe('Login and token reuse', () => {
	let rocket: RocketNetFixture;

	beforeEach(async () => {
		rocket = await startRocketNet();
	});

	afterEach(async () => await rocket.close());

	const listSites = { resource: 'site', operation: 'getAll', limit: 5 };

	it('logs in once for five executions sharing a credential', async () => {
		for (let run = 0; run < 5; run++) jsonOf(await rocket.run(listSites));

		const logins = rocket.simulator.requests.filter((request) => request.path === '/login');
		expect(logins).toHaveLength(1);
		expect(rocket.credential.logins).toBe(1);
		const tokenIds = new Set(rocket.apiRequests().map((request) => request.tokenId));
		expect(tokenIds.size).toBe(1);
	});

	it('re-logs in once when the token has expired, and no item fails', async () => {
		rocket.simulator.config.tokenTtlSeconds = 1;
		jsonOf(await rocket.run(listSites));
		rocket.simulator.config.tokenTtlSeconds = 3600;
		await new Promise((resolve) => setTimeout(resolve, 1100));
		rocket.simulator.clearRequests();

		const result = await rocket.run(listSites, { input: [{}, {}] });

		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(10);
		expect(rocket.simulator.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(
			expect.arrayContaining(['GET /sites 401', 'POST /login 200']),
		);
		expect(rocket.simulator.requests.filter((r) => r.path === '/login')).toHaveLength(1);
	});

	it('sends its own User-Agent on every request, the login included', async () => {
		jsonOf(await rocket.run(listSites));

		expect(rocket.simulator.requests.length).toBeGreaterThan(1);
		for (const request of rocket.simulator.requests) expect(request.userAgent).toBe(USER_AGENT);
	});

	it("fails with Rocket.net's own words when the login is refused", async () => {
		rocket.credential.data.password = 'not-the-password';

		const result = await rocket.run(listSites);

		expect(result.error?.message).toMatch(/^Rocket\.net refused the login: /);
		expect(result.error?.description).toMatch(/email, password and Base URL/);
		expect(rocket.apiRequests()).toHaveLength(0);
	});

	it('reports an expired token that a new login cannot fix as a credential issue', async () => {
		jsonOf(await rocket.run(listSites));
		rocket.simulator.injectFault({ status: 401, count: 2, path: '^/sites$' });

		const result = await rocket.run(listSites);

		expect(result.error?.message).toBeTruthy();
		expect(result.error?.description).toMatch(/credential/);
		expect(rocket.simulator.requests.filter((r) => r.path === '/login')).toHaveLength(2);
	});
});
