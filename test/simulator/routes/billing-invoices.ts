import { bodyOf, type RouteContext } from '../http/context';
import { okList } from '../http/list';
import { ApiError, ok, success, type Reply } from '../http/reply';
import type { Router } from '../http/router';
import {
	addInvoiceEmail,
	billingDateTime,
	billingState,
	invoiceListView,
	invoicePdf,
	invoiceTotal,
	invoiceView,
	makeActive,
	OPEN_INVOICE_STATUSES,
	stableToken,
	type InvoiceRecord,
	type PaymentMethodRecord,
} from '../state/billing';
import { isoSeconds } from '../state/ids';

const INVOICE_SORT = {
	id: (invoice: InvoiceRecord) => invoice.id,
	date: (invoice: InvoiceRecord) => invoice.date,
	due_date: (invoice: InvoiceRecord) => invoice.due_date,
	dollar_amount: (invoice: InvoiceRecord) => invoiceTotal(invoice),
	status: (invoice: InvoiceRecord) => invoice.status,
};

function findInvoice(context: RouteContext): InvoiceRecord {
	const invoice = billingState(context.state).invoices.get(Number(context.params.invoice_id));
	if (!invoice) throw new ApiError(404, 'Invoice not found');
	return invoice;
}

function openInvoice(context: RouteContext): InvoiceRecord {
	const invoice = findInvoice(context);
	if (!OPEN_INVOICE_STATUSES.includes(invoice.status)) {
		throw new ApiError(
			412,
			`Invoice ${invoice.id} is not open for payment (status ${invoice.status})`,
		);
	}
	return invoice;
}

/** `search` matches the invoice number and the descriptions of its items. */
function matchesSearch(invoice: InvoiceRecord, search: unknown): boolean {
	if (typeof search !== 'string' || search === '') return true;
	const needle = search.toLowerCase();
	return (
		String(invoice.id).includes(needle) ||
		invoice.items.some((item) => item.description.toLowerCase().includes(needle))
	);
}

function listInvoices(context: RouteContext) {
	const { query } = context;
	const invoices = [...billingState(context.state).invoices.values()].filter(
		(invoice) =>
			(query.status === undefined || invoice.status === query.status) &&
			matchesSearch(invoice, query.search),
	);
	return okList(
		invoices,
		query,
		{ defaultSort: 'date', defaultDirection: 'desc', sortBy: INVOICE_SORT },
		(invoice) => invoiceListView(invoice, context.apiUrl),
	);
}

function getInvoice(context: RouteContext) {
	return ok(invoiceView(billingState(context.state), findInvoice(context), context.apiUrl));
}

/** GET …/pdf?token=… takes no bearer: the token comes from the invoice's download_link. */
function downloadPdf(context: RouteContext): Reply {
	const invoice = billingState(context.state).invoices.get(Number(context.params.invoice_id));
	if (!invoice || context.query.token !== invoice.download_token) {
		throw new ApiError(403, 'Invalid download token');
	}

	const disposition = context.query.embed === true ? 'inline' : 'attachment';
	return {
		status: 200,
		raw: invoicePdf(invoice, context.state.account),
		contentType: 'application/pdf',
		headers: { 'Content-Disposition': `${disposition}; filename="invoice-${invoice.id}.pdf"` },
	};
}

function markPaid(
	context: RouteContext,
	invoice: InvoiceRecord,
	method: PaymentMethodRecord,
	transactionId: string,
): void {
	const billing = billingState(context.state);
	const paidAt = billingDateTime(context.now);
	invoice.status = 'Paid';
	invoice.date_paid = paidAt;
	invoice.payment_method_id = method.id;
	invoice.transactions.push({
		id: transactionId,
		type: method.type,
		date: paidAt,
		amount: invoiceTotal(invoice),
	});
	addInvoiceEmail(billing, context.state.account, invoice, 'paid', paidAt);
}

/** Charges the active credit card for an open invoice. */
function recordCreditCardPayment(context: RouteContext) {
	const invoice = openInvoice(context);
	const billing = billingState(context.state);
	const card = [...billing.paymentMethods.values()].find(
		(method) => method.active && method.type === 'Credit Card',
	);
	if (!card) {
		throw new ApiError(412, 'There is no active credit card on the account to pay with');
	}

	invoice.last_capture_attempt = billingDateTime(context.now);
	markPaid(context, invoice, card, `txn_${stableToken(`txn-${invoice.id}-${context.now}`)}`);
	return success();
}

function createPaypalSubscription(context: RouteContext) {
	const invoice = openInvoice(context);
	invoice.paypal_plan_id ??= `P-${stableToken(`paypal-plan-${invoice.id}`, 24).toUpperCase()}`;
	return ok({ paypal_plan_id: invoice.paypal_plan_id });
}

/** Called back after PayPal approved: PayPal becomes the active payment method and pays. */
function updatePaypalSubscription(context: RouteContext) {
	const invoice = openInvoice(context);
	if (!invoice.paypal_plan_id) {
		throw new ApiError(412, `Create a PayPal subscription for invoice ${invoice.id} first`);
	}
	const body = bodyOf<{ paypal_order_id: string; paypal_subscription_id: string }>(context);

	const billing = billingState(context.state);
	const method: PaymentMethodRecord = {
		id: billing.nextPaymentMethodId++,
		type: 'PayPal',
		active: true,
		description: `PayPal subscription ${body.paypal_subscription_id}`,
		address_id: null,
		card_last_four: null,
		card_type: null,
		expiry_date: null,
		last_updated: isoSeconds(context.now),
		gateway_token: body.paypal_subscription_id,
	};
	billing.paymentMethods.set(method.id, method);
	makeActive(billing, method);

	markPaid(context, invoice, method, body.paypal_order_id);
	return success();
}

export function registerInvoiceRoutes(router: Router): void {
	const invoice = '/billing/invoices/{invoice_id}';
	router.on('GET', '/billing/invoices', listInvoices);
	router.on('GET', invoice, getInvoice);
	router.on('GET', `${invoice}/pdf`, downloadPdf);
	router.on('POST', `${invoice}/credit_card_payment`, recordCreditCardPayment);
	router.on('POST', `${invoice}/paypal_subscription`, createPaypalSubscription);
	router.on('PATCH', `${invoice}/paypal_subscription`, updatePaypalSubscription);
}
