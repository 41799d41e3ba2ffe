import type { AxiosInstance } from 'axios';

import { BLUE_HARBOR, loggedInClient, useSimulator } from './helpers';

const accounts = `/sites/${BLUE_HARBOR}/ftp/accounts`;

describe('FTP accounts', () => {
	const simulator = useSimulator();
	let client: AxiosInstance;

	beforeAll(async () => {
		client = await loggedInClient(simulator());
	});

	beforeEach(() => simulator().reset());

	async function users(params: Record<string, unknown> = {}) {
		const response = await client.get(accounts, { params });
		return response.data.result.map((account: { user: string }) => account.user);
	}

	it('lists the seeded accounts in the spec shape, unlimited quota as "unlimited"', async () => {
		const response = await client.get(accounts);
		expect(response.data.metadata).toMatchObject({
			page: 1,
			page_size: 10,
			total: 2,
			sort: 'user',
		});
		expect(response.data.result).toEqual([
			{
				dir: expect.stringMatching(/^\/home\/[^/]+\/public_html$/),
				diskquota: 'unlimited',
				diskused: '12.40',
				reldir: 'public_html',
				user: 'deploy@blue-harbor.example.com',
			},
			expect.objectContaining({ diskquota: 500, user: 'designer@blue-harbor.example.com' }),
		]);
	});

	it('creates an account that then appears in the list, filtered by username', async () => {
		const created = await client.post(accounts, {
			username: 'writer',
			password: 'Long-enough-1',
			homedir: 'public_html/wp-content/uploads',
			quota: 250,
			domain: 'blue-harbor.example.com',
		});
		expect(created.data.result).toEqual({
			dir: expect.stringMatching(/\/public_html\/wp-content\/uploads$/),
			diskquota: 250,
			user: 'writer@blue-harbor.example.com',
		});
		expect(await users({ username: 'writ' })).toEqual(['writer@blue-harbor.example.com']);
		expect(JSON.stringify((await client.get(accounts)).data)).not.toContain('Long-enough-1');
	});

	it('refuses a duplicate, a foreign domain, a username with a domain and a short password', async () => {
		const base = {
			username: 'deploy',
			password: 'Long-enough-1',
			homedir: 'public_html',
			quota: 0,
		};
		const duplicate = await client.post(accounts, { ...base, domain: 'blue-harbor.example.com' });
		expect(duplicate.status).toBe(400);
		expect(duplicate.data.messages).toEqual([
			'FTP account deploy@blue-harbor.example.com already exists',
		]);

		const foreign = await client.post(accounts, { ...base, username: 'x', domain: 'example.org' });
		expect(foreign.data.messages).toEqual(['Domain example.org does not belong to this site']);

		const withDomain = await client.post(accounts, {
			...base,
			username: 'x@blue-harbor.example.com',
			domain: 'blue-harbor.example.com',
		});
		expect(withDomain.status).toBe(400);

		const weak = await client.post(accounts, {
			...base,
			username: 'x',
			password: 'short',
			domain: 'blue-harbor.example.com',
		});
		expect(weak.status).toBe(400);
	});

	it('updates quota and home directory by the username in the query string', async () => {
		const updated = await client.patch(
			accounts,
			{ quota: 0, homedir: 'public_html/shop' },
			{ params: { username: 'designer@blue-harbor.example.com' } },
		);
		expect(updated.data.result).toEqual({ quota: 0, homedir: 'public_html/shop' });

		const [designer] = (await client.get(accounts, { params: { username: 'designer' } })).data
			.result;
		expect(designer).toMatchObject({ diskquota: 'unlimited', reldir: 'public_html/shop' });

		const unknown = await client.patch(
			accounts,
			{ quota: 1 },
			{ params: { username: 'no@x.com' } },
		);
		expect(unknown.status).toBe(404);
	});

	it('deletes by the username in the body', async () => {
		const deleted = await client.delete(accounts, {
			data: { username: 'designer@blue-harbor.example.com' },
		});
		expect(deleted.data.result).toEqual({});
		expect(await users()).toEqual(['deploy@blue-harbor.example.com']);

		const again = await client.delete(accounts, {
			data: { username: 'designer@blue-harbor.example.com' },
		});
		expect(again.status).toBe(404);
	});
});
