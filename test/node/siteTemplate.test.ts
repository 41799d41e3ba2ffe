import { getSiteTemplates } from '../../nodes/RocketNet/loadOptions/getSiteTemplates';
import { jsonOf, onlyRequest, site, useRocketNet } from '../helpers/fixture';
import { loadOptionsContext } from '../helpers/load-options';
import { stableUuid } from '../simulator/state/ids';

const BLUE_HARBOR = 1000001;
const COPPER_FALLS = 1000003;
const SHOP_TEMPLATE = stableUuid('template:copper-falls-shop');

describe('Site Template', () => {
	const rocket = useRocketNet();

	it('creates a template from a site and waits for the account task', async () => {
		const [item] = jsonOf(
			await rocket.run({
				resource: 'siteTemplate',
				operation: 'create',
				siteId: site(BLUE_HARBOR),
				name: 'Harbor starter',
				additionalFields: { notes: 'Marina theme with bookings', tags: ['marina', 'bookings'] },
				waitForCompletion: true,
				waitTimeout: 30,
			}),
		);

		const [start, ...polls] = rocket.apiRequests();
		expect(start).toMatchObject({
			method: 'POST',
			path: '/site_templates',
			body: {
				site_id: BLUE_HARBOR,
				name: 'Harbor starter',
				notes: 'Marina theme with bookings',
				tags: ['marina', 'bookings'],
			},
		});
		expect(polls[0]).toMatchObject({ method: 'GET', path: '/account/tasks' });
		expect(item).toMatchObject({
			task_level: 'account',
			task: { id: item.task_id, task_status: 'DONE', task_type: 'create_site_template' },
		});
		const templateId = (item.task as { meta_data: { template_id: string } }).meta_data.template_id;
		expect(rocket.simulator.state.templates.get(templateId)).toMatchObject({
			name: 'Harbor starter',
			created_from: { site_id: BLUE_HARBOR, domain: 'blue-harbor.example.com' },
		});
	});

	it('starts creating a template and outputs the task without waiting', async () => {
		const [item] = jsonOf(
			await rocket.run({
				resource: 'siteTemplate',
				operation: 'create',
				siteId: site(BLUE_HARBOR),
				name: 'Harbor starter',
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: '/site_templates',
			body: { site_id: BLUE_HARBOR, name: 'Harbor starter' },
		});
		expect(item).toEqual({ task_id: expect.any(String), task_level: 'account' });
	});

	it('refuses a Site that is not a site ID before sending anything', async () => {
		const result = await rocket.run({
			resource: 'siteTemplate',
			operation: 'create',
			siteId: site('blue-harbor'),
			name: 'Harbor starter',
		});

		expect(result.error?.message).toBe('Site "blue-harbor" is not a valid site ID');
		expect(rocket.apiRequests()).toHaveLength(0);
	});

	it('gets many templates by source site and tags, one item per template', async () => {
		const items = jsonOf(
			await rocket.run({
				resource: 'siteTemplate',
				operation: 'getAll',
				limit: 5,
				filters: {
					createdFromSiteId: site(COPPER_FALLS),
					createdFromDomain: 'copper-falls.example.com',
					tags: ['shop', 'woocommerce'],
					sort: 'name',
				},
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: '/sites/templates',
			query: {
				'created_from.site_id': String(COPPER_FALLS),
				'created_from.domain': 'copper-falls.example.com',
				tags: ['shop', 'woocommerce'],
				sort: 'name',
				per_page: '5',
			},
		});
		expect(items).toHaveLength(1);
		expect(items[0]).toMatchObject({
			template_id: SHOP_TEMPLATE,
			name: 'Copper Falls Shop',
			tags: ['woocommerce', 'shop'],
		});
	});

	it('gets all templates, leaving out those without a wanted tag', async () => {
		const items = jsonOf(
			await rocket.run({
				resource: 'siteTemplate',
				operation: 'getAll',
				returnAll: true,
				filters: { tags: ['marina'] },
			}),
		);

		expect(onlyRequest(rocket).query).toEqual({ tags: 'marina', page: '1', per_page: '1000' });
		expect(items).toEqual([]);
	});

	it('gets one template by ID', async () => {
		const [item] = jsonOf(
			await rocket.run({ resource: 'siteTemplate', operation: 'get', templateId: SHOP_TEMPLATE }),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: `/sites/templates/${SHOP_TEMPLATE}`,
		});
		expect(item).toMatchObject({
			template_id: SHOP_TEMPLATE,
			created_from: { site_id: COPPER_FALLS },
			config: { wordpress: expect.any(Object) },
		});
	});

	it('deletes a template and outputs deleted: true', async () => {
		const items = jsonOf(
			await rocket.run({
				resource: 'siteTemplate',
				operation: 'delete',
				templateId: SHOP_TEMPLATE,
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'DELETE',
			path: `/sites/templates/${SHOP_TEMPLATE}`,
		});
		expect(items).toEqual([{ deleted: true }]);
		expect(rocket.simulator.state.templates.has(SHOP_TEMPLATE)).toBe(false);
	});

	it('shows Rocket.net’s reason when a template is not found', async () => {
		const result = await rocket.run({
			resource: 'siteTemplate',
			operation: 'get',
			templateId: stableUuid('no such template'),
		});

		expect(result.error?.message).toBe('Site template not found');
	});

	describe('template dropdown', () => {
		it('offers every template by name, with the site it was built from', async () => {
			const options = await getSiteTemplates.call(await loadOptionsContext(rocket, {}));

			expect(options).toEqual([
				{
					name: 'Copper Falls Shop',
					value: SHOP_TEMPLATE,
					description: 'Built from copper-falls.example.com',
				},
			]);
		});

		it('reads every page when there are more than 1000 templates', async () => {
			const { templates } = rocket.simulator.state;
			const shop = templates.get(SHOP_TEMPLATE)!;
			for (let index = 0; index < 1000; index++) {
				const id = stableUuid(`bulk-template:${index}`);
				templates.set(id, { ...shop, template_id: id, name: `Bulk ${index}` });
			}

			const options = await getSiteTemplates.call(await loadOptionsContext(rocket, {}));

			expect(options).toHaveLength(1001);
			expect(rocket.apiRequests().map((request) => request.query.page)).toEqual(['1', '2']);
		});
	});
});
