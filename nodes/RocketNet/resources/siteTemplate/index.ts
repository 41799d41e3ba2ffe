import type { INodeProperties } from 'n8n-workflow';

import { deletedOutput, showFor, waitForCompletionFields } from '../../shared/descriptions';
import { siteTemplateCreateDescription } from './create';
import { siteTemplateGetAllDescription } from './getAll';
import { templateIdField } from './shared';

const showOnlyForSiteTemplates = { resource: ['siteTemplate'] };

const template = '=/sites/templates/{{$parameter.templateId}}';

export const siteTemplateDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForSiteTemplates },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a site template',
				description:
					'Build a template from a site, as a background task; new sites can then start from it',
				routing: { request: { method: 'POST', url: '/site_templates' } },
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a site template',
				description: 'Delete a site template; sites created from it stay as they are',
				routing: {
					request: { method: 'DELETE', url: template },
					output: { postReceive: deletedOutput },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a site template',
				description: 'Get a site template with the WordPress, plugin and theme versions it holds',
				routing: { request: { method: 'GET', url: template } },
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many site templates',
				description: 'List the site templates of the account',
				// Several tags repeat the key: tags=shop&tags=woocommerce.
				routing: { request: { method: 'GET', url: '/sites/templates', arrayFormat: 'repeat' } },
			},
		],
		default: 'getAll',
	},
	templateIdField(showFor('siteTemplate', ['delete', 'get']), 'The site template'),
	...siteTemplateCreateDescription,
	...siteTemplateGetAllDescription,
	...waitForCompletionFields('siteTemplate', ['create']),
];
