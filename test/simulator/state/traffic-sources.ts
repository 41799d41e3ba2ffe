import { LOCATIONS } from './locations';
import type { SiteRecord } from './state';

/** Where a site's requests come from: the values reports break traffic down by. */

export interface Weighted<T> {
	value: T;
	weight: number;
}

const weighted = <T>(pairs: Array<[T, number]>): Array<Weighted<T>> =>
	pairs.map(([value, weight]) => ({ value, weight }));

export const CHROME_DESKTOP =
	'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36';
export const CHROME_ANDROID =
	'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Mobile Safari/537.36';
export const SAFARI_IPHONE =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1';
export const SAFARI_IPAD =
	'Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1';
export const SAFARI_MAC =
	'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15';
export const FIREFOX_DESKTOP =
	'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:130.0) Gecko/20100101 Firefox/130.0';
export const EDGE_DESKTOP =
	'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36 Edg/128.0.2739.67';
export const GOOGLEBOT = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
export const BINGBOT = 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)';

/** A kind of visitor: browser, system and device go together. */
export interface Client {
	userAgent: string;
	browser: string;
	os: string;
	device: 'desktop' | 'mobile' | 'tablet';
}

export const CLIENTS: Array<Weighted<Client>> = weighted<Client>([
	[{ userAgent: CHROME_DESKTOP, browser: 'Chrome', os: 'Windows', device: 'desktop' }, 30],
	[{ userAgent: CHROME_ANDROID, browser: 'ChromeMobile', os: 'Android', device: 'mobile' }, 22],
	[{ userAgent: SAFARI_IPHONE, browser: 'MobileSafari', os: 'iOS', device: 'mobile' }, 20],
	[{ userAgent: SAFARI_MAC, browser: 'Safari', os: 'MacOSX', device: 'desktop' }, 8],
	[{ userAgent: EDGE_DESKTOP, browser: 'Edge', os: 'Windows', device: 'desktop' }, 7],
	[{ userAgent: FIREFOX_DESKTOP, browser: 'Firefox', os: 'Windows', device: 'desktop' }, 4],
	[{ userAgent: SAFARI_IPAD, browser: 'MobileSafari', os: 'iOS', device: 'tablet' }, 4],
	[{ userAgent: GOOGLEBOT, browser: 'Googlebot', os: 'Linux', device: 'desktop' }, 3],
	[{ userAgent: BINGBOT, browser: 'Bingbot', os: 'Linux', device: 'desktop' }, 2],
]);

export interface Network {
	asn: string;
	name: string;
}

export const NETWORKS: Array<Weighted<Network>> = weighted<Network>([
	[{ asn: '7922', name: 'COMCAST-7922' }, 14],
	[{ asn: '701', name: 'UUNET' }, 9],
	[{ asn: '20115', name: 'CHARTER-20115' }, 8],
	[{ asn: '7018', name: 'ATT-INTERNET4' }, 8],
	[{ asn: '15169', name: 'GOOGLE' }, 6],
	[{ asn: '2856', name: 'BT-UK-AS' }, 5],
	[{ asn: '3320', name: 'DTAG' }, 4],
	[{ asn: '16509', name: 'AMAZON-02' }, 4],
	[{ asn: '8075', name: 'MICROSOFT-CORP-MSN-AS-BLOCK' }, 3],
	[{ asn: '14618', name: 'AMAZON-AES' }, 2],
]);

const AUDIENCES: Record<string, Array<Weighted<string>>> = {
	'United States': weighted([
		['US', 70],
		['CA', 8],
		['GB', 5],
		['DE', 3],
		['IN', 3],
		['AU', 2],
	]),
	Europe: weighted([
		['GB', 30],
		['DE', 18],
		['NL', 14],
		['FR', 10],
		['US', 10],
		['ES', 5],
	]),
	Asia: weighted([
		['SG', 35],
		['MY', 12],
		['ID', 12],
		['IN', 10],
		['US', 8],
		['AU', 6],
	]),
	Oceania: weighted([
		['AU', 65],
		['NZ', 15],
		['US', 8],
		['GB', 4],
		['SG', 3],
	]),
};

const COLOS: Record<string, Array<Weighted<string>>> = {
	'United States': weighted([
		['IAD', 22],
		['EWR', 15],
		['ORD', 14],
		['DFW', 12],
		['LAX', 12],
	]),
	Europe: weighted([
		['LHR', 24],
		['AMS', 18],
		['FRA', 16],
		['CDG', 10],
		['MAD', 5],
	]),
	Asia: weighted([
		['SIN', 40],
		['KUL', 12],
		['CGK', 12],
		['BOM', 8],
		['HKG', 6],
	]),
	Oceania: weighted([
		['SYD', 45],
		['MEL', 20],
		['AKL', 12],
		['BNE', 8],
		['PER', 5],
	]),
};

function regionOf(site: SiteRecord): string {
	return (LOCATIONS.find((location) => location.id === site.location_id) ?? LOCATIONS[0]).region;
}

export function audienceOf(site: SiteRecord): Array<Weighted<string>> {
	return AUDIENCES[regionOf(site)] ?? AUDIENCES['United States'];
}

export function colosOf(site: SiteRecord): Array<Weighted<string>> {
	return COLOS[regionOf(site)] ?? COLOS['United States'];
}

/** The host names a site answers on: its domain, www of its apex, and its rocket_url. */
export function hostsOf(site: SiteRecord): string[] {
	const apex = site.domain.replace(/^www\./, '');
	const www = site.domain.endsWith('.onrocket.site') ? [] : [`www.${apex}`];
	return [...new Set([site.domain, apex, ...www, site.rocket_url])];
}

export const PAGES = ['/', '/about/', '/contact/', '/blog/', '/shop/', '/services/', '/faq/'];

export const ASSETS = [
	{ path: '/wp-content/themes/astra/style.min.css', type: 'css' },
	{ path: '/wp-includes/js/jquery/jquery.min.js', type: 'js' },
	{ path: '/wp-content/plugins/elementor/assets/js/frontend.min.js', type: 'js' },
	{ path: '/wp-content/uploads/2025/01/hero.webp', type: 'webp' },
	{ path: '/wp-content/uploads/2024/11/logo.png', type: 'png' },
	{ path: '/wp-content/uploads/2024/09/team.jpg', type: 'jpeg' },
	{ path: '/wp-content/themes/astra/assets/fonts/astra.woff2', type: 'woff2' },
	{ path: '/favicon.ico', type: 'ico' },
];

export const REFERERS = weighted([
	['', 50],
	['google.com', 22],
	['bing.com', 4],
	['facebook.com', 4],
	['duckduckgo.com', 2],
	['instagram.com', 2],
	['t.co', 1],
]);
