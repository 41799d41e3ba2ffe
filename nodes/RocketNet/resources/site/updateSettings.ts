import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

const onOff = [
	{ name: 'Off', value: 0 },
	{ name: 'On', value: 1 },
];

export const siteUpdateSettingsDescription: INodeProperties[] = [
	{
		displayName: 'Settings',
		name: 'settings',
		type: 'collection',
		placeholder: 'Add Setting',
		default: {},
		displayOptions: { show: showFor('site', ['updateSettings']) },
		options: [
			{
				displayName: 'Default SSO User ID',
				name: 'wp_admin_sso_default_user_id',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 1,
				description: 'The WordPress user that wp-admin single sign-on logs in as',
				routing: { send: { type: 'body', property: 'wp_admin_sso_default_user_id' } },
			},
			{
				displayName: 'PHP Version Name or ID',
				name: 'new_php_version',
				type: 'options',
				typeOptions: {
					loadOptionsMethod: 'getPhpVersions',
					loadOptionsDependsOn: ['siteId.value'],
				},
				default: '',
				description:
					'The PHP version the site should run, as its settings allow. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				routing: { send: { type: 'body', property: 'new_php_version' } },
			},
			{
				displayName: 'Plugin Auto-Updates',
				name: 'wp_plugin_auto_updates',
				type: 'options',
				options: onOff,
				default: 1,
				routing: { send: { type: 'body', property: 'wp_plugin_auto_updates' } },
			},
			{
				displayName: 'SSH Access',
				name: 'ssh_access',
				type: 'options',
				options: onOff,
				default: 1,
				routing: { send: { type: 'body', property: 'ssh_access' } },
			},
			{
				displayName: 'Theme Auto-Updates',
				name: 'wp_theme_auto_updates',
				type: 'options',
				options: onOff,
				default: 1,
				routing: { send: { type: 'body', property: 'wp_theme_auto_updates' } },
			},
			{
				displayName: 'WordPress Core Auto-Updates',
				name: 'wp_core_auto_updates',
				type: 'options',
				options: [
					{ name: 'Off', value: 0 },
					{ name: 'All Versions', value: 1 },
					{ name: 'Minor and Patch Versions Only', value: 2 },
				],
				default: 1,
				routing: { send: { type: 'body', property: 'wp_core_auto_updates' } },
			},
		],
	},
];
