import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

const showOnlyForRestore = showFor('cloudBackup', ['restore']);

/** Restore paths only make sense when files are restored, and something must be restored. */
async function validateRestoreScope(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const files = this.getNodeParameter('includesFiles', true) as boolean;
	const database = this.getNodeParameter('includesDatabase', true) as boolean;
	const paths = (this.getNodeParameter('options.restore_paths', []) as string[]) ?? [];
	if (!files && !database) {
		throw new NodeOperationError(this.getNode(), 'Nothing to restore: Files and Database are off', {
			description: 'Turn on Files, Database or both.',
		});
	}
	if (!files && paths.length > 0) {
		throw new NodeOperationError(this.getNode(), 'Restore Paths need Files turned on', {
			description: 'Turn on Files to restore the chosen paths, or remove Restore Paths.',
		});
	}
	return requestOptions;
}

export const cloudBackupRestoreDescription: INodeProperties[] = [
	{
		displayName: 'Files',
		name: 'includesFiles',
		type: 'boolean',
		required: true,
		default: true,
		description: 'Whether to restore the files from the backup',
		displayOptions: { show: showOnlyForRestore },
		routing: {
			send: { type: 'body', property: 'includes_files', preSend: [validateRestoreScope] },
		},
	},
	{
		displayName: 'Database',
		name: 'includesDatabase',
		type: 'boolean',
		required: true,
		default: true,
		description: 'Whether to restore the database from the backup',
		displayOptions: { show: showOnlyForRestore },
		routing: { send: { type: 'body', property: 'includes_database' } },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: showOnlyForRestore },
		options: [
			{
				displayName: 'Restore Paths',
				name: 'restore_paths',
				type: 'string',
				typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Path' },
				default: [],
				placeholder: 'e.g. public_html/wp-content/themes',
				description:
					"Restore only these files and folders, relative to the site's home folder (needs Files)",
				routing: { send: { type: 'body', property: 'restore_paths' } },
			},
		],
	},
];
