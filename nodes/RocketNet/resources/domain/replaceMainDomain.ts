import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { trimmedValue, validateHostname } from '../../shared/text';

const showOnlyForReplace = showFor('domain', ['replaceMainDomain']);

/** Rocket.net removes the live domain only when WordPress moves back to the CDN URL with it. */
async function alsoRemoveLiveDomain(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	requestOptions.body = { ...(requestOptions.body as object), remove_live_domain: true };
	return requestOptions;
}

export const domainReplaceMainDomainDescription: INodeProperties[] = [
	{
		displayName: 'Change',
		name: 'change',
		type: 'options',
		noDataExpression: true,
		options: [
			{
				name: 'Move to a New Domain',
				value: 'newDomain',
				description: 'Replace the main domain with a domain the site does not use yet',
			},
			{
				name: 'Point WordPress at the CDN URL',
				value: 'cdnUrl',
				description: 'WordPress can have one URL only: the live domain stops serving the site',
				routing: {
					send: { type: 'body', property: 'active_wordpress_domain', value: 'cdn_url' },
				},
			},
			{
				name: 'Point WordPress at the Live Domain',
				value: 'liveDomain',
				description: 'Serve WordPress on the live domain instead of the CDN URL',
				routing: {
					send: { type: 'body', property: 'active_wordpress_domain', value: 'live_domain' },
				},
			},
			{
				name: 'Promote an Additional Domain',
				value: 'additionalDomain',
				description:
					'Make one of the additional domains the main domain; the current main domain is removed',
				routing: {
					send: { type: 'body', property: 'convert_addon_to_maindomain', value: '={{ true }}' },
				},
			},
			{
				name: 'Remove the Live Domain',
				value: 'removeLiveDomain',
				description:
					'Go back to the CDN URL; the live domain and every additional domain stop working',
				routing: {
					send: {
						type: 'body',
						property: 'active_wordpress_domain',
						value: 'cdn_url',
						preSend: [alsoRemoveLiveDomain],
					},
				},
			},
		],
		default: 'newDomain',
		displayOptions: { show: showOnlyForReplace },
	},
	{
		displayName: 'New Domain',
		name: 'domain',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. example.com',
		description: 'The new main domain of the site, without https://',
		displayOptions: { show: { ...showOnlyForReplace, change: ['newDomain'] } },
		routing: {
			send: {
				type: 'body',
				property: 'domain',
				value: trimmedValue,
				preSend: [validateHostname('domain', 'New Domain')],
			},
		},
	},
	{
		displayName: 'Additional Domain Name or ID',
		name: 'additionalDomain',
		type: 'options',
		typeOptions: {
			loadOptionsMethod: 'getAdditionalDomainNames',
			loadOptionsDependsOn: ['siteId.value'],
		},
		required: true,
		default: '',
		description:
			'The additional domain that becomes the main domain. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: { ...showOnlyForReplace, change: ['additionalDomain'] } },
		routing: {
			send: {
				type: 'body',
				property: 'domain',
				value: trimmedValue,
				preSend: [validateHostname('domain', 'Additional Domain')],
			},
		},
	},
	{
		displayName:
			'WordPress can have one URL only: visitors of the live domain will no longer reach the site',
		name: 'cdnUrlNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { ...showOnlyForReplace, change: ['cdnUrl'] } },
	},
	{
		displayName:
			'The live domain and every additional domain of the site stop working; the site is served on its CDN URL only',
		name: 'removeLiveDomainNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { ...showOnlyForReplace, change: ['removeLiveDomain'] } },
	},
];
