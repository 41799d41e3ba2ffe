import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

const showOnlyForCompress = showFor('file', ['compress']);

/** bz2 and gz compress one file; archives of several files or folders are tar, tar.* or zip. */
async function validateSources(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const sources = ([] as unknown[])
		.concat(this.getNodeParameter('sourcePaths', []))
		.filter((source) => String(source).trim() !== '');
	if (sources.length === 0) {
		throw new NodeOperationError(this.getNode(), 'Files to Compress is empty', {
			description: 'Add the path of at least one file or folder, e.g. wp-content/uploads.',
		});
	}

	const type = String(this.getNodeParameter('compressType', 'zip'));
	if ((type === 'gz' || type === 'bz2') && sources.length > 1) {
		throw new NodeOperationError(this.getNode(), `Type ${type} compresses a single file`, {
			description: `Choose Tar + ${type === 'gz' ? 'Gzip' : 'Bzip2'} or Zip for several files.`,
		});
	}
	return requestOptions;
}

export const fileCompressDescription: INodeProperties[] = [
	{
		displayName: 'Files to Compress',
		name: 'sourcePaths',
		type: 'string',
		typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Path' },
		required: true,
		default: [],
		placeholder: 'e.g. wp-content/uploads',
		description:
			'Paths of the files and folders to put in the archive, relative to the document root',
		displayOptions: { show: showOnlyForCompress },
		routing: { send: { type: 'body', property: 'sourcefiles', preSend: [validateSources] } },
	},
	{
		displayName: 'Archive Path',
		name: 'archivePath',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. wp-content/uploads.zip',
		description: 'Path of the archive to create, relative to the document root, with its extension',
		displayOptions: { show: showOnlyForCompress },
		routing: { send: { type: 'body', property: 'destfiles' } },
	},
	{
		displayName: 'Type',
		name: 'compressType',
		type: 'options',
		required: true,
		options: [
			{ name: 'Bzip2 (.bz2)', value: 'bz2' },
			{ name: 'Gzip (.gz)', value: 'gz' },
			{ name: 'Tar (.tar)', value: 'tar' },
			{ name: 'Tar + Bzip2 (.tar.bz2)', value: 'tar.bz2' },
			{ name: 'Tar + Gzip (.tar.gz)', value: 'tar.gz' },
			{ name: 'Zip (.zip)', value: 'zip' },
		],
		default: 'zip',
		description: 'How to pack and compress the archive',
		displayOptions: { show: showOnlyForCompress },
		routing: { send: { type: 'body', property: 'compress_type' } },
	},
];
