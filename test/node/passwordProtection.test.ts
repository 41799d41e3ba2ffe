import { jsonOf, onlyRequest, site, useRocketNet } from '../helpers/fixture';

const BLUE_HARBOR = 1000001;
const BLUE_HARBOR_STAGING = 1000002;
const STRONG = 'Tide-Pool-42-Lantern!';

describe('Password Protection', () => {
	const rocket = useRocketNet();

	const protectionOf = async (siteId: number) => {
		const [item] = jsonOf(
			await rocket.run({
				resource: 'passwordProtection',
				operation: 'getStatus',
				siteId: site(siteId),
			}),
		);
		return item;
	};

	it('gets whether a site is password protected', async () => {
		const item = await protectionOf(BLUE_HARBOR_STAGING);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: `/sites/${BLUE_HARBOR_STAGING}/password_protection`,
		});
		expect(item).toEqual({ enabled: true });
	});

	it('enables and disables password protection', async () => {
		const [enabled] = jsonOf(
			await rocket.run({
				resource: 'passwordProtection',
				operation: 'enable',
				siteId: site(BLUE_HARBOR),
			}),
		);
		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: `/sites/${BLUE_HARBOR}/password_protection`,
		});
		expect(enabled).toEqual({ success: true });
		expect(await protectionOf(BLUE_HARBOR)).toEqual({ enabled: true });
		rocket.simulator.clearRequests();

		const [disabled] = jsonOf(
			await rocket.run({
				resource: 'passwordProtection',
				operation: 'disable',
				siteId: site(BLUE_HARBOR),
			}),
		);
		expect(onlyRequest(rocket)).toMatchObject({
			method: 'DELETE',
			path: `/sites/${BLUE_HARBOR}/password_protection`,
		});
		expect(disabled).toEqual({ success: true });
		expect(await protectionOf(BLUE_HARBOR)).toEqual({ enabled: false });
	});

	it('gets every user, one item per user from result.users', async () => {
		const items = jsonOf(
			await rocket.run({
				resource: 'passwordProtection',
				operation: 'getAllUsers',
				siteId: site(BLUE_HARBOR_STAGING),
				returnAll: true,
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: `/sites/${BLUE_HARBOR_STAGING}/password_protection/users`,
			query: { page: '1', per_page: '1000' },
		});
		expect(items).toEqual([
			{ user_id: expect.any(String), username: 'client-review' },
			{ user_id: expect.any(String), username: 'preview' },
		]);
	});

	it('searches and sorts users, up to the limit', async () => {
		const items = jsonOf(
			await rocket.run({
				resource: 'passwordProtection',
				operation: 'getAllUsers',
				siteId: site(BLUE_HARBOR_STAGING),
				limit: 1,
				filters: { search: 'e', sort: 'username', direction: 'desc' },
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			query: { per_page: '1', search: 'e', sort: 'username', direction: 'desc' },
		});
		expect(items.map((item) => item.username)).toEqual(['preview']);
	});

	it('adds a user without echoing the password', async () => {
		const [item] = jsonOf(
			await rocket.run({
				resource: 'passwordProtection',
				operation: 'addUser',
				siteId: site(BLUE_HARBOR),
				username: 'client',
				password: STRONG,
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: `/sites/${BLUE_HARBOR}/password_protection/users`,
			body: { username: 'client', password: STRONG },
		});
		expect(item).toEqual({ success: true });
	});

	it("shows Rocket.net's reason when it refuses a weak password", async () => {
		const result = await rocket.run({
			resource: 'passwordProtection',
			operation: 'addUser',
			siteId: site(BLUE_HARBOR),
			username: 'client',
			password: 'client123',
		});

		expect(result.error?.message).toContain('Password is not strong enough');
		expect(result.error?.message).not.toContain('client123');
	});

	it('refuses an empty username before sending anything', async () => {
		const result = await rocket.run({
			resource: 'passwordProtection',
			operation: 'addUser',
			siteId: site(BLUE_HARBOR),
			username: ' ',
			password: STRONG,
		});

		expect(result.error?.message).toBe('Username is empty');
		expect(rocket.apiRequests()).toEqual([]);
	});

	it('deletes a user', async () => {
		const [preview] = jsonOf(
			await rocket.run({
				resource: 'passwordProtection',
				operation: 'getAllUsers',
				siteId: site(BLUE_HARBOR_STAGING),
				limit: 1,
				filters: { search: 'preview' },
			}),
		);
		rocket.simulator.clearRequests();

		const items = jsonOf(
			await rocket.run({
				resource: 'passwordProtection',
				operation: 'deleteUser',
				siteId: site(BLUE_HARBOR_STAGING),
				userId: String(preview.user_id),
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'DELETE',
			path: `/sites/${BLUE_HARBOR_STAGING}/password_protection/users/${preview.user_id}`,
		});
		expect(items).toEqual([{ deleted: true }]);
	});
});
