import type {
	IAuthenticateGeneric,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	INodeProperties,
	Icon,
} from 'n8n-workflow';
import { OperationalError } from 'n8n-workflow';

import { USER_AGENT, normalizeBaseUrl } from '../nodes/RocketNet/shared/constants';
import { shareLogin } from '../nodes/RocketNet/shared/login';

export class RocketNetApi implements ICredentialType {
	name = 'rocketNetApi';

	displayName = 'Rocket.net API';

	icon: Icon = { light: 'file:../icons/rocketnet.svg', dark: 'file:../icons/rocketnet.dark.svg' };

	documentationUrl = 'https://rocketdotnet.readme.io/reference/introduction';

	properties: INodeProperties[] = [
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'e.g. nathan@example.com',
			description: 'The email address you use to log in to the Rocket.net dashboard',
			required: true,
			default: '',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			description: 'Change only to point the node at another Rocket.net-compatible server',
			default: 'https://api.rocket.net/v1',
		},
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject) {
		const baseUrl = normalizeBaseUrl(credentials.baseUrl);
		if (!/^https?:\/\/[^\s/]+/i.test(baseUrl)) {
			throw new OperationalError(
				`Base URL "${baseUrl}" is not an http(s) URL: check the Base URL of the Rocket.net credential`,
				{ level: 'warning' },
			);
		}

		const loginDetails = [baseUrl, String(credentials.email), String(credentials.password)];
		const expiredToken = String(credentials.accessToken ?? '');
		const accessToken = await shareLogin(loginDetails, expiredToken, async () => {
			let body: IDataObject;
			try {
				body = (await this.helpers.httpRequest({
					method: 'POST',
					url: `${baseUrl}/login`,
					headers: { 'User-Agent': USER_AGENT, Accept: 'application/json' },
					body: { username: credentials.email, password: credentials.password },
					json: true,
				})) as IDataObject;
			} catch (error) {
				throw new OperationalError(loginRefusedMessage(error), { level: 'warning' });
			}

			if (typeof body?.token !== 'string' || body.token === '') {
				throw new OperationalError('Rocket.net answered the login without a token', {
					level: 'warning',
				});
			}
			return body.token;
		});
		return { accessToken };
	}

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.accessToken}}',
				'User-Agent': USER_AGENT,
			},
		},
	};

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(new RegExp("/+$"), "")}}',
			url: '/account/me',
			headers: { 'User-Agent': USER_AGENT },
		},
	};
}

/** Rocket.net's own words for a refused login, without echoing anything that was sent. */
function loginRefusedMessage(error: { response?: { status?: number; data?: unknown } }) {
	const status = error?.response?.status;
	const data = error?.response?.data as { messages?: unknown } | undefined;
	const messages = Array.isArray(data?.messages) ? data.messages.filter(Boolean) : [];

	if (messages.length) return `Rocket.net refused the login: ${messages.join(' ')}`;
	if (status === 401) return 'Rocket.net refused the login: check the email and password';
	if (status === 403) {
		return 'Rocket.net blocked the login request (HTTP 403): check the Base URL and that no proxy rewrites the User-Agent';
	}
	if (status) return `Rocket.net refused the login (HTTP ${status})`;
	return 'Could not reach Rocket.net to log in: check the Base URL';
}
