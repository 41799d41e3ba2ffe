import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { listSearch } from './listSearch';
import { loadOptions } from './loadOptions';
import { accountDescription } from './resources/account';
import { accountUserDescription } from './resources/accountUser';
import { activityLogDescription } from './resources/activityLog';
import { backupDescription } from './resources/backup';
import { billingDescription } from './resources/billing';
import { cacheDescription } from './resources/cache';
import { cloudBackupDescription } from './resources/cloudBackup';
import { customSslDescription } from './resources/customSsl';
import { domainDescription } from './resources/domain';
import { fileDescription } from './resources/file';
import { ftpAccountDescription } from './resources/ftpAccount';
import { passwordDescription } from './resources/password';
import { passwordProtectionDescription } from './resources/passwordProtection';
import { pluginDescription } from './resources/plugin';
import { reportingDescription } from './resources/reporting';
import { shopShieldDescription } from './resources/shopShield';
import { siteDescription } from './resources/site';
import { siteTemplateDescription } from './resources/siteTemplate';
import { siteTransferDescription } from './resources/siteTransfer';
import { siteUserDescription } from './resources/siteUser';
import { sshKeyDescription } from './resources/sshKey';
import { stagingDescription } from './resources/staging';
import { taskDescription } from './resources/task';
import { themeDescription } from './resources/theme';
import { wordpressDescription } from './resources/wordpress';
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
		description: 'Manage WordPress sites, backups, domains, cache and more on Rocket.net',
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
					{ name: 'Account', value: 'account' },
					{ name: 'Account User', value: 'accountUser' },
					{ name: 'Activity Log', value: 'activityLog' },
					{ name: 'Backup', value: 'backup' },
					{ name: 'Billing', value: 'billing' },
					{ name: 'Cache', value: 'cache' },
					{ name: 'Cloud Backup', value: 'cloudBackup' },
					{ name: 'Custom SSL', value: 'customSsl' },
					{ name: 'Domain', value: 'domain' },
					{ name: 'File', value: 'file' },
					{ name: 'FTP Account', value: 'ftpAccount' },
					{ name: 'Password', value: 'password' },
					{ name: 'Password Protection', value: 'passwordProtection' },
					{ name: 'Plugin', value: 'plugin' },
					{ name: 'Reporting', value: 'reporting' },
					{ name: 'ShopShield', value: 'shopShield' },
					{ name: 'Site', value: 'site' },
					{ name: 'Site Template', value: 'siteTemplate' },
					{ name: 'Site Transfer', value: 'siteTransfer' },
					{ name: 'Site User', value: 'siteUser' },
					{ name: 'SSH Key', value: 'sshKey' },
					{ name: 'Staging', value: 'staging' },
					{ name: 'Task', value: 'task' },
					{ name: 'Theme', value: 'theme' },
					{ name: 'WordPress', value: 'wordpress' },
				],
				default: 'site',
				// Every request goes through executeRocketRequest: retries, pages and task waiting.
				routing: { send: { paginate: true } },
			},
			...accountDescription,
			...accountUserDescription,
			...activityLogDescription,
			...backupDescription,
			...billingDescription,
			...cacheDescription,
			...cloudBackupDescription,
			...customSslDescription,
			...domainDescription,
			...fileDescription,
			...ftpAccountDescription,
			...passwordDescription,
			...passwordProtectionDescription,
			...pluginDescription,
			...reportingDescription,
			...shopShieldDescription,
			...siteDescription,
			...siteTemplateDescription,
			...siteTransferDescription,
			...siteUserDescription,
			...sshKeyDescription,
			...stagingDescription,
			...taskDescription,
			...themeDescription,
			...wordpressDescription,
		],
	};

	methods = { listSearch, loadOptions };
}
