import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { validateBodyFormat } from '../../shared/fieldChecks';
import { billingAddressIdField } from './paymentMethod';

export const billingUpdatePaymentMethodDescription: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showFor('billing', ['updatePaymentMethod']) },
		options: [
			{
				displayName: 'Active',
				name: 'active',
				type: 'boolean',
				default: true,
				description: 'Whether to pay all automated payments with this card from now on',
				routing: { send: { type: 'body', property: 'active' } },
			},
			billingAddressIdField(),
			{
				displayName: 'Description',
				name: 'description',
				type: 'string',
				default: '',
				placeholder: 'e.g. Company Visa',
				routing: { send: { type: 'body', property: 'description' } },
			},
			{
				displayName: 'Expiry Date',
				name: 'expiry_date',
				type: 'string',
				default: '',
				placeholder: 'e.g. 04/29',
				description: 'Month and year the card expires, as MM/YY',
				routing: {
					send: {
						type: 'body',
						property: 'expiry_date',
						preSend: [
							validateBodyFormat(
								'expiry_date',
								'Expiry Date',
								/^(0[1-9]|1[0-2])\/\d{2}$/,
								'Enter the month and year the card expires as MM/YY, e.g. 04/29.',
							),
						],
					},
				},
			},
		],
	},
];
