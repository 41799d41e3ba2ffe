import type { AxiosInstance } from 'axios';

import { loggedInClient, useSimulator } from './helpers';

const NORTH_STAR = 1_000_006;
const uris = `/sites/${NORTH_STAR}/shop_shield`;

describe('ShopShield', () => {
	const simulator = useSimulator();
	let client: AxiosInstance;

	beforeAll(async () => {
		client = await loggedInClient(simulator());
	});

	beforeEach(() => simulator().reset());

	it('enables a URI, lists it, gets it and disables it', async () => {
		const enabled = await client.post(uris, { uri: '/wholesale', notify_site_owner: false });
		const { id } = enabled.data.result;
		expect(enabled.data.result).toEqual({
			id: expect.any(String),
			uri: '/wholesale',
			created_at: expect.stringMatching(/Z$/),
			updated_at: enabled.data.result.created_at,
		});

		const list = await client.get(uris, { params: { uri: 'whole' } });
		expect(list.data.metadata).toMatchObject({ total: 1, page_size: 10 });
		expect(list.data.result).toEqual([enabled.data.result]);
		expect((await client.get(`${uris}/${id}`)).data.result).toEqual(enabled.data.result);

		expect((await client.delete(`${uris}/${id}`)).data.result).toEqual({ success: true });
		expect((await client.get(`${uris}/${id}`)).status).toBe(404);
	});

	it('accepts a full URL on a domain of the site and refuses other URIs', async () => {
		const full = await client.post(uris, { uri: 'https://north-star-bakery.example.com/cart' });
		expect(full.status).toBe(200);

		const elsewhere = await client.post(uris, { uri: 'https://example.org/cart' });
		expect(elsewhere.status).toBe(400);
		const duplicate = await client.post(uris, { uri: '/checkout/' });
		expect(duplicate.data.messages).toEqual(['ShopShield is already enabled for /checkout/']);
	});

	it('sorts the seeded URIs of a site', async () => {
		const list = await client.get(uris, { params: { sort: 'uri', direction: 'desc' } });
		expect(list.data.result.map((record: { uri: string }) => record.uri)).toEqual([
			'/my-account/',
			'/checkout/',
		]);
	});
});
