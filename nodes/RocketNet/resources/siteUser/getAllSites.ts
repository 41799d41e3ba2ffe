import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';
import { sortOptions } from '../../shared/sorting';

export const siteUserGetAllSitesDescription: INodeProperties[] = [
	...returnAllAndLimit('siteUser', 'getAllSites'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: showFor('siteUser', ['getAllSites']) },
		options: [
			{
				displayName: 'Domain',
				name: 'domain',
				type: 'string',
				default: '',
				placeholder: 'e.g. example.com',
				description: 'Only sites whose domain contains this text',
				routing: { send: { type: 'query', property: 'domain' } },
			},
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				placeholder: 'e.g. shop',
				description: 'Only sites whose domain or label contains this text',
				routing: { send: { type: 'query', property: 'search' } },
			},
			{
				displayName: 'Statuses',
				name: 'status',
				type: 'multiOptions',
				options: [
					{ name: 'Active', value: 'Active' },
					{ name: 'Invited', value: 'Invited' },
				],
				default: [],
				description: 'Only sites where site users have accepted, or are still invited',
				routing: { send: { type: 'query', property: 'status' } },
			},
			...sortOptions([
				{ name: 'Created At', value: 'created_at' },
				{ name: 'Disk Usage', value: 'disk_usage' },
				{ name: 'Domain', value: 'domain' },
				{ name: 'Label', value: 'label' },
			]),
		],
	},
];
