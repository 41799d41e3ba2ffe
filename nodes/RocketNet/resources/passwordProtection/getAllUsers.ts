import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';
import { sortOptions } from '../../shared/sorting';

export const passwordProtectionGetAllUsersDescription: INodeProperties[] = [
	...returnAllAndLimit('passwordProtection', 'getAllUsers'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: showFor('passwordProtection', ['getAllUsers']) },
		options: [
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				placeholder: 'e.g. preview',
				description: 'Only users whose username contains this text',
				routing: { send: { type: 'query', property: 'search' } },
			},
			...sortOptions([{ name: 'Username', value: 'username' }]),
		],
	},
];
