import type { INode } from 'n8n-workflow';

import {
	PACKAGE_VERSION,
	USER_AGENT,
	normalizeBaseUrl,
} from '../../nodes/RocketNet/shared/constants';
import { fileNameFrom } from '../../nodes/RocketNet/shared/binary';
import { unwrapResult } from '../../nodes/RocketNet/shared/envelope';
import { mapRocketError } from '../../nodes/RocketNet/shared/errors';
import { shareLogin } from '../../nodes/RocketNet/shared/login';
import { retryDelayMs } from '../../nodes/RocketNet/shared/request';
import { nextPollDelay } from '../../nodes/RocketNet/shared/tasks';
import { withJsonBody } from '../../nodes/RocketNet/shared/transport';
import packageJson from '../../package.json';

const node = { name: 'Rocket.net', type: 'n8n-nodes-rocketnet.rocketNet' } as INode;

function httpFailure(status: number, body: object = {}, headers: Record<string, string> = {}) {
	return { httpCode: String(status), cause: { response: { status, data: body, headers } } };
}

describe('unwrapResult', () => {
	it('turns a list result into one item per record and keeps the metadata', () => {
		const { items, metadata } = unwrapResult([
			{
				json: { success: true, errors: [], result: [{ id: 1 }, { id: 2 }], metadata: { total: 7 } },
			},
		]);

		expect(items.map((item) => item.json)).toEqual([{ id: 1 }, { id: 2 }]);
		expect(metadata).toEqual({ total: 7 });
	});

	it('takes a list nested one level down, such as result.additional_domains', () => {
		const { items } = unwrapResult([
			{
				json: {
					success: true,
					errors: [],
					result: { additional_domains: [{ id: 5 }] },
					metadata: { total: 1 },
				},
			},
		]);

		expect(items.map((item) => item.json)).toEqual([{ id: 5 }]);
	});

	it('keeps an object result with several lists as one item', () => {
		const result = { locations: [{ id: 1 }], restricted_locations: [] };
		const { items } = unwrapResult([{ json: { success: true, errors: [], result } }]);

		expect(items.map((item) => item.json)).toEqual([result]);
	});

	it('answers success for an envelope without result', () => {
		const { items } = unwrapResult([{ json: { success: true, errors: [], messages: [] } }]);

		expect(items.map((item) => item.json)).toEqual([{ success: true }]);
	});

	it('keeps a Cloudflare-shaped report whole, even when it carries success and errors', () => {
		const report = { json: { success: true, errors: [], data: { viewer: { zones: [] } } } };

		expect(unwrapResult([report]).items).toEqual([report]);
	});

	it('passes through answers that are not envelopes, such as reports and binary files', () => {
		const report = { json: { data: { viewer: {} } } };
		const file = { json: {}, binary: { data: { data: '', mimeType: 'application/pdf' } } };

		expect(unwrapResult([report, file]).items).toEqual([report, file]);
	});
});

describe('retryDelayMs', () => {
	it('waits for Retry-After on 429 and 503, whatever the method', () => {
		expect(retryDelayMs(httpFailure(429, {}, { 'retry-after': '2' }), 'POST', 0)).toBe(2000);
		expect(retryDelayMs(httpFailure(503, {}, { 'retry-after': '0' }), 'GET', 3)).toBe(0);
	});

	it('backs off 1 s, 2 s, 4 s without Retry-After', () => {
		expect([0, 1, 2].map((attempt) => retryDelayMs(httpFailure(429), 'GET', attempt))).toEqual([
			1000, 2000, 4000,
		]);
	});

	it('retries other 5xx answers only for GET, PUT and DELETE', () => {
		expect(retryDelayMs(httpFailure(500), 'GET', 0)).toBe(1000);
		expect(retryDelayMs(httpFailure(502), 'PUT', 0)).toBe(1000);
		expect(retryDelayMs(httpFailure(500), 'DELETE', 0)).toBe(1000);
		expect(retryDelayMs(httpFailure(500), 'POST', 0)).toBeUndefined();
		expect(retryDelayMs(httpFailure(500), 'PATCH', 0)).toBeUndefined();
	});

	it('retries timeouts only where sending twice is harmless', () => {
		const timeout = { cause: { code: 'ECONNABORTED' } };
		expect(retryDelayMs(timeout, 'GET', 0)).toBe(1000);
		expect(retryDelayMs(timeout, 'POST', 0)).toBeUndefined();
	});

	it('never retries client errors, and stops after four retries', () => {
		expect(retryDelayMs(httpFailure(400), 'GET', 0)).toBeUndefined();
		expect(retryDelayMs(httpFailure(404), 'GET', 0)).toBeUndefined();
		expect(retryDelayMs(httpFailure(429), 'GET', 4)).toBeUndefined();
	});

	it('caps a long Retry-After at two minutes', () => {
		expect(retryDelayMs(httpFailure(429, {}, { 'retry-after': '3600' }), 'GET', 0)).toBe(120000);
	});
});

describe('mapRocketError', () => {
	it("uses Rocket.net's messages as the message", () => {
		const error = mapRocketError(
			node,
			httpFailure(404, { messages: ['Given site not found for user'] }),
		);

		expect(error.message).toBe('Given site not found for user');
		expect(error.description).toMatch(/Check the Site/);
		expect(error.httpCode).toBe('404');
	});

	it('explains a locked site', () => {
		const body = {
			messages: ['You cannot perform this action because the site is currently locked.'],
		};
		expect(mapRocketError(node, httpFailure(400, body)).description).toMatch(/unlock the site/);
	});

	it('explains the firewall block on library User-Agents', () => {
		const error = mapRocketError(node, httpFailure(403, { messages: ['error code: 1010'] }));
		expect(error.description).toMatch(/User-Agent/);
	});

	it('falls back to result.msg, then to the HTTP message', () => {
		expect(mapRocketError(node, httpFailure(400, { result: { msg: 'Bad label' } })).message).toBe(
			'Bad label',
		);
		expect(mapRocketError(node, { message: 'socket hang up' }).message).toBe('socket hang up');
	});
});

describe('nextPollDelay', () => {
	it('starts at 1 s and grows by half up to 15 s', () => {
		const delays: number[] = [];
		let delay: number | undefined;
		for (let poll = 0; poll < 9; poll++) delays.push((delay = nextPollDelay(delay)));

		expect(delays.slice(0, 4)).toEqual([1000, 1500, 2250, 3375]);
		expect(delays[8]).toBe(15000);
	});
});

describe('shareLogin', () => {
	it('lets logins replacing the same token share one request', async () => {
		const login = jest.fn(async () => 'new-token');

		const tokens = await Promise.all([
			shareLogin(['account-a'], 'old', login),
			shareLogin(['account-a'], 'old', login),
		]);

		expect(tokens).toEqual(['new-token', 'new-token']);
		expect(login).toHaveBeenCalledTimes(1);
	});

	it('keeps different login details apart', async () => {
		expect(await shareLogin(['site', 'me', 'right'], '', async () => 'good')).toBe('good');
		expect(await shareLogin(['site', 'me', 'wrong'], '', async () => 'other')).toBe('other');
	});

	it('keeps accounts apart and forgets a failed login', async () => {
		const failing = jest.fn(async () => {
			throw new Error('refused');
		});
		await expect(shareLogin(['account-b'], 'old', failing)).rejects.toThrow('refused');

		const login = jest.fn(async () => 'token-b');
		expect(await shareLogin(['account-b'], 'old', login)).toBe('token-b');
		expect(await shareLogin(['account-c'], 'old', async () => 'token-c')).toBe('token-c');
	});
});

describe('withJsonBody', () => {
	const request = (method: string, body?: unknown) =>
		({ options: { method, body }, preSend: [], postReceive: [] }) as never;

	it('sends {} on a POST, PUT or PATCH without fields', () => {
		expect(withJsonBody(request('POST', {})).options.body).toBe('{}');
		expect(withJsonBody(request('PATCH')).options.body).toBe('{}');
	});

	it('leaves bodies with fields and other methods alone', () => {
		expect(withJsonBody(request('POST', { label: 'x' })).options.body).toEqual({ label: 'x' });
		expect(withJsonBody(request('GET')).options.body).toBeUndefined();
	});
});

describe('constants', () => {
	it('names the package version in the User-Agent', () => {
		expect(PACKAGE_VERSION).toBe(packageJson.version);
		expect(USER_AGENT).toBe(`n8n-nodes-rocketnet/${packageJson.version}`);
	});

	it('defaults and trims the base URL', () => {
		expect(normalizeBaseUrl('')).toBe('https://api.rocket.net/v1');
		expect(normalizeBaseUrl('http://127.0.0.1:4010/v1///')).toBe('http://127.0.0.1:4010/v1');
	});
});

describe('fileNameFrom', () => {
	it('prefers the UTF-8 file name over the ASCII fallback', () => {
		const headers = {
			'content-disposition': `attachment; filename="cafe.txt"; filename*=UTF-8''caf%C3%A9.txt`,
		};
		expect(fileNameFrom(headers, 'fallback')).toBe('café.txt');
	});

	it('reads a plain file name, or falls back', () => {
		expect(fileNameFrom({ 'content-disposition': 'attachment; filename="a b.pdf"' }, 'x')).toBe(
			'a b.pdf',
		);
		expect(fileNameFrom({}, 'backup.tar.gz')).toBe('backup.tar.gz');
	});
});

describe('mapRocketError on a file download', () => {
	it('reads Rocket.net’s message from an error body that arrived as bytes', () => {
		const data = Buffer.from(JSON.stringify({ messages: ["File 'x.php' not found"] }));
		const error = mapRocketError(node, httpFailure(404, data));

		expect(error.message).toBe("File 'x.php' not found");
	});
});
