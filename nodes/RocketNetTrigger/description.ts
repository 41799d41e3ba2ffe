import type { INodeProperties } from 'n8n-workflow';

import { wafActionOptions } from '../RocketNet/shared/reporting';

const forEvents = (...event: string[]) => ({ show: { event } });

const siteTaskTypes = [
	'automated_restore',
	'backup',
	'clone_site',
	'cloud_backup_create',
	'cloud_backup_restore',
	'publish',
	'restore',
	'staging',
];
const accountTaskTypes = ['create_site_from_template', 'create_site_template'];

const titleCase = (value: string) =>
	value.replace(/_/g, ' ').replace(/\b\w/g, (letter) => letter.toUpperCase());

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Event',
		name: 'event',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'New WAF Event',
				value: 'newWafEvent',
				description: 'The firewall of a watched site logged a new event (a block, a challenge …)',
			},
			{
				name: 'Site Health Changed',
				value: 'siteHealthChanged',
				description: 'The WordPress status of a site changed, e.g. to critical_error',
			},
			{
				name: 'Task Finished',
				value: 'taskFinished',
				description:
					'A background task (backup, clone, restore, publish …) ended as done or failed',
			},
		],
		default: 'taskFinished',
	},
	{
		displayName: 'Sites to Watch',
		name: 'watch',
		type: 'options',
		options: [
			{ name: 'All Sites', value: 'allSites' },
			{ name: 'Chosen Sites', value: 'chosenSites' },
		],
		default: 'allSites',
		displayOptions: forEvents('taskFinished', 'siteHealthChanged'),
	},
	{
		displayName: 'Site Names or IDs',
		name: 'siteIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getSites' },
		required: true,
		default: [],
		description:
			'The sites to watch. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: {
			show: { event: ['taskFinished', 'siteHealthChanged'], watch: ['chosenSites'] },
		},
	},
	{
		displayName: 'Site Names or IDs',
		name: 'siteIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getSites' },
		required: true,
		default: [],
		description:
			'The sites whose firewall to watch. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: forEvents('newWafEvent'),
	},
	{
		displayName: 'Final Status',
		name: 'finalStatus',
		type: 'options',
		options: [
			{ name: 'Done or Failed', value: 'any' },
			{ name: 'Done', value: 'done' },
			{ name: 'Failed', value: 'failed' },
		],
		default: 'any',
		displayOptions: forEvents('taskFinished'),
	},
	{
		displayName: 'Task Types',
		name: 'taskTypes',
		type: 'multiOptions',
		options: [...siteTaskTypes, ...accountTaskTypes].sort().map((value) => ({
			name: titleCase(value),
			value,
		})),
		default: [],
		description: 'Only tasks of these types; none chosen means every type',
		displayOptions: forEvents('taskFinished'),
	},
	{
		displayName: 'Actions',
		name: 'actions',
		type: 'multiOptions',
		options: wafActionOptions,
		default: [],
		description: 'Only events where the firewall took one of these actions; none means all',
		displayOptions: forEvents('newWafEvent'),
	},
	{
		displayName: 'Sources',
		name: 'sources',
		type: 'multiOptions',
		options: [
			{ name: 'Custom Firewall Rules', value: 'firewallCustom' },
			{ name: 'Managed Firewall Rules', value: 'firewallManaged' },
			{ name: 'Rate Limiting', value: 'ratelimit' },
			{ name: 'WAF', value: 'waf' },
		],
		default: [],
		description: 'Only events raised by these parts of the firewall; none means all',
		displayOptions: forEvents('newWafEvent'),
	},
];
