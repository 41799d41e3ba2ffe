import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { billingCycleOptions, billingProductField } from './shared';

const showOnlyForChangeHostingPlan = showFor('account', ['changeHostingPlan']);

export const accountChangeHostingPlanDescription: INodeProperties[] = [
	billingProductField(showOnlyForChangeHostingPlan),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: showOnlyForChangeHostingPlan },
		options: [
			{
				displayName: 'Billing Cycle',
				name: 'billing_cycle',
				type: 'options',
				options: billingCycleOptions,
				default: 'Monthly',
				description: 'The billing cycle to change to; without it, the current one is kept',
				routing: { send: { type: 'body', property: 'billing_cycle' } },
			},
			{
				displayName: 'Preview',
				name: 'preview',
				type: 'boolean',
				default: true,
				description: 'Whether to only show what the change would cost, without ordering it',
				routing: { send: { type: 'query', property: 'preview' } },
			},
		],
	},
];
