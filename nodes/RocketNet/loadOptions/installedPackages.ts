import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { rocketApiRequest } from '../shared/request';

/** The plugins or themes installed on the site chosen in the node, or none before one is. */
export async function installedPackages(
	this: ILoadOptionsFunctions,
	kind: 'plugins' | 'themes',
): Promise<IDataObject[]> {
	const siteId = String(this.getCurrentNodeParameter('siteId', { extractValue: true }) ?? '');
	if (!/^[1-9][0-9]*$/.test(siteId.trim())) return [];

	// Limitation: a site with more than 1000 plugins or themes lists only the first 1000.
	const body = await rocketApiRequest.call(this, 'GET', `/sites/${siteId.trim()}/${kind}`, {
		per_page: 1000,
		sort: 'title',
	});
	return (Array.isArray(body.result) ? body.result : []) as IDataObject[];
}

/** "Akismet Anti-spam", with slug, status and version (and any update) beside it. */
export function packageOption(record: IDataObject): INodePropertyOptions {
	const update =
		record.update === 'available' ? `, update to ${String(record.update_version)}` : '';
	return {
		name: String(record.title || record.name),
		value: String(record.name),
		description: `${String(record.name)}: ${String(record.status)}, version ${String(record.version)}${update}`,
	};
}
