import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { rocketApiRequest } from '../shared/request';
import { chosenSiteId } from './chosenSite';

/** The manual backups of the chosen site, newest first, by label with their date and status. */
export async function getBackups(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const siteId = chosenSiteId(this, 'manual backups');

	// Limitation: only the newest 1000 backups of a site are offered.
	const body = await rocketApiRequest.call(this, 'GET', `/sites/${siteId}/backup`, {
		per_page: 1000,
		sort: 'created_at',
		direction: 'desc',
	});
	const backups = (Array.isArray(body.result) ? body.result : []) as IDataObject[];

	return backups.map((backup) => ({
		name: String(backup.label || `Backup ${String(backup.id)}`),
		value: String(backup.id),
		description: `${String(backup.created ?? '')} · ${String(backup.status ?? '')}`,
	}));
}
