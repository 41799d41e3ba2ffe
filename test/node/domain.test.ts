import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import {
	getAdditionalDomainNames,
	getAdditionalDomains,
} from '../../nodes/RocketNet/loadOptions/getAdditionalDomains';
import { jsonOf, onlyRequest, site, useRocketNet } from '../helpers/fixture';
import { loadOptionsFrom } from '../helpers/load-options';
import { domainsOf } from '../simulator/state/domains';
import { addSite } from '../simulator/state/sites';

const BLUE_HARBOR = 1000001;
const QUIET_MEADOW = 1000005;
const MARINA_DOMAIN = 4101;
const PENDING_SHOP_DOMAIN = 4102;

type LoadOptionsMethod = (this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>;

/** A loadOptions method as the editor calls it, with the Site field set to `siteId`. */
function withSite(siteId: string, method: LoadOptionsMethod): LoadOptionsMethod {
	return async function (this: ILoadOptionsFunctions) {
		const context = Object.create(this) as ILoadOptionsFunctions;
		context.getCurrentNodeParameter = () => siteId;
		return await method.call(context);
	};
}

const edgeSettingsShape = {
	ai_crawlers: { allow: expect.any(Boolean), available: expect.any(Boolean) },
	logged_in_users: { waf_bypass: { enabled: expect.any(Boolean), available: true } },
	managed_challenge: { enabled: expect.any(Boolean), available: true },
	user_agent: { empty: expect.any(Object), go_http_client: expect.any(Object) },
	woocommerce: { login_and_registration_protection: expect.any(Object) },
	wp_login: { challenge: expect.any(Object) },
	xmlrpc_protection: { enabled: expect.any(Boolean), available: true },
};

describe('Domain', () => {
	const rocket = useRocketNet();

	describe('additional domains', () => {
		it('gets many additional domains, unwrapped from result.additional_domains', async () => {
			const items = jsonOf(
				await rocket.run({
					resource: 'domain',
					operation: 'getAllAdditionalDomains',
					siteId: site(BLUE_HARBOR),
					limit: 1,
					filters: { search: 'example', sort: 'domain', direction: 'desc' },
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'GET',
				path: `/sites/${BLUE_HARBOR}/domains`,
				query: { search: 'example', sort: 'domain', direction: 'desc', per_page: '1' },
			});
			expect(items).toEqual([
				expect.objectContaining({
					id: PENDING_SHOP_DOMAIN,
					domain: 'shop.blue-harbor.example.com',
					hostname_status: 'pending',
				}),
			]);
		});

		it('gets all additional domains page by page with Return All', async () => {
			const items = jsonOf(
				await rocket.run({
					resource: 'domain',
					operation: 'getAllAdditionalDomains',
					siteId: site(BLUE_HARBOR),
					returnAll: true,
				}),
			);

			expect(onlyRequest(rocket).query).toMatchObject({ page: '1', per_page: '1000' });
			expect(items.map((item) => item.id)).toEqual([MARINA_DOMAIN, PENDING_SHOP_DOMAIN]);
		});

		it('adds an additional domain, trimmed, and outputs it pending validation', async () => {
			const [item] = jsonOf(
				await rocket.run({
					resource: 'domain',
					operation: 'addAdditionalDomain',
					siteId: site(QUIET_MEADOW),
					domain: ' yoga-retreats.example.org ',
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'POST',
				path: `/sites/${QUIET_MEADOW}/domains`,
				body: { domain: 'yoga-retreats.example.org' },
			});
			expect(item).toMatchObject({
				id: expect.any(Number),
				domain: 'yoga-retreats.example.org',
				hostname_status: 'pending',
				validation_records: [expect.objectContaining({ type: 'cname' })],
			});
		});

		it('refuses a URL as domain before sending anything', async () => {
			const result = await rocket.run({
				resource: 'domain',
				operation: 'addAdditionalDomain',
				siteId: site(QUIET_MEADOW),
				domain: 'https://yoga.example.org/',
			});

			expect(result.error?.message).toBe('Domain "https://yoga.example.org/" is not valid');
			expect(result.error?.description).toMatch(/without https:\/\//);
			expect(rocket.apiRequests()).toEqual([]);
		});

		it('deletes an additional domain', async () => {
			const items = jsonOf(
				await rocket.run({
					resource: 'domain',
					operation: 'deleteAdditionalDomain',
					siteId: site(BLUE_HARBOR),
					domainId: MARINA_DOMAIN,
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'DELETE',
				path: `/sites/${BLUE_HARBOR}/domains/${MARINA_DOMAIN}`,
			});
			expect(items).toEqual([{ deleted: true }]);
			const harbor = rocket.simulator.state.sites.get(BLUE_HARBOR)!;
			const left = domainsOf(rocket.simulator.state, harbor).additional;
			expect(left.map((record) => record.id)).toEqual([PENDING_SHOP_DOMAIN]);
		});

		it('refuses an additional domain ID that is not a number before sending anything', async () => {
			const result = await rocket.run({
				resource: 'domain',
				operation: 'deleteAdditionalDomain',
				siteId: site(BLUE_HARBOR),
				domainId: 'shop.example.com',
			});

			expect(result.error?.message).toBe('Additional Domain "shop.example.com" is not a valid ID');
			expect(rocket.apiRequests()).toEqual([]);
		});

		it('gets the edge settings of an additional domain', async () => {
			const [item] = jsonOf(
				await rocket.run({
					resource: 'domain',
					operation: 'getAdditionalDomainEdgeSettings',
					siteId: site(BLUE_HARBOR),
					domainId: MARINA_DOMAIN,
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'GET',
				path: `/sites/${BLUE_HARBOR}/domains/${MARINA_DOMAIN}/edge_settings`,
			});
			expect(item).toEqual(edgeSettingsShape);
		});

		it('updates only the chosen edge settings of an additional domain, as a partial object', async () => {
			const [item] = jsonOf(
				await rocket.run({
					resource: 'domain',
					operation: 'updateAdditionalDomainEdgeSettings',
					siteId: site(BLUE_HARBOR),
					domainId: MARINA_DOMAIN,
					edgeSettings: {
						managedChallenge: true,
						allowEmptyUserAgents: true,
						allowGoHttpClient: false,
					},
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'PATCH',
				path: `/sites/${BLUE_HARBOR}/domains/${MARINA_DOMAIN}/edge_settings`,
			});
			expect(onlyRequest(rocket).body).toEqual({
				managed_challenge: { enabled: true },
				user_agent: { empty: { allow: true }, go_http_client: { allow: false } },
			});
			expect(item).toMatchObject({
				managed_challenge: { enabled: true },
				user_agent: { empty: { allow: true }, go_http_client: { allow: false } },
				xmlrpc_protection: { enabled: false },
			});
		});

		it('refuses an edge settings update without any setting', async () => {
			const result = await rocket.run({
				resource: 'domain',
				operation: 'updateAdditionalDomainEdgeSettings',
				siteId: site(BLUE_HARBOR),
				domainId: MARINA_DOMAIN,
				edgeSettings: {},
			});

			expect(result.error?.message).toBe('No edge setting to change');
			expect(rocket.apiRequests()).toEqual([]);
		});
	});

	describe('main domain', () => {
		it('gets the main domain', async () => {
			const [item] = jsonOf(
				await rocket.run({
					resource: 'domain',
					operation: 'getMainDomain',
					siteId: site(BLUE_HARBOR),
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'GET',
				path: `/sites/${BLUE_HARBOR}/maindomain`,
			});
			expect(item).toMatchObject({
				domain: 'blue-harbor.example.com',
				active_wordpress_domain: 'live_domain',
				hostname_status: 'active',
				ssl_status: 'active',
			});
		});

		it('sets the main domain of a site on its CDN URL, keeping WordPress on the CDN URL', async () => {
			const fresh = addSite(rocket.simulator.state, {
				domain: 'lakeside-cabins.onrocket.site',
				createdAt: '2025-06-01T10:00:00Z',
			});

			const [item] = jsonOf(
				await rocket.run({
					resource: 'domain',
					operation: 'setMainDomain',
					siteId: site(fresh.id),
					domain: 'lakesidecabins.example',
					options: { keep_cdn_url: true },
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'POST',
				path: `/sites/${fresh.id}/maindomain`,
				body: { domain: 'lakesidecabins.example', keep_cdn_url: true },
			});
			expect(item).toMatchObject({
				domain: 'lakesidecabins.example',
				active_wordpress_domain: 'cdn_url',
				hostname_status: 'pending',
				show_go_live: 1,
			});
		});

		it('shows Rocket.net’s reason when a site already has a main domain', async () => {
			const result = await rocket.run({
				resource: 'domain',
				operation: 'setMainDomain',
				siteId: site(BLUE_HARBOR),
				domain: 'blueharbor.example',
			});

			expect(result.error?.message).toBe(
				'This site already has the main domain blue-harbor.example.com. Use PUT to replace it.',
			);
		});

		it.each([
			['newDomain', { domain: 'quietmeadow.example' }, { domain: 'quietmeadow.example' }],
			['cdnUrl', {}, { active_wordpress_domain: 'cdn_url', domain: 'quiet-meadow.example.com' }],
			[
				'liveDomain',
				{},
				{ active_wordpress_domain: 'live_domain', domain: 'quiet-meadow.example.com' },
			],
			[
				'removeLiveDomain',
				{},
				{ active_wordpress_domain: 'cdn_url', domain: '1000005p.onrocket.site' },
			],
		])('replaces the main domain: %s', async (change, fields, expected) => {
			const [item] = jsonOf(
				await rocket.run({
					resource: 'domain',
					operation: 'replaceMainDomain',
					siteId: site(QUIET_MEADOW),
					change,
					...fields,
				}),
			);

			const { body } = onlyRequest(rocket);
			expect(onlyRequest(rocket)).toMatchObject({
				method: 'PUT',
				path: `/sites/${QUIET_MEADOW}/maindomain`,
			});
			expect(body).toEqual(
				{
					newDomain: { domain: 'quietmeadow.example' },
					cdnUrl: { active_wordpress_domain: 'cdn_url' },
					liveDomain: { active_wordpress_domain: 'live_domain' },
					removeLiveDomain: { active_wordpress_domain: 'cdn_url', remove_live_domain: true },
				}[change],
			);
			expect(item).toMatchObject(expected);
		});

		it('promotes an additional domain to main domain', async () => {
			const [item] = jsonOf(
				await rocket.run({
					resource: 'domain',
					operation: 'replaceMainDomain',
					siteId: site(BLUE_HARBOR),
					change: 'additionalDomain',
					additionalDomain: 'blueharbormarina.example.net',
				}),
			);

			expect(onlyRequest(rocket).body).toEqual({
				domain: 'blueharbormarina.example.net',
				convert_addon_to_maindomain: true,
			});
			expect(item).toMatchObject({ domain: 'blueharbormarina.example.net' });
		});

		it('updates the validation method, certificate authority and Go Live of the main domain', async () => {
			const [item] = jsonOf(
				await rocket.run({
					resource: 'domain',
					operation: 'updateMainDomain',
					siteId: site(BLUE_HARBOR),
					updateFields: {
						validation_method: 'txt',
						certificate_authority: 'lets_encrypt',
						hide_go_live: true,
					},
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'PATCH',
				path: `/sites/${BLUE_HARBOR}/maindomain`,
				body: { validation_method: 'txt', certificate_authority: 'lets_encrypt', hide_go_live: 1 },
			});
			expect(item).toEqual({
				validation_records: expect.arrayContaining([
					expect.objectContaining({ type: 'txt', name: '_acme-challenge.blue-harbor.example.com' }),
				]),
				certificate_authority: 'lets_encrypt',
				hide_go_live: true,
				validation_method: 'txt',
			});
		});

		it('refuses a main domain update that changes nothing', async () => {
			const result = await rocket.run({
				resource: 'domain',
				operation: 'updateMainDomain',
				siteId: site(BLUE_HARBOR),
				updateFields: { domain: 'www.blue-harbor.example.com' },
			});

			expect(result.error?.message).toBe('Nothing to update on the main domain');
			expect(rocket.apiRequests()).toEqual([]);
		});

		it('sets the www prefix of the main domain', async () => {
			const items = jsonOf(
				await rocket.run({
					resource: 'domain',
					operation: 'setWwwPrefix',
					siteId: site(QUIET_MEADOW),
					www: true,
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'PATCH',
				path: `/sites/${QUIET_MEADOW}/maindomain/prefix`,
				body: { www: true },
			});
			expect(items).toEqual([{ success: true }]);
			expect(rocket.simulator.state.sites.get(QUIET_MEADOW)?.domain).toBe(
				'www.quiet-meadow.example.com',
			);
		});

		it('gets the status of the main domain, its www version and the additional domains', async () => {
			const [item] = jsonOf(
				await rocket.run({ resource: 'domain', operation: 'getStatus', siteId: site(BLUE_HARBOR) }),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'GET',
				path: `/sites/${BLUE_HARBOR}/maindomain/status`,
			});
			expect(item).toMatchObject({
				maindomain: { hostname: 'blue-harbor.example.com', domain_status: 'active' },
				alternate_maindomain: { hostname: 'www.blue-harbor.example.com' },
				additional_domains: [
					expect.objectContaining({ hostname: 'blueharbormarina.example.net' }),
					expect.objectContaining({
						hostname: 'shop.blue-harbor.example.com',
						domain_status: 'pending',
					}),
				],
				errors: [],
			});
		});

		it('rechecks validation, forced, and outputs Rocket.net’s answer', async () => {
			const items = jsonOf(
				await rocket.run({
					resource: 'domain',
					operation: 'recheckValidation',
					siteId: site(BLUE_HARBOR),
					options: { force: true },
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'GET',
				path: `/sites/${BLUE_HARBOR}/maindomain/recheck`,
				query: { force: 'true' },
			});
			expect(items).toEqual([{ value: 'Validation rechecked: 1 domain(s) now active' }]);
		});

		it('gets the edge settings of the main domain', async () => {
			const [item] = jsonOf(
				await rocket.run({
					resource: 'domain',
					operation: 'getMainDomainEdgeSettings',
					siteId: site(BLUE_HARBOR),
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'GET',
				path: `/sites/${BLUE_HARBOR}/maindomain/edge_settings`,
			});
			expect(item).toEqual(edgeSettingsShape);
		});

		it('sends every edge setting of the main domain in the shape Rocket.net expects', async () => {
			const [item] = jsonOf(
				await rocket.run({
					resource: 'domain',
					operation: 'updateMainDomainEdgeSettings',
					siteId: site(BLUE_HARBOR),
					edgeSettings: {
						allowAiCrawlers: true,
						allowEmptyUserAgents: false,
						allowGoHttpClient: true,
						bypassWafForLoggedInUsers: true,
						managedChallenge: false,
						wooCommerceLoginProtection: true,
						wpLoginChallenge: true,
						xmlRpcProtection: true,
					},
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'PATCH',
				path: `/sites/${BLUE_HARBOR}/maindomain/edge_settings`,
			});
			const expected = {
				ai_crawlers: { allow: true },
				logged_in_users: { waf_bypass: { enabled: true } },
				managed_challenge: { enabled: false },
				user_agent: { empty: { allow: false }, go_http_client: { allow: true } },
				woocommerce: { login_and_registration_protection: { enabled: true } },
				wp_login: { challenge: { enabled: true } },
				xmlrpc_protection: { enabled: true },
			};
			expect(onlyRequest(rocket).body).toEqual(expected);
			expect(item).toMatchObject(expected);
		});
	});

	describe('additional domain dropdown', () => {
		it('lists the additional domains of the chosen site by ID', async () => {
			const options = await loadOptionsFrom(
				rocket,
				withSite(String(BLUE_HARBOR), getAdditionalDomains),
			);

			expect(options).toEqual([
				{
					name: 'blueharbormarina.example.net',
					value: MARINA_DOMAIN,
					description: 'Hostname active, SSL active',
				},
				{
					name: 'shop.blue-harbor.example.com',
					value: PENDING_SHOP_DOMAIN,
					description: 'Hostname pending, SSL pending_validation',
				},
			]);
		});

		it('lists them by name for promoting one to main domain', async () => {
			const options = await loadOptionsFrom(
				rocket,
				withSite(String(BLUE_HARBOR), getAdditionalDomainNames),
			);

			expect(options.map((option) => option.value)).toEqual([
				'blueharbormarina.example.net',
				'shop.blue-harbor.example.com',
			]);
		});

		it('asks for a site first', async () => {
			await expect(loadOptionsFrom(rocket, withSite('', getAdditionalDomains))).rejects.toThrow(
				'Choose a site first',
			);
		});
	});
});
