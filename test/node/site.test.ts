import { getPhpVersions } from '../../nodes/RocketNet/loadOptions/getPhpVersions';
import { loadOptionsFrom } from '../helpers/load-options';
import { jsonOf, onlyRequest, site, useRocketNet } from '../helpers/fixture';

const BLUE_HARBOR = 1000001;

describe('Site', () => {
	const rocket = useRocketNet();

	it('gets many sites, one item per site, with filters and a limit', async () => {
		const items = jsonOf(
			await rocket.run({
				resource: 'site',
				operation: 'getAll',
				limit: 2,
				filters: { search: 'example', sort: 'domain', direction: 'desc' },
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: '/sites',
			query: { search: 'example', sort: 'domain', direction: 'desc', per_page: '2' },
		});
		expect(items.map((item) => item.domain)).toEqual([
			'silver-lake.example.com',
			'quiet-meadow.example.com',
		]);
	});

	it('gets one site by ID', async () => {
		const [item] = jsonOf(
			await rocket.run({ resource: 'site', operation: 'get', siteId: site(BLUE_HARBOR) }),
		);

		expect(onlyRequest(rocket)).toMatchObject({ method: 'GET', path: `/sites/${BLUE_HARBOR}` });
		expect(item).toMatchObject({ id: BLUE_HARBOR, domain: 'blue-harbor.example.com' });
	});

	it('creates a site with the fields the user set', async () => {
		const [item] = jsonOf(
			await rocket.run({
				resource: 'site',
				operation: 'create',
				name: 'Acme Store',
				additionalFields: {
					label: 'Acme',
					location: 4,
					php_version: '8.2',
					metadata: '{"client": "Acme"}',
					multisite: false,
				},
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: '/sites',
			body: {
				name: 'Acme Store',
				label: 'Acme',
				location: 4,
				php_version: '8.2',
				metadata: { client: 'Acme' },
				multisite: false,
			},
		});
		expect(item).toEqual({ id: expect.any(Number), domain: expect.any(String) });
		expect(rocket.simulator.state.sites.get(item.id as number)?.label).toBe('Acme');
	});

	it('creates a site from a template and waits for the account task', async () => {
		const template = [...rocket.simulator.state.templates.keys()][0];
		const [item] = jsonOf(
			await rocket.run({
				resource: 'site',
				operation: 'createFromTemplate',
				templateId: template,
				name: 'From Template',
				waitForCompletion: true,
				waitTimeout: 30,
			}),
		);

		const [start, ...polls] = rocket.apiRequests();
		expect(start).toMatchObject({
			method: 'POST',
			path: `/sites/templates/${template}/sites`,
			body: { name: 'From Template' },
		});
		expect(polls[0]).toMatchObject({ method: 'GET', path: '/account/tasks' });
		expect(polls[0].query).toEqual({ task_id: item.task_id });
		expect(item).toMatchObject({
			task_level: 'account',
			task: { id: item.task_id, task_status: 'DONE', task_type: 'create_site_from_template' },
		});
	});

	it('updates a site label and metadata', async () => {
		const [item] = jsonOf(
			await rocket.run({
				resource: 'site',
				operation: 'update',
				siteId: site(BLUE_HARBOR),
				updateFields: { label: 'Renamed', metadata: '{"tier": "gold"}' },
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'PATCH',
			path: `/sites/${BLUE_HARBOR}`,
			body: { label: 'Renamed', metadata: { tier: 'gold' } },
		});
		expect(item).toBeDefined();
		expect(rocket.simulator.state.sites.get(BLUE_HARBOR)?.label).toBe('Renamed');
	});

	it('deletes a site and outputs deleted: true', async () => {
		const items = jsonOf(
			await rocket.run({ resource: 'site', operation: 'delete', siteId: site(1000006) }),
		);

		expect(onlyRequest(rocket)).toMatchObject({ method: 'DELETE', path: '/sites/1000006' });
		expect(items).toEqual([{ deleted: true }]);
	});

	it('clones a site, locking the source while the clone task runs', async () => {
		rocket.simulator.stallNextTask('clone_site');
		const [item] = jsonOf(
			await rocket.run({
				resource: 'site',
				operation: 'clone',
				siteId: site(BLUE_HARBOR),
				additionalFields: { label: 'Blue Harbor copy' },
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: `/sites/${BLUE_HARBOR}/clone`,
			body: { label: 'Blue Harbor copy' },
		});
		expect(item).toEqual({ task_id: expect.any(String), task_level: 'site' });
		expect(rocket.simulator.state.sites.get(BLUE_HARBOR)?.status).toBe('locked');
	});

	it.each([
		['getCredentials', 'GET', '/credentials', ['username', 'password']],
		['getPhpMyAdminLink', 'GET', '/pma/login', ['phpmyadmin_sign_on_url']],
		['getSettings', 'GET', '/settings', ['current_php_version']],
		['getSettingsSchema', 'GET', '/settings/schema', ['current_php_version.options']],
		['getUsage', 'GET', '/usage', ['totals']],
	])('%s sends %s /sites/{id}%s', async (operation, method, suffix, keys) => {
		const [item] = jsonOf(
			await rocket.run({ resource: 'site', operation, siteId: site(BLUE_HARBOR) }),
		);

		expect(onlyRequest(rocket)).toMatchObject({ method, path: `/sites/${BLUE_HARBOR}${suffix}` });
		for (const key of keys) expect(item).toHaveProperty(key);
	});

	it('gets usage for a period given as dates', async () => {
		await rocket.run({
			resource: 'site',
			operation: 'getUsage',
			siteId: site(BLUE_HARBOR),
			options: { date_from: '2026-11-01T00:00:00', date_to: '2026-11-30T00:00:00' },
		});

		expect(onlyRequest(rocket).query).toEqual({ date_from: '2026-11-01', date_to: '2026-11-30' });
	});

	it('locks and unlocks a site', async () => {
		await rocket.run({ resource: 'site', operation: 'lock', siteId: site(BLUE_HARBOR) });
		expect(rocket.simulator.state.sites.get(BLUE_HARBOR)?.status).toBe('locked');

		const items = jsonOf(
			await rocket.run({ resource: 'site', operation: 'unlock', siteId: site(BLUE_HARBOR) }),
		);
		expect(rocket.apiRequests().map((r) => `${r.method} ${r.path}`)).toEqual([
			`POST /sites/${BLUE_HARBOR}/lock`,
			`DELETE /sites/${BLUE_HARBOR}/lock`,
		]);
		expect(items).toHaveLength(1);
		expect(rocket.simulator.state.sites.get(BLUE_HARBOR)?.status).toBe('active');
	});

	it('updates settings with the values Rocket.net expects', async () => {
		await rocket.run({
			resource: 'site',
			operation: 'updateSettings',
			siteId: site(BLUE_HARBOR),
			settings: { new_php_version: '8.4', wp_core_auto_updates: 2, ssh_access: 0 },
		});

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'PATCH',
			path: `/sites/${BLUE_HARBOR}/settings`,
			body: { new_php_version: '8.4', wp_core_auto_updates: 2, ssh_access: 0 },
		});
		expect(rocket.simulator.state.sites.get(BLUE_HARBOR)?.settings.current_php_version).toBe('8.4');
	});

	it('lists locations, filtered by site type', async () => {
		const items = jsonOf(
			await rocket.run({ resource: 'site', operation: 'getLocations', filters: { site_type: 1 } }),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: '/sites/locations',
			query: { site_type: '1' },
		});
		expect(items.length).toBeGreaterThan(0);
		for (const item of items) expect(item).toHaveProperty('location');
	});

	it('lists all locations, restricted ones included, as one item', async () => {
		const items = jsonOf(await rocket.run({ resource: 'site', operation: 'getAllLocations' }));

		expect(onlyRequest(rocket)).toMatchObject({ method: 'GET', path: '/sites/all_locations' });
		expect(items).toHaveLength(1);
		expect(items[0]).toHaveProperty('locations');
		expect(items[0]).toHaveProperty('restricted_locations');
	});

	it('creates a site access token with a lifetime', async () => {
		const [item] = jsonOf(
			await rocket.run({
				resource: 'site',
				operation: 'createAccessToken',
				siteId: site(BLUE_HARBOR),
				options: { ttl: 600 },
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: `/sites/${BLUE_HARBOR}/access_token`,
			body: { ttl: 600 },
		});
		expect(typeof item.token).toBe('string');
	});
});

describe('PHP version dropdown', () => {
	const rocket = useRocketNet();

	it("offers the PHP versions of the chosen site's settings schema, newest first", async () => {
		const options = await loadOptionsFrom(rocket, getPhpVersions, { siteId: site(1000001) });

		expect(options[0]).toEqual({ name: 'PHP 8.4', value: '8.4' });
		expect(options.map((option) => option.value)).toContain('7.4');
	});
});
