import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { fileNameField } from './shared';

/** View and Download name a file the same way: its name, and optionally its folder. */
export function fileLocationFields(operation: string): INodeProperties[] {
	const show = showFor('file', [operation]);
	return [
		fileNameField(show, { type: 'query', property: 'filename' }, false),
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: { show },
			options: [
				{
					displayName: 'Directory',
					name: 'directory',
					type: 'string',
					default: '',
					placeholder: 'e.g. wp-content/themes/acme',
					description:
						"Folder of the file, relative to the site's document root (the document root if not set)",
					routing: { send: { type: 'query', property: 'directory' } },
				},
			],
		},
	];
}

export const fileViewDescription: INodeProperties[] = fileLocationFields('view');
