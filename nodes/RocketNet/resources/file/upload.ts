import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { fileContentFields } from '../../shared/upload';
import { directoryField, fileNameField } from './shared';

const showOnlyForUpload = showFor('file', ['upload']);

export const fileUploadDescription: INodeProperties[] = [
	directoryField(
		showOnlyForUpload,
		"Folder to upload into, relative to the site's document root; / for the document root",
	),
	fileNameField(showOnlyForUpload, { type: 'body', property: 'filename' }, true),
	...fileContentFields('file', 'upload', 'base64'),
];
