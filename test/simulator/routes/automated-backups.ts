import { bodyOf, siteOf, type RouteContext } from '../http/context';
import { okList } from '../http/list';
import { ApiError } from '../http/reply';
import type { Router } from '../http/router';
import { restorePointsFor, restorePointView } from '../state/backups';
import type { RestorePointRecord } from '../state/state';
import { beginTask, taskStarted } from './tasks-shared';

const RESTORE_POINT_SORT = {
	created_at: (point: RestorePointRecord) => point.created_at,
	status: (point: RestorePointRecord) => point.status,
};

function listRestorePoints(context: RouteContext) {
	const { query } = context;
	const search = typeof query.search === 'string' ? query.search.toLowerCase() : null;
	const points = restorePointsFor(context.state, siteOf(context), context.now).filter(
		(point) =>
			(query.status === undefined || point.status === query.status) &&
			(!search || `${point.recoveryPoint} ${point.created_at}`.toLowerCase().includes(search)),
	);
	return okList(
		points,
		query,
		{ defaultSort: 'created_at', defaultDirection: 'desc', sortBy: RESTORE_POINT_SORT },
		restorePointView,
	);
}

/** All three restore calls run an automated_restore task; the point is RESTORING meanwhile. */
function restore(context: RouteContext) {
	const site = siteOf(context);
	const point = restorePointsFor(context.state, site, context.now).find(
		(candidate) => candidate.recoveryPoint === context.params.restore_id,
	);
	if (!point) throw new ApiError(404, 'Restore point not found');
	if (point.status === 'RESTORING')
		throw new ApiError(400, 'This restore point is already being restored');

	const body = bodyOf<{ restore_type?: string; files?: string[] }>(context);
	if (body.restore_type === 'partial' && !body.files?.length) {
		throw new ApiError(400, "'files' is required when restore_type is 'partial'");
	}

	point.status = 'RESTORING';
	const settle = () => {
		point.status = 'DONE';
	};
	const task = beginTask(context, {
		level: 'site',
		type: 'automated_restore',
		siteId: site.id,
		effects: { done: settle, error: settle },
	});
	return taskStarted(task);
}

export function registerAutomatedBackupRoutes(router: Router): void {
	router.on('GET', '/sites/{id}/backup/automated', listRestorePoints);
	router.on('POST', '/sites/{id}/backup/automated/{restore_id}/restore', restore);
	router.on('POST', '/sites/{id}/backup/automated/{restore_id}/restore/database', restore);
	router.on('POST', '/sites/{id}/backup/automated/{restore_id}/restore/files', restore);
}
