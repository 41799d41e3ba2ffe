import { billingProducts } from './billing-products';
import { isoSeconds } from './ids';
import { groupState, type SimulatorState } from './state';

/** The account's hosting plan and add-ons, its orders, and a pending cancellation request. */

export type BillingCycle = 'Monthly' | 'Annual';

interface Pricing {
	billing_cycle_type: 'recurring';
	billing_cycle: BillingCycle;
	cost: number;
	currency: 'USD';
}

export interface PlanRecord {
	name: string;
	type: string;
	product_id: number;
	created_at: string;
	status: 'Active' | 'Pending';
	pricing: Pricing;
}

interface AddonRecord {
	name: string;
	type: string;
	addon_id: number;
	created_at: string;
	status: 'Active';
	pricing: Pricing;
}

export interface CancellationRequest {
	timeline: 'immediate' | 'end_of_billing_period';
	description: string;
	requested_at: string;
}

export interface AccountBilling {
	plan: PlanRecord | null;
	addons: AddonRecord[];
	nextOrderId: number;
	nextInvoiceId: number;
	cancellation: CancellationRequest | null;
}

const SIGNED_UP = '2024-03-01T10:00:00Z';

function pricing(cycle: BillingCycle, cost: number): Pricing {
	return { billing_cycle_type: 'recurring', billing_cycle: cycle, cost, currency: 'USD' };
}

/** An account with sites has a plan, Agency 1 paid monthly; a new, empty one has none yet. */
export function accountBilling(state: SimulatorState): AccountBilling {
	return groupState(state, 'hosting-plan', () => ({
		plan:
			state.sites.size === 0
				? null
				: {
						name: 'Agency 1',
						type: 'Agency',
						product_id: 4,
						created_at: SIGNED_UP,
						status: 'Active',
						pricing: pricing('Monthly', 150),
					},
		addons:
			state.sites.size === 0
				? []
				: [
						{
							name: '5 additional sites',
							type: 'Site Add-on',
							addon_id: 880_101,
							created_at: '2024-09-01T10:00:00Z',
							status: 'Active',
							pricing: pricing('Monthly', 25),
						},
					],
		nextOrderId: 41_001,
		nextInvoiceId: 88_001,
		cancellation: null,
	}));
}

/** The first anniversary of `since` (by month or year) after `now`. */
function nextBillingDate(since: string, cycle: BillingCycle, now: number): string {
	const date = new Date(since);
	while (date.getTime() <= now) {
		if (cycle === 'Monthly') date.setUTCMonth(date.getUTCMonth() + 1);
		else date.setUTCFullYear(date.getUTCFullYear() + 1);
	}
	return isoSeconds(date.getTime());
}

/** GET /account/hosting_plan: the spec's HostingPlan field order, billing dates from now. */
export function hostingPlanView(plan: PlanRecord | AddonRecord, now: number) {
	const { created_at, pricing: price, status, name, type } = plan;
	const id = 'product_id' in plan ? { product_id: plan.product_id } : { addon_id: plan.addon_id };
	return {
		name,
		type,
		...id,
		created_at,
		next_billing_date: nextBillingDate(created_at, price.billing_cycle, now),
		status,
		pricing: price,
	};
}

export interface Product {
	id: number;
	name: string;
	type: string;
	purchase_method: string;
	/** Per billing cycle. */
	cost: number;
	/** The first payment, with the coupon's discount. */
	firstPayment: number;
	couponApplies: boolean;
}

/** A product of GET /billing/products priced for a cycle, with the coupon applied if it fits. */
export function productFor(
	id: number,
	cycle: BillingCycle,
	now: number,
	coupon?: string,
): Product | undefined {
	const [product] = billingProducts({ product_id: id, coupon }, now);
	const option = product?.pricing.billing_cycle_options.find(
		(candidate) => candidate.billing_cycle === cycle,
	);
	if (!product || !option) return undefined;

	const discounted = 'coupon' in option ? option.coupon?.cost : undefined;
	return {
		id: product.id,
		name: product.name,
		type: product.type,
		purchase_method: product.purchase_method,
		cost: option.cost,
		firstPayment: discounted ?? option.cost,
		couponApplies: discounted !== undefined,
	};
}

/** An order and its invoice for `total`; a preview orders nothing and answers zeros for ids. */
export function placeOrder(billing: AccountBilling, total: number, preview = false) {
	if (preview) return { order_id: 0, invoice_id: 0, total };
	const order = { order_id: billing.nextOrderId, invoice_id: billing.nextInvoiceId, total };
	billing.nextOrderId += 1;
	billing.nextInvoiceId += 1;
	return order;
}

export function planFrom(
	product: Product,
	cycle: BillingCycle,
	now: number,
	status: PlanRecord['status'],
) {
	return {
		name: product.name,
		type: product.type,
		product_id: product.id,
		created_at: isoSeconds(now),
		status,
		pricing: pricing(cycle, product.cost),
	} satisfies PlanRecord;
}
