import type { INodeProperties } from 'n8n-workflow';

import { siteSelector } from '../../shared/descriptions';
import { cachePurgeDescription } from './purge';
import { cacheScopeOptions } from './scope';

const showOnlyForCache = { resource: ['cache'] };

export const cacheDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForCache },
		options: [
			{
				name: 'Purge',
				value: 'purge',
				action: 'Purge files from the cache',
				description: 'Remove chosen URLs or cache tags from the CDN cache',
				routing: { request: { method: 'POST', url: '=/sites/{{$parameter.siteId}}/cache/purge' } },
			},
			{
				name: 'Purge Everything',
				value: 'purgeEverything',
				action: 'Purge the whole cache',
				description: 'Remove everything of a site from the CDN cache',
				routing: {
					request: { method: 'POST', url: '=/sites/{{$parameter.siteId}}/cache/purge_everything' },
				},
			},
		],
		default: 'purgeEverything',
	},
	siteSelector('cache', ['purge', 'purgeEverything']),
	...cachePurgeDescription,
	cacheScopeOptions,
];
