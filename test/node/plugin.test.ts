import { jsonOf, onlyRequest, site, useRocketNet } from '../helpers/fixture';
import { loadOptionsContext } from '../helpers/load-options';
import { loadOptions } from '../../nodes/RocketNet/loadOptions';

const BLUE_HARBOR = 1000001;
const plugins = `/sites/${BLUE_HARBOR}/plugins`;

describe('Plugin', () => {
	const rocket = useRocketNet();

	const run = async (operation: string, parameters: Record<string, unknown> = {}) =>
		await rocket.run({ resource: 'plugin', operation, siteId: site(BLUE_HARBOR), ...parameters });

	it('gets many plugins with search and sort, one item per plugin', async () => {
		const items = jsonOf(
			await run('getAll', {
				returnAll: true,
				filters: { search: 'smtp', sort: 'version', direction: 'desc' },
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: plugins,
			query: { search: 'smtp', sort: 'version', direction: 'desc', page: '1', per_page: '1000' },
		});
		expect(items).toEqual([
			{
				name: 'fluent-smtp',
				status: 'active',
				update: 'available',
				update_version: '2.2.80',
				version: '2.2.79',
				title: 'FluentSMTP',
			},
		]);
	});

	it('installs plugins from wordpress.org, comma-joining the list', async () => {
		const items = jsonOf(
			await run('install', {
				slugs: ['contact-form-7', ' redirection , query-monitor'],
				options: { activate: true },
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: plugins,
			body: { plugins: 'contact-form-7,redirection,query-monitor', activate: true },
		});
		expect(items.map((item) => [item.name, item.activated])).toEqual([
			['contact-form-7', true],
			['redirection', true],
			['query-monitor', true],
		]);
	});

	it('installs a plugin from a custom URL', async () => {
		const [item] = jsonOf(
			await run('install', {
				source: 'customUrl',
				customUrl: 'https://example.com/downloads/acme-forms.zip',
			}),
		);

		expect(onlyRequest(rocket).body).toEqual({
			custom_url: 'https://example.com/downloads/acme-forms.zip',
		});
		expect(item).toMatchObject({ name: 'acme-forms', note: 'Plugin installed from custom url' });
	});

	it.each([
		[[',', ' , '], 'Plugin Slugs is empty'],
		[['contact form 7'], 'Plugin Slugs: "contact form 7" is not a slug'],
	])('refuses the slugs %j before sending anything', async (slugs, message) => {
		const result = await run('install', { slugs });

		expect(result.error?.message).toBe(message);
		expect(rocket.apiRequests()).toEqual([]);
	});

	it('refuses a custom URL that is not an http(s) address', async () => {
		const result = await run('install', { source: 'customUrl', customUrl: 'acme-forms.zip' });

		expect(result.error?.message).toBe('Custom URL "acme-forms.zip" is not valid');
		expect(rocket.apiRequests()).toEqual([]);
	});

	it('activates and deactivates a plugin with PATCH', async () => {
		const [activated] = jsonOf(await run('setStatus', { plugin: 'akismet', status: 'activate' }));
		expect(onlyRequest(rocket)).toMatchObject({
			method: 'PATCH',
			path: plugins,
			body: { plugin: 'akismet', status: 'activate' },
		});
		expect(activated).toEqual({ name: 'akismet', activated: 'true' });

		rocket.simulator.clearRequests();
		const [deactivated] = jsonOf(
			await run('setStatus', { plugin: 'akismet', status: 'deactivate' }),
		);
		expect(deactivated).toEqual({ name: 'akismet', activated: 'false' });
	});

	it('updates a plugin at once with PUT', async () => {
		const [item] = jsonOf(await run('update', { plugin: 'akismet' }));

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'PUT',
			path: plugins,
			body: { plugin: 'akismet' },
		});
		expect(item).toEqual({
			name: 'akismet',
			old_version: '5.3.4',
			new_version: '5.3.5',
			note: 'Plugin updated successfully',
		});
	});

	it('deletes plugins, one item per plugin saying whether it was deleted', async () => {
		const items = jsonOf(await run('delete', { plugins: ['hello', 'not-installed'] }));

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'DELETE',
			path: plugins,
			body: { plugins: 'hello,not-installed' },
		});
		expect(items).toEqual([
			{ name: 'hello', deleted: true, note: 'deleted' },
			{ name: 'not-installed', deleted: false, note: 'plugin not found' },
		]);
	});

	it('searches wordpress.org with a browse order and a limit', async () => {
		const items = jsonOf(
			await run('search', { query: 'seo', limit: 5, options: { browse: 'top-rated' } }),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: `${plugins}/search`,
			query: { query: 'seo', browse: 'top-rated', per_page: '5' },
		});
		expect(items[0]).toMatchObject({
			slug: 'wordpress-seo',
			name: 'Yoast SEO',
			status: 'inactive',
		});
	});

	it('gets the featured plugins with their status on the site', async () => {
		const items = jsonOf(await run('getFeatured'));

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: `/sites/${BLUE_HARBOR}/featured_plugins`,
		});
		expect(items).toHaveLength(5);
		expect(items.find((item) => item.name === 'woocommerce')).toMatchObject({
			status: 'active',
			title: 'WooCommerce',
			icons: { '1x': expect.any(String), '2x': expect.any(String) },
		});
	});

	it('installs the Rocket CDN cache management plugin', async () => {
		const [item] = jsonOf(await run('installCdnCachePlugin'));

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: `${plugins}/rocket/cdn_cache_management`,
		});
		expect(item).toEqual({ success: true });
	});

	it('offers the plugins of the chosen site in a dropdown, without must-use plugins', async () => {
		const context = await loadOptionsContext(rocket, { siteId: site(BLUE_HARBOR) });
		const options = await loadOptions.getPlugins.call(context);

		expect(options.map((option) => option.value)).toEqual([
			'akismet',
			'fluent-smtp',
			'hello',
			'rocketnet-cdn-cache-management',
			'woocommerce',
			'wordpress-seo',
		]);
		expect(options[0]).toEqual({
			name: 'Akismet Anti-spam: Spam Protection',
			value: 'akismet',
			description: 'akismet: inactive, version 5.3.4, update to 5.3.5',
		});
	});

	it('offers no plugins before a site is chosen', async () => {
		const context = await loadOptionsContext(rocket, { siteId: site('') });

		expect(await loadOptions.getPlugins.call(context)).toEqual([]);
		expect(rocket.apiRequests()).toEqual([]);
	});
});
