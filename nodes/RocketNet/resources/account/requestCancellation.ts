import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

const showOnlyForRequestCancellation = showFor('account', ['requestCancellation']);

export const accountRequestCancellationDescription: INodeProperties[] = [
	{
		displayName: 'Timeline',
		name: 'timeline',
		type: 'options',
		required: true,
		options: [
			{ name: 'At End of Billing Period', value: 'end_of_billing_period' },
			{ name: 'Immediately', value: 'immediate' },
		],
		default: 'end_of_billing_period',
		description: 'When the cancellation takes effect',
		displayOptions: { show: showOnlyForRequestCancellation },
		routing: { send: { type: 'body', property: 'timeline' } },
	},
	{
		displayName: 'Reason',
		name: 'description',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		placeholder: 'e.g. We are no longer selling products online',
		description: 'Why the account is being cancelled, in a few words',
		displayOptions: { show: showOnlyForRequestCancellation },
		routing: { send: { type: 'body', property: 'description' } },
	},
];
