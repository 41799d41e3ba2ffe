import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { refuseCardNumber } from '../../shared/fieldChecks';
import { billingAddressIdField } from './paymentMethod';

const showOnlyForAddCreditCard = showFor('billing', ['addCreditCard']);

export const billingAddCreditCardDescription: INodeProperties[] = [
	billingAddressIdField({ required: true, displayOptions: { show: showOnlyForAddCreditCard } }),
	{
		displayName: 'Card Token',
		name: 'card_token',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		description:
			'The card as tokenized by Stripe, e.g. from a setup intent made with Create Credit Card Setup Intent. Never a card number.',
		displayOptions: { show: showOnlyForAddCreditCard },
		routing: {
			send: {
				type: 'body',
				property: 'card_token',
				preSend: [refuseCardNumber('card_token', 'Card Token')],
			},
		},
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForAddCreditCard },
		options: [
			{
				displayName: 'Active',
				name: 'active',
				type: 'boolean',
				default: false,
				description: 'Whether to pay all automated payments with this card from now on',
				routing: { send: { type: 'body', property: 'active' } },
			},
			{
				displayName: 'Description',
				name: 'description',
				type: 'string',
				default: '',
				placeholder: 'e.g. Company Visa',
				description: 'A name to tell the card apart from others',
				routing: { send: { type: 'body', property: 'description' } },
			},
		],
	},
];
