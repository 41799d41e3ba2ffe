import { jsonOf, onlyRequest, site, useRocketNet } from '../helpers/fixture';

describe('Cache', () => {
	const rocket = useRocketNet();

	it('purges chosen URLs and tags with the scope options', async () => {
		const [item] = jsonOf(
			await rocket.run({
				resource: 'cache',
				operation: 'purge',
				siteId: site(1000001),
				files: ['https://blue-harbor.example.com/style.css'],
				tags: ['product-42'],
				options: { staging: true, include_additional_domains: true },
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: '/sites/1000001/cache/purge',
			query: { staging: 'true', include_additional_domains: 'true' },
			body: { files: ['https://blue-harbor.example.com/style.css'], tags: ['product-42'] },
		});
		expect(item).toHaveProperty('status');
		expect(rocket.simulator.state.cachePurges).toEqual([
			expect.objectContaining({ site_id: 1000001, everything: false, staging: true }),
		]);
	});

	it('purges everything for one domain of the site', async () => {
		jsonOf(
			await rocket.run({
				resource: 'cache',
				operation: 'purgeEverything',
				siteId: site(1000001),
				options: { domain: 'blue-harbor.example.com' },
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: '/sites/1000001/cache/purge_everything',
			query: { domain: 'blue-harbor.example.com' },
		});
		expect(rocket.simulator.state.cachePurges[0]).toMatchObject({ everything: true });
	});
});
