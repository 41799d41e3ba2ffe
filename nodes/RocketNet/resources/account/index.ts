import type { INodeProperties } from 'n8n-workflow';

import { dateRangeOptions, requiredDateRange } from '../../shared/reporting';
import { accountChangeHostingPlanDescription } from './changeHostingPlan';
import { accountChangePasswordDescription } from './changePassword';
import { accountGetBillingLinkDescription } from './getBillingLink';
import { accountRequestCancellationDescription } from './requestCancellation';
import { accountSetHostingPlanDescription } from './setHostingPlan';
import { accountUpdateDescription } from './update';

const showOnlyForAccount = { resource: ['account'] };

export const accountDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForAccount },
		options: [
			{
				name: 'Change Hosting Plan',
				value: 'changeHostingPlan',
				action: 'Change the hosting plan',
				description:
					'Move the account to another hosting plan, creating an order and an invoice; preview shows the price first',
				routing: { request: { method: 'PUT', url: '/account/hosting_plan' } },
			},
			{
				name: 'Change Password',
				value: 'changePassword',
				action: 'Change the account password',
				description: 'Set a new password for signing in to Rocket.net and its API',
				routing: { request: { method: 'POST', url: '/account/password' } },
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get the account',
				description:
					'Get the account owner, plan, usage, limits, tasks and pending site transfers in one call',
				routing: { request: { method: 'GET', url: '/account/me' } },
			},
			{
				name: 'Get Bandwidth',
				value: 'getBandwidth',
				action: 'Get daily bandwidth of the account',
				description: 'Get the bandwidth all sites used per day, in KB, with the total',
				routing: { request: { method: 'GET', url: '/account/bandwidth' } },
			},
			{
				name: 'Get Billing Link',
				value: 'getBillingLink',
				action: 'Get a billing sign in link',
				description: 'Get a single sign-on link into the billing area of the Rocket.net portal',
				routing: { request: { method: 'POST', url: '/account/billing_sso' } },
			},
			{
				name: 'Get Hosting Plan',
				value: 'getHostingPlan',
				action: 'Get the hosting plan',
				description: 'Get the current hosting plan, its price and billing dates, and its add-ons',
				routing: { request: { method: 'GET', url: '/account/hosting_plan' } },
			},
			{
				name: 'Get Usage',
				value: 'getUsage',
				action: 'Get usage of the account',
				description: 'Get visitors, disk and bandwidth per site, with totals and plan limits',
				routing: { request: { method: 'GET', url: '/account/usage' } },
			},
			{
				name: 'Get Visitors',
				value: 'getVisitors',
				action: 'Get daily unique visitors of the account',
				description: 'Get the unique visitors of all sites per day, with the total',
				routing: { request: { method: 'GET', url: '/account/visitors' } },
			},
			{
				name: 'Request Cancellation',
				value: 'requestCancellation',
				action: 'Request cancellation of the account',
				description:
					'Ask Rocket.net to cancel the account; the billing team reviews and completes the request',
				routing: { request: { method: 'POST', url: '/account/cancel' } },
			},
			{
				name: 'Set Hosting Plan',
				value: 'setHostingPlan',
				action: 'Set the hosting plan',
				description:
					'Choose the first hosting plan of a new account, creating an order and an invoice',
				routing: { request: { method: 'POST', url: '/account/hosting_plan' } },
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update the account',
				description: 'Change the name, email, tax ID or two-factor setting of the account user',
				routing: { request: { method: 'PATCH', url: '/account/me' } },
			},
		],
		default: 'get',
	},
	dateRangeOptions('account', ['getBandwidth', 'getUsage']),
	...requiredDateRange('account', ['getVisitors']),
	...accountUpdateDescription,
	...accountChangePasswordDescription,
	...accountGetBillingLinkDescription,
	...accountSetHostingPlanDescription,
	...accountChangeHostingPlanDescription,
	...accountRequestCancellationDescription,
];
