import type { INodeProperties } from 'n8n-workflow';

import { pathIdField, showFor, siteSelector } from '../../shared/descriptions';
import { siteTransferInitiateDescription } from './initiate';

const showOnlyForSiteTransfers = { resource: ['siteTransfer'] };

const transfers = '=/sites/{{$parameter.siteId}}/transfer';
const transfer = `${transfers}/{{$parameter.transferId}}`;

export const siteTransferDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForSiteTransfers },
		options: [
			{
				name: 'Accept',
				value: 'accept',
				action: 'Accept a site transfer',
				description: 'Accept a site transferred to this account',
				routing: { request: { method: 'POST', url: `${transfer}/accept` } },
			},
			{
				name: 'Cancel',
				value: 'cancel',
				action: 'Cancel a site transfer',
				description: 'Cancel a transfer this account started, before it is accepted',
				routing: { request: { method: 'POST', url: `${transfer}/cancel` } },
			},
			{
				name: 'Initiate',
				value: 'initiate',
				action: 'Initiate a site transfer',
				description: 'Offer a site to another Rocket.net account, by the email of that account',
				routing: { request: { method: 'POST', url: transfers } },
			},
			{
				name: 'Reject',
				value: 'reject',
				action: 'Reject a site transfer',
				description: 'Decline a site transferred to this account',
				routing: { request: { method: 'POST', url: `${transfer}/reject` } },
			},
		],
		default: 'initiate',
	},
	siteSelector('siteTransfer', ['accept', 'cancel', 'initiate', 'reject']),
	pathIdField(
		'transferId',
		'Transfer ID',
		'text',
		showFor('siteTransfer', ['accept', 'cancel', 'reject']),
		'The site transfer, as returned by Initiate or listed in Account → Get under pending site transfers',
	),
	...siteTransferInitiateDescription,
];
