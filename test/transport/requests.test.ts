import { jsonOf, site, useRocketNet } from '../helpers/fixture';

const BLUE_HARBOR = 1000001;

describe('Requests: pages, retries and errors', () => {
	const rocket = useRocketNet();

	it('returns all 2,500 sites from 3 list requests', async () => {
		rocket.simulator.reset({ demo: false, sites: 2500 });

		const items = jsonOf(
			await rocket.run({ resource: 'site', operation: 'getAll', returnAll: true }),
		);

		expect(items).toHaveLength(2500);
		expect(new Set(items.map((item) => item.id)).size).toBe(2500);
		expect(rocket.apiRequests().map((request) => request.query)).toEqual([
			{ page: '1', per_page: '1000' },
			{ page: '2', per_page: '1000' },
			{ page: '3', per_page: '1000' },
		]);
	});

	it('stops at metadata.total without asking for an empty page', async () => {
		rocket.simulator.reset({ demo: false, sites: 2000 });

		const items = jsonOf(
			await rocket.run({ resource: 'site', operation: 'getAll', returnAll: true }),
		);

		expect(items).toHaveLength(2000);
		expect(rocket.apiRequests()).toHaveLength(2);
	});

	it('waits for Retry-After on 429, then succeeds', async () => {
		rocket.simulator.injectFault({ status: 429, retryAfter: 2, path: '^/sites$' });

		const started = Date.now();
		const items = jsonOf(await rocket.run({ resource: 'site', operation: 'getAll', limit: 3 }));
		const waited = Date.now() - started;

		expect(items).toHaveLength(3);
		expect(waited).toBeGreaterThanOrEqual(1900);
		expect(rocket.apiRequests().map((r) => r.status)).toEqual([429, 200]);
	});

	it('backs off and sends a GET again after a 500', async () => {
		rocket.simulator.injectFault({ status: 500, path: '^/sites/\\d+$' });

		const [item] = jsonOf(
			await rocket.run({ resource: 'site', operation: 'get', siteId: site(BLUE_HARBOR) }),
		);

		expect(item.id).toBe(BLUE_HARBOR);
		expect(rocket.apiRequests().map((r) => r.status)).toEqual([500, 200]);
	});

	it('never sends a backup create twice after a 500, and says what happened', async () => {
		const backupsBefore = rocket.simulator.state.backups.size;
		rocket.simulator.injectFault({
			status: 500,
			method: 'POST',
			path: '/backup$',
			message: 'Unable to create backup',
			afterHandling: true,
		});

		const result = await rocket.run({
			resource: 'backup',
			operation: 'create',
			siteId: site(BLUE_HARBOR),
			label: 'Nightly',
		});

		expect(result.error?.message).toBe('Unable to create backup');
		expect(result.error?.description).toMatch(/could not process the request/);
		expect(rocket.apiRequests().map((r) => `${r.method} ${r.status}`)).toEqual(['POST 500']);
		expect(rocket.simulator.state.backups.size).toBe(backupsBefore + 1);
	});

	it('creates exactly one backup when the create succeeds after a 429', async () => {
		const backupsBefore = rocket.simulator.state.backups.size;
		rocket.simulator.injectFault({ status: 429, retryAfter: 0, method: 'POST', path: '/backup$' });

		jsonOf(
			await rocket.run({
				resource: 'backup',
				operation: 'create',
				siteId: site(BLUE_HARBOR),
				label: 'Nightly',
			}),
		);

		expect(rocket.simulator.state.backups.size).toBe(backupsBefore + 1);
	});

	it('gives up after a bounded number of 503 answers', async () => {
		rocket.simulator.injectFault({ status: 503, retryAfter: 0, count: 10, path: '^/sites$' });

		const result = await rocket.run({ resource: 'site', operation: 'getAll', limit: 1 });

		expect(result.error?.description).toMatch(/tried 5 times/);
		expect(rocket.apiRequests()).toHaveLength(5);
	});

	it("shows Rocket.net's message and how to fix a missing site", async () => {
		const result = await rocket.run({ resource: 'site', operation: 'get', siteId: site(999) });

		expect(result.error?.message).toBe('Given site not found for user');
		expect(result.error?.description).toMatch(/Check the Site/);
		expect(result.error).toMatchObject({ httpCode: '404' });
	});

	it('explains a locked site while it is being cloned', async () => {
		rocket.simulator.stallNextTask('clone_site');
		jsonOf(await rocket.run({ resource: 'site', operation: 'clone', siteId: site(BLUE_HARBOR) }));

		const result = await rocket.run({
			resource: 'backup',
			operation: 'create',
			siteId: site(BLUE_HARBOR),
			label: 'During clone',
		});

		expect(result.error?.message).toMatch(/locked/);
		expect(result.error?.description).toMatch(/Wait for the task to finish, or unlock the site/);
	});

	it('continues with an error item per failed input when Continue On Fail is on', async () => {
		const result = await rocket.run(
			{
				resource: 'site',
				operation: 'get',
				siteId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
			},
			{ input: [{ id: BLUE_HARBOR }, { id: 999 }], continueOnFail: true },
		);

		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(2);
		expect(result.items[0].json.id).toBe(BLUE_HARBOR);
		expect(result.items[1].error?.message).toBe('Given site not found for user');
	});
});
