import { isoMillis, newToken, stableObjectId } from './ids';
import type {
	ManualBackupRecord,
	RestorePointRecord,
	SimulatorState,
	SiteRecord,
	TaskEffects,
} from './state';

const DAY_MS = 24 * 60 * 60 * 1000;
const RESTORE_POINT_DAYS = 7;

export interface NewBackup {
	siteId: number;
	label: string;
	taskId: string;
	createdAt: number;
	backupDirectory?: boolean;
	backupDatabase?: boolean;
}

export function addBackup(state: SimulatorState, input: NewBackup): ManualBackupRecord {
	const backup: ManualBackupRecord = {
		id: state.nextBackupId,
		label: input.label,
		site_id: input.siteId,
		task_id: input.taskId,
		status: 'NEW',
		created: isoMillis(input.createdAt),
		download_token: newToken(),
		backup_directory: input.backupDirectory ?? true,
		backup_database: input.backupDatabase ?? true,
	};
	state.nextBackupId += 1;
	state.backups.set(backup.id, backup);
	return backup;
}

/** Keeps a backup's status in step with its creation task: NEW → PROGRESS → DONE | ERROR. */
export function backupCreationEffects(backup: ManualBackupRecord): TaskEffects {
	return {
		progress: () => {
			backup.status = 'PROGRESS';
		},
		done: () => {
			backup.status = 'DONE';
		},
		error: () => {
			backup.status = 'ERROR';
		},
	};
}

/** ManualBackup in the spec's field order. */
export function backupView(backup: ManualBackupRecord, apiUrl: string) {
	const download = `${apiUrl}/sites/${backup.site_id}/backup/${backup.id}`;
	return {
		id: backup.id,
		label: backup.label,
		download_link: `${download}?token=${backup.download_token}`,
		status: backup.status,
		created: backup.created,
		site_id: backup.site_id,
		task_id: backup.task_id,
	};
}

function offsetTimestamp(ms: number): string {
	return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
}

/**
 * The site's automated restore points: one a day at 03:00 UTC for the last week, none before the
 * site existed. Created on first access so that seeding thousands of sites stays fast.
 */
export function restorePointsFor(
	state: SimulatorState,
	site: SiteRecord,
	now: number,
): RestorePointRecord[] {
	const existing = state.restorePoints.get(site.id);
	if (existing) return existing;

	const today = Math.floor(now / DAY_MS) * DAY_MS + 3 * 60 * 60 * 1000;
	const siteCreated = Date.parse(site.created_at);
	const points: RestorePointRecord[] = [];
	for (let day = 0; day < RESTORE_POINT_DAYS; day += 1) {
		const time = today - (day + (today > now ? 1 : 0)) * DAY_MS;
		if (time < siteCreated) break;
		points.push({
			recoveryPoint: stableObjectId(`${site.id}:${time}`),
			site_id: site.id,
			created_at: offsetTimestamp(time),
			status: 'DONE',
		});
	}
	state.restorePoints.set(site.id, points);
	return points;
}

export function restorePointView(point: RestorePointRecord) {
	return { recoveryPoint: point.recoveryPoint, created_at: point.created_at, status: point.status };
}
