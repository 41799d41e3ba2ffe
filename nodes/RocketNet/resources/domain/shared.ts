import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { validatePathId } from '../../shared/validation';

/** The additional domain an operation acts on, picked from the chosen site's domains. */
export function additionalDomainField(operations: string[]): INodeProperties {
	return {
		displayName: 'Additional Domain Name or ID',
		name: 'domainId',
		type: 'options',
		typeOptions: {
			loadOptionsMethod: 'getAdditionalDomains',
			loadOptionsDependsOn: ['siteId.value'],
		},
		required: true,
		default: '',
		description:
			'The additional domain (domain alias) of the site. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: showFor('domain', operations) },
		routing: {
			send: { preSend: [validatePathId('domainId', 'Additional Domain', 'number')] },
		},
	};
}

/**
 * Refuses a request whose body names none of `fields`: every field of these updates is optional,
 * so an empty one would change nothing without saying so.
 */
export function requireOneOf(fields: string[], message: string, description: string) {
	return async function (
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const body = (requestOptions.body ?? {}) as Record<string, unknown>;
		if (!fields.some((field) => body[field] !== undefined)) {
			throw new NodeOperationError(this.getNode(), message, { description });
		}
		return requestOptions;
	};
}
