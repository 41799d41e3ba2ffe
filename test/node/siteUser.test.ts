import { jsonOf, onlyRequest, site, useRocketNet } from '../helpers/fixture';
import { DEMO_SITE_USER, siteUsers } from '../simulator/state/site-users';

const BLUE_HARBOR = 1000001;
const COPPER_FALLS = 1000003;
const QUIET_MEADOW = 1000005;
const ELLEN = 5001;
const MARCO = 5002;

describe('Site User', () => {
	const rocket = useRocketNet();

	function accessOf(siteId: number, userId: number) {
		return siteUsers(rocket.simulator.state).access.find(
			(access) => access.site_id === siteId && access.user_id === userId,
		);
	}

	async function invite(siteId: number, email: string): Promise<number> {
		const [item] = jsonOf(
			await rocket.run({
				resource: 'siteUser',
				operation: 'invite',
				siteId: site(siteId),
				name: 'Nathan Smith',
				email,
			}),
		);
		rocket.simulator.clearRequests();
		return Number(item.id);
	}

	it('gets many site users of a site, sorted by email', async () => {
		const items = jsonOf(
			await rocket.run({
				resource: 'siteUser',
				operation: 'getAll',
				siteId: site(BLUE_HARBOR),
				returnAll: true,
				filters: { sort: 'email', direction: 'desc' },
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: `/sites/${BLUE_HARBOR}/users`,
			query: { sort: 'email', direction: 'desc', page: '1', per_page: '1000' },
		});
		expect(items.map((item) => [item.id, item.site_id, item.email, item.status])).toEqual([
			[MARCO, BLUE_HARBOR, 'marco.diaz@example.com', 'Invited'],
			[ELLEN, BLUE_HARBOR, 'ellen.park@example.com', 'Active'],
		]);
	});

	it('invites a new person to a site', async () => {
		const [item] = jsonOf(
			await rocket.run({
				resource: 'siteUser',
				operation: 'invite',
				siteId: site(QUIET_MEADOW),
				name: 'Nathan Smith',
				email: 'nathan@example.com',
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: `/sites/${QUIET_MEADOW}/users`,
			body: { name: 'Nathan Smith', email: 'nathan@example.com' },
		});
		expect(item).toEqual({ success: true, id: expect.any(Number) });
		expect(accessOf(QUIET_MEADOW, Number(item.id))?.status).toBe('Invited');
	});

	it('removes a site user from a site and outputs deleted: true', async () => {
		const items = jsonOf(
			await rocket.run({
				resource: 'siteUser',
				operation: 'delete',
				siteId: site(BLUE_HARBOR),
				userId: String(MARCO),
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'DELETE',
			path: `/sites/${BLUE_HARBOR}/users/${MARCO}`,
		});
		expect(items).toEqual([{ deleted: true }]);
		expect(accessOf(BLUE_HARBOR, MARCO)).toBeUndefined();
	});

	it('re-invites a site user whose invitation went stale', async () => {
		const staleToken = accessOf(BLUE_HARBOR, MARCO)?.inviteToken;
		const [item] = jsonOf(
			await rocket.run({
				resource: 'siteUser',
				operation: 'reinvite',
				siteId: site(BLUE_HARBOR),
				userId: String(MARCO),
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: `/sites/${BLUE_HARBOR}/users/${MARCO}/reinvite`,
		});
		expect(item).toEqual({ success: true, id: MARCO });
		expect(accessOf(BLUE_HARBOR, MARCO)?.inviteToken).not.toBe(staleToken);
	});

	it('accepts an invitation with the token from the email', async () => {
		const userId = await invite(QUIET_MEADOW, 'nathan@example.com');
		const token = String(accessOf(QUIET_MEADOW, userId)?.inviteToken);

		const [item] = jsonOf(
			await rocket.run({
				resource: 'siteUser',
				operation: 'acceptInvite',
				siteId: site(QUIET_MEADOW),
				token,
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: `/sites/${QUIET_MEADOW}/users/accept`,
			query: { token },
		});
		expect(item).toEqual({ success: true });
		expect(accessOf(QUIET_MEADOW, userId)?.status).toBe('Active');
	});

	it('accepts an invitation for the person the credential logs in as', async () => {
		const userId = await invite(COPPER_FALLS, rocket.simulator.account.email);

		const [item] = jsonOf(
			await rocket.run({
				resource: 'siteUser',
				operation: 'acceptInviteAsCurrentUser',
				siteId: site(COPPER_FALLS),
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: `/sites/${COPPER_FALLS}/users/accept`,
		});
		expect(item).toEqual({ success: true });
		expect(accessOf(COPPER_FALLS, userId)?.status).toBe('Active');
	});

	it('gets the sites site users can access, filtered by several statuses', async () => {
		const items = jsonOf(
			await rocket.run({
				resource: 'siteUser',
				operation: 'getAllSites',
				limit: 20,
				filters: { status: ['Active', 'Invited'], sort: 'domain', direction: 'asc' },
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: '/sites/users',
			query: { status: ['Active', 'Invited'], sort: 'domain', per_page: '20' },
		});
		expect(items.map((item) => [item.id, item.status])).toEqual([
			[BLUE_HARBOR, 'Active'],
			[COPPER_FALLS, 'Active'],
		]);
		expect(items[0]).toMatchObject({ production: 1, metadata: expect.any(String) });
	});

	it('creates a site user who is on no site yet', async () => {
		const [item] = jsonOf(
			await rocket.run({
				resource: 'siteUser',
				operation: 'create',
				name: 'Nathan Smith',
				email: 'nathan@example.com',
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: '/sites/users',
			body: { name: 'Nathan Smith', email: 'nathan@example.com' },
		});
		expect(item).toMatchObject({
			id: expect.any(Number),
			name: 'Nathan Smith',
			email: 'nathan@example.com',
			created_at: expect.any(String),
		});
	});

	it("says a refused site user login is the site user's password, without a new credential login", async () => {
		jsonOf(
			await rocket.run({
				resource: 'siteUser',
				operation: 'getAll',
				siteId: site(1000001),
				limit: 1,
			}),
		);
		rocket.simulator.clearRequests();

		const result = await rocket.run({
			resource: 'siteUser',
			operation: 'login',
			username: DEMO_SITE_USER.email,
			password: 'not-her-password',
		});

		expect(result.error?.message).toMatch(/^Rocket\.net refused the site user's login: /);
		expect(result.error?.description).toMatch(/site user's email and password/);
		expect(rocket.simulator.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
			'POST /sites/users/login 401',
		]);
	});

	it('logs in as a site user and outputs the site user token', async () => {
		const [item] = jsonOf(
			await rocket.run({
				resource: 'siteUser',
				operation: 'login',
				username: DEMO_SITE_USER.email,
				password: DEMO_SITE_USER.password,
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: '/sites/users/login',
			body: { username: DEMO_SITE_USER.email, password: DEMO_SITE_USER.password },
		});
		expect(item).toEqual({ token: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/) });
	});

	it('sends a password reset to a site user', async () => {
		const [item] = jsonOf(
			await rocket.run({
				resource: 'siteUser',
				operation: 'resetPassword',
				email: DEMO_SITE_USER.email,
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: '/sites/users/reset-password',
			body: { email: DEMO_SITE_USER.email },
		});
		expect(item).toEqual({ success: true });
		expect(siteUsers(rocket.simulator.state).users.get(ELLEN)?.passwordToken).toEqual(
			expect.any(String),
		);
	});

	it('sets a site user password with the token from the email', async () => {
		const token = String(siteUsers(rocket.simulator.state).users.get(MARCO)?.passwordToken);

		const [item] = jsonOf(
			await rocket.run({
				resource: 'siteUser',
				operation: 'setPassword',
				userId: String(MARCO),
				password: 'Marco-new-password-1',
				token,
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: `/sites/users/${MARCO}/password`,
			body: { password: 'Marco-new-password-1', token },
		});
		expect(item).toEqual({ success: true });
		expect(siteUsers(rocket.simulator.state).users.get(MARCO)?.password).toBe(
			'Marco-new-password-1',
		);
	});

	it('updates the name and email of a site user', async () => {
		const [item] = jsonOf(
			await rocket.run({
				resource: 'siteUser',
				operation: 'update',
				userId: String(ELLEN),
				updateFields: { name: 'Ellen Park-Lee', email: 'ellen@example.com' },
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'PATCH',
			path: `/sites/users/${ELLEN}`,
			body: { name: 'Ellen Park-Lee', email: 'ellen@example.com' },
		});
		expect(item).toEqual({ success: true });
		expect(siteUsers(rocket.simulator.state).users.get(ELLEN)).toMatchObject({
			name: 'Ellen Park-Lee',
			email: 'ellen@example.com',
		});
	});

	it('refuses a Site User ID that is not a number before sending anything', async () => {
		const result = await rocket.run({
			resource: 'siteUser',
			operation: 'update',
			userId: 'ellen',
			updateFields: { name: 'Ellen' },
		});

		expect(result.error?.message).toBe('Site User ID "ellen" is not a valid ID');
		expect(rocket.apiRequests()).toHaveLength(0);
	});
});
