import { bodyOf, type RouteContext } from '../http/context';
import { okList } from '../http/list';
import { ApiError, ok, success, type Reply } from '../http/reply';
import type { Router } from '../http/router';
import {
	addressView,
	addressWithPaymentMethodsView,
	billingState,
	makeActive,
	paymentMethodView,
	stableToken,
	type BillingAddressRecord,
	type BillingState,
	type PaymentMethodRecord,
} from '../state/billing';
import { billingProducts, isKnownCoupon } from '../state/billing-products';
import { isoSeconds, newToken } from '../state/ids';
import { registerInvoiceRoutes } from './billing-invoices';

type AddressBody = Omit<BillingAddressRecord, 'id' | 'address_line_2' | 'company_name'> &
	Partial<Pick<BillingAddressRecord, 'address_line_2' | 'company_name'>>;

interface CreditCardBody {
	address_id: number;
	card_token: string;
	active?: boolean;
	description?: string;
}

interface PaymentMethodUpdateBody {
	active?: boolean;
	address_id?: number;
	description?: string;
	expiry_date?: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const EXPIRY_DATE = /^(0[1-9]|1[0-2])\/\d{2}$/;
const CARD_TYPES = ['Visa', 'Mastercard', 'American Express', 'Discover'];
const BY_ID = { id: (record: { id: number }) => record.id };

function findAddress(billing: BillingState, id: unknown, status = 404): BillingAddressRecord {
	const address = billing.addresses.get(Number(id));
	if (!address) throw new ApiError(status, `Billing address ${String(id)} not found`);
	return address;
}

function findPaymentMethod(context: RouteContext): PaymentMethodRecord {
	const billing = billingState(context.state);
	const method = billing.paymentMethods.get(Number(context.params.payment_method_id));
	if (!method) throw new ApiError(404, 'Payment method not found');
	return method;
}

function checkedAddress(body: AddressBody) {
	if (!EMAIL.test(body.email)) {
		throw new ApiError(400, `${body.email} is not a valid email address`);
	}
	return {
		first_name: body.first_name,
		last_name: body.last_name,
		address_line_1: body.address_line_1,
		email: body.email,
		city: body.city,
		state: body.state,
		country: body.country,
		postal_code: body.postal_code,
		telephone: body.telephone,
	};
}

function createAddress(context: RouteContext) {
	const billing = billingState(context.state);
	const body = bodyOf<AddressBody>(context);
	const address: BillingAddressRecord = {
		id: billing.nextAddressId++,
		...checkedAddress(body),
		address_line_2: body.address_line_2 ?? '',
		company_name: body.company_name ?? '',
		receive_invoice_emails: body.receive_invoice_emails ?? false,
	};
	billing.addresses.set(address.id, address);
	return ok(addressView(address));
}

/** The spec requires every address field on PATCH too: the optional ones stay when left out. */
function updateAddress(context: RouteContext) {
	const billing = billingState(context.state);
	const address = findAddress(billing, context.params.address_id);
	const body = bodyOf<AddressBody>(context);
	Object.assign(address, checkedAddress(body));
	if (body.address_line_2 !== undefined) address.address_line_2 = body.address_line_2;
	if (body.company_name !== undefined) address.company_name = body.company_name;
	if (body.receive_invoice_emails !== undefined) {
		address.receive_invoice_emails = body.receive_invoice_emails;
	}
	return success();
}

function deleteAddress(context: RouteContext) {
	const billing = billingState(context.state);
	const address = findAddress(billing, context.params.address_id);
	const usedBy = [...billing.paymentMethods.values()].find(
		(method) => method.address_id === address.id,
	);
	if (usedBy) {
		throw new ApiError(
			400,
			`Billing address ${address.id} is used by payment method ${usedBy.id}. Give that payment method another address or delete it first.`,
		);
	}
	billing.addresses.delete(address.id);
	return success();
}

function listAddresses(context: RouteContext) {
	const billing = billingState(context.state);
	return okList(
		[...billing.addresses.values()],
		context.query,
		{ defaultSort: 'id', sortBy: BY_ID },
		(address) => addressWithPaymentMethodsView(billing, address),
	);
}

function getAddress(context: RouteContext) {
	const billing = billingState(context.state);
	return ok(
		addressWithPaymentMethodsView(billing, findAddress(billing, context.params.address_id)),
	);
}

function listPaymentMethods(context: RouteContext) {
	const billing = billingState(context.state);
	const methods = [...billing.paymentMethods.values()].filter(
		(method) => context.query.active !== true || method.active,
	);
	const includeToken = context.query.include_token === true;
	return okList(methods, context.query, { defaultSort: 'id', sortBy: BY_ID }, (method) =>
		paymentMethodView(billing, method, includeToken),
	);
}

function getPaymentMethod(context: RouteContext) {
	const billing = billingState(context.state);
	const includeToken = context.query.include_token === true;
	return ok(paymentMethodView(billing, findPaymentMethod(context), includeToken));
}

/**
 * Adds a card from a Stripe token. Only what Stripe would tell about the card is kept (last four
 * digits, network, expiry): never the token that was sent.
 */
function addCreditCard(context: RouteContext) {
	const billing = billingState(context.state);
	const body = bodyOf<CreditCardBody>(context);
	const address = findAddress(billing, body.address_id, 400);
	if (!/^(seti|pm|tok)_[A-Za-z0-9_]+$/.test(body.card_token)) {
		throw new ApiError(400, 'Invalid card token. Tokenize the card with Stripe first.');
	}

	const fingerprint = stableToken(`card-${body.card_token}`, 8);
	const digits = [...fingerprint].map((character) => character.charCodeAt(0) % 10).join('');
	const method: PaymentMethodRecord = {
		id: billing.nextPaymentMethodId++,
		type: 'Credit Card',
		active: false,
		description: body.description ?? '',
		address_id: address.id,
		card_last_four: digits.slice(0, 4),
		card_type: CARD_TYPES[Number(digits[4]) % CARD_TYPES.length],
		expiry_date: `${String((Number(digits[5]) % 9) + 1).padStart(2, '0')}/${30 + (Number(digits[6]) % 5)}`,
		last_updated: isoSeconds(context.now),
		gateway_token: `pm_${stableToken(`gateway-${body.card_token}`)}`,
	};
	billing.paymentMethods.set(method.id, method);
	const hasActive = [...billing.paymentMethods.values()].some((other) => other.active);
	if (body.active === true || !hasActive) makeActive(billing, method);
	return ok(paymentMethodView(billing, method));
}

function updatePaymentMethod(context: RouteContext) {
	const billing = billingState(context.state);
	const method = findPaymentMethod(context);
	const body = bodyOf<PaymentMethodUpdateBody>(context);
	if (method.type !== 'Credit Card') {
		throw new ApiError(
			400,
			'Only credit cards can be updated this way. Cancel the PayPal subscription at PayPal and apply a new one to an open invoice.',
		);
	}
	if (body.expiry_date !== undefined && !EXPIRY_DATE.test(body.expiry_date)) {
		throw new ApiError(400, 'expiry_date must be the month and year as MM/YY');
	}
	if (body.active === false && method.active) {
		throw new ApiError(
			400,
			'The active payment method cannot be deactivated. Make another payment method active instead.',
		);
	}
	if (body.address_id !== undefined)
		method.address_id = findAddress(billing, body.address_id, 400).id;

	if (body.description !== undefined) method.description = body.description;
	if (body.expiry_date !== undefined) method.expiry_date = body.expiry_date;
	if (body.active === true) makeActive(billing, method);
	method.last_updated = isoSeconds(context.now);
	return ok(paymentMethodView(billing, method));
}

function deletePaymentMethod(context: RouteContext) {
	const billing = billingState(context.state);
	const method = findPaymentMethod(context);
	if (method.active) {
		throw new ApiError(
			412,
			'The active payment method cannot be deleted. Make another payment method active first.',
		);
	}
	billing.paymentMethods.delete(method.id);
	return success();
}

function createSetupIntent() {
	const id = newToken(18).replace(/[-_]/g, 'x');
	return ok({ setup_intent: `seti_${id}_secret_${newToken(24).replace(/[-_]/g, 'x')}` });
}

/** Products are not paged: one page holding every match. */
function listProducts(context: RouteContext): Reply {
	const { coupon } = context.query;
	if (typeof coupon === 'string' && coupon.trim() !== '' && !isKnownCoupon(coupon)) {
		throw new ApiError(400, `Coupon ${coupon} is not valid`);
	}
	const products = billingProducts(context.query, context.now);
	return {
		status: 200,
		body: {
			success: true,
			errors: [],
			messages: [],
			metadata: {
				page: 1,
				page_size: products.length,
				total: products.length,
				sort: 'id',
				direction: 'asc',
			},
			result: products,
		},
	};
}

function listEmails(context: RouteContext) {
	const billing = billingState(context.state);
	return okList(billing.emails, context.query, {
		defaultSort: 'date',
		defaultDirection: 'desc',
		sortBy: { date: (email) => email.date, id: (email) => email.id },
	});
}

function getEmail(context: RouteContext) {
	const billing = billingState(context.state);
	const email = billing.emails.find((candidate) => candidate.id === context.params.email_id);
	if (!email) throw new ApiError(404, 'Billing email not found');
	return ok(email);
}

export function registerBillingRoutes(router: Router): void {
	router.on('GET', '/billing/addresses', listAddresses);
	router.on('POST', '/billing/addresses', createAddress);
	router.on('GET', '/billing/addresses/{address_id}', getAddress);
	router.on('PATCH', '/billing/addresses/{address_id}', updateAddress);
	router.on('DELETE', '/billing/addresses/{address_id}', deleteAddress);

	router.on('GET', '/billing/emails', listEmails);
	router.on('GET', '/billing/emails/{email_id}', getEmail);

	router.on('GET', '/billing/payment_methods', listPaymentMethods);
	router.on('POST', '/billing/payment_methods', addCreditCard);
	router.on('GET', '/billing/payment_methods/{payment_method_id}', getPaymentMethod);
	router.on('PATCH', '/billing/payment_methods/{payment_method_id}', updatePaymentMethod);
	router.on('DELETE', '/billing/payment_methods/{payment_method_id}', deletePaymentMethod);
	router.on('POST', '/billing/payment_methods/credit_card_setup_intent', createSetupIntent);

	router.on('GET', '/billing/products', listProducts);

	registerInvoiceRoutes(router);
}
