import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyRouting,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { binaryPropertyField, showFor } from '../../shared/descriptions';
import { downloadTokenOf, fileDownloadRouting } from '../../shared/download';
import { rocketApiRequest } from '../../shared/request';

export const backupDownloadDescription: INodeProperties[] = [
	{
		...binaryPropertyField(showFor('backup', ['download'])),
		routing: { send: { preSend: [addDownloadToken] } },
	},
];

/**
 * A backup is downloaded with the token in its `download_link`, not with the login token, so the
 * backup is looked up first and the link's token goes into the download request.
 */
async function addDownloadToken(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const siteId = this.getNodeParameter('siteId', undefined, { extractValue: true }) as string;
	const backupId = Number(this.getNodeParameter('backupId'));

	// Limitation: only the newest 1000 backups of a site are searched for the link.
	const body = await rocketApiRequest.call(this, 'GET', `/sites/${siteId}/backup`, {
		per_page: 1000,
	});
	const backups = (Array.isArray(body.result) ? body.result : []) as IDataObject[];
	const backup = backups.find((candidate) => Number(candidate.id) === backupId);
	if (!backup) {
		throw new NodeOperationError(this.getNode(), `Backup ${backupId} was not found on this site`, {
			description: 'Check the Backup ID with Backup → Get Many.',
		});
	}

	const token = downloadTokenOf(backup.download_link);
	if (backup.status !== 'DONE' || !token) {
		throw new NodeOperationError(
			this.getNode(),
			`Backup ${backupId} cannot be downloaded yet (status ${String(backup.status)})`,
			{
				description: 'Wait until the backup task is done, e.g. with Wait for Completion on Create.',
			},
		);
	}

	requestOptions.qs = { ...(requestOptions.qs ?? {}), token };
	return requestOptions;
}

export function backupDownloadRouting(url: string): INodePropertyRouting {
	return fileDownloadRouting(url, (context) => {
		const siteId = context.getNodeParameter('siteId', '', { extractValue: true });
		return `backup-${String(siteId)}-${String(context.getNodeParameter('backupId'))}.tar.gz`;
	});
}
