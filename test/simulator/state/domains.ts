import { domainToASCII, domainToUnicode } from 'node:url';

import { customSslFor } from './custom-ssl';
import { stableObjectId, stableUuid } from './ids';
import { groupState, type SimulatorState, type SiteRecord } from './state';

export type ValidationMethod = 'http' | 'txt';
export type CertificateAuthority = 'google' | 'lets_encrypt' | 'ssl_com' | 'digicert';
export type WordPressDomain = 'cdn_url' | 'live_domain';

interface Toggle {
	enabled: boolean;
	available: boolean;
}

interface Allowance {
	allow: boolean;
	available: boolean;
}

export interface EdgeSettings {
	ai_crawlers: Allowance;
	logged_in_users: { waf_bypass: Toggle };
	managed_challenge: Toggle;
	user_agent: { empty: Allowance; go_http_client: Allowance };
	woocommerce: { login_and_registration_protection: Toggle };
	wp_login: { challenge: Toggle };
	xmlrpc_protection: Toggle;
}

/** What Rocket.net keeps for each hostname of a site: validation, SSL authority, edge settings. */
interface HostnameRecord {
	dns_provider: string;
	certificate_authority: CertificateAuthority;
	validation_method: ValidationMethod;
	/** False until the DNS records or HTTP check validate (a recheck settles pending domains). */
	validated: boolean;
	edge: EdgeSettings;
}

export interface AdditionalDomainRecord extends HostnameRecord {
	id: number;
	domain: string;
}

/** The main domain's name is the site's `domain`; this keeps the rest. */
export interface MainDomainRecord extends HostnameRecord {
	active_wordpress_domain: WordPressDomain;
	hide_go_live: boolean;
	/** The onrocket.site address the site falls back to when its live domain is removed. */
	cdn_url: string;
}

export interface SiteDomains {
	main: MainDomainRecord;
	additional: AdditionalDomainRecord[];
}

interface DomainsGroup {
	sites: Map<number, SiteDomains>;
	nextId: number;
}

interface AdditionalDomainSeed {
	id: number;
	domain: string;
	validated: boolean;
	validation_method: ValidationMethod;
	certificate_authority: CertificateAuthority;
	dns_provider: string;
}

/** Demo sites that already have additional domains, by main domain. */
const SEEDED_ADDITIONAL_DOMAINS: Record<string, AdditionalDomainSeed[]> = {
	'blue-harbor.example.com': [
		{
			id: 4101,
			domain: 'blueharbormarina.example.net',
			validated: true,
			validation_method: 'http',
			certificate_authority: 'google',
			dns_provider: 'cloudflare',
		},
		{
			id: 4102,
			domain: 'shop.blue-harbor.example.com',
			validated: false,
			validation_method: 'txt',
			certificate_authority: 'lets_encrypt',
			dns_provider: 'namecheap',
		},
	],
	'copper-falls.example.com': [
		{
			id: 4301,
			domain: 'copperfallsoutfitters.example.org',
			validated: true,
			validation_method: 'http',
			certificate_authority: 'google',
			dns_provider: 'godaddy',
		},
	],
};

const FIRST_NEW_DOMAIN_ID = 5001;
const CDN_SUFFIX = '.onrocket.site';

export function defaultEdgeSettings(): EdgeSettings {
	const toggle = (): Toggle => ({ enabled: false, available: true });
	const allowance = (): Allowance => ({ allow: false, available: true });
	return {
		ai_crawlers: allowance(),
		logged_in_users: { waf_bypass: toggle() },
		managed_challenge: toggle(),
		user_agent: { empty: allowance(), go_http_client: allowance() },
		woocommerce: { login_and_registration_protection: toggle() },
		wp_login: { challenge: toggle() },
		xmlrpc_protection: toggle(),
	};
}

/** Applies a partial EdgeSettings body: only `allow` and `enabled` change, `available` is read-only. */
export function applyEdgeSettings(target: object, patch: object): void {
	const settings = target as Record<string, unknown>;
	for (const [key, value] of Object.entries(patch)) {
		if (key === 'available') continue;
		const current = settings[key];
		if (typeof value === 'object' && value !== null && typeof current === 'object') {
			applyEdgeSettings(current as object, value as object);
		} else if (typeof value === 'boolean' && typeof current === 'boolean') {
			settings[key] = value;
		}
	}
}

export function isCdnUrl(domain: string): boolean {
	return domain.endsWith(CDN_SUFFIX);
}

/** A hostname as Rocket.net stores it (punycode, lower case), or undefined when it is not one. */
export function asciiHostname(input: unknown): string | undefined {
	if (typeof input !== 'string') return undefined;
	const ascii = domainToASCII(input.trim().toLowerCase());
	const label = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
	const pattern = new RegExp(`^(?:${label}\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$`);
	return ascii.length <= 253 && pattern.test(ascii) ? ascii : undefined;
}

/** The www twin of a live main domain: www.example.com for example.com and back. */
export function alternateOf(domain: string): string {
	return domain.startsWith('www.') ? domain.slice(4) : `www.${domain}`;
}

function hostnameSeed(seed: Partial<HostnameRecord> = {}): HostnameRecord {
	return {
		dns_provider: 'cloudflare',
		certificate_authority: 'google',
		validation_method: 'http',
		validated: true,
		edge: defaultEdgeSettings(),
		...seed,
	};
}

function seedSiteDomains(site: SiteRecord): SiteDomains {
	const live = !isCdnUrl(site.domain);
	return {
		main: {
			...hostnameSeed(),
			active_wordpress_domain: live ? 'live_domain' : 'cdn_url',
			hide_go_live: live,
			cdn_url: live ? site.rocket_url : site.domain,
		},
		additional: (SEEDED_ADDITIONAL_DOMAINS[site.domain] ?? []).map((seed) => ({
			...hostnameSeed(seed),
			id: seed.id,
			domain: seed.domain,
		})),
	};
}

function domainsGroup(state: SimulatorState): DomainsGroup {
	return groupState(state, 'domains', () => ({ sites: new Map(), nextId: FIRST_NEW_DOMAIN_ID }));
}

/** The domains of a site, seeded from the demo table the first time they are read. */
export function domainsOf(state: SimulatorState, site: SiteRecord): SiteDomains {
	const group = domainsGroup(state);
	let domains = group.sites.get(site.id);
	if (!domains) {
		domains = seedSiteDomains(site);
		group.sites.set(site.id, domains);
	}
	return domains;
}

export function addAdditionalDomain(
	state: SimulatorState,
	site: SiteRecord,
	domain: string,
): AdditionalDomainRecord {
	const group = domainsGroup(state);
	const record: AdditionalDomainRecord = {
		...hostnameSeed({ validated: false, dns_provider: 'unknown' }),
		id: group.nextId,
		domain,
	};
	group.nextId += 1;
	domainsOf(state, site).additional.push(record);
	return record;
}

/** Every hostname that serves the site: main domain, its www twin, additional domains. */
export function siteHostnames(state: SimulatorState, site: SiteRecord): string[] {
	const { additional } = domainsOf(state, site);
	const main = isCdnUrl(site.domain) ? [site.domain] : [site.domain, alternateOf(site.domain)];
	return [...main, ...additional.map((record) => record.domain)];
}

/** The site (if any) whose hostnames include `domain`. */
export function siteUsingDomain(state: SimulatorState, domain: string): SiteRecord | undefined {
	return [...state.sites.values()].find((site) => siteHostnames(state, site).includes(domain));
}

function domainParts(domain: string) {
	const labels = domain.split('.');
	const base = labels.slice(-2).join('.');
	const sub = labels.slice(0, -2).join('.');
	return {
		base_domain: base,
		domain_type: domain.startsWith('www.') ? 'www' : sub ? 'subdomain' : 'normal',
		sub_domain: sub || labels[labels.length - 2],
	};
}

/** DNS records that point a hostname at the site: an A record at the apex, a CNAME elsewhere. */
function pointingRecord(site: SiteRecord, domain: string) {
	return domainParts(domain).domain_type === 'normal'
		? { type: 'A', name: domain, value: site.ftp_ip_address }
		: { type: 'CNAME', name: domain, value: site.rocket_url };
}

/** DNS records Rocket.net asks for: pointing records, plus TXT records for DNS validation. */
function expectedRecords(site: SiteRecord, domain: string, method: ValidationMethod) {
	const records = [pointingRecord(site, domain)];
	if (method === 'txt') {
		records.push(
			{ type: 'TXT', name: `_acme-challenge.${domain}`, value: stableObjectId(`acme:${domain}`) },
			{ type: 'TXT', name: `_cf-custom-hostname.${domain}`, value: stableUuid(`cf:${domain}`) },
		);
	}
	return records;
}

function validationRecords(site: SiteRecord, domain: string, record: HostnameRecord) {
	if (isCdnUrl(domain)) return [];
	const status = record.validated ? 'active' : 'pending_validation';
	return expectedRecords(site, domain, record.validation_method).map((expected) => ({
		type: expected.type.toLowerCase(),
		name: expected.name,
		value: expected.value,
		status,
	}));
}

function statusFields(domain: string, record: HostnameRecord) {
	const active = record.validated || isCdnUrl(domain);
	return {
		hostname_status: active ? 'active' : 'pending',
		ssl_status: active ? 'active' : 'pending_validation',
	};
}

/** MainDomain in the spec's field order. */
export function mainDomainView(state: SimulatorState, site: SiteRecord) {
	const { main } = domainsOf(state, site);
	const domain = site.domain;
	const status = statusFields(domain, main);
	const goLiveDone = main.active_wordpress_domain === 'live_domain' && main.validated;
	return {
		active_wordpress_domain: main.active_wordpress_domain,
		...domainParts(domain),
		custom_ssl: customSslFor(state, site, domain),
		certificate_authority: main.certificate_authority,
		display_domain: domainToUnicode(domain),
		domain,
		dns_provider: main.dns_provider,
		...status,
		show_go_live: main.hide_go_live || goLiveDone ? 0 : 1,
		validation_method: main.validation_method,
		validation_records: validationRecords(site, domain, main),
	};
}

/** DomainAlias in the spec's field order; `id` and `domain_id` name the same record. */
export function additionalDomainView(
	state: SimulatorState,
	site: SiteRecord,
	record: AdditionalDomainRecord,
) {
	const parts = domainParts(record.domain);
	return {
		id: record.id,
		base_domain: parts.base_domain,
		custom_ssl: customSslFor(state, site, record.domain),
		certificate_authority: record.certificate_authority,
		display_domain: domainToUnicode(record.domain),
		domain: record.domain,
		domain_id: record.id,
		domain_type: parts.domain_type,
		dns_provider: record.dns_provider,
		...statusFields(record.domain, record),
		sub_domain: parts.sub_domain,
		validation_method: record.validation_method,
		validation_records: validationRecords(site, record.domain, record),
	};
}

/** PatchMainDomainResult. */
export function mainDomainPatchView(site: SiteRecord, main: MainDomainRecord) {
	return {
		validation_records: validationRecords(site, site.domain, main),
		certificate_authority: main.certificate_authority,
		hide_go_live: main.hide_go_live,
		validation_method: main.validation_method,
	};
}

/** MainDomainDNSInfo: what Rocket.net expects in DNS, what it found, and why it waits. */
function dnsInfo(site: SiteRecord, domain: string, record: HostnameRecord) {
	const expected = isCdnUrl(domain) ? [] : expectedRecords(site, domain, record.validation_method);
	const status = statusFields(domain, record);
	const active = status.hostname_status === 'active';
	return {
		hostname: domain,
		domain_status: status.hostname_status,
		ssl_status: status.ssl_status,
		validation_method: record.validation_method,
		validation_errors: active
			? []
			: [`The DNS records of ${domain} do not point to Rocket.net yet`],
		ssl_rate_limit: null,
		expected_dns_records: expected,
		found_dns_records: active ? expected : [],
		records_to_remove: [],
	};
}

/** MainDomainStatus: the main domain, its www twin (empty object on a CDN URL), the rest. */
export function domainStatusView(state: SimulatorState, site: SiteRecord) {
	const { main, additional } = domainsOf(state, site);
	return {
		maindomain: dnsInfo(site, site.domain, main),
		alternate_maindomain: isCdnUrl(site.domain)
			? {}
			: dnsInfo(site, alternateOf(site.domain), main),
		additional_domains: additional.map((record) => dnsInfo(site, record.domain, record)),
		errors: [],
	};
}

/** What a recheck does once the DNS is right: every pending hostname of the site validates. */
export function validatePendingDomains(state: SimulatorState, site: SiteRecord): number {
	const { main, additional } = domainsOf(state, site);
	const pending = [main, ...additional].filter((record) => !record.validated);
	for (const record of pending) record.validated = true;
	return pending.length;
}
