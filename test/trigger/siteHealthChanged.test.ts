import type { IDataObject } from 'n8n-workflow';

import { setWordPressHealth } from '../simulator/state/wordpress';
import { BLUE_HARBOR, COPPER_FALLS, useTrigger } from './fixture';

describe('Trigger: Site Health Changed', () => {
	let parameters: IDataObject = {};
	const trigger = useTrigger(() => parameters);

	beforeEach(() => {
		parameters = {
			event: 'siteHealthChanged',
			watch: 'chosenSites',
			siteIds: [String(BLUE_HARBOR), String(COPPER_FALLS)],
		};
	});

	const breakSite = (siteId: number) =>
		setWordPressHealth(trigger.simulator.state, siteId, {
			operational_status: 'critical_error',
			error: 'PHP Fatal error: Uncaught Error in wp-content/plugins/broken/broken.php',
		});

	it('fires once when a site goes from operational to critical_error, with both statuses', async () => {
		await trigger.poll();
		breakSite(BLUE_HARBOR);

		const outcome = await trigger.poll();
		expect(outcome.items).toEqual([
			expect.objectContaining({
				site_id: BLUE_HARBOR,
				site_domain: 'blue-harbor.example.com',
				old_status: 'operational',
				new_status: 'critical_error',
				error: expect.stringContaining('PHP Fatal error'),
			}),
		]);
		expect((await trigger.poll()).items).toBeNull();
	});

	it('does not fire for a status that was already there at activation', async () => {
		breakSite(COPPER_FALLS);

		expect((await trigger.poll()).items).toBeNull();
		expect((await trigger.poll()).items).toBeNull();
	});

	it('fires again when the site recovers', async () => {
		await trigger.poll();
		breakSite(BLUE_HARBOR);
		await trigger.poll();
		setWordPressHealth(trigger.simulator.state, BLUE_HARBOR, {
			operational_status: 'operational',
			error: '',
		});

		expect((await trigger.poll()).items).toEqual([
			expect.objectContaining({ old_status: 'critical_error', new_status: 'operational' }),
		]);
	});

	it('watches every site of the account by default', async () => {
		parameters = { event: 'siteHealthChanged', watch: 'allSites' };
		await trigger.poll();
		breakSite(1000007);

		expect((await trigger.poll()).items).toEqual([
			expect.objectContaining({ site_id: 1000007, new_status: 'critical_error' }),
		]);
	});

	it('returns the current status as a test event, changing no state', async () => {
		await trigger.poll();
		breakSite(BLUE_HARBOR);

		expect((await trigger.poll('manual')).items).toEqual([
			expect.objectContaining({ site_id: BLUE_HARBOR, new_status: 'critical_error' }),
		]);
		expect((await trigger.poll()).items).toHaveLength(1);
	});
});
