import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { validatePurgeTargets } from '../../shared/validation';

const showOnlyForCachePurge = showFor('cache', ['purge']);

export const cachePurgeDescription: INodeProperties[] = [
	{
		displayName: 'Files to Purge',
		name: 'files',
		type: 'string',
		typeOptions: { multipleValues: true, multipleValueButtonText: 'Add URL' },
		default: [],
		placeholder: 'e.g. https://example.com/wp-content/themes/acme/style.css',
		description: 'Full URLs to remove from the cache',
		displayOptions: { show: showOnlyForCachePurge },
		routing: {
			send: { type: 'body', property: 'files', preSend: [validatePurgeTargets] },
		},
	},
	{
		displayName: 'Cache Tags',
		name: 'tags',
		type: 'string',
		typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Tag' },
		default: [],
		placeholder: 'e.g. product-42',
		description: 'Cache tags whose pages to remove from the cache',
		displayOptions: { show: showOnlyForCachePurge },
		routing: { send: { type: 'body', property: 'tags' } },
	},
];
