import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor, siteSelector } from '../../shared/descriptions';
import { sortOptions } from '../../shared/sorting';
import { tagsField } from './shared';

export const siteTemplateGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit('siteTemplate', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: showFor('siteTemplate', ['getAll']) },
		options: [
			{
				displayName: 'Created From Domain',
				name: 'createdFromDomain',
				type: 'string',
				default: '',
				placeholder: 'e.g. example.com',
				description: 'Only templates built from the site with this domain',
				routing: {
					send: { type: 'query', property: 'created_from.domain', propertyInDotNotation: false },
				},
			},
			{
				displayName: 'Created From Site',
				name: 'createdFromSiteId',
				type: 'resourceLocator',
				default: { mode: 'list', value: '' },
				modes: siteSelector('siteTemplate', ['getAll']).modes,
				description: 'Only templates built from this site',
				routing: {
					send: { type: 'query', property: 'created_from.site_id', propertyInDotNotation: false },
				},
			},
			tagsField('query', 'Only templates with these tags'),
			...sortOptions([
				{ name: 'Created At', value: 'created_at' },
				{ name: 'Name', value: 'name' },
				{ name: 'Updated At', value: 'updated_at' },
			]),
		],
	},
];
