import type { AxiosInstance, AxiosResponse } from 'axios';

import { findOperation } from './catalogue';
import { BLUE_HARBOR, loggedInClient, useSimulator } from './helpers';
import type { RouteContext } from './http/context';
import { genericReply } from './routes/generic';

const WAF_EVENTS = `/reporting/sites/${BLUE_HARBOR}/waf/eventlist`;

describe('request validation from the catalogue', () => {
	const simulator = useSimulator();
	let client: AxiosInstance;

	beforeAll(async () => {
		client = await loggedInClient(simulator());
	});

	async function expectRefused(
		request: Promise<AxiosResponse>,
		status: number,
		message: string | RegExp,
	) {
		const response = await request;
		expect(response.status).toBe(status);
		expect(response.data.success).toBe(false);
		if (typeof message === 'string') expect(response.data.messages).toEqual([message]);
		else expect(response.data.messages[0]).toMatch(message);
	}

	describe('routing', () => {
		it('answers 404 Not found for an unknown path', async () => {
			await expectRefused(client.get('/sites/1000001/nonsense'), 404, 'Not found');
		});

		it('answers 405 for a known path with the wrong method', async () => {
			const response = await client.put(`/sites/${BLUE_HARBOR}`, {});
			expect(response.status).toBe(405);
			expect(response.headers.allow).toBe('GET, PATCH, DELETE');
		});

		it('answers 404 when an integer path parameter is not a number', async () => {
			await expectRefused(client.get('/sites/abc'), 404, 'Not found');
		});

		it('answers 404 in the spec wording for an unknown site', async () => {
			await expectRefused(client.get('/sites/999999/backup'), 404, 'Given site not found for user');
		});
	});

	describe('query parameters', () => {
		it('refuses a missing required parameter, naming it', async () => {
			await expectRefused(client.get(WAF_EVENTS), 400, "Missing query parameter 'duration'");
		});

		it('refuses a value outside the enum, naming the allowed values', async () => {
			await expectRefused(
				client.get(WAF_EVENTS, { params: { duration: '1y' } }),
				400,
				"'1y' is not one of ['30m', '1h', '6h', '12h', '24h', '72h', '7d', '30d'] - 'duration'",
			);
		});

		it('checks each value of an array parameter against its item enum', async () => {
			const ok = await client.get(`${WAF_EVENTS}?duration=1h&action=block&action=allow`);
			expect(ok.status).toBe(200);

			await expectRefused(
				client.get(`${WAF_EVENTS}?duration=1h&action=explode`),
				400,
				/^'explode' is not one of \['allow', 'block'/,
			);
		});

		it('refuses parameters the spec does not declare (e.g. axios-style action[])', async () => {
			await expectRefused(
				client.get(`${WAF_EVENTS}?duration=1h&action[]=block`),
				400,
				'Extra query parameter(s) action[] not in spec',
			);
		});

		it('coerces booleans strictly', async () => {
			const purge = `/sites/${BLUE_HARBOR}/cache/purge_everything`;
			expect((await client.post(`${purge}?include_additional_domains=true`)).status).toBe(200);
			await expectRefused(
				client.post(`${purge}?include_additional_domains=yes`),
				400,
				"Wrong type, expected 'boolean' for query parameter 'include_additional_domains'",
			);
		});
	});

	describe('JSON bodies', () => {
		const backups = `/sites/${BLUE_HARBOR}/backup`;

		it('refuses a missing required field, naming it', async () => {
			await expectRefused(
				client.post(backups, { backup_database: true }),
				400,
				"'label' is a required property",
			);
		});

		it('refuses a field the spec does not know, naming it', async () => {
			await expectRefused(
				client.post(backups, { label: 'x', compress: true }),
				400,
				"Additional properties are not allowed ('compress' was unexpected)",
			);
		});

		it('refuses a field of the wrong JSON type', async () => {
			await expectRefused(
				client.post(backups, { label: 'x', backup_directory: 'yes' }),
				400,
				"'yes' is not of type 'boolean' - 'backup_directory'",
			);
		});

		it('checks nested objects, enums and bounds', async () => {
			await expectRefused(
				client.patch(`/sites/${BLUE_HARBOR}/maindomain/edge_settings`, {
					ai_crawlers: { allow: 'yes' },
				}),
				400,
				"'yes' is not of type 'boolean' - 'ai_crawlers.allow'",
			);
			await expectRefused(
				client.patch(`/sites/${BLUE_HARBOR}/settings`, { new_php_version: '9.0' }),
				400,
				/^'9.0' is not one of \['5.6'/,
			);
			await expectRefused(
				client.post('/users/generate_password', { length: 8 }),
				400,
				"8 is less than the minimum of 16 - 'length'",
			);
		});

		it('requires a body where the spec marks it required', async () => {
			await expectRefused(
				client.post(`/sites/${BLUE_HARBOR}/clone`),
				400,
				'Request body is required',
			);
		});

		it('accepts null where the spec allows a null body', async () => {
			const response = await client.post(`/sites/1000005/staging`, 'null', {
				headers: { 'Content-Type': 'application/json' },
			});
			expect(response.status).toBe(200);
		});

		it('refuses bodies that are not JSON', async () => {
			await expectRefused(
				client.post(backups, 'label=x', { headers: { 'Content-Type': 'text/plain' } }),
				415,
				'Invalid Content-type (text/plain), expected JSON data',
			);
			await expectRefused(
				client.post(backups, '{"label":', {
					headers: { 'Content-Type': 'application/json' },
					transformRequest: [(data: string) => data],
				}),
				400,
				'Request body is not valid JSON',
			);
		});
	});

	describe('generic answers for operations without a stateful handler', () => {
		it('answers the catalogue example wrapped as the spec says', async () => {
			const response = await client.get(`/sites/${BLUE_HARBOR}/wp/status`);

			expect(response.status).toBe(200);
			expect(response.data).toMatchObject({
				success: true,
				result: { wordpress_status: expect.any(Object) },
			});
		});

		it('answers reporting endpoints without the result envelope', async () => {
			const response = await client.get(
				`/reporting/sites/${BLUE_HARBOR}/waf/firewall-events?duration=24h`,
			);

			expect(response.data).toHaveProperty('data.viewer');
			expect(response.data).toHaveProperty('blockTotal');
			expect(response.data).not.toHaveProperty('result');
		});

		it('keeps list metadata consistent with the request', async () => {
			const response = await client.get(`/sites/${BLUE_HARBOR}/access-logs`, {
				params: { duration: 24, domain: 'blue-harbor.example.com', page: 2, per_page: 5 },
			});

			expect(response.data.metadata).toMatchObject({ page: 2, page_size: 5, total: 1 });
			expect(response.data.result).toEqual([]);
		});

		it('still checks that the site exists', async () => {
			await expectRefused(client.get('/sites/5/wp/status'), 404, 'Given site not found for user');
		});

		it('serves binary responses with their content type', () => {
			// Every download of the catalogue has a stateful handler now: ask the generic answer.
			const operation = findOperation('GET', '/sites/{id}/files/download');
			const reply = genericReply({ operation } as RouteContext);

			expect(reply.contentType).toBe('application/gzip');
			expect(reply.raw?.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
		});
	});
});
