import type { INodeProperties } from 'n8n-workflow';

import { deletedOutput, pathIdField, showFor, siteSelector } from '../../shared/descriptions';
import { shopShieldEnableDescription } from './enable';
import { shopShieldGetAllDescription } from './getAll';

const showOnlyForShopShield = { resource: ['shopShield'] };

const uris = '=/sites/{{$parameter.siteId}}/shop_shield';
const uri = `${uris}/{{$parameter.uriId}}`;

export const shopShieldDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForShopShield },
		options: [
			{
				name: 'Disable',
				value: 'disable',
				action: 'Disable protection of a URI',
				description: 'Disable ShopShield for a URI of the site',
				routing: {
					request: { method: 'DELETE', url: uri },
					output: { postReceive: deletedOutput },
				},
			},
			{
				name: 'Enable',
				value: 'enable',
				action: 'Enable protection of a URI',
				description: 'Enable ShopShield for a URI of the site, such as the checkout',
				routing: { request: { method: 'POST', url: uris } },
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a protected URI',
				description: 'Get the details of a URI protected by ShopShield',
				routing: { request: { method: 'GET', url: uri } },
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many protected paths',
				description: 'List the URIs of a site protected by ShopShield',
				routing: { request: { method: 'GET', url: uris } },
			},
		],
		default: 'getAll',
	},
	siteSelector('shopShield', ['disable', 'enable', 'get', 'getAll']),
	pathIdField(
		'uriId',
		'URI ID',
		'text',
		showFor('shopShield', ['disable', 'get']),
		'The protected URI, as listed by Get Many',
	),
	...shopShieldEnableDescription,
	...shopShieldGetAllDescription,
];
