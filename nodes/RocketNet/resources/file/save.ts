import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { fileContentFields } from '../../shared/upload';
import { directoryField, fileNameField } from './shared';

const showOnlyForSave = showFor('file', ['save']);

export const fileSaveDescription: INodeProperties[] = [
	directoryField(
		showOnlyForSave,
		"Folder of the file, relative to the site's document root; / for the document root",
	),
	fileNameField(showOnlyForSave, { type: 'body', property: 'file' }, true),
	...fileContentFields('file', 'save', 'text'),
];
