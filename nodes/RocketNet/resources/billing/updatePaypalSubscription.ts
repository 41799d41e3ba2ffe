import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

const showOnlyForUpdatePaypal = showFor('billing', ['updatePaypalSubscription']);

export const billingUpdatePaypalSubscriptionDescription: INodeProperties[] = [
	{
		displayName: 'PayPal Order ID',
		name: 'paypal_order_id',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 5O190127TN364715T',
		description: 'The order ID the PayPal SDK returns on approval',
		displayOptions: { show: showOnlyForUpdatePaypal },
		routing: { send: { type: 'body', property: 'paypal_order_id' } },
	},
	{
		displayName: 'PayPal Subscription ID',
		name: 'paypal_subscription_id',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. I-BW452GLLEP1G',
		description: 'The subscription ID the PayPal SDK returns on approval',
		displayOptions: { show: showOnlyForUpdatePaypal },
		routing: { send: { type: 'body', property: 'paypal_subscription_id' } },
	},
];
