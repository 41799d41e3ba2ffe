import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

/** Which copy and which domains of the site a purge reaches. */
export const cacheScopeOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	displayOptions: { show: showFor('cache', ['purge', 'purgeEverything']) },
	options: [
		{
			displayName: 'Domain',
			name: 'domain',
			type: 'string',
			default: '',
			placeholder: 'e.g. shop.example.com',
			description: 'Purge this domain of the site instead of its main domain',
			routing: { send: { type: 'query', property: 'domain' } },
		},
		{
			displayName: 'Include Additional Domains',
			name: 'include_additional_domains',
			type: 'boolean',
			default: false,
			description: 'Whether to purge the additional domains of the site too',
			routing: { send: { type: 'query', property: 'include_additional_domains' } },
		},
		{
			displayName: 'Staging',
			name: 'staging',
			type: 'boolean',
			default: false,
			description: 'Whether to purge the staging site instead of the live site',
			routing: { send: { type: 'query', property: 'staging' } },
		},
	],
};
