import type { AxiosInstance } from 'axios';

import { apiClient, loggedInClient, useSimulator } from './helpers';
import { DEMO_BILLING } from './state/billing';

const {
	ownerAddress: OWNER_ADDRESS,
	activeVisa: ACTIVE_VISA,
	spareMastercard: SPARE_MASTERCARD,
	paidInvoice: PAID_INVOICE,
	unpaidInvoice: UNPAID_INVOICE,
} = DEMO_BILLING;

const newAddress = {
	first_name: 'Ada',
	last_name: 'Lovelace',
	address_line_1: '12 Analytical Way',
	email: 'ada@example.com',
	city: 'London',
	state: 'LDN',
	country: 'GB',
	postal_code: 'N1 9GU',
	telephone: '+44 20 7946 0000',
};

describe('billing', () => {
	const simulator = useSimulator();
	let client: AxiosInstance;

	beforeAll(async () => {
		client = await loggedInClient(simulator());
	});

	beforeEach(() => simulator().reset());

	describe('addresses', () => {
		it('creates, lists, updates and deletes an address', async () => {
			const created = await client.post('/billing/addresses', newAddress);
			expect(created.data.result).toEqual({
				id: expect.any(Number),
				...newAddress,
				address_line_2: '',
				company_name: '',
				receive_invoice_emails: false,
			});
			const path = `/billing/addresses/${created.data.result.id}`;

			const listed = await client.get('/billing/addresses');
			expect(listed.data.metadata).toMatchObject({ page: 1, total: 3 });
			expect(listed.data.result.map((address: { id: number }) => address.id)).toContain(
				created.data.result.id,
			);

			const updated = await client.patch(path, { ...newAddress, city: 'Cambridge' });
			expect(updated.data.result).toEqual({ success: true });
			expect((await client.get(path)).data.result).toMatchObject({
				city: 'Cambridge',
				associated_payment_methods: [],
			});

			expect((await client.delete(path)).data.result).toEqual({ success: true });
			expect((await client.get(path)).status).toBe(404);
		});

		it('requires every address field on update, as the spec does', async () => {
			const response = await client.patch(`/billing/addresses/${OWNER_ADDRESS}`, {
				city: 'Tampa',
			});
			expect(response.status).toBe(400);
		});

		it('lists the payment methods of an address without card tokens', async () => {
			const address = (await client.get(`/billing/addresses/${OWNER_ADDRESS}`)).data.result;
			expect(address.associated_payment_methods).toEqual([
				{
					id: ACTIVE_VISA,
					type: 'Credit Card',
					active: true,
					description: 'Company Visa',
					card_last_four: '4242',
					card_type: 'Visa',
					expiry_date: '08/27',
					last_updated: expect.any(String),
				},
			]);
		});

		it('refuses to delete an address a payment method uses', async () => {
			const response = await client.delete(`/billing/addresses/${OWNER_ADDRESS}`);
			expect(response.status).toBe(400);
			expect(response.data.messages[0]).toContain(`used by payment method ${ACTIVE_VISA}`);
		});
	});

	describe('payment methods', () => {
		it('hides the gateway token unless include_token is set', async () => {
			const plain = (await client.get('/billing/payment_methods')).data.result;
			expect(plain.some((method: object) => 'gateway_token' in method)).toBe(false);

			const withToken = (await client.get('/billing/payment_methods?include_token=true')).data;
			expect(withToken.result[0].gateway_token).toMatch(/^pm_/);
		});

		it('lists only the active method when asked', async () => {
			const response = await client.get('/billing/payment_methods?active=true');
			expect(response.data.result.map((method: { id: number }) => method.id)).toEqual([
				ACTIVE_VISA,
			]);
		});

		it('adds a card from a Stripe token, keeping only what Stripe tells about the card', async () => {
			const created = await client.post('/billing/payment_methods', {
				address_id: OWNER_ADDRESS,
				card_token: 'seti_1R40rbIpHZfwip1PnqHpSQJy',
				description: 'New card',
				active: true,
			});

			const card = created.data.result;
			expect(card).toMatchObject({
				type: 'Credit Card',
				active: true,
				description: 'New card',
				address_id: OWNER_ADDRESS,
				card_last_four: expect.stringMatching(/^\d{4}$/),
				expiry_date: expect.stringMatching(/^\d{2}\/\d{2}$/),
			});
			expect(JSON.stringify(card)).not.toContain('seti_1R40rbIpHZfwip1PnqHpSQJy');
			const previous = (await client.get(`/billing/payment_methods/${ACTIVE_VISA}`)).data.result;
			expect(previous.active).toBe(false);
		});

		it('refuses a card token that is not a Stripe token', async () => {
			const response = await client.post('/billing/payment_methods', {
				address_id: OWNER_ADDRESS,
				card_token: '4242424242424242',
			});
			expect(response.status).toBe(400);
		});

		it('updates a card and refuses a malformed expiry date', async () => {
			const path = `/billing/payment_methods/${SPARE_MASTERCARD}`;
			const updated = await client.patch(path, { expiry_date: '01/31', description: 'Spare' });
			expect(updated.data.result).toMatchObject({ expiry_date: '01/31', description: 'Spare' });

			expect((await client.patch(path, { expiry_date: '1/31x' })).status).toBe(400);
		});

		it('refuses to delete the active payment method', async () => {
			const active = await client.delete(`/billing/payment_methods/${ACTIVE_VISA}`);
			expect(active.status).toBe(412);

			const spare = await client.delete(`/billing/payment_methods/${SPARE_MASTERCARD}`);
			expect(spare.data.result).toEqual({ success: true });
			expect((await client.get(`/billing/payment_methods/${SPARE_MASTERCARD}`)).status).toBe(404);
		});
	});

	describe('invoices', () => {
		it('filters by status and sorts by amount', async () => {
			const unpaid = (await client.get('/billing/invoices?status=Unpaid')).data.result;
			expect(unpaid).toEqual([
				{
					id: UNPAID_INVOICE,
					date: '2025-06-21',
					due_date: '2025-06-21',
					payment: { status: 'Unpaid' },
					total: 60,
					download_link: expect.stringMatching(
						new RegExp(`/billing/invoices/${UNPAID_INVOICE}/pdf\\?token=\\w+$`),
					),
				},
			]);

			const cheapest = (await client.get('/billing/invoices?sort=dollar_amount&direction=asc')).data
				.result[0];
			expect(cheapest).toMatchObject({ total: 15, payment: { status: 'Refunded' } });
		});

		it('serves the PDF only with the token of the download link, without a bearer', async () => {
			const invoice = (await client.get(`/billing/invoices/${PAID_INVOICE}`)).data.result;
			const anonymous = apiClient(simulator());

			const pdf = await anonymous.get(new URL(invoice.download_link).pathname.replace('/v1', ''), {
				params: { token: new URL(invoice.download_link).searchParams.get('token') },
				responseType: 'arraybuffer',
			});
			expect(pdf.status).toBe(200);
			expect(pdf.headers['content-type']).toBe('application/pdf');
			expect(pdf.headers['content-disposition']).toBe(
				`attachment; filename="invoice-${PAID_INVOICE}.pdf"`,
			);
			const text = Buffer.from(pdf.data).toString('latin1');
			expect(text.startsWith('%PDF-1.4')).toBe(true);
			expect(text).toContain(`(Invoice #${PAID_INVOICE}) Tj`);
			expect(text.trimEnd().endsWith('%%EOF')).toBe(true);

			const wrong = await anonymous.get(`/billing/invoices/${PAID_INVOICE}/pdf?token=nope`);
			expect(wrong.status).toBe(403);
		});

		it('writes a cross-reference table that points at each object', async () => {
			const invoice = (await client.get(`/billing/invoices/${PAID_INVOICE}`)).data.result;
			const pdf = await apiClient(simulator()).get(
				`/billing/invoices/${PAID_INVOICE}/pdf?token=${new URL(invoice.download_link).searchParams.get('token')}`,
				{ responseType: 'arraybuffer' },
			);
			const text = Buffer.from(pdf.data).toString('latin1');

			const startxref = Number(/startxref\n(\d+)/.exec(text)?.[1]);
			expect(text.slice(startxref, startxref + 4)).toBe('xref');
			const offsets = [...text.matchAll(/^(\d{10}) 00000 n $/gm)].map((match) => Number(match[1]));
			offsets.forEach((offset, index) => {
				expect(text.slice(offset, offset + 7)).toBe(`${index + 1} 0 obj`);
			});
		});

		it('records a card payment on an open invoice and refuses a paid one', async () => {
			const paid = await client.post(`/billing/invoices/${UNPAID_INVOICE}/credit_card_payment`);
			expect(paid.data.result).toEqual({ success: true });

			const invoice = (await client.get(`/billing/invoices/${UNPAID_INVOICE}`)).data.result;
			expect(invoice.payment).toMatchObject({
				status: 'Paid',
				date_paid: expect.any(String),
				payment_method: { id: ACTIVE_VISA, card_last_four: '4242' },
			});
			expect(invoice.payment.payment_method.gateway_token).toBeUndefined();
			expect(invoice.transactions).toEqual([
				expect.objectContaining({ type: 'Credit Card', amount: 60 }),
			]);

			const again = await client.post(`/billing/invoices/${UNPAID_INVOICE}/credit_card_payment`);
			expect(again.status).toBe(412);
		});

		it('sends a payment confirmation email when an invoice is paid', async () => {
			const before = (await client.get('/billing/emails?per_page=1000')).data.metadata.total;
			await client.post(`/billing/invoices/${UNPAID_INVOICE}/credit_card_payment`);

			const emails = (await client.get('/billing/emails')).data;
			expect(emails.metadata.total).toBe(before + 1);
			expect(emails.result[0]).toMatchObject({
				subject: 'Credit Card Payment Confirmation',
				to: 'demo@rocket.test',
			});
			const email = (await client.get(`/billing/emails/${emails.result[0].id}`)).data.result;
			expect(email.message).toContain(`invoice #${UNPAID_INVOICE}`);
		});

		it('pays an invoice through a PayPal subscription created for it', async () => {
			const path = `/billing/invoices/${UNPAID_INVOICE}/paypal_subscription`;
			const approval = { paypal_order_id: '5O190127TN364715T', paypal_subscription_id: 'I-BW452G' };
			expect((await client.patch(path, approval)).status).toBe(412);

			const plan = await client.post(path);
			expect(plan.data.result).toEqual({ paypal_plan_id: expect.stringMatching(/^P-/) });
			expect((await client.patch(path, approval)).data.result).toEqual({ success: true });

			const invoice = (await client.get(`/billing/invoices/${UNPAID_INVOICE}`)).data.result;
			expect(invoice.payment.payment_method).toMatchObject({ type: 'PayPal', active: true });
			expect(invoice.transactions).toEqual([
				expect.objectContaining({ id: '5O190127TN364715T', type: 'PayPal' }),
			]);
		});
	});

	describe('products', () => {
		it('filters by type and applies a known coupon', async () => {
			const response = await client.get('/billing/products?type=Agency&coupon=AGENCY50');
			expect(response.data.metadata).toMatchObject({ page: 1, total: 2, page_size: 2 });
			expect(response.data.result[0]).toMatchObject({
				name: 'Agency 1',
				type: 'Agency',
				pricing: {
					billing_cycle_type: 'recurring',
					billing_cycle_options: [
						expect.objectContaining({
							billing_cycle: 'Monthly',
							cost: 150,
							coupon: expect.objectContaining({ cost: 100, type: 'fixed amount' }),
						}),
						expect.objectContaining({ billing_cycle: 'Annual', cost: 1500 }),
					],
				},
			});
		});

		it('refuses an unknown coupon', async () => {
			const response = await client.get('/billing/products?coupon=NOPE');
			expect(response.status).toBe(400);
			expect(response.data.messages).toEqual(['Coupon NOPE is not valid']);
		});
	});
});
