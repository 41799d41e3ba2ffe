import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { directoryField } from './shared';

const showOnlyForCreateFolder = showFor('file', ['createFolder']);

export const fileCreateFolderDescription: INodeProperties[] = [
	{
		displayName: 'Folder Name',
		name: 'folderName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. exports',
		displayOptions: { show: showOnlyForCreateFolder },
		routing: { send: { type: 'body', property: 'name' } },
	},
	directoryField(
		showOnlyForCreateFolder,
		'Folder to create the new folder in, relative to the document root; / for the document root',
		'Parent Directory',
	),
];
