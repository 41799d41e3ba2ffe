import { createHash } from 'node:crypto';

import { isoSeconds } from './ids';
import { onePagePdf } from './invoice-pdf';
import { groupState, type SimulatorState } from './state';

export type InvoiceStatus =
	| 'Cancelled'
	| 'Collections'
	| 'Draft'
	| 'Payment Pending'
	| 'Paid'
	| 'Refunded'
	| 'Unpaid';

export interface BillingAddressRecord {
	id: number;
	first_name: string;
	last_name: string;
	address_line_1: string;
	address_line_2: string;
	company_name: string;
	email: string;
	city: string;
	state: string;
	country: string;
	postal_code: string;
	telephone: string;
	receive_invoice_emails: boolean;
}

export interface PaymentMethodRecord {
	id: number;
	type: 'Credit Card' | 'PayPal';
	active: boolean;
	description: string;
	address_id: number | null;
	card_last_four: string | null;
	card_type: string | null;
	expiry_date: string | null;
	last_updated: string;
	gateway_token: string;
}

export interface InvoiceItem {
	id: number;
	type: 'Hosting Plan' | 'Addon';
	product_or_addon_id: number;
	description: string;
	amount: number;
}

export interface InvoiceTransaction {
	id: string;
	type: 'Credit Card' | 'PayPal';
	date: string;
	amount: number;
}

export interface InvoiceRecord {
	id: number;
	date: string;
	due_date: string;
	status: InvoiceStatus;
	date_paid: string | null;
	last_capture_attempt: string | null;
	date_refunded: string | null;
	date_cancelled: string | null;
	payment_method_id: number | null;
	items: InvoiceItem[];
	transactions: InvoiceTransaction[];
	credit: number;
	download_token: string;
	/** Set once a PayPal subscription plan was created for the invoice. */
	paypal_plan_id: string | null;
}

export interface BillingEmailRecord {
	id: number;
	subject: string;
	message: string;
	date: string;
	to: string;
	cc: string;
	bcc: string;
}

export interface BillingState {
	addresses: Map<number, BillingAddressRecord>;
	paymentMethods: Map<number, PaymentMethodRecord>;
	invoices: Map<number, InvoiceRecord>;
	emails: BillingEmailRecord[];
	nextAddressId: number;
	nextPaymentMethodId: number;
	nextEmailId: number;
}

/** IDs of the seeded billing records, named for tests. */
export const DEMO_BILLING = {
	ownerAddress: 4201,
	payablesAddress: 4202,
	activeVisa: 880101,
	spareMastercard: 880102,
	paypal: 880103,
	/** May's Pro plan invoice, paid with the Visa. */
	paidInvoice: 880085,
	/** June's Pro plan invoice, the one open invoice. */
	unpaidInvoice: 880086,
} as const;

export const OPEN_INVOICE_STATUSES: InvoiceStatus[] = ['Unpaid', 'Collections', 'Payment Pending'];

const PAY_TO_ADDRESS = 'Rocket.net, 17885 SE Federal Hwy, Suite 100, Jupiter, FL 33469, US';

/** A stable, token-shaped string for seed data: `prefix` + base-62-looking characters. */
export function stableToken(seed: string, length = 24): string {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
	const bytes = createHash('sha256').update(seed).digest();
	return Array.from(bytes.subarray(0, length), (byte) => alphabet[byte % alphabet.length]).join('');
}

/** `2024-05-21 11:13:10`, the format of billing timestamps. */
export function billingDateTime(ms: number): string {
	return isoSeconds(ms).replace('T', ' ').replace('Z', '');
}

function day(date: string): number {
	return Date.parse(`${date}T00:00:00Z`);
}

interface SeedInvoice {
	id: number;
	date: string;
	status: InvoiceStatus;
	item: Omit<InvoiceItem, 'id'>;
}

const PRO_PLAN = 2;
const BUSINESS_PLAN = 3;
const EXTRA_STORAGE_ADDON = 14;

const SEED_INVOICES: SeedInvoice[] = [
	['2025-01-21', 'Paid'],
	['2025-02-21', 'Paid'],
	['2025-03-21', 'Paid'],
	['2025-04-21', 'Paid'],
	['2025-05-21', 'Paid'],
	['2025-06-21', 'Unpaid'],
].map(([date, status], index) => {
	const [year, month, dayOfMonth] = date.split('-');
	const end = new Date(Date.UTC(Number(year), Number(month), Number(dayOfMonth) - 1));
	const until = `${String(end.getUTCMonth() + 1).padStart(2, '0')}/${String(end.getUTCDate()).padStart(2, '0')}/${end.getUTCFullYear()}`;
	return {
		id: 880081 + index,
		date,
		status: status as InvoiceStatus,
		item: {
			type: 'Hosting Plan' as const,
			product_or_addon_id: PRO_PLAN,
			description: `Pro (${month}/${dayOfMonth}/${year} - ${until})`,
			amount: 60,
		},
	};
});

SEED_INVOICES.push(
	{
		id: 880090,
		date: '2025-03-02',
		status: 'Refunded',
		item: {
			type: 'Addon',
			product_or_addon_id: EXTRA_STORAGE_ADDON,
			description: 'Additional Storage 10GB (03/02/2025 - 04/01/2025)',
			amount: 15,
		},
	},
	{
		id: 880091,
		date: '2025-05-10',
		status: 'Cancelled',
		item: {
			type: 'Hosting Plan',
			product_or_addon_id: BUSINESS_PLAN,
			description: 'Business upgrade (05/10/2025 - 06/09/2025)',
			amount: 100,
		},
	},
);

function seedInvoice(seed: SeedInvoice): InvoiceRecord {
	const issued = day(seed.date);
	const paid = seed.status === 'Paid' || seed.status === 'Refunded';
	const paidAt = billingDateTime(issued + 9 * 3600_000 + 12 * 60_000);
	return {
		id: seed.id,
		date: seed.date,
		due_date: seed.date,
		status: seed.status,
		date_paid: paid ? paidAt : null,
		last_capture_attempt: seed.status === 'Unpaid' ? billingDateTime(issued + 9 * 3600_000) : null,
		date_refunded: seed.status === 'Refunded' ? billingDateTime(issued + 3 * 86_400_000) : null,
		date_cancelled: seed.status === 'Cancelled' ? billingDateTime(issued + 2 * 3600_000) : null,
		payment_method_id: paid ? DEMO_BILLING.activeVisa : null,
		items: [{ id: seed.id * 10 + 1, ...seed.item }],
		transactions: paid
			? [
					{
						id: `txn_${stableToken(`txn-${seed.id}`)}`,
						type: 'Credit Card',
						date: paidAt,
						amount: seed.item.amount,
					},
				]
			: [],
		credit: 0,
		download_token: stableToken(`invoice-pdf-${seed.id}`, 32),
		paypal_plan_id: null,
	};
}

export function invoiceTotal(invoice: InvoiceRecord): number {
	return invoice.items.reduce((sum, item) => sum + item.amount, 0) - invoice.credit;
}

function emailHtml(title: string, paragraphs: string[]): string {
	const body = paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n');
	return [
		'<!DOCTYPE html>',
		'<html xmlns="http://www.w3.org/1999/xhtml">',
		`<head><title>${title}</title></head>`,
		`<body>\n<h1>${title}</h1>\n${body}\n</body>`,
		'</html>',
	].join('\n');
}

/** The email Rocket.net sends when an invoice is issued, paid or refunded. */
export function addInvoiceEmail(
	billing: BillingState,
	account: SimulatorState['account'],
	invoice: InvoiceRecord,
	kind: 'issued' | 'paid' | 'refunded',
	at: string,
): BillingEmailRecord {
	const total = `$${invoiceTotal(invoice).toFixed(2)} USD`;
	const content = {
		issued: [
			'Customer Invoice',
			`Invoice #${invoice.id} for ${total} is due on ${invoice.due_date}.`,
		],
		paid: ['Credit Card Payment Confirmation', `We received ${total} for invoice #${invoice.id}.`],
		refunded: ['Refund Confirmation', `Invoice #${invoice.id} was refunded: ${total}.`],
	}[kind];
	const copies = [...billing.addresses.values()].filter(
		(address) => address.receive_invoice_emails && address.email !== account.email,
	);

	const email: BillingEmailRecord = {
		id: billing.nextEmailId++,
		subject: content[0],
		message: emailHtml(content[0], [`Dear ${account.firstname} ${account.lastname},`, content[1]]),
		date: at,
		to: account.email,
		cc: copies.map((address) => address.email).join(', '),
		bcc: '',
	};
	billing.emails.push(email);
	return email;
}

function seedBilling(state: SimulatorState): BillingState {
	const { account } = state;
	const billing: BillingState = {
		addresses: new Map(),
		paymentMethods: new Map(),
		invoices: new Map(),
		emails: [],
		nextAddressId: 4203,
		nextPaymentMethodId: 880104,
		nextEmailId: 660001,
	};

	const addresses: BillingAddressRecord[] = [
		{
			id: DEMO_BILLING.ownerAddress,
			first_name: account.firstname,
			last_name: account.lastname,
			address_line_1: '120 Harbor Road',
			address_line_2: 'Suite 4',
			company_name: 'Demo Web Studio',
			email: account.email,
			city: 'Jupiter',
			state: 'FL',
			country: 'US',
			postal_code: '33477',
			telephone: '561-555-0142',
			receive_invoice_emails: true,
		},
		{
			id: DEMO_BILLING.payablesAddress,
			first_name: 'Accounts',
			last_name: 'Payable',
			address_line_1: '88 Ledger Lane',
			address_line_2: '',
			company_name: 'Demo Web Studio',
			email: 'ap@demo-web-studio.example',
			city: 'Portland',
			state: 'OR',
			country: 'US',
			postal_code: '97205',
			telephone: '503-555-0199',
			receive_invoice_emails: true,
		},
	];
	for (const address of addresses) billing.addresses.set(address.id, address);

	const methods: PaymentMethodRecord[] = [
		{
			id: DEMO_BILLING.activeVisa,
			type: 'Credit Card',
			active: true,
			description: 'Company Visa',
			address_id: DEMO_BILLING.ownerAddress,
			card_last_four: '4242',
			card_type: 'Visa',
			expiry_date: '08/27',
			last_updated: '2024-06-02T10:20:00Z',
			gateway_token: `pm_${stableToken('card-880101')}`,
		},
		{
			id: DEMO_BILLING.spareMastercard,
			type: 'Credit Card',
			active: false,
			description: 'Backup Mastercard',
			address_id: DEMO_BILLING.payablesAddress,
			card_last_four: '5454',
			card_type: 'Mastercard',
			expiry_date: '11/26',
			last_updated: '2024-09-15T16:45:00Z',
			gateway_token: `pm_${stableToken('card-880102')}`,
		},
		{
			id: DEMO_BILLING.paypal,
			type: 'PayPal',
			active: false,
			description: `PayPal (${account.email})`,
			address_id: null,
			card_last_four: null,
			card_type: null,
			expiry_date: null,
			last_updated: '2024-02-11T08:05:00Z',
			gateway_token: `I-${stableToken('paypal-880103', 12).toUpperCase()}`,
		},
	];
	for (const method of methods) billing.paymentMethods.set(method.id, method);

	for (const seed of SEED_INVOICES) {
		const invoice = seedInvoice(seed);
		billing.invoices.set(invoice.id, invoice);
		addInvoiceEmail(billing, account, invoice, 'issued', `${invoice.date} 06:00:00`);
		if (invoice.date_paid) addInvoiceEmail(billing, account, invoice, 'paid', invoice.date_paid);
		if (invoice.date_refunded) {
			addInvoiceEmail(billing, account, invoice, 'refunded', invoice.date_refunded);
		}
	}
	return billing;
}

/** The billing records of the account, seeded on first use. */
export function billingState(state: SimulatorState): BillingState {
	return groupState(state, 'billing', () => seedBilling(state));
}

/** Only one payment method pays the automated payments. */
export function makeActive(billing: BillingState, method: PaymentMethodRecord): void {
	for (const other of billing.paymentMethods.values()) other.active = other === method;
}

/** BillingAddress in the spec's field order. */
export function addressView(address: BillingAddressRecord) {
	return { ...address };
}

function cardFields(method: PaymentMethodRecord) {
	if (method.type !== 'Credit Card') return {};
	return {
		card_last_four: method.card_last_four,
		card_type: method.card_type,
		expiry_date: method.expiry_date,
	};
}

/** BillingPaymentMethodForAddress: no address, never the gateway token. */
export function paymentMethodForAddressView(method: PaymentMethodRecord) {
	return {
		id: method.id,
		type: method.type,
		active: method.active,
		description: method.description,
		...cardFields(method),
		last_updated: method.last_updated,
	};
}

/** BillingAddressWithPaymentMethods. */
export function addressWithPaymentMethodsView(
	billing: BillingState,
	address: BillingAddressRecord,
) {
	const methods = [...billing.paymentMethods.values()].filter(
		(method) => method.address_id === address.id,
	);
	return {
		...addressView(address),
		associated_payment_methods: methods.map(paymentMethodForAddressView),
	};
}

/** BillingPaymentMethod; the gateway token only when asked for with `include_token`. */
export function paymentMethodView(
	billing: BillingState,
	method: PaymentMethodRecord,
	includeToken = false,
) {
	const address = method.address_id === null ? undefined : billing.addresses.get(method.address_id);
	return {
		id: method.id,
		type: method.type,
		active: method.active,
		description: method.description,
		...(address ? { address: addressView(address), address_id: address.id } : {}),
		...cardFields(method),
		last_updated: method.last_updated,
		...(includeToken ? { gateway_token: method.gateway_token } : {}),
	};
}

export function invoiceDownloadLink(invoice: InvoiceRecord, apiUrl: string): string {
	return `${apiUrl}/billing/invoices/${invoice.id}/pdf?token=${invoice.download_token}`;
}

/** BillingInvoiceForList. */
export function invoiceListView(invoice: InvoiceRecord, apiUrl: string) {
	return {
		id: invoice.id,
		date: invoice.date,
		due_date: invoice.due_date,
		payment: { status: invoice.status },
		total: invoiceTotal(invoice),
		download_link: invoiceDownloadLink(invoice, apiUrl),
	};
}

/** BillingInvoice: dates of the payment only where they happened, never a gateway token. */
export function invoiceView(billing: BillingState, invoice: InvoiceRecord, apiUrl: string) {
	const method =
		invoice.payment_method_id === null
			? undefined
			: billing.paymentMethods.get(invoice.payment_method_id);
	const payment = {
		status: invoice.status,
		...(invoice.date_paid ? { date_paid: invoice.date_paid } : {}),
		...(invoice.last_capture_attempt ? { last_capture_attempt: invoice.last_capture_attempt } : {}),
		...(invoice.date_refunded ? { date_refunded: invoice.date_refunded } : {}),
		...(invoice.date_cancelled ? { date_cancelled: invoice.date_cancelled } : {}),
		...(method ? { payment_method: paymentMethodView(billing, method) } : {}),
	};
	const subtotal = invoice.items.reduce((sum, item) => sum + item.amount, 0);
	return {
		id: invoice.id,
		date: invoice.date,
		due_date: invoice.due_date,
		payment,
		subtotal,
		total: invoiceTotal(invoice),
		credit: invoice.credit,
		items: invoice.items.map((item) => ({ ...item })),
		transactions: invoice.transactions.map((transaction) => ({ ...transaction })),
		download_link: invoiceDownloadLink(invoice, apiUrl),
		pay_to_address: PAY_TO_ADDRESS,
	};
}

/** The invoice as a printable one-page PDF. */
export function invoicePdf(invoice: InvoiceRecord, account: SimulatorState['account']): Buffer {
	return onePagePdf([
		`Invoice #${invoice.id}`,
		`Date: ${invoice.date}    Due: ${invoice.due_date}    Status: ${invoice.status}`,
		`Billed to: ${account.firstname} ${account.lastname} <${account.email}>`,
		`Pay to: ${PAY_TO_ADDRESS}`,
		'',
		...invoice.items.map((item) => `${item.description}    $${item.amount.toFixed(2)}`),
		'',
		`Total: $${invoiceTotal(invoice).toFixed(2)} USD`,
	]);
}
