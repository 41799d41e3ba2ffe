import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

const showOnlyForGetBillingLink = showFor('account', ['getBillingLink']);

export const accountGetBillingLinkDescription: INodeProperties[] = [
	{
		displayName: 'Destination',
		name: 'destination',
		type: 'options',
		required: true,
		options: [
			{ name: 'Client Area', value: 'clientarea.php' },
			{ name: 'Feature Requests', value: 'feature-requests.php' },
			{ name: 'Home', value: 'index.php' },
			{ name: 'Registration', value: 'registration.php' },
			{ name: 'Support', value: 'zendesk.php' },
			{ name: 'Upgrade', value: 'upgrade.php' },
		],
		default: 'clientarea.php',
		description: 'The billing page the link opens',
		displayOptions: { show: showOnlyForGetBillingLink },
		routing: { send: { type: 'body', property: 'destination' } },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show: showOnlyForGetBillingLink },
		options: [
			{
				displayName: 'URL Parameters',
				name: 'params',
				type: 'string',
				default: '',
				placeholder: 'e.g. action=invoices',
				description: 'Query string to pass on to the billing page',
				routing: { send: { type: 'body', property: 'params' } },
			},
		],
	},
];
