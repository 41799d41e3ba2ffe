import type { INodeProperties } from 'n8n-workflow';

import { siteSelector } from '../../shared/descriptions';
import {
	deletedPerPackage,
	installedPicker,
	installFields,
	statusField,
} from '../../shared/pluginsAndThemes';
import { pluginGetAllDescription } from './getAll';
import { pluginSearchDescription } from './search';

const plugins = '=/sites/{{$parameter.siteId}}/plugins';

export const pluginDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['plugin'] } },
		options: [
			{
				name: 'Activate or Deactivate',
				value: 'setStatus',
				action: 'Activate or deactivate a plugin',
				description: 'Activate or deactivate a plugin that is installed on the site',
				routing: { request: { method: 'PATCH', url: plugins } },
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete plugins',
				description: 'Delete installed plugins from the site (must-use plugins cannot be deleted)',
				routing: {
					request: { method: 'DELETE', url: plugins },
					output: { postReceive: [deletedPerPackage] },
				},
			},
			{
				name: 'Get Featured',
				value: 'getFeatured',
				action: 'Get featured plugins',
				description: 'List the plugins Rocket.net recommends, and whether the site has them',
				routing: {
					request: { method: 'GET', url: '=/sites/{{$parameter.siteId}}/featured_plugins' },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many plugins',
				description: 'List the WordPress plugins installed on the site, with available updates',
				routing: { request: { method: 'GET', url: plugins } },
			},
			{
				name: 'Install',
				value: 'install',
				action: 'Install plugins',
				description: 'Install plugins from wordpress.org, or one plugin from a custom URL',
				routing: { request: { method: 'POST', url: plugins } },
			},
			{
				name: 'Install CDN Cache Plugin',
				value: 'installCdnCachePlugin',
				action: 'Install the CDN cache management plugin',
				description:
					'Install or re-install the Rocket CDN Cache Management plugin, which purges the CDN cache when content changes',
				routing: { request: { method: 'POST', url: `${plugins}/rocket/cdn_cache_management` } },
			},
			{
				name: 'Search',
				value: 'search',
				action: 'Search the plugin directory',
				description: 'Search the wordpress.org plugin directory for plugins to install',
				routing: { request: { method: 'GET', url: `${plugins}/search` } },
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a plugin',
				description: 'Update an installed plugin to its newest version; the update runs at once',
				routing: { request: { method: 'PUT', url: plugins } },
			},
		],
		default: 'getAll',
	},
	siteSelector('plugin', [
		'delete',
		'getAll',
		'getFeatured',
		'install',
		'installCdnCachePlugin',
		'search',
		'setStatus',
		'update',
	]),
	installedPicker('plugin', ['setStatus', 'update'], false),
	statusField('plugin'),
	installedPicker('plugin', ['delete'], true),
	...installFields('plugin'),
	...pluginGetAllDescription,
	...pluginSearchDescription,
];
