import { exampleRecord } from '../examples';
import { bodyOf, siteOf, type RouteContext } from '../http/context';
import { okList } from '../http/list';
import { ApiError, ok } from '../http/reply';
import type { Router } from '../http/router';
import { presignedLink } from '../http/storage';
import { zip, type ArchiveMember } from '../state/archives';
import { siteTree } from '../state/file-tree';
import { isoSeconds, newUuid } from '../state/ids';
import type { CloudBackupRecord, SimulatorState, SiteRecord } from '../state/state';
import { beginTask, taskStarted } from './tasks-shared';

interface CreateCloudBackupBody {
	label: string;
	includes_files?: boolean;
	includes_database?: boolean;
	exclude_paths?: string[];
}

const CLOUD_BACKUP_SORT = {
	created_at: (backup: CloudBackupRecord) => backup.created_at,
	status: (backup: CloudBackupRecord) => backup.status,
	id: (backup: CloudBackupRecord) => backup.id,
	label: (backup: CloudBackupRecord) => backup.label,
	task_id: (backup: CloudBackupRecord) => backup.task_id,
};

/** CloudBackup in the spec's field order; WordPress metadata comes from the spec's example. */
function cloudBackupView(backup: CloudBackupRecord) {
	const sample = exampleRecord<{ wordpress_metadata: unknown }>('GET', '/sites/{id}/cloud_backups');
	return {
		id: backup.id,
		includes_files: backup.includes_files,
		includes_database: backup.includes_database,
		created_at: backup.created_at,
		label: backup.label,
		status: backup.status,
		site_id: backup.site_id,
		size: backup.size,
		task_id: backup.task_id,
		wordpress_metadata: sample.wordpress_metadata,
		zip_file_name: backup.zip_file_name,
	};
}

function findCloudBackup(context: RouteContext): CloudBackupRecord {
	const site = siteOf(context);
	const backup = context.state.cloudBackups.get(String(context.params.backup_id));
	if (!backup || backup.site_id !== site.id) throw new ApiError(404, 'Cloud backup not found');
	return backup;
}

function listCloudBackups(context: RouteContext) {
	const { query } = context;
	const site = siteOf(context);
	const search = typeof query.search === 'string' ? query.search.toLowerCase() : null;
	const backups = [...context.state.cloudBackups.values()].filter(
		(backup) =>
			backup.site_id === site.id &&
			(query.status === undefined || backup.status === query.status) &&
			(query.task_id === undefined || backup.task_id === query.task_id) &&
			(!search || backup.label.toLowerCase().includes(search)),
	);
	return okList(backups, query, { defaultSort: 'id', sortBy: CLOUD_BACKUP_SORT }, cloudBackupView);
}

function createCloudBackup(context: RouteContext) {
	const site = siteOf(context);
	const body = bodyOf<CreateCloudBackupBody>(context);
	const stamp = isoSeconds(context.now);
	const task = beginTask(context, { level: 'site', type: 'cloud_backup_create', siteId: site.id });
	const backup: CloudBackupRecord = {
		id: newUuid(),
		site_id: site.id,
		label: body.label,
		includes_files: body.includes_files ?? true,
		includes_database: body.includes_database ?? true,
		exclude_paths: body.exclude_paths ?? [],
		created_at: stamp,
		status: 'NEW',
		size: 0,
		task_id: task.id,
		zip_file_name: `${site.domain}_backup_${stamp.replace(/:/g, '-').replace('Z', '')}.zip`,
	};
	context.state.cloudBackups.set(backup.id, backup);
	task.effects = {
		progress: () => {
			backup.status = 'PROGRESS';
		},
		done: () => {
			backup.status = 'DONE';
			backup.size = Math.round(site.disk_usage * 1024 * 0.6);
		},
		error: () => {
			backup.status = 'ERROR';
		},
	};
	return taskStarted(task, { backup_id: backup.id });
}

function deleteCloudBackup(context: RouteContext) {
	const backup = findCloudBackup(context);
	context.state.cloudBackups.delete(backup.id);
	return ok({ id: backup.id });
}

/** A SQL dump header, so that the database part of a backup looks like one. */
function databaseDump(site: SiteRecord, backup: CloudBackupRecord): Buffer {
	return Buffer.from(
		[
			'-- MySQL dump 10.13  Distrib 8.0.36',
			`-- Host: localhost    Database: ${site.sftp_username}_wp`,
			`-- Cloud backup ${backup.id} (${backup.label})`,
			'CREATE TABLE `wp_options` (`option_id` bigint unsigned NOT NULL AUTO_INCREMENT,',
			'  `option_name` varchar(191) NOT NULL, `option_value` longtext NOT NULL,',
			'  PRIMARY KEY (`option_id`));',
			`INSERT INTO \`wp_options\` VALUES (1,'siteurl','https://${site.domain}');`,
			'',
		].join('\n'),
	);
}

// Limitation: the files are those of the site when the link is used, not when the backup ran.
/**
 * The backup's zip: the document root under public_html/ (without excluded paths) and a
 * database dump, as the backup includes them.
 */
function cloudBackupZip(state: SimulatorState, site: SiteRecord, backup: CloudBackupRecord) {
	const excluded = backup.exclude_paths.map((path) => path.replace(/^\/+|\/+$/g, ''));
	const kept = (path: string) =>
		!excluded.some((exclude) => path === exclude || path.startsWith(`${exclude}/`));
	const files: ArchiveMember[] = backup.includes_files
		? [...siteTree(state, site).entries()]
				.filter(([path]) => path !== '' && kept(`public_html/${path}`))
				.map(([path, entry]) => ({ ...entry, path: `public_html/${path}` }))
		: [];
	const database: ArchiveMember[] = backup.includes_database
		? [
				{
					path: 'database.sql',
					type: 'file',
					content: databaseDump(site, backup),
					mtime: 0,
					mode: '0600',
				},
			]
		: [];
	return zip([...files, ...database]);
}

/** A pre-signed link to the backup's zip, served by the simulator outside /v1 as R2 would. */
function downloadLink(context: RouteContext) {
	const backup = findCloudBackup(context);
	if (backup.status !== 'DONE') throw new ApiError(400, 'Cloud backup is not ready for download');

	const site = siteOf(context);
	const { state } = context;
	return ok({
		download_link: presignedLink(context, {
			key: `cloud-backups/${site.id}/${backup.zip_file_name}`,
			contentType: 'application/zip',
			body: () => cloudBackupZip(state, site, backup),
		}),
	});
}

function restoreCloudBackup(context: RouteContext) {
	const backup = findCloudBackup(context);
	if (backup.status !== 'DONE') throw new ApiError(400, 'Only completed backups can be restored');

	backup.status = 'RESTORING';
	const settle = () => {
		backup.status = 'DONE';
	};
	const task = beginTask(context, {
		level: 'site',
		type: 'cloud_backup_restore',
		siteId: backup.site_id,
		effects: { done: settle, error: settle },
	});
	return taskStarted(task);
}

export function registerCloudBackupRoutes(router: Router): void {
	router.on('GET', '/sites/{id}/cloud_backups', listCloudBackups);
	router.on('POST', '/sites/{id}/cloud_backups', createCloudBackup);
	router.on('GET', '/sites/{id}/cloud_backups/{backup_id}', (context) =>
		ok(cloudBackupView(findCloudBackup(context))),
	);
	router.on('DELETE', '/sites/{id}/cloud_backups/{backup_id}', deleteCloudBackup);
	router.on('GET', '/sites/{id}/cloud_backups/{backup_id}/download', downloadLink);
	router.on('POST', '/sites/{id}/cloud_backups/{backup_id}/restore', restoreCloudBackup);
}
