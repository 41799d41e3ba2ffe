import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { rocketApiRequest } from '../../RocketNet/shared/request';
import type { WatchedSite } from '../shared/sites';
import { unlessGone, watchedSites } from '../shared/sites';

export interface SiteHealthState {
	domains: Record<string, string>;
	/** The last WordPress status seen per site. */
	statuses: Record<string, string>;
}

export interface SiteHealthOptions {
	watch: string;
	siteIds: string[];
}

async function wordpressStatus(this: IPollFunctions, site: WatchedSite) {
	const body = await rocketApiRequest.call(this, 'GET', `/sites/${site.id}/wp/status`);
	const status = ((body.result as IDataObject | undefined)?.wordpress_status ?? {}) as IDataObject;
	return {
		status: String(status.operational_status ?? 'unknown'),
		error: (status.error ?? null) as string | null,
	};
}

/** One poll: sites whose WordPress status changed since the last poll; the first only records. */
export async function pollSiteHealthChanged(
	this: IPollFunctions,
	options: SiteHealthOptions,
	previous: SiteHealthState | undefined,
	now: number,
): Promise<{ items: IDataObject[]; state: SiteHealthState }> {
	const sites = await watchedSites.call(
		this,
		options.watch,
		options.siteIds,
		previous?.domains ?? {},
	);
	const state: SiteHealthState = {
		domains: Object.fromEntries(sites.map((site) => [site.id, site.domain])),
		statuses: {},
	};
	const items: IDataObject[] = [];

	for (const site of sites) {
		const current = await unlessGone(this, async () => await wordpressStatus.call(this, site));
		if (!current) continue;

		const before = previous?.statuses[site.id];
		if (before !== undefined && before !== current.status) {
			items.push({
				site_id: Number(site.id),
				site_domain: site.domain,
				old_status: before,
				new_status: current.status,
				error: current.error,
				checked_at: new Date(now).toISOString(),
			});
		}
		state.statuses[site.id] = current.status;
	}
	return { items, state };
}

/** Fetch Test Event: the current status of the first watched site, changing no state. */
export async function latestSiteHealthChanged(
	this: IPollFunctions,
	options: SiteHealthOptions,
	previous: SiteHealthState | undefined,
): Promise<IDataObject | undefined> {
	const [site] = await watchedSites.call(this, options.watch, options.siteIds, {});
	if (!site) return undefined;
	const current = await wordpressStatus.call(this, site);
	return {
		site_id: Number(site.id),
		site_domain: site.domain,
		old_status: previous?.statuses[site.id] ?? null,
		new_status: current.status,
		error: current.error,
		checked_at: new Date().toISOString(),
	};
}
