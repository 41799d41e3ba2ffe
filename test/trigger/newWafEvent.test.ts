import type { IDataObject } from 'n8n-workflow';

import { addWafEvents } from '../simulator/state/waf-events';
import { BLUE_HARBOR, COPPER_FALLS, useTrigger } from './fixture';

const keyOf = (event: IDataObject) => `${event.rayName}:${event.ruleId}:${event.matchIndex}`;

describe('Trigger: New WAF Event', () => {
	let parameters: IDataObject = {};
	const trigger = useTrigger(() => parameters);

	beforeEach(() => {
		parameters = { event: 'newWafEvent', siteIds: [String(BLUE_HARBOR), String(COPPER_FALLS)] };
	});

	function attack(siteId: number, secondsAgo: number, extra: IDataObject = {}) {
		const [event] = addWafEvents(trigger.simulator.state, siteId, [
			{ datetime: new Date(Date.now() - secondsAgo * 1000).toISOString(), ...extra },
		]);
		return `${event.rayName}:${event.ruleId}:${event.matchIndex}`;
	}

	it('records the firewall history on the first poll without firing it', async () => {
		attack(BLUE_HARBOR, 60);

		expect((await trigger.poll()).items).toBeNull();
		expect((await trigger.poll()).items).toBeNull();
	});

	it('fires each new event once, with the site id and domain, oldest first', async () => {
		await trigger.poll();
		const later = attack(BLUE_HARBOR, 5);
		const earlier = attack(COPPER_FALLS, 20);

		const outcome = await trigger.poll();
		expect((outcome.items ?? []).map(keyOf)).toEqual([earlier, later]);
		expect(outcome.items?.[1]).toMatchObject({
			site_id: BLUE_HARBOR,
			site_domain: 'blue-harbor.example.com',
		});
		expect((await trigger.poll()).items).toBeNull();
	});

	it('tells apart events of one request that matched several rules', async () => {
		await trigger.poll();
		const datetime = new Date(Date.now() - 3000).toISOString();
		addWafEvents(trigger.simulator.state, BLUE_HARBOR, [
			{ datetime, rayName: '8b5cc1855d86842a', ruleId: 'rule-a', matchIndex: 0 },
			{ datetime, rayName: '8b5cc1855d86842a', ruleId: 'rule-b', matchIndex: 1 },
		]);

		expect((await trigger.poll()).items).toHaveLength(2);
		expect((await trigger.poll()).items).toBeNull();
	});

	it('fires events with equal timestamps once across overlapping windows', async () => {
		await trigger.poll();
		const datetime = new Date(Date.now() - 2000).toISOString();
		addWafEvents(trigger.simulator.state, BLUE_HARBOR, [{ datetime }, { datetime }]);
		expect((await trigger.poll()).items).toHaveLength(2);

		addWafEvents(trigger.simulator.state, BLUE_HARBOR, [{ datetime }]);
		const again = await trigger.poll();
		expect(again.items).toHaveLength(1);
		expect((await trigger.poll()).items).toBeNull();
	});

	it('still fires a late event, older than the newest seen, once', async () => {
		await trigger.poll();
		attack(BLUE_HARBOR, 1);
		expect((await trigger.poll()).items).toHaveLength(1);

		const late = attack(BLUE_HARBOR, 120);
		expect(((await trigger.poll()).items ?? []).map(keyOf)).toEqual([late]);
		expect((await trigger.poll()).items).toBeNull();
	});

	it('asks for the shortest window that covers the time since the last poll', async () => {
		await trigger.poll();
		trigger.simulator.clearRequests();

		await trigger.poll();

		const windows = trigger.simulator.requests.map((request) => request.query.duration);
		expect(windows).toEqual(['30m', '30m']);
	});

	it('filters by action through the API and by source in the node', async () => {
		parameters = { ...parameters, actions: ['block'], sources: ['waf'] };
		await trigger.poll();
		const wanted = attack(BLUE_HARBOR, 3, { action: 'block', source: 'waf' });
		attack(BLUE_HARBOR, 3, { action: 'challenge', source: 'waf' });
		attack(BLUE_HARBOR, 3, { action: 'block', source: 'ratelimit' });
		trigger.simulator.clearRequests();

		const outcome = await trigger.poll();

		expect((outcome.items ?? []).map(keyOf)).toEqual([wanted]);
		expect(trigger.simulator.requests[0].query.action).toBe('block');
	});

	it('keeps the other sites when a watched site is deleted', async () => {
		await trigger.poll();
		trigger.simulator.state.sites.delete(COPPER_FALLS);
		const event = attack(BLUE_HARBOR, 2);

		expect(((await trigger.poll()).items ?? []).map(keyOf)).toEqual([event]);
	});

	it('stays bounded: remembered events are capped and dropped ones never fire again', async () => {
		await trigger.poll();
		const now = Date.now();
		addWafEvents(
			trigger.simulator.state,
			BLUE_HARBOR,
			Array.from({ length: 2600 }, (_, index) => ({
				datetime: new Date(now - 1000 - (index % 120) * 1000).toISOString(),
			})),
		);

		const first = await trigger.poll();
		expect(first.items).toHaveLength(2600);
		const streams = (first.staticData.state as IDataObject).streams as Record<string, IDataObject>;
		expect((streams[String(BLUE_HARBOR)].seen as unknown[]).length).toBeLessThanOrEqual(2000);
		expect((await trigger.poll()).items).toBeNull();
	});

	it('refuses a site ID that is not a number before any request', async () => {
		parameters = { event: 'newWafEvent', siteIds: ['1000001', '1/../../account'] };
		trigger.simulator.clearRequests();

		await expect(trigger.poll()).rejects.toThrow(
			'Site Names or IDs: "1/../../account" is not a site ID',
		);
		expect(trigger.simulator.requests).toHaveLength(0);
	});

	it('requires at least one site before any request', async () => {
		parameters = { event: 'newWafEvent', siteIds: [] };
		trigger.simulator.clearRequests();

		await expect(trigger.poll()).rejects.toThrow('No site chosen to watch');
		expect(trigger.simulator.requests).toHaveLength(0);
	});
});
