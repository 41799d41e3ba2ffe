import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { rocketApiRequest } from '../../RocketNet/shared/request';

/** The account's sites by domain, for choosing which ones to watch. */
export async function getSites(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const options: INodePropertyOptions[] = [];
	for (let page = 1; ; page++) {
		const qs = { page, per_page: 1000, sort: 'domain', direction: 'asc' };
		const body = await rocketApiRequest.call(this, 'GET', '/sites', qs);
		const sites = (Array.isArray(body.result) ? body.result : []) as IDataObject[];
		options.push(...sites.map((site) => ({ name: String(site.domain), value: String(site.id) })));

		const total = Number((body.metadata as IDataObject | undefined)?.total ?? 0);
		if (sites.length < 1000 || options.length >= total) return options;
	}
}
