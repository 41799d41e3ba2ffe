import { bodyOf, siteOf, type RouteContext } from '../http/context';
import { okList } from '../http/list';
import { ApiError, ok, success } from '../http/reply';
import type { Router } from '../http/router';
import { siteHostnames } from '../state/domains';
import { isoSeconds, newUuid, stableUuid } from '../state/ids';
import { groupState, type SimulatorState, type SiteRecord } from '../state/state';

interface ShopShieldRecord {
	id: string;
	uri: string;
	created_at: string;
	updated_at: string;
}

/** Demo shops that already protect some URIs, by main domain. */
const SEEDED_URIS: Record<string, Array<{ uri: string; at: string }>> = {
	'copper-falls.example.com': [{ uri: '/shop/', at: '2025-03-02T10:15:00Z' }],
	'north-star-bakery.example.com': [
		{ uri: '/checkout/', at: '2025-01-08T08:00:00Z' },
		{ uri: '/my-account/', at: '2025-01-08T08:05:00Z' },
	],
};

const SHOP_SHIELD_SORT = {
	id: (record: ShopShieldRecord) => record.id,
	uri: (record: ShopShieldRecord) => record.uri,
	created_at: (record: ShopShieldRecord) => record.created_at,
	updated_at: (record: ShopShieldRecord) => record.updated_at,
};

/** The protected URIs of a site, seeded from the demo table the first time they are read. */
function urisOf(state: SimulatorState, site: SiteRecord): ShopShieldRecord[] {
	const bySite = groupState(state, 'shopShield', () => new Map<number, ShopShieldRecord[]>());
	let records = bySite.get(site.id);
	if (!records) {
		records = (SEEDED_URIS[site.domain] ?? []).map(({ uri, at }) => ({
			id: stableUuid(`shop-shield:${site.id}:${uri}`),
			uri,
			created_at: at,
			updated_at: at,
		}));
		bySite.set(site.id, records);
	}
	return records;
}

/** A path (`/shop`) or a full URL on one of the site's own domains. */
function requireSiteUri(context: RouteContext, uri: string): string {
	const trimmed = uri.trim();
	if (trimmed.startsWith('/')) return trimmed;

	const hostnames = siteHostnames(context.state, siteOf(context));
	const host = /^https?:\/\/([^/:?#]+)/i.exec(trimmed)?.[1]?.toLowerCase();
	if (!host || !hostnames.includes(host)) {
		throw new ApiError(
			400,
			'The URI must start with / or with a domain of this site, e.g. /shop or https://example.com/shop',
		);
	}
	return trimmed;
}

function findUri(context: RouteContext): ShopShieldRecord {
	const record = urisOf(context.state, siteOf(context)).find(
		(candidate) => candidate.id === context.params.uri_id,
	);
	if (!record) throw new ApiError(404, 'ShopShield URI not found');
	return record;
}

function listUris(context: RouteContext) {
	const { query } = context;
	const text = (name: string) => (typeof query[name] === 'string' ? String(query[name]) : '');
	const records = urisOf(context.state, siteOf(context)).filter(
		(record) => record.id.includes(text('uri_id')) && record.uri.includes(text('uri')),
	);
	return okList(records, query, { defaultSort: 'created_at', sortBy: SHOP_SHIELD_SORT });
}

function enableUri(context: RouteContext) {
	const records = urisOf(context.state, siteOf(context));
	const uri = requireSiteUri(context, bodyOf<{ uri: string }>(context).uri);
	if (records.some((record) => record.uri === uri)) {
		throw new ApiError(400, `ShopShield is already enabled for ${uri}`);
	}

	const stamp = isoSeconds(context.now);
	const record = { id: newUuid(), uri, created_at: stamp, updated_at: stamp };
	records.push(record);
	return ok(record);
}

function disableUri(context: RouteContext) {
	const record = findUri(context);
	const records = urisOf(context.state, siteOf(context));
	records.splice(records.indexOf(record), 1);
	return success();
}

export function registerShopShieldRoutes(router: Router): void {
	router.on('GET', '/sites/{id}/shop_shield', listUris);
	router.on('POST', '/sites/{id}/shop_shield', enableUri);
	router.on('GET', '/sites/{id}/shop_shield/{uri_id}', (context) => ok(findUri(context)));
	router.on('DELETE', '/sites/{id}/shop_shield/{uri_id}', disableUri);
}
