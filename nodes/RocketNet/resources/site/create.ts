import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { phpVersionOptions, siteTypeOptions } from '../../shared/fields';
import { locationField, metadataField, siteNameField } from './shared';

const showOnlyForSiteCreate = showFor('site', ['create']);

export const siteCreateDescription: INodeProperties[] = [
	siteNameField(showOnlyForSiteCreate),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForSiteCreate },
		options: [
			{
				displayName: 'Admin Email',
				name: 'admin_email',
				type: 'string',
				placeholder: 'e.g. nathan@example.com',
				default: '',
				routing: { send: { type: 'body', property: 'admin_email' } },
			},
			{
				displayName: 'Admin Password',
				name: 'admin_password',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				routing: { send: { type: 'body', property: 'admin_password' } },
			},
			{
				displayName: 'Admin Username',
				name: 'admin_username',
				type: 'string',
				default: '',
				routing: { send: { type: 'body', property: 'admin_username' } },
			},
			{
				displayName: 'Install Plugins',
				name: 'install_plugins',
				type: 'string',
				default: '',
				placeholder: 'e.g. woocommerce,wordfence',
				description: 'Plugin slugs to install, separated by commas',
				routing: { send: { type: 'body', property: 'install_plugins' } },
			},
			{
				displayName: 'Label',
				name: 'label',
				type: 'string',
				default: '',
				description: 'A name to tell the site apart from others, besides its domain',
				routing: { send: { type: 'body', property: 'label' } },
			},
			locationField,
			metadataField,
			{
				displayName: 'Multisite',
				name: 'multisite',
				type: 'boolean',
				default: false,
				description: 'Whether to install WordPress Multisite',
				routing: { send: { type: 'body', property: 'multisite' } },
			},
			{
				displayName: 'PHP Version',
				name: 'php_version',
				type: 'options',
				options: phpVersionOptions,
				default: '8.3',
				routing: { send: { type: 'body', property: 'php_version' } },
			},
			{
				displayName: 'Site Type',
				name: 'site_type',
				type: 'options',
				options: siteTypeOptions,
				default: 0,
				routing: { send: { type: 'body', property: 'site_type' } },
			},
			{
				displayName: 'Sub Path',
				name: 'sub_path',
				type: 'string',
				default: '',
				placeholder: 'e.g. blog',
				description: 'Folder to install WordPress in, outside of public_html',
				routing: { send: { type: 'body', property: 'sub_path' } },
			},
			{
				displayName: 'Template ID',
				name: 'template_id',
				type: 'string',
				default: '',
				description: 'Site template to create the site from',
				routing: { send: { type: 'body', property: 'template_id' } },
			},
		],
	},
];
