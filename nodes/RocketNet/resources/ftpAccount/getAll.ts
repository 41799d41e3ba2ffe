import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';
import { sortOptions } from '../../shared/sorting';

export const ftpAccountGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit('ftpAccount', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: showFor('ftpAccount', ['getAll']) },
		options: [
			{
				displayName: 'Username',
				name: 'username',
				type: 'string',
				default: '',
				placeholder: 'e.g. designer',
				description: 'Only accounts whose username contains this text',
				routing: { send: { type: 'query', property: 'username' } },
			},
			...sortOptions(
				[
					{ name: 'Disk Quota', value: 'diskquota' },
					{ name: 'Disk Used', value: 'diskused' },
					{ name: 'Home Directory', value: 'reldir' },
					{ name: 'Username', value: 'user' },
				],
				'user',
			),
		],
	},
];
