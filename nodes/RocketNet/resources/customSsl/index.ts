import type { INodeProperties } from 'n8n-workflow';

import { deletedOutput, pathIdField, showFor, siteSelector } from '../../shared/descriptions';
import { customSslUploadDescription } from './upload';

const showOnlyForCustomSsl = { resource: ['customSsl'] };

const certificates = '=/sites/{{$parameter.siteId}}/ssl/certificates';
const certificate = `${certificates}/{{$parameter.certificateId}}`;

export const customSslDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForCustomSsl },
		options: [
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a custom SSL certificate',
				description:
					'Remove an uploaded certificate: SSL for its domains is managed by Cloudflare again',
				routing: {
					request: { method: 'DELETE', url: certificate },
					output: { postReceive: deletedOutput },
				},
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a custom SSL certificate',
				description: 'Get the details of a previously uploaded certificate',
				routing: { request: { method: 'GET', url: certificate } },
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many custom SSL certificates',
				description: 'List the certificates uploaded for the domains of a site',
				routing: { request: { method: 'GET', url: certificates } },
			},
			{
				name: 'Upload',
				value: 'upload',
				action: 'Upload a custom SSL certificate',
				description:
					'Use your own certificate for domains of the site instead of SSL managed by Cloudflare',
				routing: { request: { method: 'POST', url: certificates } },
			},
		],
		default: 'getAll',
	},
	siteSelector('customSsl', ['delete', 'get', 'getAll', 'upload']),
	pathIdField(
		'certificateId',
		'Certificate ID',
		'text',
		showFor('customSsl', ['delete', 'get']),
		'The uploaded certificate, as listed by Get Many',
	),
	...customSslUploadDescription,
];
