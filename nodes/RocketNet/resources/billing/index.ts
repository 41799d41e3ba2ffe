import type { INodeProperties } from 'n8n-workflow';

import { deletedOutput, pathIdField, returnAllAndLimit, showFor } from '../../shared/descriptions';
import { billingAddCreditCardDescription } from './addCreditCard';
import { billingCreateAddressDescription } from './createAddress';
import { billingDownloadInvoicePdfDescription, invoicePdfRouting } from './downloadInvoicePdf';
import { billingGetAllInvoicesDescription } from './getAllInvoices';
import { billingGetAllPaymentMethodsDescription } from './getAllPaymentMethods';
import { billingGetAllProductsDescription } from './getAllProducts';
import { billingGetPaymentMethodDescription } from './getPaymentMethod';
import { billingUpdateAddressDescription } from './updateAddress';
import { billingUpdatePaymentMethodDescription } from './updatePaymentMethod';
import { billingUpdatePaypalSubscriptionDescription } from './updatePaypalSubscription';

const showOnlyForBilling = { resource: ['billing'] };

const addresses = '/billing/addresses';
const address = `=${addresses}/{{$parameter.addressId}}`;
const invoice = '=/billing/invoices/{{$parameter.invoiceId}}';
const paymentMethods = '/billing/payment_methods';
const paymentMethod = `=${paymentMethods}/{{$parameter.paymentMethodId}}`;

export const billingDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForBilling },
		options: [
			{
				name: 'Add Credit Card',
				value: 'addCreditCard',
				action: 'Add a credit card',
				description:
					'Add a credit card tokenized by Stripe as a payment method; PayPal is added on an invoice instead',
				routing: { request: { method: 'POST', url: paymentMethods } },
			},
			{
				name: 'Create Address',
				value: 'createAddress',
				action: 'Create a billing address',
				description: 'Add a billing address that payment methods can be associated with',
				routing: { request: { method: 'POST', url: addresses } },
			},
			{
				name: 'Create Credit Card Setup Intent',
				value: 'createCreditCardSetupIntent',
				action: 'Create a credit card setup intent',
				description: 'Create a Stripe setup intent, used to tokenize a new credit card',
				routing: { request: { method: 'POST', url: `${paymentMethods}/credit_card_setup_intent` } },
			},
			{
				name: 'Create PayPal Subscription',
				value: 'createPaypalSubscription',
				action: 'Create a paypal subscription for an invoice',
				description: 'Create a PayPal subscription plan for an invoice, for PayPal SDK buttons',
				routing: { request: { method: 'POST', url: `${invoice}/paypal_subscription` } },
			},
			{
				name: 'Delete Address',
				value: 'deleteAddress',
				action: 'Delete a billing address',
				description: 'Remove a billing address from the account',
				routing: {
					request: { method: 'DELETE', url: address },
					output: { postReceive: deletedOutput },
				},
			},
			{
				name: 'Delete Payment Method',
				value: 'deletePaymentMethod',
				action: 'Delete a payment method',
				description: 'Remove a credit card or PayPal payment method from the account',
				routing: {
					request: { method: 'DELETE', url: paymentMethod },
					output: { postReceive: deletedOutput },
				},
			},
			{
				name: 'Download Invoice PDF',
				value: 'downloadInvoicePdf',
				action: 'Download an invoice as PDF',
				description: 'Download a PDF copy of an invoice as a file',
				routing: invoicePdfRouting(`${invoice}/pdf`),
			},
			{
				name: 'Get Address',
				value: 'getAddress',
				action: 'Get a billing address',
				description: 'Get a billing address with the payment methods that use it',
				routing: { request: { method: 'GET', url: address } },
			},
			{
				name: 'Get Email',
				value: 'getEmail',
				action: 'Get a billing email',
				description: 'Get a billing email sent to the account, with its HTML message',
				routing: { request: { method: 'GET', url: '=/billing/emails/{{$parameter.emailId}}' } },
			},
			{
				name: 'Get Invoice',
				value: 'getInvoice',
				action: 'Get an invoice',
				description: 'Get an invoice with its items, payment and transactions',
				routing: { request: { method: 'GET', url: invoice } },
			},
			{
				name: 'Get Many Addresses',
				value: 'getAllAddresses',
				action: 'Get many billing addresses',
				description: 'List the billing addresses of the account with their payment methods',
				routing: { request: { method: 'GET', url: addresses } },
			},
			{
				name: 'Get Many Emails',
				value: 'getAllEmails',
				action: 'Get many billing emails',
				description: 'List the billing emails sent to the account',
				routing: { request: { method: 'GET', url: '/billing/emails' } },
			},
			{
				name: 'Get Many Invoices',
				value: 'getAllInvoices',
				action: 'Get many invoices',
				description: 'List the invoices of the account',
				routing: { request: { method: 'GET', url: '/billing/invoices' } },
			},
			{
				name: 'Get Many Payment Methods',
				value: 'getAllPaymentMethods',
				action: 'Get many payment methods',
				description: 'List the credit cards and PayPal subscriptions on the account',
				routing: { request: { method: 'GET', url: paymentMethods } },
			},
			{
				name: 'Get Many Products',
				value: 'getAllProducts',
				action: 'Get many hosting plan products',
				description: 'List the hosting plans that can be bought; add-ons are not listed',
				routing: { request: { method: 'GET', url: '/billing/products' } },
			},
			{
				name: 'Get Payment Method',
				value: 'getPaymentMethod',
				action: 'Get a payment method',
				description: 'Get a credit card or PayPal payment method',
				routing: { request: { method: 'GET', url: paymentMethod } },
			},
			{
				name: 'Record Credit Card Payment',
				value: 'recordCreditCardPayment',
				action: 'Record a credit card payment for an invoice',
				description: 'Pay an open invoice with the active credit card',
				routing: { request: { method: 'POST', url: `${invoice}/credit_card_payment` } },
			},
			{
				name: 'Update Address',
				value: 'updateAddress',
				action: 'Update a billing address',
				description: 'Replace the details of a billing address',
				routing: { request: { method: 'PATCH', url: address } },
			},
			{
				name: 'Update Payment Method',
				value: 'updatePaymentMethod',
				action: 'Update a payment method',
				description:
					'Change the description, billing address, expiry date or active state of a credit card',
				routing: { request: { method: 'PATCH', url: paymentMethod } },
			},
			{
				name: 'Update PayPal Subscription',
				value: 'updatePaypalSubscription',
				action: 'Update the paypal subscription of an invoice',
				description:
					'Confirm the PayPal subscription of an invoice once the PayPal SDK approved it',
				routing: { request: { method: 'PATCH', url: `${invoice}/paypal_subscription` } },
			},
		],
		default: 'getAllInvoices',
	},
	pathIdField(
		'addressId',
		'Address ID',
		'number',
		showFor('billing', ['deleteAddress', 'getAddress', 'updateAddress']),
		'The billing address, as listed by Get Many Addresses',
	),
	pathIdField(
		'emailId',
		'Email ID',
		'number',
		showFor('billing', ['getEmail']),
		'The billing email, as listed by Get Many Emails',
	),
	pathIdField(
		'invoiceId',
		'Invoice ID',
		'number',
		showFor('billing', [
			'createPaypalSubscription',
			'downloadInvoicePdf',
			'getInvoice',
			'recordCreditCardPayment',
			'updatePaypalSubscription',
		]),
		'The invoice, as listed by Get Many Invoices',
	),
	pathIdField(
		'paymentMethodId',
		'Payment Method ID',
		'number',
		showFor('billing', ['deletePaymentMethod', 'getPaymentMethod', 'updatePaymentMethod']),
		'The payment method, as listed by Get Many Payment Methods',
	),
	...billingAddCreditCardDescription,
	...billingCreateAddressDescription,
	...billingDownloadInvoicePdfDescription,
	...returnAllAndLimit('billing', 'getAllAddresses'),
	...returnAllAndLimit('billing', 'getAllEmails'),
	...billingGetAllInvoicesDescription,
	...billingGetAllPaymentMethodsDescription,
	...billingGetAllProductsDescription,
	...billingGetPaymentMethodDescription,
	...billingUpdateAddressDescription,
	...billingUpdatePaymentMethodDescription,
	...billingUpdatePaypalSubscriptionDescription,
];
