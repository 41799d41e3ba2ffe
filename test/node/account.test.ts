import type { IDataObject } from 'n8n-workflow';

import { getHostingProducts } from '../../nodes/RocketNet/loadOptions/getHostingProducts';
import { jsonOf, onlyRequest, useRocketNet } from '../helpers/fixture';
import { loadOptionsContext } from '../helpers/load-options';
import { accountBilling } from '../simulator/state/hosting-plan';

const AGENCY_2 = 5;
const PRO = 2;

type Json = Record<string, any>;

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe('Account', () => {
	const rocket = useRocketNet();

	const runAccount = (operation: string, parameters: IDataObject = {}) =>
		rocket.run({ resource: 'account', operation, ...parameters });

	it('gets the account', async () => {
		const [item] = jsonOf(await runAccount('get'));

		expect(onlyRequest(rocket)).toMatchObject({ method: 'GET', path: '/account/me' });
		expect(item).toMatchObject({
			client: { email: rocket.simulator.account.email, roles: ['account_owner'] },
			package: { plan: 'Agency 1' },
			usage: { sites: 7 },
		});
	});

	it('updates the account user', async () => {
		const [item] = jsonOf(
			await runAccount('update', {
				updateFields: { firstname: 'Ada', tax_id: 'GB123456789', twofactor_enabled: true },
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'PATCH',
			path: '/account/me',
			body: { firstname: 'Ada', tax_id: 'GB123456789', twofactor_enabled: true },
		});
		expect(item.client).toMatchObject({
			firstname: 'Ada',
			lastname: 'Owner',
			tax_id: 'GB123456789',
			twofactor_enabled: true,
		});
	});

	describe('password', () => {
		const newPassword = 'Harbor-Lights-2025!';

		it('changes the password, and outputs no password', async () => {
			const current = rocket.simulator.account.password;
			const result = await runAccount('changePassword', {
				current_password: current,
				new_password: newPassword,
				new_password_confirm: newPassword,
			});

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'POST',
				path: '/account/password',
				body: {
					current_password: current,
					new_password: newPassword,
					new_password_confirm: newPassword,
				},
			});
			expect(jsonOf(result)).toEqual([{ success: true }]);
			expect(JSON.stringify(result.items)).not.toContain(newPassword);
			expect(rocket.simulator.state.account.password).toBe(newPassword);
		});

		it('refuses a confirmation that differs, before any request and without echoing it', async () => {
			const result = await runAccount('changePassword', {
				current_password: rocket.simulator.account.password,
				new_password: newPassword,
				new_password_confirm: 'Harbor-Lights-2024!',
			});

			expect(result.error?.message).toBe('The new passwords do not match');
			expect(`${result.error?.message} ${result.error?.description}`).not.toContain('Harbor');
			expect(rocket.apiRequests()).toEqual([]);
		});

		it("passes on Rocket.net's refusal of a wrong current password", async () => {
			const result = await runAccount('changePassword', {
				current_password: 'not-the-password',
				new_password: newPassword,
				new_password_confirm: newPassword,
			});

			expect(result.error?.message).toBe('Current password is incorrect');
			expect(String(result.error?.description)).not.toContain(newPassword);
			expect(rocket.simulator.state.account.password).toBe(rocket.simulator.account.password);
		});
	});

	it('gets a billing sign-in link for a page', async () => {
		const [item] = jsonOf(
			await runAccount('getBillingLink', {
				destination: 'clientarea.php',
				options: { params: 'action=invoices' },
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: '/account/billing_sso',
			body: { destination: 'clientarea.php', params: 'action=invoices' },
		});
		const link = new URL(String(item.link));
		expect(link.searchParams.get('destination')).toBe('clientarea.php?action=invoices');
	});

	describe('hosting plan', () => {
		it('gets the hosting plan with its add-ons', async () => {
			const [item] = jsonOf(await runAccount('getHostingPlan'));

			expect(onlyRequest(rocket)).toMatchObject({ method: 'GET', path: '/account/hosting_plan' });
			expect(item).toMatchObject({
				current_plan: { name: 'Agency 1', product_id: 4, status: 'Active' },
				addons: [expect.objectContaining({ name: '5 additional sites' })],
			});
		});

		it('lists the hosting products to choose from', async () => {
			const options = await getHostingProducts.call(await loadOptionsContext(rocket, {}));

			expect(options).toContainEqual({
				name: 'Agency 2 (Agency)',
				value: AGENCY_2,
				description: expect.stringContaining('50 WordPress Installs'),
			});
		});

		it('previews a plan change without ordering it', async () => {
			const [item] = jsonOf(
				await runAccount('changeHostingPlan', {
					billing_product_id: AGENCY_2,
					options: { preview: true, billing_cycle: 'Annual' },
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'PUT',
				path: '/account/hosting_plan',
				query: { preview: 'true' },
				body: { billing_product_id: AGENCY_2, billing_cycle: 'Annual' },
			});
			expect(item).toEqual({ order_id: 0, invoice_id: 0, total: 2500 });
			expect(accountBilling(rocket.simulator.state).plan?.product_id).toBe(4);
		});

		it('changes the plan, with an order and an invoice', async () => {
			const [item] = jsonOf(
				await runAccount('changeHostingPlan', { billing_product_id: AGENCY_2 }),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'PUT',
				body: { billing_product_id: AGENCY_2 },
				query: {},
			});
			expect(item).toEqual({
				order_id: expect.any(Number),
				invoice_id: expect.any(Number),
				total: 250,
			});
			expect(accountBilling(rocket.simulator.state).plan).toMatchObject({
				name: 'Agency 2',
				pricing: { billing_cycle: 'Monthly', cost: 250 },
			});
		});

		it('sets the first plan of a new account', async () => {
			rocket.simulator.reset({ demo: false });

			const [item] = jsonOf(
				await runAccount('setHostingPlan', {
					billing_product_id: PRO,
					billing_cycle: 'Monthly',
					firstname: 'Ada',
					lastname: 'Lovelace',
					payment_type: 'stripe',
					additionalFields: { payment_token: 'seti_123', coupon_code: 'SPRING25' },
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'POST',
				path: '/account/hosting_plan',
				body: {
					billing_product_id: PRO,
					billing_cycle: 'Monthly',
					firstname: 'Ada',
					lastname: 'Lovelace',
					payment_type: 'stripe',
					payment_token: 'seti_123',
					coupon_code: 'SPRING25',
				},
			});
			expect(item).toEqual({
				order_id: expect.any(Number),
				invoice_id: expect.any(Number),
				total: 45,
			});
			expect(accountBilling(rocket.simulator.state).plan).toMatchObject({
				name: 'Pro',
				status: 'Active',
			});
		});

		it('refuses a product that is not an ID, before any request', async () => {
			const result = await runAccount('changeHostingPlan', { billing_product_id: '={{ "pro" }}' });

			expect(result.error?.message).toBe('Product "pro" is not a product ID');
			expect(rocket.apiRequests()).toEqual([]);
		});
	});

	it('requests cancellation of the account', async () => {
		const items = jsonOf(
			await runAccount('requestCancellation', {
				timeline: 'end_of_billing_period',
				description: 'We are moving the shop to a new owner',
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: '/account/cancel',
			body: {
				timeline: 'end_of_billing_period',
				description: 'We are moving the shop to a new owner',
			},
		});
		expect(items).toEqual([{ success: true }]);
		expect(accountBilling(rocket.simulator.state).cancellation).toMatchObject({
			timeline: 'end_of_billing_period',
		});
	});

	describe('usage', () => {
		const dates = { date_from: '2025-03-01T00:00:00', date_to: '2025-03-07T00:00:00' };

		it('gets usage per site over a period, with totals and limits', async () => {
			const [item] = jsonOf(await runAccount('getUsage', { options: dates }));

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'GET',
				path: '/account/usage',
				query: { date_from: '2025-03-01', date_to: '2025-03-07' },
			});
			const { usage, totals, limits } = item as Json;
			expect(usage).toHaveLength(7);
			expect(totals.bandwidth).toBe(sum(usage.map((site: Json) => site.bandwidth)));
			expect(Object.keys(limits)).toEqual(['bandwidth', 'disk', 'visitors']);
		});

		it('gets daily visitors of all sites between the required dates', async () => {
			const [item] = jsonOf(await runAccount('getVisitors', dates));

			expect(onlyRequest(rocket)).toMatchObject({
				path: '/account/visitors',
				query: { date_from: '2025-03-01', date_to: '2025-03-07' },
			});
			expect((item as Json).visitors).toHaveLength(7);
			expect(item.total).toBe(sum((item as Json).visitors.map((day: Json) => day.visitors)));
		});

		it('refuses visitors without a From Date, before any request', async () => {
			const result = await runAccount('getVisitors', {
				date_from: '={{ "" }}',
				date_to: dates.date_to,
			});

			expect(result.error?.message).toBe('From Date is empty');
			expect(rocket.apiRequests()).toEqual([]);
		});

		it('gets daily bandwidth of the current month without dates', async () => {
			const [item] = jsonOf(await runAccount('getBandwidth'));

			expect(onlyRequest(rocket)).toMatchObject({ path: '/account/bandwidth', query: {} });
			const { usages, total } = item as Json;
			expect(usages[0].date).toMatch(/-01$/);
			expect(total).toBe(sum(usages.map((day: Json) => day.bandwidth)));
		});
	});
});
