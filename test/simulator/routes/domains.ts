import { domainToUnicode } from 'node:url';

import { bodyOf, siteOf, type RouteContext } from '../http/context';
import { okList } from '../http/list';
import { ApiError, ok } from '../http/reply';
import type { Router } from '../http/router';
import {
	addAdditionalDomain,
	additionalDomainView,
	alternateOf,
	applyEdgeSettings,
	asciiHostname,
	domainStatusView,
	domainsOf,
	isCdnUrl,
	mainDomainPatchView,
	mainDomainView,
	siteUsingDomain,
	validatePendingDomains,
	type AdditionalDomainRecord,
	type CertificateAuthority,
	type ValidationMethod,
	type WordPressDomain,
} from '../state/domains';
import type { SiteRecord } from '../state/state';

interface SetMainDomainBody {
	domain?: string;
	keep_cdn_url?: boolean;
}

interface ReplaceMainDomainBody {
	domain?: string;
	active_wordpress_domain?: WordPressDomain;
	remove_live_domain?: boolean;
	convert_addon_to_maindomain?: boolean;
}

interface UpdateMainDomainBody {
	domain?: string;
	validation_method?: ValidationMethod;
	hide_go_live?: 0 | 1;
	certificate_authority?: CertificateAuthority;
}

type AdditionalDomainView = ReturnType<typeof additionalDomainView>;

const DOMAIN_SORT = {
	domain: (view: AdditionalDomainView) => view.domain,
	domain_type: (view: AdditionalDomainView) => view.domain_type,
	hostname_status: (view: AdditionalDomainView) => view.hostname_status,
	ssl_status: (view: AdditionalDomainView) => view.ssl_status,
	validation_method: (view: AdditionalDomainView) => view.validation_method,
};

function requireHostname(input: unknown): string {
	if (input === undefined || input === '') throw new ApiError(400, 'A domain name is required');
	const domain = asciiHostname(input);
	if (!domain) throw new ApiError(400, `${String(input)} is not a valid domain name`);
	return domain;
}

function requireUnused(context: RouteContext, domain: string): void {
	const owner = siteUsingDomain(context.state, domain);
	if (owner) throw new ApiError(400, `The domain ${domain} is already in use`);
}

function renameSite(site: SiteRecord, domain: string): void {
	site.domain = domain;
	site.display_domain = domainToUnicode(domain);
}

function findAdditionalDomain(context: RouteContext): AdditionalDomainRecord {
	const { additional } = domainsOf(context.state, siteOf(context));
	const record = additional.find((candidate) => candidate.id === Number(context.params.domain_id));
	if (!record) throw new ApiError(404, 'Additional domain not found');
	return record;
}

function listAdditionalDomains(context: RouteContext) {
	const site = siteOf(context);
	const search = typeof context.query.search === 'string' ? context.query.search.toLowerCase() : '';
	const views = domainsOf(context.state, site)
		.additional.map((record) => additionalDomainView(context.state, site, record))
		.filter((view) => view.domain.includes(search) || view.display_domain.includes(search));
	// The list sits one level down, in result.additional_domains.
	return okList(views, context.query, {
		defaultSort: 'domain',
		sortBy: DOMAIN_SORT,
		wrap: (page) => ({ additional_domains: page }),
	});
}

function createAdditionalDomain(context: RouteContext) {
	const site = siteOf(context);
	const domain = requireHostname(bodyOf<{ domain: string }>(context).domain);
	requireUnused(context, domain);

	const record = addAdditionalDomain(context.state, site, domain);
	return ok(additionalDomainView(context.state, site, record));
}

function deleteAdditionalDomain(context: RouteContext) {
	const record = findAdditionalDomain(context);
	const domains = domainsOf(context.state, siteOf(context));
	domains.additional = domains.additional.filter((candidate) => candidate !== record);
	return ok({ success: 'ok' });
}

function setMainDomain(context: RouteContext) {
	const site = siteOf(context);
	if (site.production !== null) {
		throw new ApiError(400, 'A main domain cannot be set on a staging site');
	}
	if (!isCdnUrl(site.domain)) {
		throw new ApiError(
			400,
			`This site already has the main domain ${site.domain}. Use PUT to replace it.`,
		);
	}
	const body = bodyOf<SetMainDomainBody>(context);
	const domain = requireHostname(body.domain);
	requireUnused(context, domain);

	const { main } = domainsOf(context.state, site);
	renameSite(site, domain);
	main.validated = false;
	main.active_wordpress_domain = body.keep_cdn_url === true ? 'cdn_url' : 'live_domain';
	main.hide_go_live = false;
	return ok(mainDomainView(context.state, site));
}

/** PUT back to the CDN URL: the live domain and every additional domain stop working. */
function removeLiveDomain(context: RouteContext, body: ReplaceMainDomainBody) {
	const site = siteOf(context);
	if (body.active_wordpress_domain !== 'cdn_url') {
		throw new ApiError(400, 'remove_live_domain needs active_wordpress_domain set to cdn_url');
	}
	if (isCdnUrl(site.domain)) throw new ApiError(400, 'This site has no live domain to remove');

	const domains = domainsOf(context.state, site);
	renameSite(site, domains.main.cdn_url);
	domains.additional = [];
	domains.main.active_wordpress_domain = 'cdn_url';
	domains.main.validated = true;
	return ok(mainDomainView(context.state, site));
}

/** PUT with convert_addon_to_maindomain: an additional domain takes the main domain's place. */
function promoteAdditionalDomain(context: RouteContext, body: ReplaceMainDomainBody) {
	const site = siteOf(context);
	const domain = requireHostname(body.domain);
	const domains = domainsOf(context.state, site);
	const record = domains.additional.find((candidate) => candidate.domain === domain);
	if (!record) throw new ApiError(400, `${domain} is not an additional domain of this site`);

	domains.additional = domains.additional.filter((candidate) => candidate !== record);
	renameSite(site, record.domain);
	Object.assign(domains.main, {
		dns_provider: record.dns_provider,
		certificate_authority: record.certificate_authority,
		validation_method: record.validation_method,
		validated: record.validated,
		edge: record.edge,
	});
	return ok(mainDomainView(context.state, site));
}

function replaceMainDomain(context: RouteContext) {
	const body = bodyOf<ReplaceMainDomainBody>(context);
	if (body.remove_live_domain === true) return removeLiveDomain(context, body);
	if (body.convert_addon_to_maindomain === true) return promoteAdditionalDomain(context, body);

	const site = siteOf(context);
	if (body.domain === undefined && body.active_wordpress_domain === undefined) {
		throw new ApiError(400, 'Nothing to change: give a domain or active_wordpress_domain');
	}
	if (isCdnUrl(site.domain)) {
		throw new ApiError(400, 'This site has no main domain yet. Use POST to set one.');
	}

	const { main, additional } = domainsOf(context.state, site);
	if (body.domain !== undefined) {
		const domain = requireHostname(body.domain);
		if (additional.some((record) => record.domain === domain)) {
			throw new ApiError(
				400,
				`${domain} is an additional domain of this site. Use convert_addon_to_maindomain.`,
			);
		}
		if (domain !== site.domain) {
			requireUnused(context, domain);
			renameSite(site, domain);
			main.validated = false;
			main.hide_go_live = false;
		}
	}
	if (body.active_wordpress_domain !== undefined) {
		main.active_wordpress_domain = body.active_wordpress_domain;
	}
	return ok(mainDomainView(context.state, site));
}

function updateMainDomain(context: RouteContext) {
	const site = siteOf(context);
	const body = bodyOf<UpdateMainDomainBody>(context);
	if (body.domain !== undefined) {
		const domain = asciiHostname(body.domain);
		if (domain !== site.domain && domain !== alternateOf(site.domain)) {
			throw new ApiError(400, `${body.domain} is not a main domain of this site`);
		}
	}

	const { main } = domainsOf(context.state, site);
	if (body.validation_method !== undefined) main.validation_method = body.validation_method;
	if (body.certificate_authority !== undefined) {
		main.certificate_authority = body.certificate_authority;
	}
	if (body.hide_go_live !== undefined) main.hide_go_live = body.hide_go_live === 1;
	return ok(mainDomainPatchView(site, main));
}

/** PATCH /maindomain/prefix: www.example.com ⇄ example.com. */
function changePrefix(context: RouteContext) {
	const site = siteOf(context);
	const { www } = bodyOf<{ www?: boolean }>(context);
	if (www === undefined) throw new ApiError(400, 'www is required');
	if (isCdnUrl(site.domain)) {
		throw new ApiError(400, 'The www prefix can only be changed on a live domain');
	}

	const hasWww = site.domain.startsWith('www.');
	if (www !== hasWww) renameSite(site, alternateOf(site.domain));
	return ok({ success: true });
}

function recheckValidation(context: RouteContext) {
	const validated = validatePendingDomains(context.state, siteOf(context));
	return ok(
		validated === 0
			? 'All domains are already validated'
			: `Validation rechecked: ${validated} domain(s) now active`,
	);
}

export function registerDomainRoutes(router: Router): void {
	router.on('GET', '/sites/{id}/domains', listAdditionalDomains);
	router.on('POST', '/sites/{id}/domains', createAdditionalDomain);
	router.on('DELETE', '/sites/{id}/domains/{domain_id}', deleteAdditionalDomain);
	router.on('GET', '/sites/{id}/domains/{domain_id}/edge_settings', (context) =>
		ok(findAdditionalDomain(context).edge),
	);
	router.on('PATCH', '/sites/{id}/domains/{domain_id}/edge_settings', (context) => {
		const record = findAdditionalDomain(context);
		applyEdgeSettings(record.edge, bodyOf<object>(context));
		return ok(record.edge);
	});

	router.on('GET', '/sites/{id}/maindomain', (context) =>
		ok(mainDomainView(context.state, siteOf(context))),
	);
	router.on('POST', '/sites/{id}/maindomain', setMainDomain);
	router.on('PUT', '/sites/{id}/maindomain', replaceMainDomain);
	router.on('PATCH', '/sites/{id}/maindomain', updateMainDomain);
	router.on('PATCH', '/sites/{id}/maindomain/prefix', changePrefix);
	router.on('GET', '/sites/{id}/maindomain/recheck', recheckValidation);
	router.on('GET', '/sites/{id}/maindomain/status', (context) =>
		ok(domainStatusView(context.state, siteOf(context))),
	);
	router.on('GET', '/sites/{id}/maindomain/edge_settings', (context) =>
		ok(domainsOf(context.state, siteOf(context)).main.edge),
	);
	router.on('PATCH', '/sites/{id}/maindomain/edge_settings', (context) => {
		const { main } = domainsOf(context.state, siteOf(context));
		applyEdgeSettings(main.edge, bodyOf<object>(context));
		return ok(main.edge);
	});
}
