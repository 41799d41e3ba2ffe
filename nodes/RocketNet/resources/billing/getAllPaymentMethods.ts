import type { INodeProperties } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from '../../shared/descriptions';
import { includeTokenOption } from './paymentMethod';

const showOnlyForGetAllPaymentMethods = showFor('billing', ['getAllPaymentMethods']);

export const billingGetAllPaymentMethodsDescription: INodeProperties[] = [
	...returnAllAndLimit('billing', 'getAllPaymentMethods'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show: showOnlyForGetAllPaymentMethods },
		options: [
			{
				displayName: 'Active Only',
				name: 'active',
				type: 'boolean',
				default: true,
				description: 'Whether to return only the payment method used for automated payments',
				routing: { send: { type: 'query', property: 'active' } },
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: showOnlyForGetAllPaymentMethods },
		options: [includeTokenOption],
	},
];
