import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
	INodePropertyRouting,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { USER_AGENT } from '../../shared/constants';
import { binaryPropertyField, showFor } from '../../shared/descriptions';
import { sendWithRetries } from '../../shared/request';

const showOnlyForDownload = showFor('cloudBackup', ['download']);

export const cloudBackupDownloadDescription: INodeProperties[] = [
	{
		displayName: 'Download File',
		name: 'downloadFile',
		type: 'boolean',
		default: true,
		description:
			'Whether to also fetch the backup from its pre-signed link and output it as binary data, rather than only output the link',
		displayOptions: { show: showOnlyForDownload },
	},
	binaryPropertyField({ ...showOnlyForDownload, downloadFile: [true] }),
];

function fileNameOf(link: string, fallback: string): string {
	try {
		const name = decodeURIComponent(new URL(link).pathname.split('/').pop() ?? '');
		return name || fallback;
	} catch {
		return fallback;
	}
}

/**
 * Fetches the backup from the pre-signed link Rocket.net answered with. The link carries its own
 * signature: the Rocket.net login is not sent along, and the file is streamed into n8n's binary
 * data rather than read into memory first.
 */
async function fetchBackupFile(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	if (this.getNodeParameter('downloadFile', true) !== true) return items;

	const result = ((response.body as IDataObject)?.result ?? {}) as IDataObject;
	const link = String(result.download_link ?? '');
	if (!/^https?:\/\//i.test(link)) {
		throw new NodeOperationError(this.getNode(), 'Rocket.net answered without a download link', {
			description: 'Check that the backup is done with Cloud Backup → Get, then try again.',
		});
	}

	let download: IN8nHttpFullResponse;
	try {
		download = (await sendWithRetries(this, 'GET', async () => {
			try {
				return await this.helpers.httpRequest({
					method: 'GET',
					url: link,
					headers: { 'User-Agent': USER_AGENT },
					encoding: 'stream',
					returnFullResponse: true,
				});
			} catch (error) {
				// Wrapped as n8n wraps authenticated requests, so that retries can read the status.
				throw new NodeApiError(this.getNode(), error as JsonObject);
			}
		})) as IN8nHttpFullResponse;
	} catch (error) {
		const status = (error as { httpCode?: string }).httpCode;
		throw new NodeOperationError(
			this.getNode(),
			`The backup could not be fetched from its download link${status ? ` (HTTP ${status})` : ''}`,
			{
				description:
					'Download links expire after a while. Run the operation again for a fresh link, or turn off Download File to output only the link.',
			},
		);
	}

	const backupId = String(this.getNodeParameter('cloudBackupId', 'backup'));
	const fileName = fileNameOf(link, `cloud-backup-${backupId}.zip`);
	const headers = (download.headers ?? {}) as IDataObject;
	const mimeType = String(headers['content-type'] ?? 'application/zip').split(';')[0];
	const binary = await this.helpers.prepareBinaryData(
		download.body as Parameters<typeof this.helpers.prepareBinaryData>[0],
		fileName,
		mimeType,
	);
	const binaryPropertyName = this.getNodeParameter('binaryPropertyName', 'data') as string;
	const fileSize = Number(headers['content-length'] ?? binary.bytes);

	return [
		{
			json: { download_link: link, fileName, mimeType, fileSize },
			binary: { [binaryPropertyName]: binary },
		},
	];
}

export function cloudBackupDownloadRouting(url: string): INodePropertyRouting {
	return {
		request: { method: 'GET', url },
		output: { postReceive: [fetchBackupFile] },
	};
}
