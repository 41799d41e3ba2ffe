import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';
import { sortOptions } from '../../shared/sorting';

export const siteUserGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit('siteUser', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: showFor('siteUser', ['getAll']) },
		options: [
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				placeholder: 'e.g. nathan@example.com',
				description: 'Only site users whose name or email contains this text',
				routing: { send: { type: 'query', property: 'search' } },
			},
			...sortOptions([
				{ name: 'Email', value: 'email' },
				{ name: 'Status', value: 'status' },
				{ name: 'User ID', value: 'user_id' },
			]),
		],
	},
];
