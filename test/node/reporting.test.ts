import type { IDataObject } from 'n8n-workflow';

import { jsonOf, onlyRequest, site, useRocketNet } from '../helpers/fixture';
import { addAccessLogs } from '../simulator/state/access-logs';
import { addWafEvents, wafEventsWithin } from '../simulator/state/waf-events';

const BLUE_HARBOR = 1000001;
const DAY_MS = 86_400_000;

type Json = Record<string, any>;

const zoneOf = (item: IDataObject): Json => (item as Json).data.viewer.zones[0];
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe('Reporting', () => {
	const rocket = useRocketNet();

	function runReport(operation: string, parameters: IDataObject = {}) {
		return rocket.run({
			resource: 'reporting',
			operation,
			siteId: site(BLUE_HARBOR),
			duration: '24h',
			...parameters,
		});
	}

	describe('Cloudflare reports come out whole, as one item', () => {
		it.each([
			['getBandwidthHistogram', '/bandwidth/usage', ['data', 'success', 'errors']],
			['getBandwidthTopUsage', '/bandwidth/top-usage', ['data', 'success', 'errors']],
			['getCacheContent', '/cdn/cache-content', ['errors', 'data']],
			['getCacheStatus', '/cdn/cache-status', ['data', 'errors']],
			['getCdnRequests', '/cdn/requests', ['data', 'dataTransferTotal', 'requestsTotal']],
			['getCdnVisitors', '/visitors', ['errors', 'visitorsTotal', 'data']],
			['getWafEventSources', '/waf/events-source', ['errors', 'data']],
			['getWafEventsByService', '/waf/events-services', ['errors', 'data']],
			['getWafEventsOverTime', '/waf/events-time', ['errors', 'data']],
			[
				'getWafFirewallEvents',
				'/waf/firewall-events',
				['errors', 'data', 'allowTotal', 'blockTotal', 'challengeTotal', 'skipTotal'],
			],
		])('%s', async (operation, path, keys) => {
			const items = jsonOf(await runReport(operation, { duration: '7d' }));

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'GET',
				path: `/reporting/sites/${BLUE_HARBOR}${path}`,
				query: { duration: '7d' },
			});
			expect(items).toHaveLength(1);
			expect(Object.keys(items[0])).toEqual(keys);
			expect((items[0] as Json).data.viewer.__typename).toBe('viewer');
		});
	});

	it('gets CDN requests split by edge and origin', async () => {
		const [item] = jsonOf(
			await runReport('getCdnRequests', { duration: '1h', options: { req_type: 'edgeOrigin' } }),
		);

		expect(onlyRequest(rocket).query).toEqual({ duration: '1h', req_type: 'edgeOrigin' });
		const counts = (series: Json[]) => sum(series.map((point) => point.count));
		expect(item.serveByEdgeTotal).toBe(counts(zoneOf(item).servedByEdge));
		expect(item.serveByOriginTotal).toBe(counts(zoneOf(item).servedByOrigin));
	});

	it('gets total requests as totals and a graph', async () => {
		const [item] = jsonOf(await runReport('getTotalRequests', { duration: '6h' }));

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: `/sites/${BLUE_HARBOR}/reporting/total_requests`,
			query: { duration: '6h' },
		});
		const { totals, graph } = item as Json;
		expect(totals.totalRequests.count).toBe(sum(graph.totalRequests.map((p: Json) => p.count)));
		expect(totals.totalRequests.count).toBe(
			totals.edgeRequests.count + totals.originRequests.count,
		);
	});

	it('gets request volume by source', async () => {
		const [item] = jsonOf(await runReport('getRequestVolumeBySource', { duration: '72h' }));

		expect(onlyRequest(rocket)).toMatchObject({
			path: `/sites/${BLUE_HARBOR}/reporting/cdn_request_volume_by_source`,
			query: { duration: '72h' },
		});
		expect(item.totalCount).toBe(sum((item as Json).methods.map((row: Json) => row.count)));
		expect((item as Json).topDeviceTypes[0]).toEqual({
			count: expect.any(Number),
			countPercentage: expect.any(Number),
			metric: expect.stringMatching(/^(desktop|mobile|tablet)$/),
		});
	});

	it('gets bandwidth usage totals and graph', async () => {
		const [item] = jsonOf(await runReport('getBandwidthUsage', { duration: '12h' }));

		expect(onlyRequest(rocket)).toMatchObject({
			path: `/sites/${BLUE_HARBOR}/reporting/bandwidth/usage`,
			query: { duration: '12h' },
		});
		const { totals, graph } = item as Json;
		expect(totals.usage.count).toBe(sum(graph.usage.map((point: Json) => point.count)));
	});

	describe('per-day reports', () => {
		it('gets daily bandwidth between two dates, sent as days', async () => {
			const [item] = jsonOf(
				await runReport('getDailyBandwidth', {
					options: { date_from: '2025-01-01T00:00:00', date_to: '2025-01-03T18:30:00' },
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'GET',
				path: `/sites/${BLUE_HARBOR}/reporting/bandwidth`,
				query: { date_from: '2025-01-01', date_to: '2025-01-03' },
			});
			const { usages, total } = item as Json;
			expect(usages.map((day: Json) => day.date)).toEqual([
				'2025-01-01',
				'2025-01-02',
				'2025-01-03',
			]);
			expect(total).toBe(sum(usages.map((day: Json) => day.bandwidth)));
		});

		it('gets daily visitors of the current month without dates', async () => {
			const [item] = jsonOf(await runReport('getDailyVisitors'));

			expect(onlyRequest(rocket)).toMatchObject({
				path: `/sites/${BLUE_HARBOR}/visitors`,
				query: {},
			});
			const today = new Date().toISOString().slice(0, 10);
			expect((item as Json).visitors.at(-1)).toEqual({ visitors: expect.any(Number), date: today });
		});

		it('refuses a From Date after the To Date before any request', async () => {
			const result = await runReport('getDailyVisitors', {
				options: { date_from: '2025-02-01T00:00:00', date_to: '2025-01-01T00:00:00' },
			});

			expect(result.error?.message).toBe('From Date is after To Date');
			expect(rocket.apiRequests()).toEqual([]);
		});

		it('refuses a date it cannot read before any request', async () => {
			const result = await runReport('getDailyBandwidth', { options: { date_from: 'yesterday' } });

			expect(result.error?.message).toBe('From Date "yesterday" is not a date');
			expect(rocket.apiRequests()).toEqual([]);
		});
	});

	describe('duration', () => {
		const byDuration = [
			'getAllAccessLogs',
			'getAllWafEvents',
			'getBandwidthHistogram',
			'getBandwidthTopUsage',
			'getBandwidthUsage',
			'getCacheContent',
			'getCacheStatus',
			'getCdnRequests',
			'getCdnVisitors',
			'getRequestVolumeBySource',
			'getTotalRequests',
			'getWafEventSources',
			'getWafEventsByService',
			'getWafEventsOverTime',
			'getWafFirewallEvents',
		];

		it.each(byDuration)('%s refuses a missing duration before any request', async (operation) => {
			const result = await runReport(operation, { duration: '' });

			expect(result.error?.message).toContain('Parameter "Duration" is required');
			expect(rocket.apiRequests()).toEqual([]);
		});

		it('refuses a duration expression that comes out empty, before any request', async () => {
			const result = await runReport('getAllWafEvents', { duration: '={{ $json.missing ?? "" }}' });

			expect(result.error?.message).toBe('Duration is empty');
			expect(rocket.apiRequests()).toEqual([]);
		});

		it('refuses a duration Rocket.net does not report on, before any request', async () => {
			const result = await runReport('getCdnRequests', { duration: '={{ "2h" }}' });

			expect(result.error?.message).toBe('Duration "2h" is not a reporting period');
			expect(result.error?.description).toContain('30m, 1h, 6h, 12h, 24h, 72h, 7d, 30d');
			expect(rocket.apiRequests()).toEqual([]);
		});
	});

	describe('WAF events', () => {
		const attack = {
			action: 'block' as const,
			clientIP: '203.0.113.9',
			clientCountryName: 'NL',
			clientRequestHTTPMethodName: 'POST',
			clientRequestPath: '/wp-login.php',
			rayName: '0123456789abcdef',
		};

		it('gets one item per event, filtered with repeated array values', async () => {
			addWafEvents(rocket.simulator.state, BLUE_HARBOR, [attack]);

			const items = jsonOf(
				await runReport('getAllWafEvents', {
					duration: '30m',
					limit: 20,
					filters: {
						action: ['block', 'managed_challenge'],
						http_method: ['POST'],
						country: ['NL'],
						client_ip: '203.0.113.9',
						request_path: 'wp-login',
					},
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'GET',
				path: `/reporting/sites/${BLUE_HARBOR}/waf/eventlist`,
				query: {
					duration: '30m',
					per_page: '20',
					action: ['block', 'managed_challenge'],
					http_method: 'POST',
					country: 'NL',
					client_ip: '203.0.113.9',
					request_path: 'wp-login',
				},
			});
			expect(items).toEqual([
				expect.objectContaining({
					...attack,
					matchIndex: expect.any(Number),
					ruleId: expect.any(String),
				}),
			]);
		});

		it('returns every event of the window, page after page', async () => {
			const expected = wafEventsWithin(
				rocket.simulator.state,
				rocket.simulator.state.sites.get(BLUE_HARBOR)!,
				Date.now(),
				30 * DAY_MS,
			).length;

			const items = jsonOf(
				await runReport('getAllWafEvents', { duration: '30d', returnAll: true }),
			);

			const pages = rocket.apiRequests().map((request) => request.query.page);
			expect(expected).toBeGreaterThan(1000);
			expect(pages).toEqual(['1', '2', ...(expected > 2000 ? ['3'] : [])]);
			expect(items).toHaveLength(expected);
			expect(new Set(items.map((event) => `${event.rayName}/${event.matchIndex}`)).size).toBe(
				expected,
			);
		});
	});

	describe('access logs', () => {
		it('gets one item per request, filtered', async () => {
			addAccessLogs(rocket.simulator.state, BLUE_HARBOR, [
				{
					RayID: '9a8b7c6d5e4f3a2b',
					ClientIP: '192.0.2.250',
					CacheCacheStatus: 'miss',
					EdgeResponseStatus: 404,
				},
			]);

			const items = jsonOf(
				await runReport('getAllAccessLogs', {
					duration: '1h',
					limit: 5,
					filters: {
						ip: '192.0.2.250',
						cache_status: 'miss',
						status_code: '404',
						domain: 'blue-harbor.example.com',
					},
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'GET',
				path: `/sites/${BLUE_HARBOR}/access_logs`,
				query: {
					duration: '1h',
					per_page: '5',
					ip: '192.0.2.250',
					cache_status: 'miss',
					status_code: '404',
					domain: 'blue-harbor.example.com',
				},
			});
			expect(items).toEqual([
				expect.objectContaining({
					RayID: '9a8b7c6d5e4f3a2b',
					ClientIP: '192.0.2.250',
					ClientRequestHost: 'blue-harbor.example.com',
					timestamp: expect.stringMatching(/Z$/),
				}),
			]);
		});

		it('stops at the limit', async () => {
			const items = jsonOf(await runReport('getAllAccessLogs', { duration: '24h', limit: 7 }));

			expect(items).toHaveLength(7);
			expect(items.map((entry) => entry.timestamp)).toEqual(
				[...items.map((entry) => entry.timestamp)].sort().reverse(),
			);
		});
	});
});
