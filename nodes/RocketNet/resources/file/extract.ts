import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { filePathField } from './shared';

const showOnlyForExtract = showFor('file', ['extract']);

export const fileExtractDescription: INodeProperties[] = [
	filePathField(showOnlyForExtract, 'file', {
		displayName: 'Archive Path',
		placeholder: 'e.g. wp-content/uploads/import.zip',
		description: "Path of the archive (zip, tar, gz …), relative to the site's document root",
	}),
	{
		displayName: 'Destination',
		name: 'destination',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. wp-content/uploads/imported',
		description: 'Folder to extract into, relative to the document root; / for the document root',
		displayOptions: { show: showOnlyForExtract },
		routing: { send: { type: 'body', property: 'destination' } },
	},
];
