import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';
import { sortOptions } from '../../shared/sorting';

export const domainGetAllAdditionalDomainsDescription: INodeProperties[] = [
	...returnAllAndLimit('domain', 'getAllAdditionalDomains'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: showFor('domain', ['getAllAdditionalDomains']) },
		options: [
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				placeholder: 'e.g. example.com',
				description: 'Only additional domains whose name contains this text',
				routing: { send: { type: 'query', property: 'search' } },
			},
			...sortOptions([
				{ name: 'Domain', value: 'domain' },
				{ name: 'Domain Type', value: 'domain_type' },
				{ name: 'Hostname Status', value: 'hostname_status' },
				{ name: 'SSL Status', value: 'ssl_status' },
				{ name: 'Validation Method', value: 'validation_method' },
			]),
		],
	},
];
