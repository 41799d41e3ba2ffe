import { bodyOf, siteOf, type RouteContext } from '../http/context';
import { okList } from '../http/list';
import { ApiError, ok, SITE_LOCKED, success } from '../http/reply';
import type { Router } from '../http/router';
import { isoSeconds, newToken } from '../state/ids';
import { isKnownLocation } from '../state/locations';
import {
	addSite,
	removeSite,
	siteDetailsView,
	siteView,
	slugify,
	uniqueDomain,
} from '../state/sites';
import type { SiteRecord } from '../state/state';

/** Status reason 5: locked with "Lock My Site". */
const LOCKED_BY_USER = 5;

const SITE_SORT = {
	id: (site: SiteRecord) => site.id,
	created_at: (site: SiteRecord) => site.created_at,
	domain: (site: SiteRecord) => site.domain,
	label: (site: SiteRecord) => site.label,
	disk_usage: (site: SiteRecord) => site.disk_usage,
};

function matchesSiteFilters(site: SiteRecord, query: Record<string, unknown>): boolean {
	const domain = typeof query.domain === 'string' ? query.domain.toLowerCase() : undefined;
	const search = typeof query.search === 'string' ? query.search.toLowerCase() : undefined;
	if (domain && !site.domain.toLowerCase().includes(domain)) return false;
	if (!search) return true;

	return [site.domain, site.label ?? '', String(site.id)].some((text) =>
		text.toLowerCase().includes(search),
	);
}

// Limitation: the spec does not say whether GET /sites lists staging copies; here it does not.
/** Production sites only: staging copies show up under their production site's `staging`. */
function listSites(context: RouteContext) {
	const sites = [...context.state.sites.values()].filter(
		(site) => site.production === null && matchesSiteFilters(site, context.query),
	);
	return okList(sites, context.query, { defaultSort: 'id', sortBy: SITE_SORT }, (site) =>
		siteDetailsView(site, context.state),
	);
}

export interface LocationChoice {
	location?: number;
	restricted_location?: number;
}

interface CreateSiteBody extends LocationChoice {
	name: string;
	label?: string | null;
	site_type?: number;
	static_site?: boolean;
	metadata?: Record<string, unknown>;
	php_version?: string;
	template_id?: string;
}

/** Checks `location` / `restricted_location` of create and clone bodies; answers the id to use. */
export function chosenLocation(body: LocationChoice, fallback: number): number {
	if (typeof body.restricted_location === 'number') {
		if (!isKnownLocation(body.restricted_location, true)) {
			throw new ApiError(400, `Unknown restricted location ${body.restricted_location}`);
		}
		return body.restricted_location;
	}
	if (typeof body.location === 'number') {
		if (!isKnownLocation(body.location, false)) {
			throw new ApiError(400, `Unknown location ${body.location}`);
		}
		return body.location;
	}
	return fallback;
}

// Limitation: new sites are active at once; the real API may keep them pending while installing.
function createSite(context: RouteContext) {
	const body = bodyOf<CreateSiteBody>(context);
	if (body.template_id !== undefined && !context.state.templates.has(body.template_id)) {
		throw new ApiError(404, 'Site template not found');
	}

	const site = addSite(context.state, {
		domain: uniqueDomain(context.state, slugify(body.name)),
		createdAt: isoSeconds(context.now),
		label: body.label ?? null,
		locationId: chosenLocation(body, 1),
		siteType: body.site_type ?? (body.static_site ? 1 : 0),
		metadata: body.metadata,
		phpVersion: body.php_version,
		diskUsage: 0,
		password: newToken(12),
	});
	return ok({ id: site.id, domain: site.domain });
}

function getSite(context: RouteContext) {
	return ok(siteView(siteOf(context), context.state));
}

function updateSite(context: RouteContext) {
	const site = siteOf(context);
	const body = bodyOf<Partial<Pick<SiteRecord, 'label' | 'metadata' | 'site_type'>>>(context);
	if (body.label !== undefined) site.label = body.label;
	if (body.metadata !== undefined) site.metadata = body.metadata;
	if (body.site_type !== undefined) site.site_type = body.site_type;
	return ok(siteView(site, context.state));
}

function deleteSite(context: RouteContext) {
	const site = siteOf(context);
	removeSite(context.state, site);
	return ok({ id: site.id });
}

function credentials(context: RouteContext) {
	const { username, password } = siteOf(context).credentials;
	return ok({ username, password });
}

function usage(context: RouteContext) {
	const site = siteOf(context);
	return ok({
		totals: {
			visitors: site.usage.visitors,
			disk: site.disk_usage,
			bandwidth: site.usage.bandwidth,
		},
	});
}

function lock(context: RouteContext) {
	const site = siteOf(context);
	site.status = 'locked';
	site.status_reason = LOCKED_BY_USER;
	return success();
}

function unlock(context: RouteContext) {
	const site = siteOf(context);
	if (site.status !== 'locked') throw new ApiError(400, 'Site is not locked');
	if (site.status_reason !== LOCKED_BY_USER) throw new ApiError(400, SITE_LOCKED);

	site.status = 'active';
	site.status_reason = 0;
	return success();
}

function phpMyAdminLogin(context: RouteContext) {
	const site = siteOf(context);
	return ok({
		phpmyadmin_sign_on_url: `https://${site.rocket_url}/phpmyadmin/sso?token=${newToken()}`,
	});
}

function accessToken(context: RouteContext) {
	const site = siteOf(context);
	const ttl = bodyOf<{ ttl?: number }>(context).ttl ?? 3600;
	if (ttl < 1) throw new ApiError(400, 'ttl must be a positive number of seconds');

	const token = context.issueToken({
		subject: context.state.account.user_id,
		ttlSeconds: ttl,
		siteId: site.id,
	});
	return ok({ token });
}

export function registerSiteRoutes(router: Router): void {
	router.on('GET', '/sites', listSites);
	router.on('POST', '/sites', createSite);
	router.on('GET', '/sites/{id}', getSite);
	router.on('PATCH', '/sites/{id}', updateSite);
	router.on('DELETE', '/sites/{id}', deleteSite);
	router.on('GET', '/sites/{id}/credentials', credentials);
	router.on('GET', '/sites/{id}/usage', usage);
	router.on('POST', '/sites/{id}/lock', lock);
	router.on('DELETE', '/sites/{id}/lock', unlock);
	router.on('GET', '/sites/{id}/pma/login', phpMyAdminLogin);
	router.on('POST', '/sites/{id}/access_token', accessToken);
}
