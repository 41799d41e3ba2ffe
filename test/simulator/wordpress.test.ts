import type { AxiosInstance } from 'axios';

import { BLUE_HARBOR, loggedInClient, useSimulator } from './helpers';
import { WPCLI_REFUSED } from './routes/wp-cli';

const wpcli = `/sites/${BLUE_HARBOR}/wpcli`;

describe('WordPress', () => {
	const simulator = useSimulator();
	let client: AxiosInstance;

	beforeAll(async () => {
		client = await loggedInClient(simulator());
	});

	beforeEach(() => simulator().reset());

	async function run(command: string): Promise<string> {
		const response = await client.post(wpcli, { command });
		expect(response.status).toBe(200);
		return response.data.result.response as string;
	}

	it('reports WordPress as operational, and not applicable on a static site', async () => {
		const wordpress = await client.get(`/sites/${BLUE_HARBOR}/wp/status`);
		expect(wordpress.data.result).toEqual({
			wordpress_status: { operational_status: 'operational', error: '' },
		});

		const site = (await client.post('/sites', { name: 'Brochure', site_type: 1 })).data.result;
		const staticSite = await client.get(`/sites/${site.id}/wp/status`);
		expect(staticSite.data.result.wordpress_status.operational_status).toBe('not_applicable');
	});

	it('gives a single sign-on link on the site domain', async () => {
		const response = await client.get(`/sites/${BLUE_HARBOR}/wp/login`);

		expect(response.data.result.sign_on_url).toMatch(
			/^https:\/\/blue-harbor\.example\.com\/wp-login\.php\?rocket_sso=\S+$/,
		);
	});

	it('lists plugins as JSON that follows the plugin state', async () => {
		await client.patch(`/sites/${BLUE_HARBOR}/plugins`, { plugin: 'akismet', status: 'activate' });
		const plugins = JSON.parse(await run('plugin list --status=active --format=json'));

		expect(plugins.map((plugin: { name: string }) => plugin.name)).toContain('akismet');
		expect(plugins[0]).toEqual({
			name: expect.any(String),
			status: 'active',
			update: expect.stringMatching(/^(available|none)$/),
			version: expect.any(String),
			update_version: expect.any(String),
			auto_update: 'off',
		});
	});

	it('prints tables as tab-separated lines and single values as text', async () => {
		expect(await run('theme list --fields=name,status --status=active')).toBe(
			'name\tstatus\nkadence\tactive',
		);
		expect(await run('core version')).toBe('6.7.1');
		expect(await run('option get siteurl')).toBe('https://blue-harbor.example.com');
	});

	it('keeps double-quoted words together and remembers options', async () => {
		expect(await run('option update blogname "Blue Harbor Marina and Sons"')).toBe(
			"Success: Updated 'blogname' option.",
		);
		expect(await run('option get blogname --format=json')).toBe('"Blue Harbor Marina and Sons"');
	});

	it('answers WP-CLI failures as Error: lines', async () => {
		expect(await run('plugin activate no-such-plugin')).toBe('Error: No plugins activated.');
		expect(await run('wp core version')).toMatch(/^Error: 'wp' is not a registered wp command/);
	});

	it.each([
		['core version; rm -rf /'],
		['plugin list | head'],
		['option get $(whoami)'],
		['core version\nplugin list'],
	])('refuses %j with a 400 before running anything', async (command) => {
		const response = await client.post(wpcli, { command });

		expect(response.status).toBe(400);
		expect(response.data.messages).toEqual([WPCLI_REFUSED]);
	});
});
