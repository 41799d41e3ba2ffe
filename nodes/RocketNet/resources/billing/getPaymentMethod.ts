import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { includeTokenOption } from './paymentMethod';

export const billingGetPaymentMethodDescription: INodeProperties[] = [
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: showFor('billing', ['getPaymentMethod']) },
		options: [includeTokenOption],
	},
];
