import { bodyOf, siteOf, type RouteContext } from '../http/context';
import { ApiError, success } from '../http/reply';
import type { Router } from '../http/router';
import { isoSeconds } from '../state/ids';
import { addSite, removeSite, slugify, uniqueDomain } from '../state/sites';
import type { SiteRecord } from '../state/state';
import { beginTask, taskStarted } from './tasks-shared';

/** Status reason 4: a staging site still being created. */
const STAGING_BEING_CREATED = 4;

function productionSite(context: RouteContext): SiteRecord {
	const site = siteOf(context);
	if (site.production !== null) {
		throw new ApiError(400, 'This is a staging site; use its production site instead');
	}
	return site;
}

function stagingOf(context: RouteContext, site: SiteRecord): SiteRecord {
	const staging = site.staging_id === null ? undefined : context.state.sites.get(site.staging_id);
	if (!staging) throw new ApiError(400, 'Site does not have a staging site');
	return staging;
}

function createStaging(context: RouteContext) {
	const site = productionSite(context);
	if (site.staging_id !== null) throw new ApiError(400, 'Site already has a staging site');

	const vanity = bodyOf<{ vanity_domain?: boolean }>(context).vanity_domain;
	const domain = vanity
		? `staging.${site.domain}`
		: uniqueDomain(context.state, `${slugify(site.domain.split('.')[0])}-staging`);
	const staging = addSite(context.state, {
		domain,
		createdAt: isoSeconds(context.now),
		label: site.label,
		locationId: site.location_id,
		siteType: site.site_type,
		status: 'pending',
		statusReason: STAGING_BEING_CREATED,
		production: site.id,
		phpVersion: site.settings.current_php_version,
		diskUsage: site.disk_usage,
	});
	site.staging_id = staging.id;

	const task = beginTask(context, {
		level: 'site',
		type: 'staging',
		siteId: site.id,
		effects: {
			done: () => {
				staging.status = 'active';
				staging.status_reason = 0;
			},
			error: (state) => {
				if (state.sites.get(staging.id) === staging) removeSite(state, staging);
			},
		},
	});
	return taskStarted(task);
}

function deleteStaging(context: RouteContext) {
	const site = productionSite(context);
	removeSite(context.state, stagingOf(context, site));
	return success();
}

function publishStaging(context: RouteContext) {
	const site = productionSite(context);
	const staging = stagingOf(context, site);
	if (staging.status !== 'active') throw new ApiError(400, 'Staging site is not ready yet');

	const task = beginTask(context, {
		level: 'site',
		type: 'publish',
		siteId: site.id,
		effects: {
			done: () => {
				site.disk_usage = staging.disk_usage;
			},
		},
	});
	return taskStarted(task);
}

export function registerStagingRoutes(router: Router): void {
	router.on('POST', '/sites/{id}/staging', createStaging);
	router.on('DELETE', '/sites/{id}/staging', deleteStaging);
	router.on('POST', '/sites/{id}/staging/publish', publishStaging);
}
