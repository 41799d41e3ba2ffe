import type {
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
	INodePropertyRouting,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { mapRocketError } from '../../shared/errors';

const showOnlyForLogin = showFor('siteUser', ['login']);

export const siteUserLoginDescription: INodeProperties[] = [
	{
		displayName: 'Email',
		name: 'username',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. nathan@example.com',
		description: 'The email address of the site user',
		displayOptions: { show: showOnlyForLogin },
		routing: { send: { type: 'body', property: 'username' } },
	},
	{
		displayName: 'Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		displayOptions: { show: showOnlyForLogin },
		routing: { send: { type: 'body', property: 'password' } },
	},
];

/**
 * A 401 here refuses the site user's password, not the node's credential: read the answer
 * instead of letting n8n log the credential in again and resend it.
 */
async function siteUserLoginAnswer(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	if (response.statusCode < 400) return items;

	const failure = {
		httpCode: String(response.statusCode),
		cause: { response: { ...response, status: response.statusCode, data: response.body } },
	};
	const mapped = mapRocketError(this.getNode(), failure);
	if (response.statusCode !== 401) throw mapped;

	throw new NodeOperationError(
		this.getNode(),
		`Rocket.net refused the site user's login: ${mapped.message}`,
		{
			description:
				"Check the site user's email and password. The Rocket.net API credential is not involved.",
		},
	);
}

export const siteUserLoginRouting: INodePropertyRouting = {
	request: { method: 'POST', url: '/sites/users/login', ignoreHttpStatusErrors: true },
	output: { postReceive: [siteUserLoginAnswer] },
};
