import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';
import { sortOptions } from '../../shared/sorting';

export const sshKeyGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit('sshKey', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: showFor('sshKey', ['getAll']) },
		options: [
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				placeholder: 'e.g. deploy',
				description: 'Only keys whose name or file contains this text',
				routing: { send: { type: 'query', property: 'search' } },
			},
			...sortOptions(
				[
					{ name: 'Authorization Status', value: 'authstatus' },
					{ name: 'File', value: 'file' },
					{ name: 'Name', value: 'name' },
				],
				'name',
			),
		],
	},
];
