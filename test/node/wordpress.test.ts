import { jsonOf, onlyRequest, site, useRocketNet } from '../helpers/fixture';

const BLUE_HARBOR = 1000001;

describe('WordPress', () => {
	const rocket = useRocketNet();

	const run = async (operation: string, parameters: Record<string, unknown> = {}) =>
		await rocket.run({
			resource: 'wordpress',
			operation,
			siteId: site(BLUE_HARBOR),
			...parameters,
		});

	it('gets a single sign-on link for wp-admin', async () => {
		const [item] = jsonOf(await run('getLoginLink'));

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: `/sites/${BLUE_HARBOR}/wp/login`,
		});
		expect(item).toEqual({ sign_on_url: expect.stringMatching(/^https:\/\/blue-harbor/) });
	});

	it('gets the WordPress status', async () => {
		const [item] = jsonOf(await run('getStatus'));

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: `/sites/${BLUE_HARBOR}/wp/status`,
		});
		expect(item).toEqual({ wordpress_status: { operational_status: 'operational', error: '' } });
	});

	describe('Run WP-CLI Command', () => {
		it('sends the command without a leading wp and outputs one item per JSON record', async () => {
			const items = jsonOf(
				await run('runCliCommand', { command: 'wp theme list --fields=name,status --format=json' }),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'POST',
				path: `/sites/${BLUE_HARBOR}/wpcli`,
				body: { command: 'theme list --fields=name,status --format=json' },
			});
			expect(items).toEqual([
				{ name: 'twentytwentyfive', status: 'inactive' },
				{ name: 'twentytwentyfour', status: 'inactive' },
				{ name: 'twentytwentythree', status: 'inactive' },
				{ name: 'kadence', status: 'active' },
			]);
		});

		it('outputs text as { output }', async () => {
			const items = jsonOf(await run('runCliCommand', { command: 'option get siteurl' }));

			expect(items).toEqual([{ output: 'https://blue-harbor.example.com' }]);
		});

		it('sends double-quoted values as they are', async () => {
			jsonOf(await run('runCliCommand', { command: 'option update blogname "Blue Harbor"' }));

			expect(onlyRequest(rocket).body).toEqual({ command: 'option update blogname "Blue Harbor"' });
			const [item] = jsonOf(await run('runCliCommand', { command: 'option get blogname' }));
			expect(item).toEqual({ output: 'Blue Harbor' });
		});

		it('fails with the WP-CLI error', async () => {
			const result = await run('runCliCommand', { command: 'plugin activate no-such-plugin' });

			expect(result.error?.message).toBe('WP-CLI failed: No plugins activated.');
			expect(rocket.apiRequests()).toHaveLength(1);
		});

		it.each([
			['plugin list | grep akismet', 'a pipe (|)'],
			['core version && cache flush', 'an ampersand (&)'],
			['option get $(whoami)', 'a "$(" command substitution'],
			['core version\nplugin list', 'a line break'],
		])('refuses %j before any request', async (command, found) => {
			const result = await run('runCliCommand', { command });

			expect(result.error?.message).toBe(
				`Command contains ${found}, which Rocket.net does not allow in WP-CLI commands`,
			);
			expect(result.error?.description).toMatch(/run the command over SSH instead/);
			expect(rocket.apiRequests()).toEqual([]);
		});

		it('carries on with the next item when Continue On Fail is set', async () => {
			const result = await rocket.run(
				{
					resource: 'wordpress',
					operation: 'runCliCommand',
					siteId: site(BLUE_HARBOR),
					command: '={{ $json.command }}',
				},
				{
					continueOnFail: true,
					input: [{ command: 'core version; whoami' }, { command: 'core version' }],
				},
			);

			expect(result.items.map((item) => item.json)).toEqual([
				{ error: expect.stringContaining('semicolon') },
				{ output: '6.7.1' },
			]);
			expect(rocket.apiRequests()).toHaveLength(1);
		});
	});
});
