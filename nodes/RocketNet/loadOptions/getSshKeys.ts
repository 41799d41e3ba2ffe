import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { rocketApiRequest } from '../shared/request';
import { chosenSiteId } from './chosenSite';

/** The SSH keys of the chosen site, by name, with whether each may log in. */
export async function getSshKeys(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const siteId = chosenSiteId(this, 'SSH keys');

	// Limitation: only the first 1000 keys of a site are offered.
	const body = await rocketApiRequest.call(this, 'GET', `/sites/${siteId}/ssh/keys`, {
		per_page: 1000,
		sort: 'name',
	});
	const keys = (Array.isArray(body.result) ? body.result : []) as IDataObject[];

	return keys.map((key) => {
		const status = String(key.authstatus ?? '');
		return {
			name: String(key.name),
			value: String(key.name),
			description: status.charAt(0).toUpperCase() + status.slice(1),
		};
	});
}
