import axios from 'axios';
import type {
	IDataObject,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INodeParameters,
} from 'n8n-workflow';

import { USER_AGENT } from '../../nodes/RocketNet/shared/constants';
import type { RocketNetFixture } from './fixture';

/**
 * What a dropdown's loadOptions method sees in the editor: the node's current parameters, and
 * requests sent to the simulator with the demo login.
 */
export async function loadOptionsContext(
	rocket: RocketNetFixture,
	parameters: INodeParameters,
): Promise<ILoadOptionsFunctions> {
	const { email, password } = rocket.simulator.account;
	const login = await axios.post(
		`${rocket.simulator.apiUrl}/login`,
		{ username: email, password },
		{ headers: { 'User-Agent': USER_AGENT } },
	);
	const token = login.data.token as string;

	const parameter = (name: string) => {
		const value = parameters[name] as IDataObject | undefined;
		return value && typeof value === 'object' && '__rl' in value ? value.value : value;
	};

	const context = {
		getNode: () => ({
			id: 'rocket',
			name: 'Rocket.net',
			type: 'n8n-nodes-rocketnet.rocketNet',
			typeVersion: 1,
			position: [0, 0],
			parameters,
		}),
		getCurrentNodeParameter: parameter,
		getNodeParameter: parameter,
		getCredentials: async () => ({ baseUrl: rocket.simulator.apiUrl }),
		helpers: {
			httpRequestWithAuthentication: async (_type: string, options: IHttpRequestOptions) => {
				const response = await axios.request({
					method: options.method,
					url: options.url,
					params: options.qs,
					headers: { ...options.headers, Authorization: `Bearer ${token}` },
				});
				return response.data;
			},
		},
	};
	return context as unknown as ILoadOptionsFunctions;
}

/** Runs a loadOptions method as the editor would, with the given node parameters. */
export async function loadOptionsFrom<T>(
	rocket: RocketNetFixture,
	method: (this: ILoadOptionsFunctions) => Promise<T>,
	parameters: INodeParameters = {},
): Promise<T> {
	return await method.call(await loadOptionsContext(rocket, parameters));
}
