import type { AxiosInstance } from 'axios';

import { stableUuid } from './state/ids';
import { BLUE_HARBOR, loggedInClient, useSimulator, waitFor } from './helpers';

const COPPER_FALLS = 1_000_003;
const SHOP_TEMPLATE = stableUuid('template:copper-falls-shop');

describe('site templates', () => {
	const simulator = useSimulator();
	let client: AxiosInstance;

	beforeAll(async () => {
		client = await loggedInClient(simulator());
	});

	beforeEach(() => simulator().reset());

	async function templateFromTask(taskId: string): Promise<string> {
		return await waitFor(async () => {
			const tasks = await client.get('/account/tasks', { params: { task_id: taskId } });
			const [task] = tasks.data.result;
			return task.task_status === 'DONE' ? String(task.meta_data.template_id) : undefined;
		});
	}

	it('lists templates nested in result.site_templates with list metadata', async () => {
		const listed = await client.get('/sites/templates');

		expect(listed.data.metadata).toMatchObject({ page: 1, total: 1, sort: 'created_at' });
		expect(listed.data.result).toEqual({
			site_templates: [
				expect.objectContaining({
					template_id: SHOP_TEMPLATE,
					name: 'Copper Falls Shop',
					created_from: { site_id: COPPER_FALLS, domain: 'copper-falls.example.com' },
				}),
			],
		});
	});

	it('filters by source site, source domain and every one of several repeated tags', async () => {
		const started = await client.post('/site_templates', {
			name: 'Harbor starter',
			site_id: BLUE_HARBOR,
			tags: ['shop'],
		});
		await templateFromTask(started.data.result.task_id);
		const namesFor = async (query: string) =>
			(await client.get(`/sites/templates?${query}`)).data.result.site_templates.map(
				(template: { name: string }) => template.name,
			);

		expect(await namesFor('tags=shop&sort=name')).toEqual(['Copper Falls Shop', 'Harbor starter']);
		expect(await namesFor('tags=shop&tags=woocommerce')).toEqual(['Copper Falls Shop']);
		expect(await namesFor(`created_from.site_id=${BLUE_HARBOR}`)).toEqual(['Harbor starter']);
		expect(await namesFor('created_from.domain=copper-falls.example.com')).toEqual([
			'Copper Falls Shop',
		]);
	});

	it('gets and deletes a template; both answer 404 afterwards', async () => {
		const read = await client.get(`/sites/templates/${SHOP_TEMPLATE}`);
		expect(read.data.result).toMatchObject({
			template_id: SHOP_TEMPLATE,
			config: { wordpress: expect.objectContaining({ version: expect.any(String) }) },
			tags: ['woocommerce', 'shop'],
		});

		expect((await client.delete(`/sites/templates/${SHOP_TEMPLATE}`)).data.result).toEqual({
			success: true,
		});
		expect((await client.get(`/sites/templates/${SHOP_TEMPLATE}`)).status).toBe(404);
		expect((await client.delete(`/sites/templates/${SHOP_TEMPLATE}`)).status).toBe(404);
	});

	it('refuses to build a template from a site larger than 4 GB', async () => {
		simulator().state.sites.get(BLUE_HARBOR)!.disk_usage = 5 * 1024 ** 3;

		const refused = await client.post('/site_templates', { name: 'Too big', site_id: BLUE_HARBOR });

		expect(refused.status).toBe(400);
		expect(refused.data.messages).toEqual([
			'Sites larger than 4 GB cannot be made into a site template',
		]);
	});

	it('answers 404 for a template built from an unknown site', async () => {
		const refused = await client.post('/site_templates', { name: 'Ghost', site_id: 999 });

		expect(refused.status).toBe(404);
	});
});
