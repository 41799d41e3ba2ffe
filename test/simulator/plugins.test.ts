import type { AxiosInstance } from 'axios';

import { BLUE_HARBOR, loggedInClient, useSimulator } from './helpers';

const plugins = `/sites/${BLUE_HARBOR}/plugins`;

describe('plugins', () => {
	const simulator = useSimulator();
	let client: AxiosInstance;

	beforeAll(async () => {
		client = await loggedInClient(simulator());
	});

	beforeEach(() => simulator().reset());

	async function installed(): Promise<Record<string, unknown>> {
		const list = (await client.get(plugins)).data.result as Array<{ name: string }>;
		return Object.fromEntries(list.map((plugin) => [plugin.name, plugin]));
	}

	it('lists the installed plugins sorted by title, with updates and list metadata', async () => {
		const response = await client.get(plugins, { params: { per_page: 3 } });

		expect(response.data.metadata).toEqual({
			page: 1,
			page_size: 3,
			total: 8,
			sort: 'title',
			direction: 'asc',
		});
		expect(response.data.result.map((plugin: { title: string }) => plugin.title)).toEqual([
			'Advanced caching plugin',
			'Akismet Anti-spam: Spam Protection',
			'FluentSMTP',
		]);
		expect(response.data.result[1]).toEqual({
			name: 'akismet',
			status: 'inactive',
			update: 'available',
			update_version: '5.3.5',
			version: '5.3.4',
			title: 'Akismet Anti-spam: Spam Protection',
		});
	});

	it('installs from wordpress.org, activating on request, with a note per slug', async () => {
		const response = await client.post(plugins, {
			plugins: 'contact-form-7,akismet,no-such-plugin',
			activate: true,
		});

		expect(response.data.result).toEqual([
			{
				name: 'contact-form-7',
				version: '6.0.1',
				activated: true,
				note: "Plugin 'contact-form-7' activated.",
			},
			{ name: 'akismet', version: '5.3.4', activated: false, note: 'Plugin already installed' },
			{ name: 'no-such-plugin', version: '', activated: false, note: '404: Plugin not found' },
		]);
		expect(await installed()).toMatchObject({ 'contact-form-7': { status: 'active' } });
	});

	it('installs from a custom URL, but not together with slugs', async () => {
		const fromUrl = await client.post(plugins, {
			custom_url: 'https://example.com/downloads/acme-forms-2.1.0.zip',
		});
		expect(fromUrl.data.result).toEqual([
			{
				name: 'acme-forms',
				version: '1.0.0',
				activated: false,
				note: 'Plugin installed from custom url',
			},
		]);

		const both = await client.post(plugins, {
			plugins: 'akismet',
			custom_url: 'https://a.test/b.zip',
		});
		expect(both.status).toBe(400);
		expect(both.data.messages).toEqual(["'plugins' cannot be combined with 'custom_url'"]);
	});

	it('activates and deactivates, answering activated as text', async () => {
		const on = await client.patch(plugins, { plugin: 'akismet', status: 'activate' });
		expect(on.data.result).toEqual([{ name: 'akismet', activated: 'true' }]);
		expect(await installed()).toMatchObject({ akismet: { status: 'active' } });

		const off = await client.patch(plugins, { plugin: 'akismet', status: 'deactivate' });
		expect(off.data.result).toEqual([{ name: 'akismet', activated: 'false' }]);

		const unknown = await client.patch(plugins, { plugin: 'nope', status: 'activate' });
		expect(unknown.status).toBe(400);
	});

	it('updates at once, and says when there is nothing to update', async () => {
		const updated = await client.put(plugins, { plugin: 'akismet' });
		expect(updated.data.result).toEqual([
			{
				name: 'akismet',
				old_version: '5.3.4',
				new_version: '5.3.5',
				note: 'Plugin updated successfully',
			},
		]);
		expect(await installed()).toMatchObject({
			akismet: { version: '5.3.5', update: 'none', update_version: null },
		});

		const again = await client.put(plugins, { plugin: 'akismet' });
		expect(again.data.result[0].note).toBe('Plugin is already up to date');
	});

	it('deletes plugins but keeps must-use plugins and drop-ins', async () => {
		const response = await client.delete(plugins, {
			data: { plugins: 'hello,rocketnet-platform,gone' },
		});

		expect(response.data.result).toEqual([
			{ name: 'hello', note: 'deleted' },
			{ name: 'rocketnet-platform', note: '' },
			{ name: 'gone', note: 'plugin not found' },
		]);
		const left = await installed();
		expect(left.hello).toBeUndefined();
		expect(left['rocketnet-platform']).toBeDefined();
	});

	it('searches the directory in the chosen order, marking what the site has', async () => {
		const response = await client.get(`${plugins}/search`, {
			params: { query: 'smtp', browse: 'top-rated' },
		});

		expect(response.data.result.map((plugin: { slug: string }) => plugin.slug)).toEqual([
			'fluent-smtp',
			'wp-mail-smtp',
		]);
		expect(response.data.result[0]).toMatchObject({ name: 'FluentSMTP', status: 'active' });
		expect(response.data.result[1]).toMatchObject({ status: 'not_installed' });
	});

	it('lists featured plugins with their status on the site', async () => {
		const response = await client.get(`/sites/${BLUE_HARBOR}/featured_plugins`);

		expect(response.data.metadata.total).toBe(5);
		const woo = response.data.result.find(
			(plugin: { name: string }) => plugin.name === 'woocommerce',
		);
		expect(woo).toMatchObject({ status: 'active', update: 'none', title: 'WooCommerce' });
	});

	it('reinstalls the CDN cache plugin, active', async () => {
		await client.delete(plugins, { data: { plugins: 'rocketnet-cdn-cache-management' } });
		expect((await installed())['rocketnet-cdn-cache-management']).toBeUndefined();

		const response = await client.post(`${plugins}/rocket/cdn_cache_management`);
		expect(response.data.result).toEqual({ success: true });
		expect(await installed()).toMatchObject({
			'rocketnet-cdn-cache-management': { status: 'active' },
		});
	});

	it('starts a staging site with the plugins of its production site', async () => {
		await client.put(plugins, { plugin: 'akismet' });
		const staging = (await client.get(`/sites/${BLUE_HARBOR + 1}/plugins`)).data.result;

		expect(staging.find((plugin: { name: string }) => plugin.name === 'akismet')).toMatchObject({
			version: '5.3.5',
		});
	});

	it('refuses plugins on a static site', async () => {
		const site = (await client.post('/sites', { name: 'Brochure', site_type: 1 })).data.result;
		const response = await client.get(`/sites/${site.id}/plugins`);

		expect(response.status).toBe(400);
		expect(response.data.messages).toEqual(['This action is only available for WordPress sites']);
	});
});
