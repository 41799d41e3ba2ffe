import axios from 'axios';
import type { IHttpRequestHelper, IHttpRequestOptions } from 'n8n-workflow';

import { RocketNetApi } from '../../credentials/RocketNetApi.credentials';
import { startSimulator } from '../simulator/server';
import type { Simulator } from '../simulator/types';

/** The `helpers.httpRequest` n8n hands to preAuthentication, reduced to what the login uses. */
const helpers = {
	helpers: {
		async httpRequest(options: IHttpRequestOptions) {
			const response = await axios.request({
				method: options.method,
				url: options.url,
				headers: options.headers as Record<string, string>,
				data: options.body,
			});
			return response.data;
		},
	},
} as unknown as IHttpRequestHelper;

describe('Rocket.net API credential', () => {
	let simulator: Simulator;
	const credential = new RocketNetApi();

	beforeAll(async () => {
		simulator = await startSimulator({ quiet: true });
	});

	afterAll(async () => await simulator.close());

	function data(password = simulator.account.password, baseUrl = simulator.apiUrl) {
		return { email: simulator.account.email, password, baseUrl, accessToken: '' };
	}

	it('keeps the token in a hidden, expirable, masked field', () => {
		const token = credential.properties.find((property) => property.name === 'accessToken');

		expect(token).toMatchObject({
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
		});
		expect(credential.properties.find((p) => p.name === 'password')?.typeOptions).toEqual({
			password: true,
		});
	});

	it('logs in with the email as username and returns the token for the expirable field', async () => {
		simulator.clearRequests();

		const output = await credential.preAuthentication.call(helpers, data());

		expect(typeof output.accessToken).toBe('string');
		expect(simulator.requests).toHaveLength(1);
		expect(simulator.requests[0]).toMatchObject({
			method: 'POST',
			path: '/login',
			body: { username: simulator.account.email },
			userAgent: expect.stringMatching(/^n8n-nodes-rocketnet\//),
		});
	});

	it('passes the credential test request, GET /account/me, with the token', async () => {
		const { accessToken } = await credential.preAuthentication.call(helpers, data());
		const headers = credential.authenticate.properties.headers as Record<string, string>;
		expect(headers.Authorization).toBe('=Bearer {{$credentials.accessToken}}');

		const response = await axios.get(`${simulator.apiUrl}${credential.test.request.url}`, {
			headers: {
				Authorization: `Bearer ${String(accessToken)}`,
				'User-Agent': headers['User-Agent'],
			},
		});

		expect(credential.test.request.url).toBe('/account/me');
		expect(response.data.success).toBe(true);
	});

	it("shows Rocket.net's own message when the login is refused", async () => {
		await expect(
			credential.preAuthentication.call(helpers, data('wrong-password-9')),
		).rejects.toThrow('Rocket.net refused the login: Invalid username or password');
	});

	it('refuses a Base URL that is not http(s) before sending anything', async () => {
		simulator.clearRequests();

		await expect(
			credential.preAuthentication.call(helpers, data(undefined, 'ftp://example.com/v1')),
		).rejects.toThrow(/Base URL "ftp:\/\/example.com\/v1" is not an http\(s\) URL/);
		expect(simulator.requests).toHaveLength(0);
	});
});
