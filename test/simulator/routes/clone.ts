import { bodyOf, siteOf, type RouteContext } from '../http/context';
import type { Router } from '../http/router';
import { isoSeconds } from '../state/ids';
import { addSite, removeSite, slugify, uniqueDomain } from '../state/sites';
import type { SimulatorState, SiteRecord } from '../state/state';
import { chosenLocation, type LocationChoice } from './sites';
import { beginTask, taskStarted } from './tasks-shared';

interface CloneBody extends LocationChoice {
	label?: string;
	metadata?: Record<string, unknown>;
	template_replacements?: Array<{ key?: string; value?: string }>;
}

/** Status reasons from the spec's SiteStatusReason. */
const BEING_CLONED = 8;
const NEW_CLONE_NOT_READY = 9;

function releaseSource(state: SimulatorState, sourceId: number): void {
	const source = state.sites.get(sourceId);
	if (source?.status === 'locked' && source.status_reason === BEING_CLONED) {
		source.status = 'active';
		source.status_reason = 0;
	}
}

/**
 * Clones a site through a clone_site task. The source is locked (status_reason 8) until the task
 * ends; the copy exists from the start as pending (status_reason 9) and is removed if the task
 * fails.
 */
function cloneSite(context: RouteContext) {
	const source = siteOf(context);
	const body = bodyOf<CloneBody>(context);
	const copy: SiteRecord = addSite(context.state, {
		domain: uniqueDomain(context.state, `${slugify(source.domain.split('.')[0])}-clone`),
		createdAt: isoSeconds(context.now),
		label: body.label ?? source.label,
		locationId: chosenLocation(body, source.location_id),
		siteType: source.site_type,
		metadata: body.metadata ?? {},
		status: 'pending',
		statusReason: NEW_CLONE_NOT_READY,
		phpVersion: source.settings.current_php_version,
		diskUsage: source.disk_usage,
	});
	source.status = 'locked';
	source.status_reason = BEING_CLONED;

	const meta: Record<string, unknown> = { cloned_site_id: copy.id };
	if (body.template_replacements) meta.template_replacements = body.template_replacements;

	const task = beginTask(context, {
		level: 'site',
		type: 'clone_site',
		siteId: source.id,
		meta,
		effects: {
			done: (state) => {
				releaseSource(state, source.id);
				copy.status = 'active';
				copy.status_reason = 0;
			},
			error: (state) => {
				releaseSource(state, source.id);
				if (state.sites.get(copy.id) === copy) removeSite(state, copy);
			},
		},
	});
	return taskStarted(task);
}

export function registerCloneRoutes(router: Router): void {
	router.on('POST', '/sites/{id}/clone', cloneSite);
}
