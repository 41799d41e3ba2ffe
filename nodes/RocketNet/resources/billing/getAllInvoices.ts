import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';
import { sortOptions } from '../../shared/sorting';

export const billingGetAllInvoicesDescription: INodeProperties[] = [
	...returnAllAndLimit('billing', 'getAllInvoices'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: showFor('billing', ['getAllInvoices']) },
		options: [
			{
				displayName: 'Search',
				name: 'search',
				type: 'string',
				default: '',
				placeholder: 'e.g. Pro',
				description: 'Only invoices matching this text',
				routing: { send: { type: 'query', property: 'search' } },
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [
					{ name: 'Cancelled', value: 'Cancelled' },
					{ name: 'Collections', value: 'Collections' },
					{ name: 'Draft', value: 'Draft' },
					{ name: 'Paid', value: 'Paid' },
					{ name: 'Payment Pending', value: 'Payment Pending' },
					{ name: 'Refunded', value: 'Refunded' },
					{ name: 'Unpaid', value: 'Unpaid' },
				],
				default: 'Unpaid',
				routing: { send: { type: 'query', property: 'status' } },
			},
			...sortOptions(
				[
					{ name: 'Date', value: 'date' },
					{ name: 'Due Date', value: 'due_date' },
					{ name: 'ID', value: 'id' },
					{ name: 'Status', value: 'status' },
					{ name: 'Total', value: 'dollar_amount' },
				],
				'date',
			),
		],
	},
];
