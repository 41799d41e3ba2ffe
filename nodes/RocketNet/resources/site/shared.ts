import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

import { parseJsonBodyField } from '../../shared/fields';

export function siteNameField(show: NonNullable<IDisplayOptions['show']>): INodeProperties {
	return {
		displayName: 'Site Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Acme Store',
		description: 'The WordPress site title',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'name' } },
	};
}

export const locationField: INodeProperties = {
	displayName: 'Location Name or ID',
	name: 'location',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getLocations' },
	default: '',
	description:
		'Where the site is hosted. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	routing: { send: { type: 'body', property: 'location', value: '={{ Number($value) }}' } },
};

export const metadataField: INodeProperties = {
	displayName: 'Metadata',
	name: 'metadata',
	type: 'json',
	default: '{}',
	description: 'Free-form JSON object stored with the site',
	routing: {
		send: {
			type: 'body',
			property: 'metadata',
			preSend: [parseJsonBodyField('metadata', 'Metadata')],
		},
	},
};
