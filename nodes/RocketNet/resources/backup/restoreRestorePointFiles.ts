import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

const showOnlyForRestoreFiles = showFor('backup', ['restoreRestorePointFiles']);

export const backupRestoreRestorePointFilesDescription: INodeProperties[] = [
	{
		displayName: 'Restore Type',
		name: 'restoreType',
		type: 'options',
		required: true,
		options: [
			{ name: 'All Files', value: 'full' },
			{ name: 'Chosen Files', value: 'partial' },
		],
		default: 'full',
		displayOptions: { show: showOnlyForRestoreFiles },
		routing: { send: { type: 'body', property: 'restore_type' } },
	},
	{
		displayName: 'File Paths',
		name: 'files',
		type: 'string',
		typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Path' },
		default: [],
		placeholder: 'e.g. wp-content/themes/acme/functions.php',
		description: 'Paths of the files to restore, relative to the site root',
		displayOptions: { show: { ...showOnlyForRestoreFiles, restoreType: ['partial'] } },
		routing: { send: { type: 'body', property: 'files' } },
	},
];
