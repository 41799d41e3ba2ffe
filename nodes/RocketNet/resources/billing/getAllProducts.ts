import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

export const billingGetAllProductsDescription: INodeProperties[] = [
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: showFor('billing', ['getAllProducts']) },
		options: [
			{
				displayName: 'Coupon',
				name: 'coupon',
				type: 'string',
				default: '',
				placeholder: 'e.g. SPRING25',
				description: 'Coupon code to apply to the prices',
				routing: { send: { type: 'query', property: 'coupon' } },
			},
			{
				displayName: 'Product ID',
				name: 'product_id',
				type: 'number',
				default: 1,
				typeOptions: { minValue: 1 },
				description: 'Only the product with this ID',
				routing: { send: { type: 'query', property: 'product_id' } },
			},
			{
				displayName: 'Type',
				name: 'type',
				type: 'options',
				options: [
					{ name: 'Agency', value: 'Agency' },
					{ name: 'Enterprise', value: 'Enterprise' },
					{ name: 'Managed', value: 'Managed' },
				],
				default: 'Managed',
				routing: { send: { type: 'query', property: 'type' } },
			},
		],
	},
];
