import { jsonOf, onlyRequest, site, useRocketNet } from '../helpers/fixture';
import { loadOptionsContext } from '../helpers/load-options';
import { loadOptions } from '../../nodes/RocketNet/loadOptions';

const BLUE_HARBOR = 1000001;
const themes = `/sites/${BLUE_HARBOR}/themes`;

describe('Theme', () => {
	const rocket = useRocketNet();

	const run = async (operation: string, parameters: Record<string, unknown> = {}) =>
		await rocket.run({ resource: 'theme', operation, siteId: site(BLUE_HARBOR), ...parameters });

	it('gets many themes, sorted as asked', async () => {
		const items = jsonOf(await run('getAll', { limit: 2, filters: { sort: 'name' } }));

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: themes,
			query: { per_page: '2', sort: 'name' },
		});
		expect(items.map((item) => item.name)).toEqual(['kadence', 'twentytwentyfive']);
		expect(items[0]).toEqual({
			name: 'kadence',
			status: 'active',
			update: 'none',
			update_version: null,
			version: '1.2.11',
			title: 'Kadence',
			description: expect.any(String),
		});
	});

	it('installs and activates a theme from wordpress.org', async () => {
		const [item] = jsonOf(await run('install', { slugs: ['astra'], options: { activate: true } }));

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: themes,
			body: { themes: 'astra', activate: true },
		});
		expect(item).toEqual({
			name: 'astra',
			version: '4.8.7',
			activated: true,
			note: "Theme 'astra' activated.",
		});
	});

	it('installs a theme from a custom URL', async () => {
		const [item] = jsonOf(
			await run('install', { source: 'customUrl', customUrl: 'https://example.com/acme.zip' }),
		);

		expect(onlyRequest(rocket).body).toEqual({ custom_url: 'https://example.com/acme.zip' });
		expect(item).toMatchObject({ name: 'acme', note: 'Theme installed from custom url' });
	});

	it('activates a theme with PATCH', async () => {
		const [item] = jsonOf(
			await run('setStatus', { theme: 'twentytwentyfive', status: 'activate' }),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'PATCH',
			path: themes,
			body: { theme: 'twentytwentyfive', status: 'activate' },
		});
		expect(item).toEqual({ name: 'twentytwentyfive', activated: 'true' });
	});

	it('says why the active theme cannot be deactivated', async () => {
		const result = await run('setStatus', { theme: 'kadence', status: 'deactivate' });

		expect(result.error?.message).toBe(
			'The active theme cannot be deactivated. Activate another theme instead.',
		);
	});

	it('updates a theme with PUT, sending the update option when given', async () => {
		const [item] = jsonOf(
			await run('update', { theme: 'twentytwentyfour', options: { update: true } }),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'PUT',
			path: themes,
			body: { theme: 'twentytwentyfour', update: true },
		});
		expect(item).toEqual({
			name: 'twentytwentyfour',
			old_version: '1.2',
			new_version: '1.3',
			note: 'Theme updated successfully',
		});
	});

	it('deletes themes, reporting the active one as not deleted', async () => {
		const items = jsonOf(await run('delete', { themes: ['twentytwentythree', 'kadence'] }));

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'DELETE',
			path: themes,
			body: { themes: 'twentytwentythree,kadence' },
		});
		expect(items).toEqual([
			{ name: 'twentytwentythree', deleted: true, note: 'deleted' },
			{ name: 'kadence', deleted: false, note: 'The active theme cannot be deleted' },
		]);
	});

	it('searches wordpress.org for featured themes', async () => {
		const items = jsonOf(await run('search', { returnAll: true, options: { browse: 'featured' } }));

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: `${themes}/search`,
			query: { browse: 'featured', page: '1', per_page: '1000' },
		});
		expect(items.map((item) => item.name)).toEqual([
			'twentytwentyfour',
			'astra',
			'twentytwentyfive',
			'kadence',
			'blocksy',
		]);
		expect(items[1]).toMatchObject({ status: 'not_installed', title: 'Astra' });
	});

	it('offers the themes of the chosen site in a dropdown', async () => {
		const context = await loadOptionsContext(rocket, { siteId: site(BLUE_HARBOR) });
		const options = await loadOptions.getThemes.call(context);

		expect(options.map((option) => option.name)).toEqual([
			'Kadence',
			'Twenty Twenty-Five',
			'Twenty Twenty-Four',
			'Twenty Twenty-Three',
		]);
		expect(options[2]).toMatchObject({
			value: 'twentytwentyfour',
			description: 'twentytwentyfour: inactive, version 1.2, update to 1.3',
		});
	});
});
