import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

const showOnlyForCreate = showFor('cloudBackup', ['create']);

async function requireSomethingToBackUp(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const fields = this.getNodeParameter('additionalFields', {}) as {
		includes_files?: boolean;
		includes_database?: boolean;
	};
	if (fields.includes_files === false && fields.includes_database === false) {
		throw new NodeOperationError(this.getNode(), 'Nothing to back up: Files and Database are off', {
			description: 'Turn on Files, Database or both under Additional Fields.',
		});
	}
	return requestOptions;
}

export const cloudBackupCreateDescription: INodeProperties[] = [
	{
		displayName: 'Label',
		name: 'label',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Before plugin updates',
		description: 'A name for the backup',
		displayOptions: { show: showOnlyForCreate },
		routing: { send: { type: 'body', property: 'label' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForCreate },
		routing: { send: { preSend: [requireSomethingToBackUp] } },
		options: [
			{
				displayName: 'Database',
				name: 'includes_database',
				type: 'boolean',
				default: true,
				description: 'Whether to back up the database',
				routing: { send: { type: 'body', property: 'includes_database' } },
			},
			{
				displayName: 'Exclude Paths',
				name: 'exclude_paths',
				type: 'string',
				typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Path' },
				default: [],
				placeholder: 'e.g. public_html/wp-content/cache',
				description: "Folders or files to leave out, relative to the site's home folder",
				routing: { send: { type: 'body', property: 'exclude_paths' } },
			},
			{
				displayName: 'Files',
				name: 'includes_files',
				type: 'boolean',
				default: true,
				description: 'Whether to back up all files of the site',
				routing: { send: { type: 'body', property: 'includes_files' } },
			},
		],
	},
];
