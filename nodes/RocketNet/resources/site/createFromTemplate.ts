import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { templateIdField } from '../siteTemplate/shared';
import { locationField, metadataField, siteNameField } from './shared';

const showOnlyForCreateFromTemplate = showFor('site', ['createFromTemplate']);

export const siteCreateFromTemplateDescription: INodeProperties[] = [
	templateIdField(showOnlyForCreateFromTemplate, 'The site template to create the site from'),
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
