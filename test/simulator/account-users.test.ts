import type { AxiosInstance } from 'axios';

import { accountUsers } from './state/account-users';
import { stableUuid } from './state/ids';
import { apiClient, loggedInClient, useSimulator } from './helpers';

const MAYA = stableUuid('account-user:maya');
const PRIYA = stableUuid('account-user:priya');
const NEW_USER = { firstname: 'Nathan', lastname: 'Smith', email: 'nathan@example.com' };

describe('account users', () => {
	const simulator = useSimulator();
	let client: AxiosInstance;

	beforeAll(async () => {
		client = await loggedInClient(simulator());
	});

	beforeEach(() => simulator().reset());

	const record = (id: string) => accountUsers(simulator().state).users.get(id);

	it('lists the owner and the demo colleagues, searchable, with list metadata', async () => {
		const all = await client.get('/users', { params: { sort: 'first_name' } });
		expect(all.data.metadata).toEqual({
			page: 1,
			page_size: 10,
			total: 4,
			sort: 'first_name',
			direction: 'asc',
		});
		expect(all.data.result.map((user: { firstname: string }) => user.firstname)).toEqual([
			'Demo',
			'Jonas',
			'Maya',
			'Priya',
		]);
		expect(all.data.result[0]).toMatchObject({ roles: ['account_owner'], status: 'active' });

		const found = await client.get('/users', { params: { search: 'LINDQVIST' } });
		expect(found.data.result).toEqual([expect.objectContaining({ id: MAYA })]);
	});

	it('creates an invited account user, visible in the list and by ID', async () => {
		const created = await client.post('/users', NEW_USER);
		expect(created.data.result).toEqual({
			id: expect.stringMatching(/^[0-9a-f-]{36}$/),
			...NEW_USER,
			roles: ['account_user'],
			twofactor_enabled: false,
			twofactor_required: false,
			status: 'invited',
		});

		const id = created.data.result.id;
		expect((await client.get(`/users/${id}`)).data.result).toEqual(created.data.result);
		expect((await client.get('/users')).data.metadata.total).toBe(5);
	});

	it('refuses a second user with the same email, and an empty role list', async () => {
		await client.post('/users', NEW_USER);

		const twice = await client.post('/users', { ...NEW_USER, email: 'Nathan@Example.com' });
		expect(twice.status).toBe(400);
		expect(twice.data.messages[0]).toMatch(/already exists/);

		const noRoles = await client.post('/users', { ...NEW_USER, email: 'x@example.com', roles: [] });
		expect(noRoles.status).toBe(400);
		expect(noRoles.data.messages).toEqual(['A user needs at least one role']);
	});

	it('keeps updated roles, but never changes or removes the owner', async () => {
		const updated = await client.patch(`/users/${MAYA}`, {
			roles: ['billing_admin'],
			twofactor_required: false,
		});
		expect(updated.data.result).toMatchObject({
			roles: ['billing_admin'],
			twofactor_required: false,
		});
		expect((await client.get(`/users/${MAYA}`)).data.result.roles).toEqual(['billing_admin']);

		const owner = simulator().state.account.user_id;
		expect((await client.patch(`/users/${owner}`, { roles: ['account_user'] })).status).toBe(400);
		expect((await client.delete(`/users/${owner}`)).status).toBe(400);
	});

	it('deletes a user: gone from the list and 404 afterwards', async () => {
		expect((await client.delete(`/users/${MAYA}`)).data.result).toEqual({ success: true });

		expect((await client.get(`/users/${MAYA}`)).status).toBe(404);
		expect((await client.delete(`/users/${MAYA}`)).status).toBe(404);
		expect((await client.get('/users')).data.metadata.total).toBe(3);
	});

	it('accepts an invitation without a bearer token; a re-invite voids the old token', async () => {
		const anonymous = apiClient(simulator());
		const oldToken = record(PRIYA)?.inviteToken;
		await client.post(`/users/${PRIYA}/reinvite`);

		const stale = await anonymous.get('/users/accept', { params: { token: oldToken } });
		expect(stale.status).toBe(404);

		const token = record(PRIYA)?.inviteToken;
		const accepted = await anonymous.get('/users/accept', { params: { token } });
		expect(accepted.data.result).toEqual({ success: true });
		expect((await client.get(`/users/${PRIYA}`)).data.result.status).toBe('active');

		const again = await client.post(`/users/${PRIYA}/reinvite`);
		expect(again.status).toBe(400);
	});

	it('sets the first password once, within 30 minutes of the invitation', async () => {
		const { id } = (await client.post('/users', NEW_USER)).data.result;

		const set = await client.post(`/users/${id}/password`, { password: 'Str0ng-password' });
		expect(set.data.result).toEqual({ success: true });
		expect((await client.get(`/users/${id}`)).data.result.status).toBe('active');

		const twice = await client.post(`/users/${id}/password`, { password: 'Another-one-1' });
		expect(twice.status).toBe(400);

		const late = await client.post(`/users/${PRIYA}/password`, { password: 'Str0ng-password' });
		expect(late.status).toBe(400);
		expect(late.data.messages[0]).toMatch(/^The invitation has expired/);
	});

	it('answers 404 for an unknown user', async () => {
		const unknown = await client.get(`/users/${stableUuid('nobody')}`);

		expect(unknown.status).toBe(404);
		expect(unknown.data.messages).toEqual(['User not found']);
	});

	it('starts an account without the demo sites with the owner alone', async () => {
		simulator().reset({ demo: false, sites: 2 });

		const users = await client.get('/users');

		expect(users.data.result).toEqual([expect.objectContaining({ roles: ['account_owner'] })]);
	});
});
