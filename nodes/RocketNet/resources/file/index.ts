import type { INodeProperties } from 'n8n-workflow';

import { deletedOutput, showFor, siteSelector } from '../../shared/descriptions';
import { fileChangePermissionsDescription } from './changePermissions';
import { fileCompressDescription } from './compress';
import { fileCreateFolderDescription } from './createFolder';
import { fileDownloadDescription, fileDownloadRouting } from './download';
import { fileExtractDescription } from './extract';
import { fileGetAllDescription } from './getAll';
import { fileSaveDescription } from './save';
import { filePathField } from './shared';
import { fileUploadDescription } from './upload';
import { fileViewDescription } from './view';

const showOnlyForFiles = { resource: ['file'] };

const files = '=/sites/{{$parameter.siteId}}/files';

export const fileDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForFiles },
		options: [
			{
				name: 'Change Permissions',
				value: 'changePermissions',
				action: 'Change the permissions of a file',
				description: 'Change the Linux permissions of a file or folder, e.g. to 0644',
				routing: { request: { method: 'PATCH', url: `${files}/chmod` } },
			},
			{
				name: 'Compress',
				value: 'compress',
				action: 'Compress files into an archive',
				description: 'Pack files and folders of the site into a zip, tar, gzip or bzip2 archive',
				routing: { request: { method: 'POST', url: `${files}/compress` } },
			},
			{
				name: 'Create Folder',
				value: 'createFolder',
				action: 'Create a folder',
				description: 'Create a new folder in the site installation',
				routing: { request: { method: 'POST', url: `${files}/folder` } },
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a file',
				description: 'Delete a file or folder from the site installation',
				routing: {
					request: { method: 'DELETE', url: files },
					output: { postReceive: deletedOutput },
				},
			},
			{
				name: 'Download',
				value: 'download',
				action: 'Download a file',
				description: 'Download a file of the site as binary data',
				routing: fileDownloadRouting(`${files}/download`),
			},
			{
				name: 'Extract',
				value: 'extract',
				action: 'Extract an archive',
				description: 'Extract an archive on the site into a folder',
				routing: { request: { method: 'POST', url: `${files}/extract` } },
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many files',
				description: 'List the files and folders in a folder of the site, or search for them',
				routing: {
					// The file manager list requires `page` even for the first page.
					request: {
						method: 'GET',
						url: '=/sites/{{$parameter.siteId}}/file_manager/files',
						qs: { page: 1 },
					},
				},
			},
			{
				name: 'Save',
				value: 'save',
				action: 'Save a file',
				description: "Save new content to an existing file of the site, e.g. a theme's style.css",
				routing: { request: { method: 'PUT', url: files } },
			},
			{
				name: 'Upload',
				value: 'upload',
				action: 'Upload a file',
				description: 'Upload a file to the site installation, from binary data or typed text',
				routing: { request: { method: 'POST', url: files } },
			},
			{
				name: 'View',
				value: 'view',
				action: 'View a file',
				description:
					'Get the content of a file of the site with its MIME type (base64 for binary files)',
				routing: { request: { method: 'GET', url: `${files}/view` } },
			},
		],
		default: 'getAll',
	},
	siteSelector('file', [
		'changePermissions',
		'compress',
		'createFolder',
		'delete',
		'download',
		'extract',
		'getAll',
		'save',
		'upload',
		'view',
	]),
	filePathField(showFor('file', ['delete']), 'file', {
		description: "Path of the file or folder to delete, relative to the site's document root",
	}),
	...fileChangePermissionsDescription,
	...fileCompressDescription,
	...fileCreateFolderDescription,
	...fileDownloadDescription,
	...fileExtractDescription,
	...fileGetAllDescription,
	...fileSaveDescription,
	...fileUploadDescription,
	...fileViewDescription,
];
