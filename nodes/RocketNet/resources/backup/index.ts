import type { INodeProperties } from 'n8n-workflow';

import {
	deletedOutput,
	pathIdField,
	showFor,
	siteSelector,
	waitForCompletionFields,
} from '../../shared/descriptions';
import { backupCreateDescription } from './create';
import { backupDownloadDescription, backupDownloadRouting } from './download';
import { backupGetAllDescription } from './getAll';
import { backupGetAllRestorePointsDescription } from './getAllRestorePoints';
import { backupRestoreDescription } from './restore';
import { backupRestoreRestorePointFilesDescription } from './restoreRestorePointFiles';

const showOnlyForBackups = { resource: ['backup'] };

const backups = '=/sites/{{$parameter.siteId}}/backup';
const backup = `${backups}/{{$parameter.backupId}}`;
const restorePoint = `${backups}/automated/{{$parameter.restoreId}}/restore`;

const taskOperations = [
	'create',
	'restore',
	'restoreRestorePoint',
	'restoreRestorePointDatabase',
	'restoreRestorePointFiles',
];

export const backupDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForBackups },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a backup',
				description: 'Back up the files and database of a site, as a background task',
				routing: { request: { method: 'POST', url: backups } },
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a backup',
				description: 'Delete a manual backup',
				routing: {
					request: { method: 'DELETE', url: backup },
					output: { postReceive: deletedOutput },
				},
			},
			{
				name: 'Download',
				value: 'download',
				action: 'Download a backup',
				description: 'Download a finished manual backup as a file',
				routing: backupDownloadRouting(backup),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many backups',
				description: 'List the manual backups of a site',
				routing: { request: { method: 'GET', url: backups } },
			},
			{
				name: 'Get Many Restore Points',
				value: 'getAllRestorePoints',
				action: 'Get many automated restore points',
				description: 'List the automated daily backups of a site',
				routing: { request: { method: 'GET', url: `${backups}/automated` } },
			},
			{
				name: 'Restore',
				value: 'restore',
				action: 'Restore a backup',
				description: 'Restore a manual backup over the site, as a background task',
				routing: { request: { method: 'POST', url: `${backup}/restore` } },
			},
			{
				name: 'Restore Restore Point',
				value: 'restoreRestorePoint',
				action: 'Restore an automated restore point',
				description: 'Restore files and database from an automated backup, as a background task',
				routing: { request: { method: 'POST', url: restorePoint } },
			},
			{
				name: 'Restore Restore Point Database',
				value: 'restoreRestorePointDatabase',
				action: 'Restore the database from a restore point',
				description: 'Restore only the database from an automated backup, as a background task',
				routing: { request: { method: 'POST', url: `${restorePoint}/database` } },
			},
			{
				name: 'Restore Restore Point Files',
				value: 'restoreRestorePointFiles',
				action: 'Restore files from a restore point',
				description: 'Restore all or some files from an automated backup, as a background task',
				routing: { request: { method: 'POST', url: `${restorePoint}/files` } },
			},
		],
		default: 'getAll',
	},
	siteSelector('backup', [
		'create',
		'delete',
		'download',
		'getAll',
		'getAllRestorePoints',
		'restore',
		'restoreRestorePoint',
		'restoreRestorePointDatabase',
		'restoreRestorePointFiles',
	]),
	{
		...pathIdField(
			'backupId',
			'Backup ID',
			'number',
			showFor('backup', ['delete', 'download', 'restore']),
			'The manual backup. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		),
		displayName: 'Backup Name or ID',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getBackups', loadOptionsDependsOn: ['siteId.value'] },
	},
	pathIdField(
		'restoreId',
		'Restore Point ID',
		'text',
		showFor('backup', [
			'restoreRestorePoint',
			'restoreRestorePointDatabase',
			'restoreRestorePointFiles',
		]),
		'The automated restore point, as listed by Get Many Restore Points',
	),
	...backupCreateDescription,
	...backupDownloadDescription,
	...backupGetAllDescription,
	...backupGetAllRestorePointsDescription,
	...backupRestoreDescription,
	...backupRestoreRestorePointFilesDescription,
	...waitForCompletionFields('backup', taskOperations),
];
