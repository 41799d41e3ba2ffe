import type { AxiosInstance } from 'axios';

import { BLUE_HARBOR, loggedInClient, useSimulator } from './helpers';

const themes = `/sites/${BLUE_HARBOR}/themes`;

describe('themes', () => {
	const simulator = useSimulator();
	let client: AxiosInstance;

	beforeAll(async () => {
		client = await loggedInClient(simulator());
	});

	beforeEach(() => simulator().reset());

	async function statuses(): Promise<Record<string, string>> {
		const list = (await client.get(themes)).data.result as Array<{ name: string; status: string }>;
		return Object.fromEntries(list.map((theme) => [theme.name, theme.status]));
	}

	it('lists installed themes with every field the spec requires', async () => {
		const response = await client.get(themes, { params: { search: 'four' } });

		expect(response.data.result).toEqual([
			{
				name: 'twentytwentyfour',
				status: 'inactive',
				update: 'available',
				update_version: '1.3',
				version: '1.2',
				title: 'Twenty Twenty-Four',
				description: expect.stringContaining('flexible'),
			},
		]);
	});

	it('keeps exactly one active theme', async () => {
		const installedNow = await client.post(themes, { themes: 'astra,blocksy', activate: true });
		expect(installedNow.data.result).toEqual([
			{ name: 'astra', version: '4.8.7', activated: false, note: '' },
			{ name: 'blocksy', version: '2.0.78', activated: true, note: "Theme 'blocksy' activated." },
		]);

		await client.patch(themes, { theme: 'twentytwentyfive', status: 'activate' });
		const active = Object.entries(await statuses()).filter(([, status]) => status === 'active');
		expect(active).toEqual([['twentytwentyfive', 'active']]);
	});

	it('refuses to deactivate or delete the active theme', async () => {
		const deactivate = await client.patch(themes, { theme: 'kadence', status: 'deactivate' });
		expect(deactivate.status).toBe(400);

		const deleted = await client.delete(themes, { data: { themes: 'kadence,twentytwentythree' } });
		expect(deleted.data.result).toEqual([
			{ name: 'kadence', note: 'The active theme cannot be deleted' },
			{ name: 'twentytwentythree', note: 'deleted' },
		]);
		expect(await statuses()).not.toHaveProperty('twentytwentythree');
	});

	it('updates a theme to the version wordpress.org offers', async () => {
		const response = await client.put(themes, { theme: 'twentytwentyfour' });

		expect(response.data.result).toEqual([
			{
				name: 'twentytwentyfour',
				old_version: '1.2',
				new_version: '1.3',
				note: 'Theme updated successfully',
			},
		]);
	});

	it('browses featured themes only', async () => {
		const response = await client.get(`${themes}/search`, { params: { browse: 'featured' } });

		const names = response.data.result.map((theme: { name: string }) => theme.name);
		expect(names).toContain('kadence');
		expect(names).not.toContain('storefront');
		expect(
			response.data.result.find((theme: { name: string }) => theme.name === 'kadence'),
		).toMatchObject({
			status: 'active',
			preview_url: 'https://wp-themes.com/kadence/',
		});
	});
});
