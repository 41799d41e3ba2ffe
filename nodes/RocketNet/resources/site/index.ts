import type { INodeProperties } from 'n8n-workflow';

import { deletedOutput, siteSelector, waitForCompletionFields } from '../../shared/descriptions';
import { siteCloneDescription } from './clone';
import { siteCreateDescription } from './create';
import { siteCreateAccessTokenDescription } from './createAccessToken';
import { siteCreateFromTemplateDescription } from './createFromTemplate';
import { siteGetAllDescription } from './getAll';
import { siteGetLocationsDescription } from './getLocations';
import { siteGetUsageDescription } from './getUsage';
import { siteUpdateDescription } from './update';
import { siteUpdateSettingsDescription } from './updateSettings';

const showOnlyForSites = { resource: ['site'] };

const site = '=/sites/{{$parameter.siteId}}';

export const siteDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForSites },
		options: [
			{
				name: 'Clone',
				value: 'clone',
				action: 'Clone a site',
				description: 'Copy a site into a new site, as a background task',
				routing: { request: { method: 'POST', url: `${site}/clone` } },
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a site',
				description: 'Create a new WordPress or static site',
				routing: { request: { method: 'POST', url: '/sites' } },
			},
			{
				name: 'Create Access Token',
				value: 'createAccessToken',
				action: 'Create a site access token',
				description: 'Create a token that can act on this site only',
				routing: { request: { method: 'POST', url: `${site}/access_token` } },
			},
			{
				name: 'Create From Template',
				value: 'createFromTemplate',
				action: 'Create a site from a template',
				description: 'Create a new site from a site template, as a background task',
				routing: {
					request: { method: 'POST', url: '=/sites/templates/{{$parameter.templateId}}/sites' },
				},
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a site',
				description: 'Delete a site and everything on it',
				routing: {
					request: { method: 'DELETE', url: site },
					output: { postReceive: deletedOutput },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a site',
				description: 'Get a site with its domains and users',
				routing: { request: { method: 'GET', url: site } },
			},
			{
				name: 'Get All Locations',
				value: 'getAllLocations',
				action: 'Get all locations including dedicated ones',
				description: 'List the public locations and the dedicated locations of the account',
				routing: { request: { method: 'GET', url: '/sites/all_locations' } },
			},
			{
				name: 'Get Credentials',
				value: 'getCredentials',
				action: 'Get SFTP credentials of a site',
				description: 'Get the SFTP username and password of a site',
				routing: { request: { method: 'GET', url: `${site}/credentials` } },
			},
			{
				name: 'Get Locations',
				value: 'getLocations',
				action: 'Get site locations',
				description: 'List the locations a new site can be created in',
				routing: { request: { method: 'GET', url: '/sites/locations' } },
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many sites',
				description: 'List the sites of the account',
				routing: { request: { method: 'GET', url: '/sites' } },
			},
			{
				name: 'Get phpMyAdmin Link',
				value: 'getPhpMyAdminLink',
				action: 'Get a php my admin login link',
				description: 'Get a single sign-on link to phpMyAdmin for the site database',
				routing: { request: { method: 'GET', url: `${site}/pma/login` } },
			},
			{
				name: 'Get Settings',
				value: 'getSettings',
				action: 'Get site settings',
				description: 'Get the PHP version, auto-update and SSH settings of a site',
				routing: { request: { method: 'GET', url: `${site}/settings` } },
			},
			{
				name: 'Get Settings Schema',
				value: 'getSettingsSchema',
				action: 'Get the settings schema of a site',
				description: 'List every setting of a site with its allowed values',
				routing: { request: { method: 'GET', url: `${site}/settings/schema` } },
			},
			{
				name: 'Get Usage',
				value: 'getUsage',
				action: 'Get usage of a site',
				description: 'Get visitors, disk and bandwidth used by a site',
				routing: { request: { method: 'GET', url: `${site}/usage` } },
			},
			{
				name: 'Lock',
				value: 'lock',
				action: 'Lock a site',
				description: 'Lock a site so that nothing can change it',
				routing: { request: { method: 'POST', url: `${site}/lock` } },
			},
			{
				name: 'Unlock',
				value: 'unlock',
				action: 'Unlock a site',
				description: 'Unlock a site locked with Lock',
				routing: { request: { method: 'DELETE', url: `${site}/lock` } },
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a site',
				description: 'Change the label, metadata or type of a site',
				routing: { request: { method: 'PATCH', url: site } },
			},
			{
				name: 'Update Settings',
				value: 'updateSettings',
				action: 'Update site settings',
				description: 'Change the PHP version, auto-updates or SSH access of a site',
				routing: { request: { method: 'PATCH', url: `${site}/settings` } },
			},
		],
		default: 'getAll',
	},
	siteSelector('site', [
		'clone',
		'createAccessToken',
		'delete',
		'get',
		'getCredentials',
		'getPhpMyAdminLink',
		'getSettings',
		'getSettingsSchema',
		'getUsage',
		'lock',
		'unlock',
		'update',
		'updateSettings',
	]),
	...siteGetAllDescription,
	...siteCreateDescription,
	...siteCreateFromTemplateDescription,
	...siteCloneDescription,
	...siteUpdateDescription,
	...siteUpdateSettingsDescription,
	...siteGetUsageDescription,
	...siteGetLocationsDescription,
	...siteCreateAccessTokenDescription,
	...waitForCompletionFields('site', ['clone', 'createFromTemplate']),
];
