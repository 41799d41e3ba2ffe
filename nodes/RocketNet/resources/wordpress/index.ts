import type { INodeProperties } from 'n8n-workflow';

import { siteSelector } from '../../shared/descriptions';
import { parseWpCliResponse } from '../../shared/wpcli';
import { wordpressRunCliCommandDescription } from './runCliCommand';

const wordpress = '=/sites/{{$parameter.siteId}}/wp';

export const wordpressDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['wordpress'] } },
		options: [
			{
				name: 'Get Login Link',
				value: 'getLoginLink',
				action: 'Get a WP admin login link',
				description: 'Get a single sign-on link that opens wp-admin of the site without a password',
				routing: { request: { method: 'GET', url: `${wordpress}/login` } },
			},
			{
				name: 'Get Status',
				value: 'getStatus',
				action: 'Get the WP status',
				description:
					'Check whether WordPress works on the site: operational, critical_error (with the error), not_applicable or unknown',
				routing: { request: { method: 'GET', url: `${wordpress}/status` } },
			},
			{
				name: 'Run WP-CLI Command',
				value: 'runCliCommand',
				action: 'Run a WP-CLI command',
				description:
					'Run one WP-CLI command on the site and output what it printed (JSON output becomes items)',
				routing: {
					request: { method: 'POST', url: '=/sites/{{$parameter.siteId}}/wpcli' },
					output: { postReceive: [parseWpCliResponse] },
				},
			},
		],
		default: 'getStatus',
	},
	siteSelector('wordpress', ['getLoginLink', 'getStatus', 'runCliCommand']),
	...wordpressRunCliCommandDescription,
];
