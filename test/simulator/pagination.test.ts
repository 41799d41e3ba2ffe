import type { AxiosInstance } from 'axios';

import { loggedInClient, useSimulator } from './helpers';

describe('envelope', () => {
	const simulator = useSimulator();
	let client: AxiosInstance;

	beforeAll(async () => {
		client = await loggedInClient(simulator());
	});

	it('wraps single records as { success, errors, messages, result } without metadata', async () => {
		const response = await client.get('/sites/1000001');

		expect(response.status).toBe(200);
		expect(Object.keys(response.data).sort()).toEqual(['errors', 'messages', 'result', 'success']);
		expect(response.data).toMatchObject({ success: true, errors: [], messages: [] });
		expect(response.data.result).toMatchObject({ id: 1000001, domain: 'blue-harbor.example.com' });
	});

	it('adds metadata { page, page_size, total, sort, direction } to lists', async () => {
		const response = await client.get('/sites');

		expect(response.data.metadata).toEqual({
			page: 1,
			page_size: 10,
			total: 5,
			sort: 'id',
			direction: 'asc',
		});
		expect(response.data.result).toHaveLength(5);
	});

	it('answers errors with a support code and human text in messages and result.msg', async () => {
		const response = await client.get('/sites/424242');

		expect(response.status).toBe(404);
		expect(response.data).toEqual({
			success: false,
			errors: [expect.stringMatching(/^[0-9a-f-]{36}$/)],
			messages: ['Given site not found for user'],
			result: { msg: 'Given site not found for user' },
		});
	});
});

describe('pagination over many sites', () => {
	const simulator = useSimulator({ seed: { demo: false, sites: 2500 } });
	let client: AxiosInstance;

	beforeAll(async () => {
		client = await loggedInClient(simulator());
	});

	it('pages through 2,500 sites with per_page 1000', async () => {
		const ids: number[] = [];
		const sizes: number[] = [];
		for (let page = 1; ; page += 1) {
			const response = await client.get('/sites', { params: { page, per_page: 1000 } });
			expect(response.data.metadata).toMatchObject({ page, page_size: 1000, total: 2500 });
			ids.push(...response.data.result.map((site: { id: number }) => site.id));
			sizes.push(response.data.result.length);
			if (page * response.data.metadata.page_size >= response.data.metadata.total) break;
		}

		expect(sizes).toEqual([1000, 1000, 500]);
		expect(new Set(ids).size).toBe(2500);
	});

	it('defaults to 10 per page and answers an empty page past the end', async () => {
		expect((await client.get('/sites')).data.result).toHaveLength(10);
		const past = await client.get('/sites', { params: { page: 99, per_page: 1000 } });
		expect(past.data.result).toEqual([]);
		expect(past.data.metadata.total).toBe(2500);
	});

	it.each([
		[{ page: 0 }, "0 is less than the minimum of 1 - 'page'"],
		[{ per_page: 1001 }, "1001 is greater than the maximum of 1000 - 'per_page'"],
		[{ per_page: 'ten' }, "Wrong type, expected 'integer' for query parameter 'per_page'"],
		[{ direction: 'up' }, "'up' is not one of ['asc', 'desc', 'ASC', 'DESC'] - 'direction'"],
	])('refuses %j with 400 naming the parameter', async (params, message) => {
		const response = await client.get('/sites', { params });

		expect(response.status).toBe(400);
		expect(response.data.messages).toEqual([message]);
	});

	it('sorts and filters', async () => {
		const sorted = await client.get('/sites', {
			params: { sort: 'domain', direction: 'DESC', per_page: 3 },
		});
		const domains = sorted.data.result.map((site: { domain: string }) => site.domain);
		expect(domains).toEqual([...domains].sort().reverse());
		expect(sorted.data.metadata).toMatchObject({ sort: 'domain', direction: 'desc' });

		const search = await client.get('/sites', { params: { search: '-1234.example.com' } });
		expect(search.data.result.map((site: { domain: string }) => site.domain)).toEqual([
			expect.stringMatching(/-1234\.example\.com$/),
		]);
	});

	it('seeds 10,000 more sites quickly with deterministic ids and domains', () => {
		const started = Date.now();
		simulator().seed({ sites: 10_000 });

		expect(Date.now() - started).toBeLessThan(1500);
		const sites = [...simulator().state.sites.values()];
		expect(sites).toHaveLength(12_500);
		expect(sites[2500]).toMatchObject({
			id: 1_002_501,
			domain: expect.stringMatching(/-2501\.example\.com$/),
		});
	});
});
