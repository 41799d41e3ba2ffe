import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { billingCycleOptions, billingProductField } from './shared';

const showOnlyForSetHostingPlan = showFor('account', ['setHostingPlan']);

export const accountSetHostingPlanDescription: INodeProperties[] = [
	billingProductField(showOnlyForSetHostingPlan),
	{
		displayName: 'Billing Cycle',
		name: 'billing_cycle',
		type: 'options',
		required: true,
		options: billingCycleOptions,
		default: 'Monthly',
		displayOptions: { show: showOnlyForSetHostingPlan },
		routing: { send: { type: 'body', property: 'billing_cycle' } },
	},
	{
		displayName: 'First Name',
		name: 'firstname',
		type: 'string',
		required: true,
		default: '',
		description: 'First name on the billing details of the account',
		displayOptions: { show: showOnlyForSetHostingPlan },
		routing: { send: { type: 'body', property: 'firstname' } },
	},
	{
		displayName: 'Last Name',
		name: 'lastname',
		type: 'string',
		required: true,
		default: '',
		description: 'Last name on the billing details of the account',
		displayOptions: { show: showOnlyForSetHostingPlan },
		routing: { send: { type: 'body', property: 'lastname' } },
	},
	{
		displayName: 'Payment Type',
		name: 'payment_type',
		type: 'options',
		required: true,
		options: [
			{ name: 'PayPal', value: 'paypal' },
			{ name: 'Stripe', value: 'stripe' },
		],
		default: 'stripe',
		displayOptions: { show: showOnlyForSetHostingPlan },
		routing: { send: { type: 'body', property: 'payment_type' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showOnlyForSetHostingPlan },
		options: [
			{
				displayName: 'Coupon Code',
				name: 'coupon_code',
				type: 'string',
				default: '',
				routing: { send: { type: 'body', property: 'coupon_code' } },
			},
			{
				displayName: 'Payment Token',
				name: 'payment_token',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				placeholder: 'e.g. seti_1R4heYIpHZfwip1PKzfxrXkO',
				description: 'Token of the payment method, where the payment type needs one (Stripe)',
				routing: { send: { type: 'body', property: 'payment_token' } },
			},
		],
	},
];
