import type { AxiosInstance } from 'axios';

import { BLUE_HARBOR, loggedInClient, useSimulator } from './helpers';

const BLUE_HARBOR_STAGING = 1_000_002;
const QUIET_MEADOW = 1_000_005;

describe('domains', () => {
	const simulator = useSimulator();
	let client: AxiosInstance;

	beforeAll(async () => {
		client = await loggedInClient(simulator());
	});

	beforeEach(() => simulator().reset());

	it('lists additional domains under result.additional_domains with list metadata', async () => {
		const response = await client.get(`/sites/${BLUE_HARBOR}/domains`, {
			params: { sort: 'domain', direction: 'desc' },
		});

		expect(response.data.metadata).toEqual({
			page: 1,
			page_size: 100,
			total: 2,
			sort: 'domain',
			direction: 'desc',
		});
		expect(response.data.result.additional_domains).toEqual([
			expect.objectContaining({
				id: 4102,
				domain_id: 4102,
				domain: 'shop.blue-harbor.example.com',
				base_domain: 'example.com',
				domain_type: 'subdomain',
				hostname_status: 'pending',
				ssl_status: 'pending_validation',
				validation_method: 'txt',
			}),
			expect.objectContaining({
				id: 4101,
				domain: 'blueharbormarina.example.net',
				base_domain: 'example.net',
				hostname_status: 'active',
			}),
		]);
	});

	it('adds an additional domain in punycode, pending until a recheck validates it', async () => {
		const added = await client.post(`/sites/${QUIET_MEADOW}/domains`, { domain: 'Café.example' });
		expect(added.data.result).toMatchObject({
			domain: 'xn--caf-dma.example',
			display_domain: 'café.example',
			hostname_status: 'pending',
			validation_records: [
				{ type: 'a', name: 'xn--caf-dma.example', status: 'pending_validation' },
			],
		});

		const recheck = await client.get(`/sites/${QUIET_MEADOW}/maindomain/recheck`);
		expect(recheck.data.result).toBe('Validation rechecked: 1 domain(s) now active');

		const list = await client.get(`/sites/${QUIET_MEADOW}/domains`);
		expect(list.data.result.additional_domains).toEqual([
			expect.objectContaining({ id: added.data.result.id, hostname_status: 'active' }),
		]);
	});

	it('refuses a domain that is not a hostname, or that another site uses', async () => {
		const url = await client.post(`/sites/${QUIET_MEADOW}/domains`, {
			domain: 'https://shop.example.com/',
		});
		expect(url.status).toBe(400);
		expect(url.data.messages).toEqual(['https://shop.example.com/ is not a valid domain name']);

		const taken = await client.post(`/sites/${QUIET_MEADOW}/domains`, {
			domain: 'blueharbormarina.example.net',
		});
		expect(taken.status).toBe(400);
		expect(taken.data.messages).toEqual([
			'The domain blueharbormarina.example.net is already in use',
		]);
	});

	it('deletes an additional domain, after which it is unknown', async () => {
		const deleted = await client.delete(`/sites/${BLUE_HARBOR}/domains/4101`);
		expect(deleted.data.result).toEqual({ success: 'ok' });

		const list = await client.get(`/sites/${BLUE_HARBOR}/domains`);
		expect(list.data.result.additional_domains.map((d: { id: number }) => d.id)).toEqual([4102]);
		expect((await client.get(`/sites/${BLUE_HARBOR}/domains/4101/edge_settings`)).status).toBe(404);
	});

	it('keeps edge settings per domain and changes only what a partial update names', async () => {
		const patched = await client.patch(`/sites/${BLUE_HARBOR}/domains/4101/edge_settings`, {
			managed_challenge: { enabled: true },
			user_agent: { go_http_client: { allow: true } },
		});
		expect(patched.data.result).toMatchObject({
			managed_challenge: { enabled: true, available: true },
			user_agent: {
				empty: { allow: false, available: true },
				go_http_client: { allow: true, available: true },
			},
		});

		const main = await client.get(`/sites/${BLUE_HARBOR}/maindomain/edge_settings`);
		expect(main.data.result.managed_challenge).toEqual({ enabled: false, available: true });
		const again = await client.get(`/sites/${BLUE_HARBOR}/domains/4101/edge_settings`);
		expect(again.data.result).toEqual(patched.data.result);
	});

	it('sets a main domain once on a CDN URL site, then only PUT replaces it', async () => {
		const created = await client.post('/sites', { name: 'Lakeside Cabins' });
		const path = `/sites/${created.data.result.id}/maindomain`;
		expect((await client.get(path)).data.result).toMatchObject({
			domain: 'lakeside-cabins.onrocket.site',
			active_wordpress_domain: 'cdn_url',
			show_go_live: 1,
		});

		const set = await client.post(path, { domain: 'lakesidecabins.example', keep_cdn_url: true });
		expect(set.data.result).toMatchObject({
			domain: 'lakesidecabins.example',
			active_wordpress_domain: 'cdn_url',
			hostname_status: 'pending',
		});
		expect((await client.get(`/sites/${created.data.result.id}`)).data.result.domain).toBe(
			'lakesidecabins.example',
		);

		const again = await client.post(path, { domain: 'other.example' });
		expect(again.status).toBe(400);
		expect(again.data.messages).toEqual([
			'This site already has the main domain lakesidecabins.example. Use PUT to replace it.',
		]);
	});

	it('refuses to set a main domain on a staging site', async () => {
		const response = await client.post(`/sites/${BLUE_HARBOR_STAGING}/maindomain`, {
			domain: 'staging.example',
		});
		expect(response.status).toBe(400);
	});

	it('promotes an additional domain to main domain, removing it from the list', async () => {
		const replaced = await client.put(`/sites/${BLUE_HARBOR}/maindomain`, {
			domain: 'blueharbormarina.example.net',
			convert_addon_to_maindomain: true,
		});
		expect(replaced.data.result).toMatchObject({
			domain: 'blueharbormarina.example.net',
			hostname_status: 'active',
		});

		const list = await client.get(`/sites/${BLUE_HARBOR}/domains`);
		expect(list.data.result.additional_domains.map((d: { id: number }) => d.id)).toEqual([4102]);
	});

	it('reverts to the CDN URL, dropping the live domain and every additional domain', async () => {
		const refused = await client.put(`/sites/${BLUE_HARBOR}/maindomain`, {
			remove_live_domain: true,
		});
		expect(refused.status).toBe(400);

		const reverted = await client.put(`/sites/${BLUE_HARBOR}/maindomain`, {
			active_wordpress_domain: 'cdn_url',
			remove_live_domain: true,
		});
		expect(reverted.data.result).toMatchObject({
			domain: '1000001p.onrocket.site',
			active_wordpress_domain: 'cdn_url',
		});
		const list = await client.get(`/sites/${BLUE_HARBOR}/domains`);
		expect(list.data.result.additional_domains).toEqual([]);
	});

	it('switches the www prefix of the main domain', async () => {
		const changed = await client.patch(`/sites/${QUIET_MEADOW}/maindomain/prefix`, { www: true });
		expect(changed.data.result).toEqual({ success: true });

		const main = await client.get(`/sites/${QUIET_MEADOW}/maindomain`);
		expect(main.data.result).toMatchObject({
			domain: 'www.quiet-meadow.example.com',
			domain_type: 'www',
		});
	});

	it('changes the validation method and certificate authority of the main domain', async () => {
		const patched = await client.patch(`/sites/${QUIET_MEADOW}/maindomain`, {
			validation_method: 'txt',
			certificate_authority: 'lets_encrypt',
			hide_go_live: 1,
		});
		expect(patched.data.result).toEqual({
			validation_records: [
				expect.objectContaining({ type: 'cname', name: 'quiet-meadow.example.com' }),
				expect.objectContaining({ type: 'txt', name: '_acme-challenge.quiet-meadow.example.com' }),
				expect.objectContaining({ type: 'txt' }),
			],
			certificate_authority: 'lets_encrypt',
			hide_go_live: true,
			validation_method: 'txt',
		});
	});

	it('reports the DNS status of the main domain, its www twin and additional domains', async () => {
		const status = await client.get(`/sites/${BLUE_HARBOR}/maindomain/status`);

		expect(status.data.result).toMatchObject({
			maindomain: { hostname: 'blue-harbor.example.com', domain_status: 'active' },
			alternate_maindomain: { hostname: 'www.blue-harbor.example.com' },
			additional_domains: [
				{ hostname: 'blueharbormarina.example.net', domain_status: 'active' },
				{
					hostname: 'shop.blue-harbor.example.com',
					domain_status: 'pending',
					found_dns_records: [],
					validation_errors: [expect.stringContaining('do not point to Rocket.net')],
				},
			],
			errors: [],
		});
	});
});
