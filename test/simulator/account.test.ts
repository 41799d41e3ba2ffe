import type { AxiosInstance } from 'axios';

import { apiClient, BLUE_HARBOR, loggedInClient, useSimulator } from './helpers';
import { specShapeDifferences } from './spec-shape';

type Json = Record<string, any>;

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe('account', () => {
	const simulator = useSimulator();
	let client: AxiosInstance;

	beforeAll(async () => {
		client = await loggedInClient(simulator());
	});

	beforeEach(() => simulator().reset());

	describe('answers are shaped exactly as the spec says', () => {
		it.each([
			['GET', '/account/usage'],
			['GET', '/account/bandwidth'],
			['GET', '/account/hosting_plan'],
		])('%s %s', async (method, path) => {
			const response = await client.request({ method, url: path });
			expect(specShapeDifferences(method, path, response.data)).toEqual([]);
		});

		it('GET /account/me (tasks aside: site and account tasks differ, the sample has one)', async () => {
			const { data } = await client.get('/account/me');
			expect(data.result.tasks.length).toBeGreaterThan(0);
			const body = { ...data, result: { ...data.result, tasks: [] } };
			expect(specShapeDifferences('GET', '/account/me', body)).toEqual([]);
		});

		it('GET /account/visitors', async () => {
			const response = await client.get('/account/visitors', {
				params: { date_from: '2025-01-01', date_to: '2025-01-02' },
			});
			expect(specShapeDifferences('GET', '/account/visitors', response.data)).toEqual([]);
		});
	});

	describe('password', () => {
		const strong = 'Quiet-Meadow-77';
		const change = (body: Json) => client.post('/account/password', body);

		it('changes the login password', async () => {
			const { email, password } = simulator().account;
			const response = await change({
				current_password: password,
				new_password: strong,
				new_password_confirm: strong,
			});
			expect(response.data.result).toEqual({ success: true });

			const login = (secret: string) =>
				apiClient(simulator()).post('/login', { username: email, password: secret });
			expect((await login(strong)).status).toBe(200);
			expect((await login(password)).status).toBe(401);
		});

		it.each([
			['a wrong current password', 'nope', strong, strong, 'Current password is incorrect'],
			[
				'a confirmation that differs',
				undefined,
				strong,
				'Quiet-Meadow-78',
				'New password and its confirmation do not match',
			],
			[
				'a weak password',
				undefined,
				'meadow',
				'meadow',
				'New password is too weak: Password must be at least 8 characters long; ' +
					'Use at least 1 number and 1 symbol; ' +
					'Use at least one UPPER case letter and at least one LOWER case letter',
			],
		])('refuses %s', async (_name, current, next, confirm, message) => {
			const response = await change({
				current_password: current ?? simulator().account.password,
				new_password: next,
				new_password_confirm: confirm,
			});
			expect(response.status).toBe(400);
			expect(response.data.messages).toEqual([message]);
			expect(simulator().state.account.password).toBe(simulator().account.password);
		});
	});

	it('keeps profile changes and shows them in /account/me', async () => {
		await client.patch('/account/me', { lastname: 'Harbor', twofactor_enabled: true });
		const me = await client.get('/account/me');
		expect(me.data.result.client).toMatchObject({ lastname: 'Harbor', twofactor_enabled: true });
	});

	it('lists pending site transfers in /account/me', async () => {
		await client.post(`/sites/${BLUE_HARBOR}/transfer`, { email: 'new-owner@example.com' });
		const me = await client.get('/account/me');
		expect(me.data.result.pending_site_transfers).toEqual([
			expect.objectContaining({ site_id: BLUE_HARBOR, status: 'created' }),
		]);
	});

	describe('hosting plan', () => {
		it('changes the plan, and /account/me names it', async () => {
			const preview = await client.put(
				'/account/hosting_plan',
				{ billing_product_id: 5 },
				{
					params: { preview: true },
				},
			);
			expect(preview.data.result).toEqual({ order_id: 0, invoice_id: 0, total: 250 });
			expect((await client.get('/account/hosting_plan')).data.result.current_plan.name).toBe(
				'Agency 1',
			);

			const changed = await client.put('/account/hosting_plan', {
				billing_product_id: 5,
				billing_cycle: 'Annual',
			});
			expect(changed.data.result).toEqual({ order_id: 41001, invoice_id: 88001, total: 2500 });
			const plan = (await client.get('/account/hosting_plan')).data.result.current_plan;
			expect(plan).toMatchObject({
				name: 'Agency 2',
				product_id: 5,
				pricing: { billing_cycle: 'Annual', cost: 2500 },
			});
			expect((await client.get('/account/me')).data.result.package.plan).toBe('Agency 2');
		});

		it('refuses to change to the plan the account is on, or to a sales-only plan', async () => {
			const same = await client.put('/account/hosting_plan', { billing_product_id: 4 });
			expect(same.data.messages).toEqual([
				'The account is already on the Agency 1 plan, billed Monthly',
			]);

			const enterprise = await client.put('/account/hosting_plan', { billing_product_id: 6 });
			expect(enterprise.data.messages).toEqual([
				'The Enterprise plan is ordered through Rocket.net sales: contact them',
			]);
		});

		it('sets the first plan of a new account, once', async () => {
			simulator().reset({ demo: false });
			expect((await client.get('/account/hosting_plan')).status).toBe(400);
			expect((await client.put('/account/hosting_plan', { billing_product_id: 2 })).status).toBe(
				412,
			);

			const order = {
				firstname: 'Ada',
				lastname: 'Lovelace',
				billing_product_id: 2,
				billing_cycle: 'Monthly',
				payment_type: 'paypal',
			};
			expect(
				(await client.post('/account/hosting_plan', { ...order, coupon_code: 'NOPE' })).data
					.messages,
			).toEqual(['Coupon code NOPE is not valid']);

			const created = await client.post('/account/hosting_plan', order);
			expect(created.data.result).toEqual({ order_id: 41001, invoice_id: 88001, total: 60 });
			const plan = (await client.get('/account/hosting_plan')).data.result;
			expect(plan).toMatchObject({ current_plan: { name: 'Pro', status: 'Pending' }, addons: [] });

			const again = await client.post('/account/hosting_plan', order);
			expect(again.data.messages).toEqual([
				'This account already has a hosting plan; change it instead',
			]);
		});

		it('wants a payment token for Stripe', async () => {
			simulator().reset({ demo: false });
			const response = await client.post('/account/hosting_plan', {
				firstname: 'Ada',
				lastname: 'Lovelace',
				billing_product_id: 2,
				billing_cycle: 'Monthly',
				payment_type: 'stripe',
			});
			expect(response.data.messages).toEqual(['A payment token is required to pay with Stripe']);
		});
	});

	it('takes one cancellation request at a time', async () => {
		const request = { timeline: 'immediate', description: 'Closing the business' };
		expect((await client.post('/account/cancel', request)).data.result).toEqual({ success: true });
		const again = await client.post('/account/cancel', request);
		expect(again.data.messages).toEqual([
			'A cancellation request is already pending for this account',
		]);
	});

	it('links into the billing page asked for', async () => {
		const response = await client.post('/account/billing_sso', { destination: 'upgrade.php' });
		const link = new URL(response.data.result.link);
		expect(link.origin).toBe('https://billing.rocket.net');
		expect(link.searchParams.get('destination')).toBe('upgrade.php');
	});

	describe('usage', () => {
		const dates = { date_from: '2025-01-01', date_to: '2025-01-07' };

		it('adds up the daily usage of every site', async () => {
			const visitors = (await client.get('/account/visitors', { params: dates })).data.result;
			const bandwidth = (await client.get('/account/bandwidth', { params: dates })).data.result;
			const usage = (await client.get('/account/usage', { params: dates })).data.result;

			expect(visitors.total).toBe(sum(visitors.visitors.map((day: Json) => day.visitors)));
			expect(bandwidth.total).toBe(sum(bandwidth.usages.map((day: Json) => day.bandwidth)));
			expect(usage.totals.visitors).toBe(visitors.total);
			expect(usage.totals.bandwidth).toBe(bandwidth.total);

			const site = (await client.get(`/sites/${BLUE_HARBOR}/visitors`, { params: dates })).data
				.result;
			const row = usage.usage.find((entry: Json) => entry.site_id === BLUE_HARBOR);
			expect(row.visitors).toBe(site.total);
		});

		it('wants both dates for account visitors', async () => {
			const response = await client.get('/account/visitors', {
				params: { date_from: '2025-01-01' },
			});
			expect(response.status).toBe(400);
			expect(response.data.messages).toEqual(["Missing query parameter 'date_to'"]);
		});
	});
});
