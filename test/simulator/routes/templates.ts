import { exampleRecord } from '../examples';
import { bodyOf, type RouteContext } from '../http/context';
import { okList } from '../http/list';
import { ApiError, ok, SITE_NOT_FOUND, success } from '../http/reply';
import type { Router } from '../http/router';
import { isoSeconds, newUuid } from '../state/ids';
import { addSite, removeSite, slugify, uniqueDomain } from '../state/sites';
import type { SimulatorState, SiteRecord, TemplateRecord } from '../state/state';
import { chosenLocation, type LocationChoice } from './sites';
import { beginTask, taskStarted } from './tasks-shared';

/** Status reason 10: a site being created from a template. */
const CREATING_FROM_TEMPLATE = 10;

const TEMPLATE_SORT = {
	name: (template: TemplateRecord) => template.name,
	created_at: (template: TemplateRecord) => template.created_at,
	updated_at: (template: TemplateRecord) => template.updated_at,
};

/** SiteTemplate in the spec's field order; `config` (WordPress versions) is the spec's example. */
function templateView(template: TemplateRecord) {
	const sample = exampleRecord<{ config: unknown }>('GET', '/sites/templates', 'site_templates');
	return {
		name: template.name,
		template_id: template.template_id,
		created_from: template.created_from,
		config: sample.config,
		notes: template.notes,
		tags: template.tags,
		created_at: template.created_at,
		updated_at: template.updated_at,
	};
}

function findTemplate(context: RouteContext): TemplateRecord {
	const template = context.state.templates.get(String(context.params.template_id));
	if (!template) throw new ApiError(404, 'Site template not found');
	return template;
}

function listTemplates(context: RouteContext) {
	const { query } = context;
	const tags = (query.tags as string[] | undefined) ?? [];
	const templates = [...context.state.templates.values()].filter(
		(template) =>
			(query['created_from.site_id'] === undefined ||
				template.created_from.site_id === query['created_from.site_id']) &&
			(query['created_from.domain'] === undefined ||
				template.created_from.domain === query['created_from.domain']) &&
			tags.every((tag) => template.tags.includes(tag)),
	);
	return okList(
		templates,
		query,
		{
			defaultSort: 'created_at',
			sortBy: TEMPLATE_SORT,
			wrap: (page) => ({ site_templates: page }),
		},
		templateView,
	);
}

interface SiteFromTemplateBody extends LocationChoice {
	name: string;
	label?: string;
	metadata?: Record<string, unknown>;
}

interface TemplateInput {
	name: string;
	site_id: number;
	notes?: string;
	tags?: string[];
}

/** The spec: the site a template is built from cannot be larger than 4 GB. */
const TEMPLATE_SOURCE_MAX_BYTES = 4 * 1024 ** 3;

function sourceSite(state: SimulatorState, siteId: number): SiteRecord {
	const site = state.sites.get(siteId);
	if (!site) throw new ApiError(404, SITE_NOT_FOUND);
	if (site.disk_usage > TEMPLATE_SOURCE_MAX_BYTES) {
		throw new ApiError(400, 'Sites larger than 4 GB cannot be made into a site template');
	}
	return site;
}

function newTemplate(site: SiteRecord, body: TemplateInput, now: number): TemplateRecord {
	return {
		template_id: newUuid(),
		name: body.name,
		notes: body.notes ?? '',
		tags: body.tags ?? [],
		created_from: { site_id: site.id, domain: site.domain },
		created_at: isoSeconds(now),
		updated_at: isoSeconds(now),
		ready: true,
	};
}

/**
 * POST /site_templates runs an account-level create_site_template task; the template appears
 * when the task is DONE.
 */
function createTemplate(context: RouteContext) {
	const body = bodyOf<TemplateInput>(context);
	const site = sourceSite(context.state, body.site_id);
	const template = newTemplate(site, body, context.now);

	const task = beginTask(context, {
		level: 'account',
		type: 'create_site_template',
		meta: { site_id: site.id, template_id: template.template_id },
		effects: {
			done: (state) => {
				state.templates.set(template.template_id, template);
			},
		},
	});
	return taskStarted(task);
}

/** The deprecated synchronous POST /sites/templates answers the template itself. */
function createTemplateNow(context: RouteContext) {
	const body = bodyOf<TemplateInput>(context);
	const template = newTemplate(sourceSite(context.state, body.site_id), body, context.now);
	context.state.templates.set(template.template_id, template);
	return ok(templateView(template));
}

/** The new site is pending (status_reason 10) at once and turns active when the task is DONE. */
function createSiteFromTemplate(context: RouteContext) {
	const template = findTemplate(context);
	const body = bodyOf<SiteFromTemplateBody>(context);
	const site = addSite(context.state, {
		domain: uniqueDomain(context.state, slugify(body.name)),
		createdAt: isoSeconds(context.now),
		label: body.label ?? null,
		locationId: chosenLocation(body, 1),
		metadata: body.metadata,
		status: 'pending',
		statusReason: CREATING_FROM_TEMPLATE,
	});

	const task = beginTask(context, {
		level: 'account',
		type: 'create_site_from_template',
		meta: { site_id: site.id, template_id: template.template_id },
		effects: {
			done: () => {
				site.status = 'active';
				site.status_reason = 0;
			},
			error: (state) => {
				if (state.sites.get(site.id) === site) removeSite(state, site);
			},
		},
	});
	return taskStarted(task);
}

function deleteTemplate(context: RouteContext) {
	context.state.templates.delete(findTemplate(context).template_id);
	return success();
}

export function registerTemplateRoutes(router: Router): void {
	router.on('GET', '/sites/templates', listTemplates);
	router.on('POST', '/sites/templates', createTemplateNow);
	router.on('GET', '/sites/templates/{template_id}', (context) =>
		ok(templateView(findTemplate(context))),
	);
	router.on('DELETE', '/sites/templates/{template_id}', deleteTemplate);
	router.on('POST', '/sites/templates/{template_id}/sites', createSiteFromTemplate);
	router.on('POST', '/site_templates', createTemplate);
}
