import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { getLocations } from './loadOptions/getLocations';
import { searchSites } from './listSearch/searchSites';
import { backupDescription } from './resources/backup';
import { cacheDescription } from './resources/cache';
import { siteDescription } from './resources/site';
import { stagingDescription } from './resources/staging';
import { taskDescription } from './resources/task';
import { USER_AGENT } from './shared/constants';
import { executeRocketRequest } from './shared/transport';

export class RocketNet implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Rocket.net',
		name: 'rocketNet',
		icon: { light: 'file:../../icons/rocketnet.svg', dark: 'file:../../icons/rocketnet.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage WordPress sites, backups, cache and tasks on Rocket.net',
		defaults: { name: 'Rocket.net' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'rocketNetApi', required: true }],
		requestDefaults: {
			baseURL: '={{$credentials.baseUrl.replace(new RegExp("/+$"), "")}}',
			headers: {
				Accept: 'application/json',
				'Content-Type': 'application/json',
				'User-Agent': USER_AGENT,
			},
		},
		requestOperations: { pagination: executeRocketRequest },
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Backup', value: 'backup' },
					{ name: 'Cache', value: 'cache' },
					{ name: 'Site', value: 'site' },
					{ name: 'Staging', value: 'staging' },
					{ name: 'Task', value: 'task' },
				],
				default: 'site',
				// Every request goes through executeRocketRequest: retries, pages and task waiting.
				routing: { send: { paginate: true } },
			},
			...backupDescription,
			...cacheDescription,
			...siteDescription,
			...stagingDescription,
			...taskDescription,
		],
	};

	methods = {
		listSearch: { searchSites },
		loadOptions: { getLocations },
	};
}
