import { isoSeconds } from './ids';
import { siteLog } from './site-logs';
import type { SiteRecord } from './state';
import { between, hexOf, pick, pickWeighted, unit } from './traffic';
import { visitorIp } from './traffic-breakdown';
import { audienceOf, BINGBOT, CHROME_DESKTOP, GOOGLEBOT, NETWORKS } from './traffic-sources';

/**
 * WAF events per site (the spec's WAFEvent), seeded on first use with a month of attacks: bursts
 * of login attempts, scanners, injections, rate-limited floods, and the rules that let good bots
 * and logged-in users through. Tests add their own with `addWafEvents`.
 */

export type WafAction =
	| 'allow'
	| 'block'
	| 'bypass'
	| 'challenge'
	| 'force_connection_close'
	| 'jschallenge'
	| 'log'
	| 'managed_challenge'
	| 'rewrite'
	| 'skip';
export type WafSource = 'firewallCustom' | 'firewallManaged' | 'ratelimit' | 'waf';

export interface WafEventMetadata {
	key: 'ruleset_version' | 'type' | 'version';
	value: string;
}

/** The spec's WAFEvent, in its field order. */
export interface WafEvent {
	action: WafAction;
	clientASNDescription: string;
	clientAsn: string;
	clientCountryName: string;
	clientIP: string;
	clientRequestHTTPHost: string;
	clientRequestHTTPMethodName: string;
	clientRequestHTTPProtocol: string;
	clientRequestPath: string;
	clientRequestQuery: string;
	datetime: string;
	matchIndex: number;
	metadata: WafEventMetadata[];
	rayName: string;
	ruleId: string;
	sampleInterval: number;
	source: WafSource;
	userAgent: string;
}

interface Rule {
	source: WafSource;
	action: WafAction;
	metadata: WafEventMetadata[];
}

const CUSTOM: WafEventMetadata[] = [{ key: 'ruleset_version', value: '12' }];
const MANAGED: WafEventMetadata[] = [
	{ key: 'ruleset_version', value: '104' },
	{ key: 'type', value: 'managed' },
	{ key: 'version', value: '3' },
];

const RULES = {
	wpLogin: { source: 'firewallCustom', action: 'managed_challenge', metadata: CUSTOM },
	xmlrpc: { source: 'firewallCustom', action: 'block', metadata: CUSTOM },
	scanner: { source: 'firewallCustom', action: 'block', metadata: CUSTOM },
	emptyAgent: { source: 'firewallCustom', action: 'managed_challenge', metadata: CUSTOM },
	comments: { source: 'firewallCustom', action: 'challenge', metadata: CUSTOM },
	verifiedBots: { source: 'firewallCustom', action: 'skip', metadata: CUSTOM },
	loggedIn: { source: 'firewallCustom', action: 'skip', metadata: CUSTOM },
	allowlist: { source: 'firewallCustom', action: 'allow', metadata: CUSTOM },
	apiBypass: { source: 'firewallCustom', action: 'bypass', metadata: CUSTOM },
	sqlScore: { source: 'firewallManaged', action: 'log', metadata: MANAGED },
	sqlInjection: { source: 'firewallManaged', action: 'block', metadata: MANAGED },
	traversal: { source: 'firewallManaged', action: 'block', metadata: MANAGED },
	rateLimit: { source: 'ratelimit', action: 'block', metadata: [] },
	installProbe: { source: 'waf', action: 'jschallenge', metadata: [] },
} satisfies Record<string, Rule>;

type RuleName = keyof typeof RULES;

/** Rules are Rocket.net's, the same on every site, so their ids are too. */
const RULE_IDS = Object.fromEntries(
	Object.keys(RULES).map((name, index) => [name, hexOf(32, index, 7)]),
) as Record<RuleName, string>;

export function ruleId(name: RuleName): string {
	return RULE_IDS[name];
}

interface Client {
	ip: string;
	asn: string;
	asnDescription: string;
	country: string;
}

const ATTACKERS: Client[] = [
	{ ip: '203.0.113.45', asn: '14061', asnDescription: 'DIGITALOCEAN-ASN', country: 'US' },
	{ ip: '203.0.113.77', asn: '16276', asnDescription: 'OVH', country: 'FR' },
	{ ip: '198.51.100.23', asn: '24940', asnDescription: 'HETZNER-AS', country: 'DE' },
	{ ip: '198.51.100.150', asn: '4134', asnDescription: 'CHINANET-BACKBONE', country: 'CN' },
	{ ip: '192.0.2.61', asn: '45899', asnDescription: 'VNPT-AS-VN', country: 'VN' },
	{ ip: '192.0.2.199', asn: '9009', asnDescription: 'M247', country: 'RO' },
	{ ip: '2001:db8:bad::17', asn: '63949', asnDescription: 'AKAMAI-LINODE-AP', country: 'US' },
	{ ip: '203.0.113.201', asn: '14618', asnDescription: 'AMAZON-AES', country: 'US' },
	{ ip: '198.51.100.88', asn: '49505', asnDescription: 'SELECTEL', country: 'RU' },
	{ ip: '192.0.2.14', asn: '136907', asnDescription: 'HWCLOUDS-AS-AP', country: 'SG' },
];

const BOTS: Array<Client & { userAgent: string }> = [
	{ ip: '192.0.2.66', asn: '15169', asnDescription: 'GOOGLE', country: 'US', userAgent: GOOGLEBOT },
	{
		ip: '198.51.100.40',
		asn: '8075',
		asnDescription: 'MICROSOFT-CORP-MSN-AS-BLOCK',
		country: 'US',
		userAgent: BINGBOT,
	},
];

const TOOLS = [
	'python-requests/2.32.3',
	'curl/8.5.0',
	'Go-http-client/1.1',
	'Mozilla/5.0 zgrab/0.x',
	'WPScan v3.8.25 (https://wpscan.com/wordpress-security-scanner)',
	'Mozilla/5.0 (Windows NT 6.1; WOW64; rv:45.0) Gecko/20100101 Firefox/45.0',
];

type Who = 'attacker' | 'bot' | 'visitor';

/** One kind of incident: a burst of requests from one client, each matching `rules`. */
interface Incident {
	weight: number;
	who: Who;
	method: string;
	paths: string[];
	queries?: string[];
	rules: RuleName[];
	size: [number, number];
	/** Seconds between two requests of a burst. */
	gap: [number, number];
	userAgents?: string[];
}

const INCIDENTS: Incident[] = [
	{
		weight: 30,
		who: 'attacker',
		method: 'POST',
		paths: ['/wp-login.php'],
		rules: ['wpLogin'],
		size: [3, 12],
		gap: [2, 20],
		userAgents: [TOOLS[0], TOOLS[5]],
	},
	{
		weight: 15,
		who: 'attacker',
		method: 'POST',
		paths: ['/xmlrpc.php'],
		rules: ['xmlrpc'],
		size: [1, 6],
		gap: [1, 10],
	},
	{
		weight: 14,
		who: 'attacker',
		method: 'GET',
		paths: ['/.env', '/wp-config.php.bak', '/.git/config', '/phpinfo.php', '/wp-content/debug.log'],
		rules: ['scanner'],
		size: [2, 8],
		gap: [1, 4],
		userAgents: [TOOLS[2], TOOLS[3], TOOLS[4]],
	},
	{
		weight: 8,
		who: 'attacker',
		method: 'GET',
		paths: ['/', '/shop/', '/blog/'],
		queries: [
			'?s=%27%20UNION%20SELECT%20user_pass%20FROM%20wp_users--',
			'?id=1%27%20OR%20%271%27=%271',
			'?p=1%20AND%20SLEEP(5)',
		],
		rules: ['sqlScore', 'sqlInjection'],
		size: [1, 3],
		gap: [3, 30],
		userAgents: ['sqlmap/1.8.4#stable (https://sqlmap.org)'],
	},
	{
		weight: 6,
		who: 'attacker',
		method: 'GET',
		paths: ['/wp-admin/admin-ajax.php'],
		queries: ['?action=download&file=../../../../wp-config.php'],
		rules: ['traversal'],
		size: [1, 2],
		gap: [5, 40],
	},
	{
		weight: 8,
		who: 'attacker',
		method: 'POST',
		paths: ['/wp-admin/admin-ajax.php'],
		queries: ['?action=wc_add_to_cart'],
		rules: ['rateLimit'],
		size: [5, 15],
		gap: [1, 3],
		userAgents: [CHROME_DESKTOP],
	},
	{
		weight: 5,
		who: 'attacker',
		method: 'GET',
		paths: ['/'],
		rules: ['emptyAgent'],
		size: [1, 3],
		gap: [5, 60],
		userAgents: [''],
	},
	{
		weight: 3,
		who: 'attacker',
		method: 'GET',
		paths: ['/wp-admin/install.php', '/wp-admin/setup-config.php'],
		rules: ['installProbe'],
		size: [1, 2],
		gap: [1, 5],
	},
	{
		weight: 4,
		who: 'attacker',
		method: 'POST',
		paths: ['/wp-comments-post.php'],
		rules: ['comments'],
		size: [1, 2],
		gap: [10, 60],
		userAgents: [TOOLS[5]],
	},
	{
		weight: 6,
		who: 'bot',
		method: 'GET',
		paths: ['/sitemap_index.xml', '/robots.txt', '/feed/'],
		rules: ['verifiedBots'],
		size: [1, 3],
		gap: [1, 30],
	},
	{
		weight: 5,
		who: 'visitor',
		method: 'GET',
		paths: ['/wp-admin/post.php'],
		queries: ['?post=123&action=edit', '?post=87&action=edit'],
		rules: ['loggedIn'],
		size: [1, 4],
		gap: [20, 120],
		userAgents: [CHROME_DESKTOP],
	},
	{
		weight: 3,
		who: 'visitor',
		method: 'GET',
		paths: ['/wp-admin/'],
		rules: ['allowlist'],
		size: [1, 2],
		gap: [30, 90],
		userAgents: [CHROME_DESKTOP],
	},
	{
		weight: 2,
		who: 'visitor',
		method: 'GET',
		paths: ['/wp-json/wc/v3/orders'],
		queries: ['?status=processing'],
		rules: ['apiBypass'],
		size: [1, 1],
		gap: [1, 1],
		userAgents: ['WooCommerce/9.3.1 Hookshot (WordPress/6.6.2)'],
	},
];

const HOUR_MS = 3_600_000;
const MONTH_MS = 30 * 24 * HOUR_MS;

function clientFor(site: SiteRecord, who: Who, seed: number): Client & { userAgent?: string } {
	if (who === 'attacker') return pick(ATTACKERS, site.id, seed, 11);
	if (who === 'bot') return pick(BOTS, site.id, seed, 12);

	const network = NETWORKS[Math.floor(unit(site.id, 13) * 4)].value;
	return {
		ip: visitorIp(site, Math.floor(unit(site.id, 14) * 3)),
		asn: network.asn,
		asnDescription: network.name,
		country: audienceOf(site)[0].value,
	};
}

/** One incident's requests, each as many events as the rules it matched. */
function incidentEvents(site: SiteRecord, index: number, startMs: number): WafEvent[] {
	const incident = pickWeighted(INCIDENTS, site.id, index, 1);
	const client = clientFor(site, incident.who, index);
	const userAgent = client.userAgent ?? pick(incident.userAgents ?? TOOLS, site.id, index, 2);
	const size = Math.round(between(incident.size[0], incident.size[1], site.id, index, 3));
	const protocol = incident.who === 'attacker' ? 'HTTP/1.1' : 'HTTP/2';

	const events: WafEvent[] = [];
	let time = startMs;
	for (let request = 0; request < size; request += 1) {
		const rayName = hexOf(16, site.id, index, request, 4);
		incident.rules.forEach((rule, matchIndex) =>
			events.push({
				action: RULES[rule].action,
				clientASNDescription: client.asnDescription,
				clientAsn: client.asn,
				clientCountryName: client.country,
				clientIP: client.ip,
				clientRequestHTTPHost: site.domain,
				clientRequestHTTPMethodName: incident.method,
				clientRequestHTTPProtocol: protocol,
				clientRequestPath: pick(incident.paths, site.id, index, request, 5),
				clientRequestQuery: incident.queries ? pick(incident.queries, site.id, index, 6) : '',
				datetime: isoSeconds(time),
				matchIndex,
				metadata: RULES[rule].metadata.map((entry) => ({ ...entry })),
				rayName,
				ruleId: ruleId(rule),
				sampleInterval: 1,
				source: RULES[rule].source,
				userAgent,
			}),
		);
		time +=
			Math.round(between(incident.gap[0], incident.gap[1], site.id, index, request, 7)) * 1000;
	}
	return events;
}

/**
 * A month of incidents before `nowMs` (none before the site was created), spread at random:
 * none in the future, none in the first hour of the month, so that a 30-day window keeps them
 * all for an hour.
 */
function seedEvents(site: SiteRecord, nowMs: number): WafEvent[] {
	const incidents = site.production === null ? Math.round(between(250, 700, site.id, 20)) : 12;
	const span = MONTH_MS - HOUR_MS - 600_000;
	const events: WafEvent[] = [];
	for (let index = 0; index < incidents; index += 1) {
		const start = nowMs - span - 600_000 + Math.floor(unit(site.id, index, 21) * span);
		if (start < Date.parse(site.created_at)) continue;
		events.push(...incidentEvents(site, index, Math.floor(start / 1000) * 1000));
	}
	return events;
}

const wafEvents = siteLog<WafEvent>({
	group: 'waf-events',
	time: (event) => event.datetime,
	tieBreak: (a, b) => a.rayName.localeCompare(b.rayName) || a.matchIndex - b.matchIndex,
	seed: seedEvents,
	fill: (site, index, nowMs) => ({
		...incidentEvents(site, index, nowMs)[0],
		rayName: hexOf(16, site.id, index, nowMs % 1_000_000, 8),
	}),
});

/** The site's events, newest first. */
export const wafEventsOf = wafEvents.of;

/** Events inside the last `durationMs`. */
export const wafEventsWithin = wafEvents.within;

/**
 * Adds events to a site's list, e.g. new attacks for a polling trigger. Missing fields get
 * believable values; `datetime` defaults to now.
 */
export const addWafEvents = wafEvents.add;

export const timeOf = wafEvents.timeOf;
