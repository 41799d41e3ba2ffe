import { jsonOf, onlyRequest, site, useRocketNet } from '../helpers/fixture';
import { stableUuid } from '../simulator/state/ids';

const NORTH_STAR = 1000006;
const CHECKOUT = stableUuid(`shop-shield:${NORTH_STAR}:/checkout/`);

describe('ShopShield', () => {
	const rocket = useRocketNet();

	it('enables ShopShield for a URI without notifying the site owner', async () => {
		const [item] = jsonOf(
			await rocket.run({
				resource: 'shopShield',
				operation: 'enable',
				siteId: site(NORTH_STAR),
				uri: ' /wholesale ',
				options: { notify_site_owner: false },
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: `/sites/${NORTH_STAR}/shop_shield`,
			body: { uri: '/wholesale', notify_site_owner: false },
		});
		expect(item).toEqual({
			id: expect.any(String),
			uri: '/wholesale',
			created_at: expect.any(String),
			updated_at: expect.any(String),
		});
	});

	it('refuses a URI that is neither a path nor a URL before sending anything', async () => {
		const result = await rocket.run({
			resource: 'shopShield',
			operation: 'enable',
			siteId: site(NORTH_STAR),
			uri: 'checkout',
		});

		expect(result.error?.message).toBe('URI "checkout" is not valid');
		expect(rocket.apiRequests()).toEqual([]);
	});

	it('gets many protected URIs filtered and sorted', async () => {
		const items = jsonOf(
			await rocket.run({
				resource: 'shopShield',
				operation: 'getAll',
				siteId: site(NORTH_STAR),
				limit: 5,
				filters: { uri: 'account', sort: 'uri', direction: 'desc' },
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: `/sites/${NORTH_STAR}/shop_shield`,
			query: { uri: 'account', sort: 'uri', direction: 'desc', per_page: '5' },
		});
		expect(items.map((item) => item.uri)).toEqual(['/my-account/']);
	});

	it('gets all protected URIs with Return All', async () => {
		const items = jsonOf(
			await rocket.run({
				resource: 'shopShield',
				operation: 'getAll',
				siteId: site(NORTH_STAR),
				returnAll: true,
			}),
		);

		expect(onlyRequest(rocket).query).toMatchObject({ page: '1', per_page: '1000' });
		expect(items.map((item) => item.uri)).toEqual(['/checkout/', '/my-account/']);
	});

	it('gets a protected URI', async () => {
		const [item] = jsonOf(
			await rocket.run({
				resource: 'shopShield',
				operation: 'get',
				siteId: site(NORTH_STAR),
				uriId: CHECKOUT,
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: `/sites/${NORTH_STAR}/shop_shield/${CHECKOUT}`,
		});
		expect(item).toMatchObject({ id: CHECKOUT, uri: '/checkout/' });
	});

	it('disables ShopShield for a URI', async () => {
		const items = jsonOf(
			await rocket.run({
				resource: 'shopShield',
				operation: 'disable',
				siteId: site(NORTH_STAR),
				uriId: CHECKOUT,
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'DELETE',
			path: `/sites/${NORTH_STAR}/shop_shield/${CHECKOUT}`,
		});
		expect(items).toEqual([{ deleted: true }]);
	});

	it('explains an unknown URI ID with Rocket.net’s message', async () => {
		const result = await rocket.run({
			resource: 'shopShield',
			operation: 'get',
			siteId: site(NORTH_STAR),
			uriId: '00000000-0000-4000-8000-000000000000',
		});

		expect(result.error?.message).toBe('ShopShield URI not found');
	});
});
