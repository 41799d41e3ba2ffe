import type { INodeProperties } from 'n8n-workflow';

import {
	deletedOutput,
	pathIdField,
	showFor,
	siteSelector,
	waitForCompletionFields,
} from '../../shared/descriptions';
import { cloudBackupCreateDescription } from './create';
import { cloudBackupDownloadDescription, cloudBackupDownloadRouting } from './download';
import { cloudBackupGetAllDescription } from './getAll';
import { cloudBackupRestoreDescription } from './restore';

const backups = '=/sites/{{$parameter.siteId}}/cloud_backups';
const backup = `${backups}/{{$parameter.cloudBackupId}}`;

export const cloudBackupDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['cloudBackup'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a cloud backup',
				description:
					'Back up the files and database of a site to cloud storage, as a background task',
				routing: { request: { method: 'POST', url: backups } },
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a cloud backup',
				description: 'Delete a cloud backup of the site',
				routing: {
					request: { method: 'DELETE', url: backup },
					output: { postReceive: deletedOutput },
				},
			},
			{
				name: 'Download',
				value: 'download',
				action: 'Download a cloud backup',
				description:
					'Get a pre-signed download link for a finished cloud backup, and the backup file itself',
				routing: cloudBackupDownloadRouting(`${backup}/download`),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a cloud backup',
				description: 'Get a cloud backup with its status, size and WordPress versions',
				routing: { request: { method: 'GET', url: backup } },
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many cloud backups',
				description: 'List the cloud backups of a site',
				routing: { request: { method: 'GET', url: backups } },
			},
			{
				name: 'Restore',
				value: 'restore',
				action: 'Restore a cloud backup',
				description:
					'Restore the files, database or chosen paths of a cloud backup over the site, as a background task',
				routing: { request: { method: 'POST', url: `${backup}/restore` } },
			},
		],
		default: 'getAll',
	},
	siteSelector('cloudBackup', ['create', 'delete', 'download', 'get', 'getAll', 'restore']),
	pathIdField(
		'cloudBackupId',
		'Cloud Backup ID',
		'text',
		showFor('cloudBackup', ['delete', 'download', 'get', 'restore']),
		'The cloud backup, as listed by Get Many',
	),
	...cloudBackupCreateDescription,
	...cloudBackupDownloadDescription,
	...cloudBackupGetAllDescription,
	...cloudBackupRestoreDescription,
	...waitForCompletionFields('cloudBackup', ['create', 'restore']),
];
