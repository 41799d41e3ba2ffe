import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { locationField, metadataField, siteNameField } from './shared';

const showOnlyForCreateFromTemplate = showFor('site', ['createFromTemplate']);

export const siteCreateFromTemplateDescription: INodeProperties[] = [
	{
		displayName: 'Template ID',
		name: 'templateId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 3f2b7c1e-8a4d-4e52-9c1a-6d0b2f9e7a11',
		description: 'The site template to create the site from',
		displayOptions: { show: showOnlyForCreateFromTemplate },
	},
	siteNameField(showOnlyForCreateFromTemplate),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForCreateFromTemplate },
		options: [
			{
				displayName: 'Label',
				name: 'label',
				type: 'string',
				default: '',
				routing: { send: { type: 'body', property: 'label' } },
			},
			locationField,
			metadataField,
			{
				displayName: 'Sub Path',
				name: 'sub_path',
				type: 'string',
				default: '',
				placeholder: 'e.g. blog',
				routing: { send: { type: 'body', property: 'sub_path' } },
			},
		],
	},
];
