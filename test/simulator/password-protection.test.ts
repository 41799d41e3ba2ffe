import type { AxiosInstance } from 'axios';

import { BLUE_HARBOR, loggedInClient, useSimulator } from './helpers';

const BLUE_HARBOR_STAGING = 1_000_002;
const STRONG = 'Tide-Pool-42-Lantern!';

describe('password protection', () => {
	const simulator = useSimulator();
	let client: AxiosInstance;

	beforeAll(async () => {
		client = await loggedInClient(simulator());
	});

	beforeEach(() => simulator().reset());

	it('starts disabled on a site and enabled with preview users on a staging copy', async () => {
		const site = await client.get(`/sites/${BLUE_HARBOR}/password_protection`);
		expect(site.data.result).toEqual({ enabled: false });

		const staging = await client.get(`/sites/${BLUE_HARBOR_STAGING}/password_protection`);
		expect(staging.data.result).toEqual({ enabled: true });
		const users = await client.get(`/sites/${BLUE_HARBOR_STAGING}/password_protection/users`);
		expect(users.data.result.users.map((user: { username: string }) => user.username)).toEqual([
			'client-review',
			'preview',
		]);
	});

	it('keeps the enabled flag per site', async () => {
		const path = `/sites/${BLUE_HARBOR}/password_protection`;
		expect((await client.post(path)).data.result).toEqual({ success: true });
		expect((await client.get(path)).data.result).toEqual({ enabled: true });
		expect((await client.get('/sites/1000003/password_protection')).data.result).toEqual({
			enabled: false,
		});

		await client.delete(path);
		expect((await client.get(path)).data.result).toEqual({ enabled: false });
	});

	it('adds, lists, searches and removes users, nested under result.users', async () => {
		const users = `/sites/${BLUE_HARBOR}/password_protection/users`;
		const added = await client.post(users, { username: 'preview', password: STRONG });
		expect(added.data.result).toEqual({ success: true });
		await client.post(users, { username: 'client', password: STRONG });

		const listed = await client.get(users, { params: { search: 'prev' } });
		expect(listed.data.metadata).toMatchObject({ total: 1, page_size: 100, sort: 'username' });
		const [preview] = listed.data.result.users;
		expect(preview).toEqual({ user_id: expect.stringMatching(/^\d+$/), username: 'preview' });

		expect((await client.delete(`${users}/${preview.user_id}`)).data.result).toEqual({
			success: true,
		});
		const left = (await client.get(users)).data.result.users;
		expect(left.map((user: { username: string }) => user.username)).toEqual(['client']);
		expect((await client.delete(`${users}/${preview.user_id}`)).status).toBe(404);
	});

	it('never lists passwords', async () => {
		const users = `/sites/${BLUE_HARBOR}/password_protection/users`;
		await client.post(users, { username: 'preview', password: STRONG });
		expect(JSON.stringify((await client.get(users)).data)).not.toContain(STRONG);
	});

	it('refuses a weak password and a username taken on the site', async () => {
		const users = `/sites/${BLUE_HARBOR}/password_protection/users`;
		const weak = await client.post(users, { username: 'preview', password: 'password' });
		expect(weak.status).toBe(400);
		expect(weak.data.messages[0]).toMatch(/^Password is not strong enough/);

		await client.post(users, { username: 'preview', password: STRONG });
		const taken = await client.post(users, { username: 'preview', password: STRONG });
		expect(taken.status).toBe(400);
		expect(taken.data.messages).toEqual(['User preview already exists']);
	});
});
