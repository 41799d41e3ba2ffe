import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { rocketApiRequest } from '../shared/request';
import { chosenSiteId } from './chosenSite';

/** The FTP accounts of the chosen site, by login, with the folder each one sees. */
export async function getFtpAccounts(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const siteId = chosenSiteId(this, 'FTP accounts');

	// Limitation: only the first 1000 accounts of a site are offered.
	const body = await rocketApiRequest.call(this, 'GET', `/sites/${siteId}/ftp/accounts`, {
		page: 1,
		per_page: 1000,
		sort: 'user',
	});
	const accounts = (Array.isArray(body.result) ? body.result : []) as IDataObject[];

	return accounts.map((account) => ({
		name: String(account.user),
		value: String(account.user),
		description: account.reldir ? `Home: ${String(account.reldir)}` : undefined,
	}));
}
