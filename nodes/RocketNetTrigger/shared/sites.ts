import type { IDataObject, IPollFunctions, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { rocketApiRequest } from '../../RocketNet/shared/request';

export interface WatchedSite {
	id: string;
	domain: string;
}

/** Every site of the account, a page of 1,000 at a time. */
export async function allSites(this: IPollFunctions): Promise<WatchedSite[]> {
	const sites: WatchedSite[] = [];
	for (let page = 1; ; page++) {
		const body = await rocketApiRequest.call(this, 'GET', '/sites', { page, per_page: 1000 });
		const records = (Array.isArray(body.result) ? body.result : []) as IDataObject[];
		sites.push(...records.map((site) => ({ id: String(site.id), domain: String(site.domain) })));

		const total = Number((body.metadata as IDataObject | undefined)?.total ?? 0);
		if (records.length < 1000 || sites.length >= total) return sites;
	}
}

/**
 * The sites a trigger watches. Chosen sites get their domain looked up once and remembered, so a
 * poll costs no extra request per site.
 */
export async function watchedSites(
	this: IPollFunctions,
	watch: string,
	siteIds: string[],
	knownDomains: Record<string, string>,
): Promise<WatchedSite[]> {
	if (watch === 'allSites') return await allSites.call(this);

	const sites: WatchedSite[] = [];
	for (const id of siteIds) {
		let domain = knownDomains[id];
		if (domain === undefined) {
			const body = await rocketApiRequest.call(this, 'GET', `/sites/${id}`);
			domain = String((body.result as IDataObject | undefined)?.domain ?? '');
		}
		sites.push({ id, domain });
	}
	return sites;
}

/**
 * Runs a read for one site. A site that no longer exists answers 404: the trigger stops watching
 * it (undefined) instead of failing the poll.
 */
export async function unlessGone<T>(
	context: IPollFunctions,
	read: () => Promise<T>,
): Promise<T | undefined> {
	try {
		return await read();
	} catch (error) {
		if (String((error as { httpCode?: unknown })?.httpCode) === '404') return undefined;
		throw new NodeApiError(context.getNode(), error as JsonObject);
	}
}
