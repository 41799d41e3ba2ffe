import { exampleResult } from '../examples';
import { additionalDomainView, domainsOf, mainDomainView } from './domains';
import { locationName } from './locations';
import { siteUsersOfSite } from './site-users';
import type { SimulatorState, SiteRecord, SiteSettings, SiteStatus } from './state';

export const DEFAULT_SETTINGS: SiteSettings = {
	current_php_version: '8.2',
	wp_activity_log: 0,
	wp_admin_sso_default_user_id: 1,
	wp_core_auto_updates: 2,
	wp_theme_auto_updates: 0,
	wp_plugin_auto_updates: 0,
	ssh_access: 0,
};

export interface NewSite {
	domain: string;
	createdAt: string;
	label?: string | null;
	locationId?: number;
	siteType?: number;
	metadata?: Record<string, unknown>;
	status?: SiteStatus;
	statusReason?: number;
	production?: number | null;
	phpVersion?: string;
	diskUsage?: number;
	password?: string;
}

export function slugify(text: string): string {
	const slug = text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 40);
	return slug || 'site';
}

export function domainTaken(state: SimulatorState, domain: string): boolean {
	for (const site of state.sites.values()) if (site.domain === domain) return true;
	return false;
}

/** `base.onrocket.site`, or `base-2.onrocket.site` and so on when taken. */
export function uniqueDomain(
	state: SimulatorState,
	base: string,
	suffix = 'onrocket.site',
): string {
	let candidate = `${base}.${suffix}`;
	for (let index = 2; domainTaken(state, candidate); index += 1) {
		candidate = `${base}-${index}.${suffix}`;
	}
	return candidate;
}

export function addSite(state: SimulatorState, input: NewSite): SiteRecord {
	const id = state.nextSiteId;
	state.nextSiteId += 1;
	const slug = slugify(input.domain.split('.')[0]).replace(/-/g, '').slice(0, 8);

	const site: SiteRecord = {
		id,
		domain: input.domain,
		display_domain: input.domain,
		rocket_url: `${id}p.onrocket.site`,
		location_id: input.locationId ?? 1,
		ftp_ip_address: `198.51.100.${(id % 200) + 10}`,
		sftp_username: `${slug}${id % 10_000}`,
		disk_usage: input.diskUsage ?? 250_000 + (id % 97) * 10_000,
		created_at: input.createdAt,
		production: input.production ?? null,
		staging_id: null,
		site_type: input.siteType ?? 0,
		label: input.label ?? null,
		metadata: input.metadata ?? {},
		status: input.status ?? 'active',
		status_reason: input.statusReason ?? 0,
		settings: { ...DEFAULT_SETTINGS, current_php_version: input.phpVersion ?? '8.2' },
		credentials: { username: `${slug}${id % 10_000}`, password: input.password ?? `pw-${id}-sftp` },
		usage: { visitors: 1_000 + (id % 89) * 37, disk: 0, bandwidth: 50_000 + (id % 61) * 1_000 },
	};
	state.sites.set(id, site);
	return site;
}

export function removeSite(state: SimulatorState, site: SiteRecord): void {
	state.sites.delete(site.id);
	if (site.production !== null) {
		const parent = state.sites.get(site.production);
		if (parent) parent.staging_id = null;
	}
	if (site.staging_id !== null) state.sites.delete(site.staging_id);
}

/** SiteDetails in the spec's field order; `production` and `staging` only where they apply. */
export function siteDetailsView(site: SiteRecord, state: SimulatorState) {
	const staging = site.staging_id === null ? undefined : state.sites.get(site.staging_id);
	return {
		id: site.id,
		domain: site.domain,
		display_domain: site.display_domain,
		rocket_url: site.rocket_url,
		location: locationName(site.location_id),
		ftp_ip_address: site.ftp_ip_address,
		sftp_username: site.sftp_username,
		disk_usage: site.disk_usage,
		created_at: site.created_at,
		...(site.production === null ? {} : { production: site.production }),
		...(staging ? { staging: { staging_id: staging.id, staging_status: staging.status } } : {}),
		site_type: site.site_type,
		label: site.label,
		metadata: site.metadata,
		status: site.status,
		status_reason: site.status_reason,
	};
}

/** A MainDomain record for a domain, shaped by the spec's example. */
/** The www or bare alternate of a main domain, as GET /sites/{id} shows it. */
function alternateDomainView(domain: string) {
	const sample = exampleResult('GET', '/sites/{id}/maindomain');
	const parts = domain.split('.');
	const onRocket = domain.endsWith('.onrocket.site');
	return {
		...sample,
		active_wordpress_domain: onRocket ? 'cdn_url' : 'live_domain',
		base_domain: parts.slice(-2).join('.'),
		custom_ssl: null,
		display_domain: domain,
		domain,
		show_go_live: onRocket ? 1 : 0,
		sub_domain: parts.slice(0, -2).join('.'),
		validation_records: [],
	};
}

/** Site (GET /sites/{id}): details plus domains and site users. */
export function siteView(site: SiteRecord, state: SimulatorState) {
	const alternate = site.domain.startsWith('www.') ? site.domain.slice(4) : `www.${site.domain}`;
	const hasAlternate = !site.domain.endsWith('.onrocket.site');
	return {
		...siteDetailsView(site, state),
		domains: [
			{
				maindomain: mainDomainView(state, site),
				alternate_domain: hasAlternate ? alternateDomainView(alternate) : null,
				additional_domains: domainsOf(state, site).additional.map((record) =>
					additionalDomainView(state, site, record),
				),
			},
		],
		site_users: siteUsersOfSite(state, site.id),
	};
}
