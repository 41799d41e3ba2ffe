import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { rocketApiRequest } from '../shared/request';
import { chosenSiteId } from './chosenSite';

const PAGE_SIZE = 100;

/** Every additional domain of the site chosen in the node, sorted by name. */
async function fetchAdditionalDomains(this: ILoadOptionsFunctions): Promise<IDataObject[]> {
	const siteId = chosenSiteId(this, 'additional domains');

	const domains: IDataObject[] = [];
	for (let page = 1; ; page++) {
		const body = await rocketApiRequest.call(this, 'GET', `/sites/${siteId}/domains`, {
			page,
			per_page: PAGE_SIZE,
			sort: 'domain',
			direction: 'asc',
		});
		// Rocket.net nests this list one level down, in result.additional_domains.
		const result = (body.result ?? {}) as IDataObject;
		const records = (
			Array.isArray(result.additional_domains) ? result.additional_domains : []
		) as IDataObject[];
		domains.push(...records);

		const total = Number((body.metadata as IDataObject | undefined)?.total ?? 0);
		if (records.length < PAGE_SIZE || domains.length >= total) return domains;
	}
}

function option(domain: IDataObject, value: string | number): INodePropertyOptions {
	return {
		name: String(domain.display_domain ?? domain.domain),
		value,
		description: `Hostname ${String(domain.hostname_status)}, SSL ${String(domain.ssl_status)}`,
	};
}

/** Additional domains by ID, for the operations that take a domain ID in their path. */
export async function getAdditionalDomains(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const domains = await fetchAdditionalDomains.call(this);
	return domains.map((domain) => option(domain, Number(domain.id)));
}

/** Additional domains by name, for Replace Main Domain → Promote an Additional Domain. */
export async function getAdditionalDomainNames(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const domains = await fetchAdditionalDomains.call(this);
	return domains.map((domain) => option(domain, String(domain.domain)));
}
