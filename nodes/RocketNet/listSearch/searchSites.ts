import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { rocketApiRequest } from '../shared/request';

const PAGE_SIZE = 100;

export async function searchSites(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = Number(paginationToken) || 1;
	const qs: IDataObject = { page, per_page: PAGE_SIZE, sort: 'domain', direction: 'asc' };
	if (filter) qs.search = filter;

	const body = await rocketApiRequest.call(this, 'GET', '/sites', qs);
	const sites = (Array.isArray(body.result) ? body.result : []) as IDataObject[];
	const total = Number((body.metadata as IDataObject | undefined)?.total ?? 0);

	return {
		results: sites.map((site) => ({
			name: String(site.label ? `${site.domain} (${site.label})` : site.domain),
			value: String(site.id),
		})),
		paginationToken: page * PAGE_SIZE < total ? String(page + 1) : undefined,
	};
}
