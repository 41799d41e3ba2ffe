import { gzipSync } from 'node:zlib';

import { bodyOf, siteOf, type RouteContext } from '../http/context';
import { okList } from '../http/list';
import { ApiError, success, type Reply } from '../http/reply';
import type { Router } from '../http/router';
import { addBackup, backupCreationEffects, backupView } from '../state/backups';
import type { ManualBackupRecord } from '../state/state';
import { beginTask, taskStarted } from './tasks-shared';

interface CreateBackupBody {
	label: string;
	backup_directory?: boolean;
	backup_database?: boolean;
}

const BACKUP_SORT = {
	created_at: (backup: ManualBackupRecord) => backup.created,
	id: (backup: ManualBackupRecord) => backup.id,
	label: (backup: ManualBackupRecord) => backup.label,
	status: (backup: ManualBackupRecord) => backup.status,
};

function findBackup(context: RouteContext): ManualBackupRecord {
	const site = siteOf(context);
	const backup = context.state.backups.get(Number(context.params.backup_id));
	if (!backup || backup.site_id !== site.id) throw new ApiError(404, 'Backup not found');
	return backup;
}

function matchesBackupFilters(backup: ManualBackupRecord, query: Record<string, unknown>): boolean {
	if (typeof query.task_id === 'string') return backup.task_id === query.task_id;

	const statuses =
		typeof query.status === 'string'
			? query.status.split(',').map((status) => status.trim())
			: null;
	const search = typeof query.search === 'string' ? query.search.toLowerCase() : null;
	return (
		(!statuses || statuses.includes(backup.status)) &&
		(!search || backup.label.toLowerCase().includes(search))
	);
}

function listBackups(context: RouteContext) {
	const { query } = context;
	if (query.task_id !== undefined && (query.search !== undefined || query.status !== undefined)) {
		throw new ApiError(400, 'task_id cannot be combined with other filters');
	}

	const site = siteOf(context);
	const backups = [...context.state.backups.values()].filter(
		(backup) => backup.site_id === site.id && matchesBackupFilters(backup, query),
	);
	return okList(
		backups,
		query,
		{ defaultSort: 'created_at', defaultDirection: 'desc', sortBy: BACKUP_SORT },
		(backup) => backupView(backup, context.apiUrl),
	);
}

/** Creates the backup record with its task; the record's status follows the task. */
function createBackup(context: RouteContext) {
	const site = siteOf(context);
	const body = bodyOf<CreateBackupBody>(context);
	const task = beginTask(context, { level: 'site', type: 'backup', siteId: site.id });
	const backup = addBackup(context.state, {
		siteId: site.id,
		label: body.label,
		taskId: task.id,
		createdAt: context.now,
		backupDirectory: body.backup_directory,
		backupDatabase: body.backup_database,
	});
	task.effects = backupCreationEffects(backup);
	return taskStarted(task);
}

/** GET /sites/{id}/backup/{backup_id}?token=… takes no bearer: the token is in download_link. */
function downloadBackup(context: RouteContext): Reply {
	const backupId = Number(context.params.backup_id);
	if (context.state.deletedBackups.has(backupId)) {
		throw new ApiError(410, 'This backup has been deleted and can no longer be downloaded');
	}
	const backup = findBackup(context);
	if (context.query.token !== backup.download_token)
		throw new ApiError(403, 'Invalid download token');
	if (backup.status !== 'DONE') throw new ApiError(400, 'Backup is not ready for download');

	const site = siteOf(context);
	return {
		status: 200,
		raw: gzipSync(Buffer.from(`Simulated backup ${backup.id} of ${site.domain}\n`)),
		contentType: 'application/gzip',
		headers: {
			'Content-Disposition': `attachment; filename="${site.domain}-backup-${backup.id}.tar.gz"`,
		},
	};
}

function deleteBackup(context: RouteContext) {
	const backup = findBackup(context);
	if (backup.status === 'NEW' || backup.status === 'PROGRESS' || backup.status === 'RESTORING') {
		throw new ApiError(400, 'Backup cannot be deleted while a task is using it');
	}

	context.state.backups.delete(backup.id);
	context.state.deletedBackups.add(backup.id);
	return success();
}

function restoreBackup(context: RouteContext) {
	const backup = findBackup(context);
	if (backup.status !== 'DONE') throw new ApiError(400, 'Only completed backups can be restored');

	backup.status = 'RESTORING';
	const settle = () => {
		backup.status = 'DONE';
	};
	const task = beginTask(context, {
		level: 'site',
		type: 'restore',
		siteId: backup.site_id,
		effects: { done: settle, error: settle },
	});
	return taskStarted(task);
}

export function registerBackupRoutes(router: Router): void {
	router.on('GET', '/sites/{id}/backup', listBackups);
	router.on('POST', '/sites/{id}/backup', createBackup);
	router.on('GET', '/sites/{id}/backup/{backup_id}', downloadBackup);
	router.on('DELETE', '/sites/{id}/backup/{backup_id}', deleteBackup);
	router.on('POST', '/sites/{id}/backup/{backup_id}/restore', restoreBackup);
}
