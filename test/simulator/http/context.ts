import type { CatalogueOperation } from '../catalogue';
import type { SimulatorState, SiteRecord } from '../state/state';
import type { SimulatorConfig } from '../types';
import type { TokenClaims } from './jwt';

/** Everything a route handler sees: the validated request and the simulator it runs in. */
export interface RouteContext {
	operation: CatalogueOperation;
	/** Path parameters, integers already converted. */
	params: Record<string, string | number>;
	/** Query parameters validated against the spec, with defaults filled in. */
	query: Record<string, unknown>;
	/** Parsed JSON body, validated against the spec (undefined when none was sent). */
	body: unknown;
	state: SimulatorState;
	config: SimulatorConfig;
	apiUrl: string;
	now: number;
	/** Claims of the bearer token, when the operation requires one. */
	token: TokenClaims | null;
	/** The site named by `{id}` (/sites/{id}/…, /reporting/sites/{id}/…), known to exist. */
	site: SiteRecord | null;
	/** Signs a JWT with the simulator's secret and records it as issued. */
	issueToken(options: { subject: string; ttlSeconds: number; siteId?: number }): string;
}

/** The request body, already validated against the spec; `{}` when none was sent. */
export function bodyOf<T>(context: RouteContext): T {
	return (context.body ?? {}) as T;
}

/** The site of a site-scoped route; routes registered under /sites/{id} always have one. */
export function siteOf(context: RouteContext) {
	if (!context.site) throw new Error(`${context.operation.path} has no site`);
	return context.site;
}
