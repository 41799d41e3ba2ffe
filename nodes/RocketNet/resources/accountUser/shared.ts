import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** A Rocket.net user always has at least one role; an empty list would be refused. */
async function validateRoles(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const body = (requestOptions.body ?? {}) as { roles?: unknown };
	if (Array.isArray(body.roles) && body.roles.length === 0) {
		throw new NodeOperationError(this.getNode(), 'Roles is empty', {
			description: 'Choose at least one role, or remove the Roles field.',
		});
	}
	return requestOptions;
}

/** The roles a user can be given; the account owner's role cannot be handed out. */
export function rolesField(description: string): INodeProperties {
	return {
		displayName: 'Roles',
		name: 'roles',
		type: 'multiOptions',
		options: [
			{
				name: 'Account User',
				value: 'account_user',
				description: 'Can manage everything except users',
			},
			{
				name: 'Billing Admin',
				value: 'billing_admin',
				description: 'Can manage billing and view sites, but change nothing else',
			},
			{
				name: 'User Admin',
				value: 'user_admin',
				description: 'An account user who can also manage users',
			},
		],
		default: ['account_user'],
		description,
		routing: { send: { type: 'body', property: 'roles', preSend: [validateRoles] } },
	};
}

export function twoFactorRequiredField(description: string): INodeProperties {
	return {
		displayName: 'Two-Factor Required',
		name: 'twofactor_required',
		type: 'boolean',
		default: false,
		description,
		routing: { send: { type: 'body', property: 'twofactor_required' } },
	};
}
