import type { INodeProperties } from 'n8n-workflow';

import { siteSelector } from '../../shared/descriptions';
import {
	deletedPerPackage,
	installedPicker,
	installFields,
	statusField,
} from '../../shared/pluginsAndThemes';
import { themeGetAllDescription } from './getAll';
import { themeSearchDescription } from './search';
import { themeUpdateDescription } from './update';

const themes = '=/sites/{{$parameter.siteId}}/themes';

export const themeDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['theme'] } },
		options: [
			{
				name: 'Activate or Deactivate',
				value: 'setStatus',
				action: 'Activate or deactivate a theme',
				description: 'Make an installed theme the active theme of the site, or deactivate it',
				routing: { request: { method: 'PATCH', url: themes } },
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete themes',
				description: 'Delete installed themes from the site (the active theme cannot be deleted)',
				routing: {
					request: { method: 'DELETE', url: themes },
					output: { postReceive: [deletedPerPackage] },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many themes',
				description: 'List the WordPress themes installed on the site, with available updates',
				routing: { request: { method: 'GET', url: themes } },
			},
			{
				name: 'Install',
				value: 'install',
				action: 'Install themes',
				description: 'Install themes from wordpress.org, or one theme from a custom URL',
				routing: { request: { method: 'POST', url: themes } },
			},
			{
				name: 'Search',
				value: 'search',
				action: 'Search the theme directory',
				description: 'Search the wordpress.org theme directory for themes to install',
				routing: { request: { method: 'GET', url: `${themes}/search` } },
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a theme',
				description: 'Update an installed theme to its newest version; the update runs at once',
				routing: { request: { method: 'PUT', url: themes } },
			},
		],
		default: 'getAll',
	},
	siteSelector('theme', ['delete', 'getAll', 'install', 'search', 'setStatus', 'update']),
	installedPicker('theme', ['setStatus', 'update'], false),
	statusField('theme'),
	installedPicker('theme', ['delete'], true),
	...installFields('theme'),
	...themeGetAllDescription,
	...themeSearchDescription,
	...themeUpdateDescription,
];
