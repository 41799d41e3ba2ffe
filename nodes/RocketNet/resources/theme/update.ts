import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

export const themeUpdateDescription: INodeProperties[] = [
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: showFor('theme', ['update']) },
		options: [
			{
				displayName: 'Update to Newest Version',
				name: 'update',
				type: 'boolean',
				default: true,
				description: 'Whether to update the theme to the newest version',
				routing: { send: { type: 'body', property: 'update' } },
			},
		],
	},
];
