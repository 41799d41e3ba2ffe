import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { siteTypeOptions } from '../../shared/fields';

export const siteGetLocationsDescription: INodeProperties[] = [
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: showFor('site', ['getLocations', 'getAllLocations']) },
		options: [
			{
				displayName: 'Site Type',
				name: 'site_type',
				type: 'options',
				options: siteTypeOptions,
				default: 0,
				description: 'Only locations that can host this type of site',
				routing: { send: { type: 'query', property: 'site_type' } },
			},
		],
	},
];
