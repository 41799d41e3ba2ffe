import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { filePathField } from './shared';

const showOnlyForChangePermissions = showFor('file', ['changePermissions']);

async function validatePermissions(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const permissions = String(this.getNodeParameter('permissions', '')).trim();
	if (!/^[0-7]{3,4}$/.test(permissions)) {
		throw new NodeOperationError(
			this.getNode(),
			`Permissions "${permissions}" are not octal file permissions`,
			{ description: 'Enter three or four octal digits, e.g. 0644 for files or 0755 for folders.' },
		);
	}
	return requestOptions;
}

export const fileChangePermissionsDescription: INodeProperties[] = [
	filePathField(showOnlyForChangePermissions, 'file'),
	{
		displayName: 'Permissions',
		name: 'permissions',
		type: 'string',
		required: true,
		default: '0644',
		placeholder: 'e.g. 0644',
		description: 'Linux permissions in octal, e.g. 0644 (files) or 0755 (folders)',
		displayOptions: { show: showOnlyForChangePermissions },
		routing: { send: { type: 'body', property: 'permissions', preSend: [validatePermissions] } },
	},
];
