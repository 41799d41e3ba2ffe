import type { AxiosInstance } from 'axios';

import { BLUE_HARBOR, loggedInClient, useSimulator } from './helpers';
import { specShapeDifferences } from './spec-shape';
import { addAccessLogs } from './state/access-logs';
import { addWafEvents } from './state/waf-events';

const QUIET_MEADOW = 1_000_005;
const HOUR_MS = 3_600_000;

type Json = Record<string, any>;

const zoneOf = (body: Json): Json => body.data.viewer.zones[0];
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe('reporting', () => {
	const simulator = useSimulator();
	let client: AxiosInstance;

	beforeAll(async () => {
		client = await loggedInClient(simulator());
	});

	beforeEach(() => simulator().reset());

	async function report(path: string, query: Record<string, unknown> = {}): Promise<Json> {
		const response = await client.get(path.replace('{id}', String(BLUE_HARBOR)), {
			params: { duration: '24h', ...query },
			paramsSerializer: { indexes: null },
		});
		expect(response.status).toBe(200);
		return response.data;
	}

	describe('answers are shaped exactly as the spec says', () => {
		it.each([
			'/reporting/sites/{id}/cdn/requests',
			'/reporting/sites/{id}/cdn/cache-status',
			'/reporting/sites/{id}/cdn/cache-content',
			'/reporting/sites/{id}/visitors',
			'/reporting/sites/{id}/bandwidth/usage',
			'/reporting/sites/{id}/bandwidth/top-usage',
			'/reporting/sites/{id}/waf/eventlist',
			'/reporting/sites/{id}/waf/events-source',
			'/reporting/sites/{id}/waf/events-services',
			'/reporting/sites/{id}/waf/events-time',
			'/reporting/sites/{id}/waf/firewall-events',
			'/sites/{id}/access_logs',
			'/sites/{id}/reporting/cdn_request_volume_by_source',
			'/sites/{id}/reporting/total_requests',
			'/sites/{id}/reporting/bandwidth/usage',
		])('%s', async (path) => {
			const body = await report(path);
			expect(specShapeDifferences('GET', path, body)).toEqual([]);
		});

		it.each(['/sites/{id}/reporting/bandwidth', '/sites/{id}/visitors'])('%s', async (path) => {
			const response = await client.get(path.replace('{id}', String(BLUE_HARBOR)));
			expect(specShapeDifferences('GET', path, response.data)).toEqual([]);
		});

		it('the edge and origin split of CDN requests', async () => {
			const body = await report('/reporting/sites/{id}/cdn/requests', { req_type: 'edgeOrigin' });
			expect(Object.keys(body)).toEqual(['data', 'serveByEdgeTotal', 'serveByOriginTotal']);
			expect(Object.keys(zoneOf(body))).toEqual(['__typename', 'servedByEdge', 'servedByOrigin']);
			expect(zoneOf(body).servedByEdge[0]).toEqual({
				__typename: 'ZoneHttpRequestsAdaptiveGroups',
				avg: { __typename: 'ZoneHttpRequestsAdaptiveGroupsAvg', sampleInterval: 1 },
				count: expect.any(Number),
				dimensions: {
					__typename: 'ZoneHttpRequestsAdaptiveGroupsDimensions',
					ts: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00Z$/),
				},
			});
		});
	});

	describe('traffic', () => {
		it('totals are the sums of their series', async () => {
			const requests = await report('/reporting/sites/{id}/cdn/requests');
			const bytes = zoneOf(requests).data_transferTotals.map((point: Json) => point.sum);
			expect(requests.dataTransferTotal).toBe(sum(bytes.map((s: Json) => s.edgeResponseBytes)));

			const split = await report('/reporting/sites/{id}/cdn/requests', { req_type: 'edgeOrigin' });
			const counts = (series: Json[]) => sum(series.map((point) => point.count));
			expect(split.serveByEdgeTotal).toBe(counts(zoneOf(split).servedByEdge));
			expect(split.serveByOriginTotal).toBe(counts(zoneOf(split).servedByOrigin));
			expect(split.serveByEdgeTotal + split.serveByOriginTotal).toBe(requests.requestsTotal);

			const visitors = await report('/reporting/sites/{id}/visitors');
			expect(visitors.visitorsTotal).toBe(
				sum(zoneOf(visitors).series.map((point: Json) => point.avg.visits)),
			);

			const { result } = await report('/sites/{id}/reporting/total_requests');
			for (const name of ['totalRequests', 'edgeRequests', 'originRequests', 'wafEvents']) {
				expect(result.totals[name].count).toBe(counts(result.graph[name]));
			}
			expect(result.totals.totalRequests.count).toBe(requests.requestsTotal);
		});

		it('splits requests by cache status and source without losing any', async () => {
			const total = (await report('/reporting/sites/{id}/cdn/requests')).requestsTotal;
			const cache = await report('/reporting/sites/{id}/cdn/cache-status');
			expect(sum(zoneOf(cache).cacheStatus.map((group: Json) => group.count))).toBe(total);

			const { result } = await report('/sites/{id}/reporting/cdn_request_volume_by_source');
			expect(result.totalCount).toBe(total);
			for (const full of ['methods', 'topCacheStatuses', 'topDeviceTypes', 'topEdgeStatusCodes']) {
				expect(sum(result[full].map((row: Json) => row.count))).toBe(total);
			}
			expect(sum(result.countries.map((row: Json) => row.count))).toBeLessThan(total);
		});

		it('holds more for longer windows, with a point per minute, quarter hour, hour or day', async () => {
			const windows: Array<[string, number, number]> = [
				['30m', 30, 30],
				['1h', 60, 60],
				['6h', 24, 25],
				['24h', 24, 25],
				['7d', 168, 169],
				['30d', 30, 31],
			];
			let previous = 0;
			for (const [duration, fewest, most] of windows) {
				const body = await report('/reporting/sites/{id}/cdn/requests', { duration });
				expect(body.requestsTotal).toBeGreaterThan(previous);
				expect(zoneOf(body).requestsTotals.length).toBeGreaterThanOrEqual(fewest);
				expect(zoneOf(body).requestsTotals.length).toBeLessThanOrEqual(most);
				previous = body.requestsTotal;
			}
		});

		it('answers the same hours with the same numbers whatever the window', async () => {
			const hourly = async (duration: string) => {
				const series = zoneOf(await report('/reporting/sites/{id}/bandwidth/usage', { duration }))
					.series as Json[];
				// The first and last hours of a window are partial.
				return new Map(series.slice(1, -1).map((point) => [point.dimensions.ts, point.count]));
			};
			const day = await hourly('24h');
			const week = await hourly('7d');

			expect(day.size).toBeGreaterThan(20);
			for (const [ts, count] of day) expect(week.get(ts)).toBe(count);
		});

		it('gives every site its own traffic', async () => {
			const one = (await report('/reporting/sites/{id}/cdn/requests')).requestsTotal;
			const other = await client.get(`/reporting/sites/${QUIET_MEADOW}/cdn/requests`, {
				params: { duration: '24h' },
			});
			expect(other.data.requestsTotal).not.toBe(one);
		});

		it('refuses a report without a duration', async () => {
			const response = await client.get(`/reporting/sites/${BLUE_HARBOR}/cdn/requests`);
			expect(response.status).toBe(400);
			expect(response.data.messages).toEqual(["Missing query parameter 'duration'"]);
		});

		it('reports bandwidth and visitors per day between two dates', async () => {
			const dates = { date_from: '2025-01-01', date_to: '2025-01-07' };
			const bandwidth = await client.get(`/sites/${BLUE_HARBOR}/reporting/bandwidth`, {
				params: dates,
			});
			const { usages, total } = bandwidth.data.result;
			expect(usages.map((day: Json) => day.date)).toEqual([
				'2025-01-01',
				'2025-01-02',
				'2025-01-03',
				'2025-01-04',
				'2025-01-05',
				'2025-01-06',
				'2025-01-07',
			]);
			expect(total).toBe(sum(usages.map((day: Json) => day.bandwidth)));

			const visitors = await client.get(`/sites/${BLUE_HARBOR}/visitors`, { params: dates });
			expect(visitors.data.result.total).toBe(
				sum(visitors.data.result.visitors.map((day: Json) => day.visitors)),
			);
		});

		it('refuses dates it cannot read, or in the wrong order', async () => {
			const wrong = await client.get(`/sites/${BLUE_HARBOR}/visitors`, {
				params: { date_from: '01/02/2025' },
			});
			expect(wrong.status).toBe(400);

			const reversed = await client.get(`/sites/${BLUE_HARBOR}/visitors`, {
				params: { date_from: '2025-02-01', date_to: '2025-01-01' },
			});
			expect(reversed.data.messages).toEqual(['date_from must be on or before date_to']);
		});
	});

	describe('WAF events', () => {
		const attack = {
			action: 'block' as const,
			clientIP: '203.0.113.9',
			clientCountryName: 'NL',
			clientRequestPath: '/wp-login.php',
			clientRequestHTTPMethodName: 'POST',
			rayName: 'aaaabbbbccccdddd',
			userAgent: 'python-requests/2.32.3',
		};

		it('lists events added by a test, newest first, with every WAFEvent field', async () => {
			const now = Date.now();
			addWafEvents(simulator().state, BLUE_HARBOR, [
				{ ...attack, datetime: new Date(now - 60_000).toISOString().replace(/\.\d+Z$/, 'Z') },
				{ ...attack, rayName: 'eeeeffff00001111', datetime: new Date(now).toISOString() },
			]);

			const body = await report('/reporting/sites/{id}/waf/eventlist', {
				duration: '30m',
				client_ip: '203.0.113.9',
			});
			expect(body.metadata).toEqual({
				page: 1,
				page_size: 10,
				total: 2,
				sort: 'datetime',
				direction: 'desc',
			});
			expect(body.result.map((event: Json) => event.rayName)).toEqual([
				'eeeeffff00001111',
				'aaaabbbbccccdddd',
			]);
			expect(specShapeDifferences('GET', '/reporting/sites/{id}/waf/eventlist', body)).toEqual([]);
		});

		it('keeps events outside the duration out', async () => {
			addWafEvents(simulator().state, BLUE_HARBOR, [
				{ ...attack, datetime: new Date(Date.now() - 2 * HOUR_MS).toISOString() },
			]);
			const filter = { client_ip: attack.clientIP };

			expect(
				(await report('/reporting/sites/{id}/waf/eventlist', { ...filter, duration: '1h' }))
					.metadata.total,
			).toBe(0);
			expect(
				(await report('/reporting/sites/{id}/waf/eventlist', { ...filter, duration: '6h' }))
					.metadata.total,
			).toBe(1);
		});

		it('filters by repeated action and method values, and by partial text', async () => {
			const body = await report('/reporting/sites/{id}/waf/eventlist', {
				duration: '7d',
				action: ['block', 'managed_challenge'],
				http_method: ['POST'],
				request_path: 'wp-login',
				per_page: 1000,
			});
			expect(body.result.length).toBeGreaterThan(0);
			for (const event of body.result) {
				expect(['block', 'managed_challenge']).toContain(event.action);
				expect(event.clientRequestHTTPMethodName).toBe('POST');
				expect(event.clientRequestPath).toContain('wp-login');
			}
		});

		it('searches across action, IP, country, path, user agent and query string', async () => {
			addWafEvents(simulator().state, BLUE_HARBOR, [
				{ ...attack, clientRequestQuery: '?needle=1', rayName: '1234123412341234' },
			]);
			const body = await report('/reporting/sites/{id}/waf/eventlist', { search: 'NEEDLE' });
			expect(body.result.map((event: Json) => event.rayName)).toEqual(['1234123412341234']);
		});

		it('pages through the events', async () => {
			const first = await report('/reporting/sites/{id}/waf/eventlist', {
				duration: '7d',
				per_page: 5,
			});
			const second = await report('/reporting/sites/{id}/waf/eventlist', {
				duration: '7d',
				per_page: 5,
				page: 2,
			});
			expect(first.metadata.total).toBeGreaterThan(10);
			expect(second.metadata).toMatchObject({ page: 2, page_size: 5, total: first.metadata.total });
			const rays = (body: Json) => body.result.map((e: Json) => `${e.rayName}/${e.matchIndex}`);
			expect(rays(second)).not.toEqual(expect.arrayContaining(rays(first)));
		});

		it('refuses the array filters written with brackets', async () => {
			const response = await client.get(
				`/reporting/sites/${BLUE_HARBOR}/waf/eventlist?duration=1h&action[]=block`,
			);
			expect(response.status).toBe(400);
		});

		it('counts an event of this very minute in the totals and the last point', async () => {
			addWafEvents(simulator().state, BLUE_HARBOR, [attack]);

			const { result } = await report('/sites/{id}/reporting/total_requests', { duration: '30m' });
			const graph = result.graph.wafEvents as Json[];
			expect(result.totals.wafEvents.count).toBe(sum(graph.map((point) => point.count)));
			expect(graph[graph.length - 1].count).toBeGreaterThanOrEqual(1);

			const time = await report('/reporting/sites/{id}/waf/events-time', { duration: '30m' });
			const distribution = time.data.viewer.zones[0].viewer.zones[0].viewer.distribution;
			expect(distribution[distribution.length - 1].viewer.d.t).toBe(graph[graph.length - 1].ts);
		});

		it('counts the same events in the list and every WAF report', async () => {
			const listed = (await report('/reporting/sites/{id}/waf/eventlist')).metadata.total;

			const source = zoneOf(await report('/reporting/sites/{id}/waf/events-source'));
			expect(source.total[0].count).toBe(listed);

			const services = zoneOf(await report('/reporting/sites/{id}/waf/events-services'));
			expect(sum(services.firewallEventsAdaptiveGroups.map((g: Json) => g.count))).toBe(listed);

			const time = await report('/reporting/sites/{id}/waf/events-time');
			const distribution = time.data.viewer.zones[0].viewer.zones[0].viewer.distribution;
			expect(sum(distribution.map((point: Json) => point.viewer.c))).toBe(listed);

			const firewall = await report('/reporting/sites/{id}/waf/firewall-events');
			const byAction = (...actions: string[]) =>
				sum(
					zoneOf(firewall)
						.series.filter((point: Json) => actions.includes(point.dimensions.metric))
						.map((point: Json) => point.count),
				);
			expect(firewall.blockTotal).toBe(byAction('block'));
			expect(firewall.challengeTotal).toBe(
				byAction('challenge', 'jschallenge', 'managed_challenge'),
			);
			expect(firewall.skipTotal).toBe(byAction('skip'));

			const { result } = await report('/sites/{id}/reporting/total_requests');
			expect(result.totals.wafEvents.count).toBe(listed);
		});
	});

	describe('access logs', () => {
		it('lists added entries newest first and filters them', async () => {
			const now = Date.now();
			addAccessLogs(simulator().state, BLUE_HARBOR, [
				{
					RayID: 'ray-old',
					ClientIP: '192.0.2.250',
					timestamp: new Date(now - 60_000).toISOString(),
				},
				{
					RayID: 'ray-new',
					ClientIP: '192.0.2.250',
					CacheCacheStatus: 'hit',
					EdgeResponseStatus: 404,
				},
			]);

			const both = await report('/sites/{id}/access_logs', { duration: '30m', ip: '192.0.2.250' });
			expect(both.result.map((entry: Json) => entry.RayID)).toEqual(['ray-new', 'ray-old']);

			const filtered = await report('/sites/{id}/access_logs', {
				duration: '30m',
				ip: '192.0.2.250',
				status_code: '404',
				cache_status: 'hit',
			});
			expect(filtered.result.map((entry: Json) => entry.RayID)).toEqual(['ray-new']);
		});

		it('searches URIs with wildcards, and refuses more than two', async () => {
			const body = await report('/sites/{id}/access_logs', {
				duration: '7d',
				search: 'wp-content/*.css',
				per_page: 1000,
			});
			expect(body.result.length).toBeGreaterThan(0);
			for (const entry of body.result)
				expect(entry.ClientRequestURI).toMatch(/^\/wp-content\/.*\.css/);

			const response = await client.get(`/sites/${BLUE_HARBOR}/access_logs`, {
				params: { duration: '1h', search: '/*/*/*' },
			});
			expect(response.status).toBe(400);
		});

		it('refuses a domain the site does not answer on', async () => {
			const response = await client.get(`/sites/${BLUE_HARBOR}/access_logs`, {
				params: { duration: '1h', domain: 'example.org' },
			});
			expect(response.status).toBe(400);
			expect(response.data.messages).toEqual(['Domain example.org does not belong to this site']);
		});
	});
});
