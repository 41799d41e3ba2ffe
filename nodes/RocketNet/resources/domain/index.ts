import type { INodeProperties } from 'n8n-workflow';

import { deletedOutput, siteSelector } from '../../shared/descriptions';
import { domainAddAdditionalDomainDescription } from './addAdditionalDomain';
import { edgeSettingsField } from './edgeSettings';
import { domainGetAllAdditionalDomainsDescription } from './getAllAdditionalDomains';
import { domainRecheckValidationDescription } from './recheckValidation';
import { domainReplaceMainDomainDescription } from './replaceMainDomain';
import { domainSetMainDomainDescription } from './setMainDomain';
import { domainSetWwwPrefixDescription } from './setWwwPrefix';
import { additionalDomainField } from './shared';
import { domainUpdateMainDomainDescription } from './updateMainDomain';

const showOnlyForDomains = { resource: ['domain'] };

const additionalDomains = '=/sites/{{$parameter.siteId}}/domains';
const additionalDomain = `${additionalDomains}/{{$parameter.domainId}}`;
const mainDomain = '=/sites/{{$parameter.siteId}}/maindomain';

export const domainDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForDomains },
		options: [
			{
				name: 'Add Additional Domain',
				value: 'addAdditionalDomain',
				action: 'Add an additional domain',
				description: 'Add a domain alias that also points to the WordPress install of the site',
				routing: { request: { method: 'POST', url: additionalDomains } },
			},
			{
				name: 'Delete Additional Domain',
				value: 'deleteAdditionalDomain',
				action: 'Delete an additional domain',
				description: 'Remove a domain alias from the site',
				routing: {
					request: { method: 'DELETE', url: additionalDomain },
					output: { postReceive: deletedOutput },
				},
			},
			{
				name: 'Get Additional Domain Edge Settings',
				value: 'getAdditionalDomainEdgeSettings',
				action: 'Get the edge settings of an additional domain',
				description:
					'Get the managed challenge, WAF bypass, bot and login protection settings of a domain alias',
				routing: { request: { method: 'GET', url: `${additionalDomain}/edge_settings` } },
			},
			{
				name: 'Get Main Domain',
				value: 'getMainDomain',
				action: 'Get the main domain',
				description: 'Get the main domain of a site with its SSL status and validation records',
				routing: { request: { method: 'GET', url: mainDomain } },
			},
			{
				name: 'Get Main Domain Edge Settings',
				value: 'getMainDomainEdgeSettings',
				action: 'Get the edge settings of the main domain',
				description:
					'Get the managed challenge, WAF bypass, bot and login protection settings of the site',
				routing: { request: { method: 'GET', url: `${mainDomain}/edge_settings` } },
			},
			{
				name: 'Get Many Additional Domains',
				value: 'getAllAdditionalDomains',
				action: 'Get many additional domains',
				description: 'List the additional domains (domain aliases) of a site',
				routing: { request: { method: 'GET', url: additionalDomains } },
			},
			{
				name: 'Get Status',
				value: 'getStatus',
				action: 'Get the status of the domains',
				description:
					'Check the main domain, its www version and the additional domains: DNS records expected and found, SSL and validation errors',
				routing: { request: { method: 'GET', url: `${mainDomain}/status` } },
			},
			{
				name: 'Recheck Validation',
				value: 'recheckValidation',
				action: 'Recheck the validation of the domains',
				description:
					"Check the domain's DNS records or HTTP responses again for SSL and hostname validation",
				routing: { request: { method: 'GET', url: `${mainDomain}/recheck` } },
			},
			{
				name: 'Replace Main Domain',
				value: 'replaceMainDomain',
				action: 'Replace the main domain',
				description:
					'Move the site to another domain, promote an additional domain, or switch WordPress between the live domain and the CDN URL',
				routing: { request: { method: 'PUT', url: mainDomain } },
			},
			{
				name: 'Set Main Domain',
				value: 'setMainDomain',
				action: 'Set the main domain',
				description:
					'Give a site that runs on its CDN URL its live domain (not for staging sites; change it later with Replace Main Domain)',
				routing: { request: { method: 'POST', url: mainDomain } },
			},
			{
				name: 'Set WWW Prefix',
				value: 'setWwwPrefix',
				action: 'Set the www prefix of the main domain',
				description: 'Switch the main domain between www.example.com and example.com',
				routing: { request: { method: 'PATCH', url: `${mainDomain}/prefix` } },
			},
			{
				name: 'Update Additional Domain Edge Settings',
				value: 'updateAdditionalDomainEdgeSettings',
				action: 'Update the edge settings of an additional domain',
				description:
					'Turn edge settings such as the managed challenge on or off for a domain alias',
				routing: { request: { method: 'PATCH', url: `${additionalDomain}/edge_settings` } },
			},
			{
				name: 'Update Main Domain',
				value: 'updateMainDomain',
				action: 'Update the main domain',
				description:
					'Change how the main domain is validated (HTTP or DNS), its SSL certificate authority, or hide Go Live',
				routing: { request: { method: 'PATCH', url: mainDomain } },
			},
			{
				name: 'Update Main Domain Edge Settings',
				value: 'updateMainDomainEdgeSettings',
				action: 'Update the edge settings of the main domain',
				description: 'Turn edge settings such as the managed challenge on or off for the site',
				routing: { request: { method: 'PATCH', url: `${mainDomain}/edge_settings` } },
			},
		],
		default: 'getAllAdditionalDomains',
	},
	siteSelector('domain', [
		'addAdditionalDomain',
		'deleteAdditionalDomain',
		'getAdditionalDomainEdgeSettings',
		'getAllAdditionalDomains',
		'getMainDomain',
		'getMainDomainEdgeSettings',
		'getStatus',
		'recheckValidation',
		'replaceMainDomain',
		'setMainDomain',
		'setWwwPrefix',
		'updateAdditionalDomainEdgeSettings',
		'updateMainDomain',
		'updateMainDomainEdgeSettings',
	]),
	additionalDomainField([
		'deleteAdditionalDomain',
		'getAdditionalDomainEdgeSettings',
		'updateAdditionalDomainEdgeSettings',
	]),
	...domainGetAllAdditionalDomainsDescription,
	...domainAddAdditionalDomainDescription,
	...domainSetMainDomainDescription,
	...domainReplaceMainDomainDescription,
	...domainUpdateMainDomainDescription,
	...domainSetWwwPrefixDescription,
	...domainRecheckValidationDescription,
	edgeSettingsField(['updateAdditionalDomainEdgeSettings', 'updateMainDomainEdgeSettings']),
];
