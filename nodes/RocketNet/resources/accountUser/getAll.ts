import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';
import { sortOptions } from '../../shared/sorting';

export const accountUserGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit('accountUser', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: showFor('accountUser', ['getAll']) },
		options: [
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				placeholder: 'e.g. nathan',
				description: 'Only users whose name or email contains this text',
				routing: { send: { type: 'query', property: 'search' } },
			},
			...sortOptions([
				{ name: 'Email', value: 'email' },
				{ name: 'First Name', value: 'first_name' },
				{ name: 'Last Name', value: 'last_name' },
			]),
		],
	},
];
