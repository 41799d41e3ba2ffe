import { jsonOf, onlyRequest, useRocketNet } from '../helpers/fixture';
import { accountUsers, type AccountUserRecord } from '../simulator/state/account-users';
import { stableUuid } from '../simulator/state/ids';

const OWNER = '5d0f6a52-3c1e-4f7a-9b2d-8e4c6a1f0b37';
const MAYA = stableUuid('account-user:maya');
const PRIYA = stableUuid('account-user:priya');

describe('Account User', () => {
	const rocket = useRocketNet();

	function userRecord(id: string): AccountUserRecord | undefined {
		return accountUsers(rocket.simulator.state).users.get(id);
	}

	async function createUser(email: string): Promise<string> {
		const [item] = jsonOf(
			await rocket.run({
				resource: 'accountUser',
				operation: 'create',
				firstname: 'Nathan',
				lastname: 'Smith',
				email,
			}),
		);
		rocket.simulator.clearRequests();
		return String(item.id);
	}

	it('gets many users matching a search, sorted, up to the limit', async () => {
		const items = jsonOf(
			await rocket.run({
				resource: 'accountUser',
				operation: 'getAll',
				limit: 10,
				filters: { search: 'example.com', sort: 'last_name', direction: 'desc' },
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: '/users',
			query: { search: 'example.com', sort: 'last_name', direction: 'desc', per_page: '10' },
		});
		expect(items.map((item) => item.lastname)).toEqual(['Natarajan', 'Lindqvist', 'Berger']);
	});

	it('gets all users, the owner included, one item per user', async () => {
		const items = jsonOf(
			await rocket.run({ resource: 'accountUser', operation: 'getAll', returnAll: true }),
		);

		expect(onlyRequest(rocket).query).toEqual({ page: '1', per_page: '1000' });
		expect(items).toHaveLength(4);
		expect(items).toContainEqual(
			expect.objectContaining({ id: OWNER, roles: ['account_owner'], status: 'active' }),
		);
	});

	it('creates a user with chosen roles and required two-factor sign-in', async () => {
		const [item] = jsonOf(
			await rocket.run({
				resource: 'accountUser',
				operation: 'create',
				firstname: 'Nathan',
				lastname: 'Smith',
				email: 'nathan@example.com',
				additionalFields: { roles: ['billing_admin', 'user_admin'], twofactor_required: true },
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: '/users',
			body: {
				firstname: 'Nathan',
				lastname: 'Smith',
				email: 'nathan@example.com',
				roles: ['billing_admin', 'user_admin'],
				twofactor_required: true,
			},
		});
		expect(item).toMatchObject({
			id: expect.stringMatching(/^[0-9a-f-]{36}$/),
			email: 'nathan@example.com',
			roles: ['billing_admin', 'user_admin'],
			twofactor_required: true,
			status: 'invited',
		});
		expect(userRecord(String(item.id))?.inviteToken).toEqual(expect.any(String));
	});

	it('refuses an empty Roles field before sending anything', async () => {
		const result = await rocket.run({
			resource: 'accountUser',
			operation: 'create',
			firstname: 'Nathan',
			lastname: 'Smith',
			email: 'nathan@example.com',
			additionalFields: { roles: [] },
		});

		expect(result.error?.message).toBe('Roles is empty');
		expect(rocket.apiRequests()).toHaveLength(0);
	});

	it('gets one user by ID', async () => {
		const [item] = jsonOf(
			await rocket.run({ resource: 'accountUser', operation: 'get', userId: MAYA }),
		);

		expect(onlyRequest(rocket)).toMatchObject({ method: 'GET', path: `/users/${MAYA}` });
		expect(item).toEqual({
			id: MAYA,
			firstname: 'Maya',
			lastname: 'Lindqvist',
			email: 'maya.lindqvist@example.com',
			roles: ['account_user', 'user_admin'],
			twofactor_enabled: true,
			twofactor_required: true,
			status: 'active',
		});
	});

	it('refuses a User ID with a slash before sending anything', async () => {
		const result = await rocket.run({
			resource: 'accountUser',
			operation: 'get',
			userId: '../sites',
		});

		expect(result.error?.message).toBe('User ID "../sites" is not a valid ID');
		expect(rocket.apiRequests()).toHaveLength(0);
	});

	it('updates the roles and two-factor requirement of a user', async () => {
		const [item] = jsonOf(
			await rocket.run({
				resource: 'accountUser',
				operation: 'update',
				userId: MAYA,
				updateFields: { roles: ['account_user'], twofactor_required: false },
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'PATCH',
			path: `/users/${MAYA}`,
			body: { roles: ['account_user'], twofactor_required: false },
		});
		expect(item).toMatchObject({ id: MAYA, roles: ['account_user'], twofactor_required: false });
	});

	it('deletes a user and outputs deleted: true', async () => {
		const items = jsonOf(
			await rocket.run({ resource: 'accountUser', operation: 'delete', userId: MAYA }),
		);

		expect(onlyRequest(rocket)).toMatchObject({ method: 'DELETE', path: `/users/${MAYA}` });
		expect(items).toEqual([{ deleted: true }]);
		expect(userRecord(MAYA)).toBeUndefined();
	});

	it('shows Rocket.net’s reason when the owner cannot be deleted', async () => {
		const result = await rocket.run({
			resource: 'accountUser',
			operation: 'delete',
			userId: OWNER,
		});

		expect(result.error?.message).toBe('The account owner cannot be removed from the account');
	});

	it('re-invites an invited user with a new invitation', async () => {
		const earlierToken = userRecord(PRIYA)?.inviteToken;
		const [item] = jsonOf(
			await rocket.run({ resource: 'accountUser', operation: 'reinvite', userId: PRIYA }),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: `/users/${PRIYA}/reinvite`,
		});
		expect(item).toEqual({ success: true });
		expect(userRecord(PRIYA)?.inviteToken).not.toBe(earlierToken);
	});

	it('sets the first password of a freshly invited user', async () => {
		const userId = await createUser('fresh@example.com');

		const [item] = jsonOf(
			await rocket.run({
				resource: 'accountUser',
				operation: 'setPassword',
				userId,
				password: 'Str0ng-first-password',
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: `/users/${userId}/password`,
			body: { password: 'Str0ng-first-password' },
		});
		expect(item).toEqual({ success: true });
		expect(userRecord(userId)).toMatchObject({ passwordSet: true, status: 'active' });
	});

	it('fails to set a password once the invitation is older than 30 minutes', async () => {
		const result = await rocket.run({
			resource: 'accountUser',
			operation: 'setPassword',
			userId: PRIYA,
			password: 'Str0ng-first-password',
		});

		expect(result.error?.message).toMatch(/^The invitation has expired\. Re-invite the user/);
	});

	it('accepts an invitation with the token from the email', async () => {
		const userId = await createUser('invitee@example.com');
		const token = String(userRecord(userId)?.inviteToken);

		const [item] = jsonOf(
			await rocket.run({ resource: 'accountUser', operation: 'acceptInvite', token }),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: '/users/accept',
			query: { token },
		});
		expect(item).toEqual({ success: true });
		expect(userRecord(userId)?.status).toBe('active');
	});
});
