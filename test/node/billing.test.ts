import { getBillingAddresses } from '../../nodes/RocketNet/loadOptions/getBillingAddresses';
import { jsonOf, onlyRequest, useRocketNet } from '../helpers/fixture';
import { loadOptionsContext } from '../helpers/load-options';
import { billingState, DEMO_BILLING } from '../simulator/state/billing';

const {
	ownerAddress: OWNER_ADDRESS,
	payablesAddress: PAYABLES_ADDRESS,
	activeVisa: ACTIVE_VISA,
	spareMastercard: SPARE_MASTERCARD,
	paidInvoice: PAID_INVOICE,
	unpaidInvoice: UNPAID_INVOICE,
} = DEMO_BILLING;

const address = {
	first_name: 'Ada',
	last_name: 'Lovelace',
	email: 'ada@example.com',
	address_line_1: '12 Analytical Way',
	city: 'London',
	state: 'LDN',
	postal_code: 'N1 9GU',
	country: 'GB',
	telephone: '+44 20 7946 0000',
};

describe('Billing', () => {
	const rocket = useRocketNet();
	const billing = () => billingState(rocket.simulator.state);

	describe('addresses', () => {
		it('creates an address with every field the API requires', async () => {
			const [item] = jsonOf(
				await rocket.run({
					resource: 'billing',
					operation: 'createAddress',
					...address,
					additionalFields: { company_name: 'Analytical Engines', receive_invoice_emails: true },
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'POST',
				path: '/billing/addresses',
				body: { ...address, company_name: 'Analytical Engines', receive_invoice_emails: true },
			});
			expect(item).toEqual({
				id: expect.any(Number),
				...address,
				address_line_2: '',
				company_name: 'Analytical Engines',
				receive_invoice_emails: true,
			});
		});

		it('gets an address with the payment methods that use it', async () => {
			const [item] = jsonOf(
				await rocket.run({
					resource: 'billing',
					operation: 'getAddress',
					addressId: String(OWNER_ADDRESS),
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'GET',
				path: `/billing/addresses/${OWNER_ADDRESS}`,
			});
			expect(item).toMatchObject({
				id: OWNER_ADDRESS,
				associated_payment_methods: [{ id: ACTIVE_VISA, card_last_four: '4242' }],
			});
		});

		it('gets every address, one item per address', async () => {
			const items = jsonOf(
				await rocket.run({ resource: 'billing', operation: 'getAllAddresses', returnAll: true }),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'GET',
				path: '/billing/addresses',
				query: { page: '1', per_page: '1000' },
			});
			expect(items.map((item) => item.id)).toEqual([OWNER_ADDRESS, PAYABLES_ADDRESS]);
		});

		it('replaces an address on update, optional fields included', async () => {
			const [item] = jsonOf(
				await rocket.run({
					resource: 'billing',
					operation: 'updateAddress',
					addressId: String(PAYABLES_ADDRESS),
					...address,
					updateFields: { address_line_2: 'Floor 2' },
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'PATCH',
				path: `/billing/addresses/${PAYABLES_ADDRESS}`,
				body: { ...address, address_line_2: 'Floor 2' },
			});
			expect(item).toEqual({ success: true });
			expect(billing().addresses.get(PAYABLES_ADDRESS)).toMatchObject({
				city: 'London',
				address_line_2: 'Floor 2',
			});
		});

		it('deletes an address no payment method uses', async () => {
			const spare = { ...billing().addresses.get(PAYABLES_ADDRESS)!, id: 4299 };
			billing().addresses.set(spare.id, spare);

			const items = jsonOf(
				await rocket.run({ resource: 'billing', operation: 'deleteAddress', addressId: '4299' }),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'DELETE',
				path: '/billing/addresses/4299',
			});
			expect(items).toEqual([{ deleted: true }]);
			expect(billing().addresses.has(4299)).toBe(false);
		});

		it('shows why Rocket.net refuses to delete an address in use', async () => {
			const result = await rocket.run({
				resource: 'billing',
				operation: 'deleteAddress',
				addressId: String(OWNER_ADDRESS),
			});

			expect(result.error?.message).toContain(`is used by payment method ${ACTIVE_VISA}`);
		});

		it('refuses an address ID that is not a number before sending anything', async () => {
			const result = await rocket.run({
				resource: 'billing',
				operation: 'getAddress',
				addressId: '42/../1',
			});

			expect(result.error?.message).toBe('Address ID "42/../1" is not a valid ID');
			expect(rocket.apiRequests()).toEqual([]);
		});

		it('offers the addresses in a dropdown by holder and place', async () => {
			const options = await getBillingAddresses.call(await loadOptionsContext(rocket, {}));

			expect(options).toEqual([
				{ name: 'Demo Owner — 120 Harbor Road, Jupiter', value: OWNER_ADDRESS },
				{ name: 'Accounts Payable — 88 Ledger Lane, Portland', value: PAYABLES_ADDRESS },
			]);
		});
	});

	describe('emails', () => {
		it('gets many billing emails, newest first, up to the limit', async () => {
			const items = jsonOf(
				await rocket.run({ resource: 'billing', operation: 'getAllEmails', limit: 3 }),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'GET',
				path: '/billing/emails',
				query: { per_page: '3' },
			});
			expect(items).toHaveLength(3);
			expect(items[0]).toMatchObject({
				subject: expect.any(String),
				message: expect.stringContaining('<html'),
				to: 'demo@rocket.test',
			});
			expect(String(items[0].date) >= String(items[1].date)).toBe(true);
		});

		it('gets one billing email', async () => {
			const email = billing().emails[0];

			const [item] = jsonOf(
				await rocket.run({ resource: 'billing', operation: 'getEmail', emailId: String(email.id) }),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'GET',
				path: `/billing/emails/${email.id}`,
			});
			expect(item).toEqual(email);
		});
	});

	describe('invoices', () => {
		it('gets many invoices filtered by status and search, sorted by total', async () => {
			const items = jsonOf(
				await rocket.run({
					resource: 'billing',
					operation: 'getAllInvoices',
					limit: 2,
					filters: { status: 'Paid', search: 'Pro', sort: 'dollar_amount', direction: 'desc' },
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'GET',
				path: '/billing/invoices',
				query: {
					per_page: '2',
					status: 'Paid',
					search: 'Pro',
					sort: 'dollar_amount',
					direction: 'desc',
				},
			});
			expect(items).toHaveLength(2);
			for (const item of items) {
				expect(item).toMatchObject({ payment: { status: 'Paid' }, total: 60 });
				expect(Object.keys(item).sort()).toEqual([
					'date',
					'download_link',
					'due_date',
					'id',
					'payment',
					'total',
				]);
			}
		});

		it('gets an invoice with its items and transactions', async () => {
			const [item] = jsonOf(
				await rocket.run({
					resource: 'billing',
					operation: 'getInvoice',
					invoiceId: String(PAID_INVOICE),
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'GET',
				path: `/billing/invoices/${PAID_INVOICE}`,
			});
			expect(item).toMatchObject({
				id: PAID_INVOICE,
				payment: { status: 'Paid', payment_method: { id: ACTIVE_VISA } },
				items: [{ type: 'Hosting Plan', amount: 60 }],
				transactions: [{ type: 'Credit Card', amount: 60 }],
				total: 60,
			});
		});

		it('downloads an invoice as a PDF file, looking up its download token', async () => {
			const result = await rocket.run({
				resource: 'billing',
				operation: 'downloadInvoicePdf',
				invoiceId: String(PAID_INVOICE),
				binaryPropertyName: 'invoice',
			});

			const [lookup, download] = rocket.apiRequests();
			expect(lookup).toMatchObject({ method: 'GET', path: `/billing/invoices/${PAID_INVOICE}` });
			expect(download).toMatchObject({
				method: 'GET',
				path: `/billing/invoices/${PAID_INVOICE}/pdf`,
				query: { token: billing().invoices.get(PAID_INVOICE)?.download_token },
			});
			expect(result.error).toBeUndefined();
			expect(result.items).toHaveLength(1);
			const binary = result.items[0].binary?.invoice;
			expect(binary).toMatchObject({
				mimeType: 'application/pdf',
				fileName: `invoice-${PAID_INVOICE}.pdf`,
				fileExtension: 'pdf',
			});
			const bytes = Buffer.from(binary?.data ?? '', 'base64');
			expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
			expect(result.items[0].json).toEqual({
				fileName: `invoice-${PAID_INVOICE}.pdf`,
				mimeType: 'application/pdf',
				fileSize: bytes.length,
			});
		});

		it('puts the PDF in the data field by default', async () => {
			const result = await rocket.run({
				resource: 'billing',
				operation: 'downloadInvoicePdf',
				invoiceId: String(UNPAID_INVOICE),
				binaryPropertyName: 'data',
			});

			expect(Object.keys(result.items[0].binary ?? {})).toEqual(['data']);
		});

		it('explains an unknown invoice instead of downloading', async () => {
			const result = await rocket.run({
				resource: 'billing',
				operation: 'downloadInvoicePdf',
				invoiceId: '123',
				binaryPropertyName: 'data',
			});

			expect(result.error?.message).toMatch(/not found/i);
			expect(rocket.apiRequests().map((request) => request.path)).toEqual([
				'/billing/invoices/123',
			]);
		});

		it('records a credit card payment for an open invoice', async () => {
			const [item] = jsonOf(
				await rocket.run({
					resource: 'billing',
					operation: 'recordCreditCardPayment',
					invoiceId: String(UNPAID_INVOICE),
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'POST',
				path: `/billing/invoices/${UNPAID_INVOICE}/credit_card_payment`,
			});
			expect(item).toEqual({ success: true });
			expect(billing().invoices.get(UNPAID_INVOICE)?.status).toBe('Paid');
		});

		it('creates a PayPal subscription plan for an invoice', async () => {
			const [item] = jsonOf(
				await rocket.run({
					resource: 'billing',
					operation: 'createPaypalSubscription',
					invoiceId: String(UNPAID_INVOICE),
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'POST',
				path: `/billing/invoices/${UNPAID_INVOICE}/paypal_subscription`,
			});
			expect(item).toEqual({ paypal_plan_id: expect.stringMatching(/^P-/) });
		});

		it('confirms the PayPal subscription of an invoice', async () => {
			billing().invoices.get(UNPAID_INVOICE)!.paypal_plan_id = 'P-8L0089381A309563KM6NJQKY';

			const [item] = jsonOf(
				await rocket.run({
					resource: 'billing',
					operation: 'updatePaypalSubscription',
					invoiceId: String(UNPAID_INVOICE),
					paypal_order_id: '5O190127TN364715T',
					paypal_subscription_id: 'I-BW452GLLEP1G',
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'PATCH',
				path: `/billing/invoices/${UNPAID_INVOICE}/paypal_subscription`,
				body: { paypal_order_id: '5O190127TN364715T', paypal_subscription_id: 'I-BW452GLLEP1G' },
			});
			expect(item).toEqual({ success: true });
			expect(billing().invoices.get(UNPAID_INVOICE)?.status).toBe('Paid');
		});
	});

	describe('payment methods', () => {
		it('adds a credit card from a Stripe token without outputting the token', async () => {
			const cardToken = 'seti_1R40rbIpHZfwip1PnqHpSQJy';

			const [item] = jsonOf(
				await rocket.run({
					resource: 'billing',
					operation: 'addCreditCard',
					address_id: OWNER_ADDRESS,
					card_token: cardToken,
					additionalFields: { active: true, description: 'Company Amex' },
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'POST',
				path: '/billing/payment_methods',
				body: {
					address_id: OWNER_ADDRESS,
					card_token: cardToken,
					active: true,
					description: 'Company Amex',
				},
			});
			expect(item).toMatchObject({
				id: expect.any(Number),
				type: 'Credit Card',
				active: true,
				address_id: OWNER_ADDRESS,
				card_last_four: expect.stringMatching(/^\d{4}$/),
			});
			expect(JSON.stringify(item)).not.toContain(cardToken);
			expect(item).not.toHaveProperty('gateway_token');
		});

		it('refuses a card number typed as card token, without repeating it', async () => {
			const result = await rocket.run({
				resource: 'billing',
				operation: 'addCreditCard',
				address_id: OWNER_ADDRESS,
				card_token: '4242 4242 4242 4242',
			});

			expect(result.error?.message).toBe('Card Token looks like a card number');
			expect(`${result.error?.message} ${result.error?.description}`).not.toContain('4242');
			expect(rocket.apiRequests()).toEqual([]);
		});

		it('gets many payment methods without gateway tokens by default', async () => {
			const items = jsonOf(
				await rocket.run({ resource: 'billing', operation: 'getAllPaymentMethods', limit: 50 }),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'GET',
				path: '/billing/payment_methods',
				query: { per_page: '50' },
			});
			expect(items.map((item) => item.type)).toEqual(['Credit Card', 'Credit Card', 'PayPal']);
			for (const item of items) expect(item).not.toHaveProperty('gateway_token');
		});

		it('gets only the active payment method with its gateway token when asked', async () => {
			const items = jsonOf(
				await rocket.run({
					resource: 'billing',
					operation: 'getAllPaymentMethods',
					returnAll: true,
					filters: { active: true },
					options: { include_token: true },
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				query: { active: 'true', include_token: 'true', page: '1', per_page: '1000' },
			});
			expect(items).toEqual([
				expect.objectContaining({ id: ACTIVE_VISA, gateway_token: expect.stringMatching(/^pm_/) }),
			]);
		});

		it('gets a payment method with its billing address', async () => {
			const [item] = jsonOf(
				await rocket.run({
					resource: 'billing',
					operation: 'getPaymentMethod',
					paymentMethodId: String(SPARE_MASTERCARD),
					options: { include_token: false },
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'GET',
				path: `/billing/payment_methods/${SPARE_MASTERCARD}`,
				query: { include_token: 'false' },
			});
			expect(item).toMatchObject({
				id: SPARE_MASTERCARD,
				card_type: 'Mastercard',
				address: { id: PAYABLES_ADDRESS },
			});
			expect(item).not.toHaveProperty('gateway_token');
		});

		it('updates the expiry date, description and address of a card', async () => {
			const [item] = jsonOf(
				await rocket.run({
					resource: 'billing',
					operation: 'updatePaymentMethod',
					paymentMethodId: String(SPARE_MASTERCARD),
					updateFields: { expiry_date: '01/31', description: 'Spare', address_id: OWNER_ADDRESS },
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'PATCH',
				path: `/billing/payment_methods/${SPARE_MASTERCARD}`,
				body: { expiry_date: '01/31', description: 'Spare', address_id: OWNER_ADDRESS },
			});
			expect(item).toMatchObject({ expiry_date: '01/31', address_id: OWNER_ADDRESS });
		});

		it('refuses an expiry date that is not MM/YY before sending anything', async () => {
			const result = await rocket.run({
				resource: 'billing',
				operation: 'updatePaymentMethod',
				paymentMethodId: String(SPARE_MASTERCARD),
				updateFields: { expiry_date: '2031-01' },
			});

			expect(result.error?.message).toBe('Expiry Date "2031-01" is not valid');
			expect(result.error?.description).toContain('MM/YY');
			expect(rocket.apiRequests()).toEqual([]);
		});

		it('deletes a payment method', async () => {
			const items = jsonOf(
				await rocket.run({
					resource: 'billing',
					operation: 'deletePaymentMethod',
					paymentMethodId: String(SPARE_MASTERCARD),
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'DELETE',
				path: `/billing/payment_methods/${SPARE_MASTERCARD}`,
			});
			expect(items).toEqual([{ deleted: true }]);
			expect(billing().paymentMethods.has(SPARE_MASTERCARD)).toBe(false);
		});

		it('creates a Stripe setup intent for a new card', async () => {
			const [item] = jsonOf(
				await rocket.run({ resource: 'billing', operation: 'createCreditCardSetupIntent' }),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'POST',
				path: '/billing/payment_methods/credit_card_setup_intent',
			});
			expect(item).toEqual({ setup_intent: expect.stringMatching(/^seti_\w+_secret_\w+$/) });
		});
	});

	describe('products', () => {
		it('gets every product of a type with a coupon applied, without paging', async () => {
			const items = jsonOf(
				await rocket.run({
					resource: 'billing',
					operation: 'getAllProducts',
					filters: { type: 'Agency', coupon: 'AGENCY50' },
				}),
			);

			const request = onlyRequest(rocket);
			expect(request).toMatchObject({
				method: 'GET',
				path: '/billing/products',
				query: { type: 'Agency', coupon: 'AGENCY50' },
			});
			expect(request.query).not.toHaveProperty('per_page');
			expect(items.map((item) => item.name)).toEqual(['Agency 1', 'Agency 2']);
			expect(items[0]).toMatchObject({
				pricing: { billing_cycle_options: [{ coupon: { type: 'fixed amount' } }, {}] },
			});
		});

		it('gets one product by its ID', async () => {
			const items = jsonOf(
				await rocket.run({
					resource: 'billing',
					operation: 'getAllProducts',
					filters: { product_id: 2 },
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({ query: { product_id: '2' } });
			expect(items).toEqual([expect.objectContaining({ id: 2, name: 'Pro', type: 'Managed' })]);
		});
	});
});
