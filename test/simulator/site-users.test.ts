import type { AxiosInstance } from 'axios';

import { DEMO_SITE_USER, SITE_INVITE_WINDOW_MS, siteUsers } from './state/site-users';
import { apiClient, BLUE_HARBOR, loggedInClient, useSimulator } from './helpers';

const COPPER_FALLS = 1_000_003;
const QUIET_MEADOW = 1_000_005;
const SILVER_LAKE = 1_000_007;
const ELLEN = 5001;
const MARCO = 5002;
const NATHAN = { name: 'Nathan Smith', email: 'nathan@example.com' };

describe('site users', () => {
	const simulator = useSimulator();
	let client: AxiosInstance;

	beforeAll(async () => {
		client = await loggedInClient(simulator());
	});

	beforeEach(() => simulator().reset());

	const state = () => siteUsers(simulator().state);
	const accessOf = (siteId: number, userId: number) =>
		state().access.find((access) => access.site_id === siteId && access.user_id === userId);

	async function loginAs(email: string, password: string): Promise<AxiosInstance> {
		const login = await apiClient(simulator()).post('/sites/users/login', {
			username: email,
			password,
		});
		expect(login.status).toBe(200);
		return apiClient(simulator(), login.data.token);
	}

	it('lists the site users of a site, searchable, shaped as SiteUserExtended', async () => {
		const listed = await client.get(`/sites/${BLUE_HARBOR}/users`);
		expect(listed.data.metadata).toMatchObject({ total: 2, sort: 'user_id' });
		expect(listed.data.result[0]).toEqual({
			id: ELLEN,
			site_id: BLUE_HARBOR,
			name: 'Ellen Park',
			email: DEMO_SITE_USER.email,
			status: 'Active',
			token: '',
			created_at: '2024-03-20T10:00:00Z',
		});

		const found = await client.get(`/sites/${BLUE_HARBOR}/users`, { params: { search: 'marco' } });
		expect(found.data.result).toEqual([expect.objectContaining({ id: MARCO, status: 'Invited' })]);
		expect((await client.get(`/sites/${SILVER_LAKE}/users`)).data.result).toEqual([]);
	});

	it('invites a person, who accepts with the emailed token and no bearer', async () => {
		const invited = await client.post(`/sites/${SILVER_LAKE}/users`, NATHAN);
		expect(invited.data.result).toEqual({ success: true, id: expect.any(Number) });
		const userId = invited.data.result.id;

		const again = await client.post(`/sites/${SILVER_LAKE}/users`, NATHAN);
		expect(again.status).toBe(400);

		const token = accessOf(SILVER_LAKE, userId)?.inviteToken;
		const anonymous = apiClient(simulator());
		const wrong = await anonymous.get(`/sites/${SILVER_LAKE}/users/accept`, {
			params: { token: 'not-the-token' },
		});
		expect(wrong.status).toBe(404);
		const accepted = await anonymous.get(`/sites/${SILVER_LAKE}/users/accept`, {
			params: { token },
		});
		expect(accepted.data.result).toEqual({ success: true });

		const listed = await client.get(`/sites/${SILVER_LAKE}/users`);
		expect(listed.data.result).toEqual([
			expect.objectContaining({ id: userId, email: NATHAN.email, status: 'Active' }),
		]);
	});

	it('refuses an invitation older than 7 days until the site user is re-invited', async () => {
		const stale = await apiClient(simulator()).get(`/sites/${BLUE_HARBOR}/users/accept`, {
			params: { token: accessOf(BLUE_HARBOR, MARCO)?.inviteToken },
		});
		expect(stale.status).toBe(400);
		expect(stale.data.messages).toEqual(['The invitation has expired. Ask for a new invitation.']);

		const reinvited = await client.post(`/sites/${BLUE_HARBOR}/users/${MARCO}/reinvite`);
		expect(reinvited.data.result).toEqual({ success: true, id: MARCO });
		const access = accessOf(BLUE_HARBOR, MARCO)!;
		expect(Date.now() - access.invitedAt).toBeLessThan(SITE_INVITE_WINDOW_MS);

		const accepted = await apiClient(simulator()).get(`/sites/${BLUE_HARBOR}/users/accept`, {
			params: { token: access.inviteToken },
		});
		expect(accepted.status).toBe(200);
		expect((await client.post(`/sites/${BLUE_HARBOR}/users/${MARCO}/reinvite`)).status).toBe(400);
	});

	it('removes a site user from one site only', async () => {
		const removed = await client.delete(`/sites/${BLUE_HARBOR}/users/${ELLEN}`);
		expect(removed.data.result).toEqual({ success: true });

		const blue = await client.get(`/sites/${BLUE_HARBOR}/users`);
		expect(blue.data.result.map((user: { id: number }) => user.id)).toEqual([MARCO]);
		const copper = await client.get(`/sites/${COPPER_FALLS}/users`);
		expect(copper.data.result.map((user: { id: number }) => user.id)).toEqual([ELLEN]);
		expect((await client.delete(`/sites/${BLUE_HARBOR}/users/${ELLEN}`)).status).toBe(404);
	});

	it('lists for the account every site with site users, by the best status', async () => {
		const sites = await client.get('/sites/users', { params: { sort: 'domain' } });
		expect(
			sites.data.result.map((site: { id: number; status: string }) => [site.id, site.status]),
		).toEqual([
			[BLUE_HARBOR, 'Active'],
			[COPPER_FALLS, 'Active'],
			[QUIET_MEADOW, 'Declined'],
		]);
		expect(sites.data.result[0]).toMatchObject({
			domain: 'blue-harbor.example.com',
			location: expect.any(String),
			production: 1,
			staging: { staging_id: 1_000_002, staging_status: 'active' },
			metadata: '{}',
		});
	});

	it('filters the sites by several statuses given as a repeated parameter', async () => {
		await client.post(`/sites/${SILVER_LAKE}/users`, NATHAN);
		const idsWith = async (statuses: string[]) => {
			const query = new URLSearchParams(
				statuses.map((status): [string, string] => ['status', status]),
			);
			const answer = await client.get(`/sites/users?${query}&sort=domain`);
			return answer.data.result.map((site: { id: number }) => site.id);
		};
		expect(await idsWith(['Invited'])).toEqual([SILVER_LAKE]);
		expect(await idsWith(['Invited', 'Active'])).toEqual([BLUE_HARBOR, COPPER_FALLS, SILVER_LAKE]);

		const declined = await client.get('/sites/users', { params: { status: 'Declined' } });
		expect(declined.status).toBe(400);
	});

	it('lists for a logged-in site user only the sites they can access', async () => {
		await client.delete(`/sites/${COPPER_FALLS}`);
		const ellen = await loginAs(DEMO_SITE_USER.email, DEMO_SITE_USER.password);

		const sites = await ellen.get('/sites/users');

		expect(sites.data.result.map((site: { id: number }) => site.id)).toEqual([BLUE_HARBOR]);
	});

	it('lets a logged-in site user accept their own pending invitation', async () => {
		await client.post(`/sites/${SILVER_LAKE}/users`, {
			name: 'Ellen',
			email: DEMO_SITE_USER.email,
		});
		const ellen = await loginAs(DEMO_SITE_USER.email, DEMO_SITE_USER.password);

		const accepted = await ellen.post(`/sites/${SILVER_LAKE}/users/accept`);
		expect(accepted.data.result).toEqual({ success: true });
		expect(accessOf(SILVER_LAKE, ELLEN)?.status).toBe('Active');

		expect((await ellen.post(`/sites/${SILVER_LAKE}/users/accept`)).status).toBe(404);
	});

	it('logs a site user in only with the right password', async () => {
		const wrong = await apiClient(simulator()).post('/sites/users/login', {
			username: DEMO_SITE_USER.email,
			password: 'guess',
		});
		expect(wrong.status).toBe(401);

		const right = await apiClient(simulator()).post('/sites/users/login', {
			username: DEMO_SITE_USER.email.toUpperCase(),
			password: DEMO_SITE_USER.password,
		});
		expect(right.data).toEqual({ token: expect.any(String) });
		expect(simulator().requests.at(-1)?.body).toEqual({
			username: DEMO_SITE_USER.email.toUpperCase(),
			password: '********',
		});
	});

	it('resets a password: the emailed token sets a new one, once', async () => {
		const anonymous = apiClient(simulator());
		const reset = await anonymous.post('/sites/users/reset-password', {
			email: DEMO_SITE_USER.email,
		});
		expect(reset.data.result).toEqual({ success: true });
		const unknown = await anonymous.post('/sites/users/reset-password', { email: 'x@example.com' });
		expect(unknown.data.result).toEqual({ success: true });

		const token = state().users.get(ELLEN)?.passwordToken;
		const body = { password: 'Ellen-new-password-9', token };
		expect((await anonymous.post(`/sites/users/${ELLEN}/password`, body)).status).toBe(200);
		expect((await anonymous.post(`/sites/users/${ELLEN}/password`, body)).status).toBe(400);
		await loginAs(DEMO_SITE_USER.email, 'Ellen-new-password-9');
	});

	it('creates a site user on no site, and updates one without taking another email', async () => {
		const created = await client.post('/sites/users', NATHAN);
		expect(created.data.result).toMatchObject({ ...NATHAN, site_id: null, status: 'Invited' });
		expect((await client.post('/sites/users', NATHAN)).status).toBe(400);

		const taken = await client.patch(`/sites/users/${ELLEN}`, { email: NATHAN.email });
		expect(taken.status).toBe(400);

		const renamed = await client.patch(`/sites/users/${ELLEN}`, { name: 'Ellen Park-Lee' });
		expect(renamed.data.result).toEqual({ success: true });
		const listed = await client.get(`/sites/${BLUE_HARBOR}/users`, { params: { search: 'Lee' } });
		expect(listed.data.result).toEqual([expect.objectContaining({ id: ELLEN })]);
		expect((await client.patch('/sites/users/999999', { name: 'Nobody' })).status).toBe(404);
	});
});
