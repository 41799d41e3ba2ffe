import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

const showOnlyForChangePassword = showFor('account', ['changePassword']);

/** Catches a mistyped confirmation before Rocket.net does; the passwords never reach the error. */
export async function validateNewPassword(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const body = (requestOptions.body ?? {}) as Record<string, unknown>;
	const missing = [
		['current_password', 'Current Password'],
		['new_password', 'New Password'],
		['new_password_confirm', 'Confirm New Password'],
	].find(([field]) => typeof body[field] !== 'string' || body[field] === '');
	if (missing) {
		throw new NodeOperationError(this.getNode(), `${missing[1]} is empty`, {
			description: `Enter the ${missing[1]}.`,
		});
	}

	if (body.new_password !== body.new_password_confirm) {
		throw new NodeOperationError(this.getNode(), 'The new passwords do not match', {
			description: 'Enter the same text in New Password and Confirm New Password.',
		});
	}
	return requestOptions;
}

function passwordField(name: string, displayName: string, description: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		description,
		displayOptions: { show: showOnlyForChangePassword },
		routing: { send: { type: 'body', property: name, preSend: [validateNewPassword] } },
	};
}

export const accountChangePasswordDescription: INodeProperties[] = [
	passwordField(
		'current_password',
		'Current Password',
		'The password the account signs in with now',
	),
	passwordField(
		'new_password',
		'New Password',
		'At least 8 characters with upper and lower case letters, a number and a symbol',
	),
	passwordField('new_password_confirm', 'Confirm New Password', 'The new password once more'),
];
