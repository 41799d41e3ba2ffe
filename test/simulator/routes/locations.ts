import type { RouteContext } from '../http/context';
import { ok } from '../http/reply';
import type { Router } from '../http/router';
import { LOCATIONS, locationsForType, RESTRICTED_LOCATIONS } from '../state/locations';

function listLocations(context: RouteContext) {
	return ok(locationsForType(LOCATIONS, context.query.site_type));
}

/** `result.locations[]` and `result.restricted_locations[]` (dedicated locations). */
function listAllLocations(context: RouteContext) {
	return ok({
		locations: locationsForType(LOCATIONS, context.query.site_type),
		restricted_locations: locationsForType(RESTRICTED_LOCATIONS, context.query.site_type),
	});
}

export function registerLocationRoutes(router: Router): void {
	router.on('GET', '/sites/locations', listLocations);
	router.on('GET', '/sites/all_locations', listAllLocations);
}
