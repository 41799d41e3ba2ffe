import { bodyOf, siteOf, type RouteContext } from '../http/context';
import { ApiError, ok } from '../http/reply';
import type { Router } from '../http/router';
import type { SiteRecord } from '../state/state';

function siteDomains(site: SiteRecord, staging: SiteRecord | undefined): string[] {
	const apex = site.domain.replace(/^www\./, '');
	return [site.domain, apex, `www.${apex}`, site.rocket_url, ...(staging ? [staging.domain] : [])];
}

/** Records a purge after checking the `staging` and `domain` query parameters against the site. */
function purge(context: RouteContext, everything: boolean) {
	const site = siteOf(context);
	const staging = site.staging_id === null ? undefined : context.state.sites.get(site.staging_id);
	const { query } = context;
	if (query.staging === true && !staging)
		throw new ApiError(400, 'Site does not have a staging site');

	const domain = typeof query.domain === 'string' ? query.domain : null;
	if (domain !== null && !siteDomains(site, staging).includes(domain.toLowerCase())) {
		throw new ApiError(400, `Domain ${domain} does not belong to this site`);
	}

	const body = bodyOf<{ files?: string[]; tags?: string[] }>(context);
	context.state.cachePurges.push({
		time: context.now,
		site_id: site.id,
		everything,
		files: everything ? [] : (body.files ?? []),
		tags: everything ? [] : (body.tags ?? []),
		staging: query.staging === true,
		domain,
		include_additional_domains: query.include_additional_domains === true,
	});
	return ok({ status: 'success' });
}

export function registerCacheRoutes(router: Router): void {
	router.on('POST', '/sites/{id}/cache/purge', (context) => purge(context, false));
	router.on('POST', '/sites/{id}/cache/purge_everything', (context) => purge(context, true));
}
