import { bodyOf, type RouteContext } from '../http/context';
import { ApiError, badRequest, ok, type Reply } from '../http/reply';
import type { Router } from '../http/router';
import { isKnownCoupon } from '../state/billing-products';
import {
	accountBilling,
	hostingPlanView,
	placeOrder,
	planFrom,
	productFor,
	type BillingCycle,
	type Product,
} from '../state/hosting-plan';

/** GET, POST (first plan) and PUT (change, with `preview`) /account/hosting_plan. */

function getHostingPlan(context: RouteContext): Reply {
	const { plan, addons } = accountBilling(context.state);
	if (!plan) badRequest('This account has no hosting plan yet');
	return ok({
		current_plan: hostingPlanView(plan, context.now),
		addons: addons.map((addon) => hostingPlanView(addon, context.now)),
	});
}

function orderableProduct(id: number, cycle: BillingCycle, now: number, coupon?: string): Product {
	if (coupon !== undefined && !isKnownCoupon(coupon)) {
		badRequest(`Coupon code ${coupon} is not valid`);
	}
	const product = productFor(id, cycle, now, coupon);
	if (!product) badRequest(`Unknown product ${id}`);
	if (product.purchase_method !== 'Self-Service') {
		badRequest(`The ${product.name} plan is ordered through Rocket.net sales: contact them`);
	}
	if (coupon !== undefined && !product.couponApplies) {
		badRequest(`Coupon code ${coupon} does not apply to the ${product.name} plan`);
	}
	return product;
}

interface SetPlanRequest {
	billing_product_id: number;
	billing_cycle: BillingCycle;
	payment_type: 'paypal' | 'stripe';
	payment_token?: string;
	coupon_code?: string;
}

/** Stripe charges the card at once; a PayPal order waits for PayPal's approval. */
function setHostingPlan(context: RouteContext): Reply {
	const body = bodyOf<SetPlanRequest>(context);
	const billing = accountBilling(context.state);
	if (billing.plan) badRequest('This account already has a hosting plan; change it instead');
	if (body.payment_type === 'stripe' && !body.payment_token) {
		badRequest('A payment token is required to pay with Stripe');
	}

	const product = orderableProduct(
		body.billing_product_id,
		body.billing_cycle,
		context.now,
		body.coupon_code,
	);
	const status = body.payment_type === 'stripe' ? 'Active' : 'Pending';
	billing.plan = planFrom(product, body.billing_cycle, context.now, status);
	return ok(placeOrder(billing, product.firstPayment));
}

function changeHostingPlan(context: RouteContext): Reply {
	const body = bodyOf<{ billing_product_id: number; billing_cycle?: BillingCycle }>(context);
	const billing = accountBilling(context.state);
	const current = billing.plan;
	if (!current) throw new ApiError(412, 'This account has no hosting plan to change yet');

	const cycle = body.billing_cycle ?? current.pricing.billing_cycle;
	const product = orderableProduct(body.billing_product_id, cycle, context.now);
	if (product.id === current.product_id && cycle === current.pricing.billing_cycle) {
		badRequest(`The account is already on the ${product.name} plan, billed ${cycle}`);
	}

	const preview = context.query.preview === true;
	if (!preview) billing.plan = planFrom(product, cycle, context.now, 'Active');
	return ok(placeOrder(billing, product.cost, preview));
}

export function registerHostingPlanRoutes(router: Router): void {
	router.on('GET', '/account/hosting_plan', getHostingPlan);
	router.on('POST', '/account/hosting_plan', setHostingPlan);
	router.on('PUT', '/account/hosting_plan', changeHostingPlan);
}
