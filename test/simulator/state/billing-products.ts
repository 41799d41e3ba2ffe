type ProductType = 'Managed' | 'Agency' | 'Enterprise';
type BillingCycle = 'Monthly' | 'Annual';

interface Product {
	id: number;
	name: string;
	type: ProductType;
	purchase_method: 'Self-Service' | 'Contact';
	features: string[];
	monthly: number;
}

interface Coupon {
	type: 'price override' | 'fixed amount' | 'percentage';
	discount_value: number;
	recurring: boolean;
	recurring_times?: number;
	/** Only these product types; every type when absent. */
	types?: ProductType[];
	/** Only this billing cycle; both when absent. */
	cycle?: BillingCycle;
}

/** Rocket.net's hosting plans (add-ons are not products). */
const PRODUCTS: Product[] = [
	{
		id: 1,
		name: 'Starter',
		type: 'Managed',
		purchase_method: 'Self-Service',
		features: ['1 WordPress Install', '250,000 Visits', '10GB Storage', '50GB Bandwidth'],
		monthly: 30,
	},
	{
		id: 2,
		name: 'Pro',
		type: 'Managed',
		purchase_method: 'Self-Service',
		features: ['3 WordPress Installs', '1,000,000 Visits', '20GB Storage', '100GB Bandwidth'],
		monthly: 60,
	},
	{
		id: 3,
		name: 'Business',
		type: 'Managed',
		purchase_method: 'Self-Service',
		features: ['10 WordPress Installs', '2,500,000 Visits', '40GB Storage', '300GB Bandwidth'],
		monthly: 100,
	},
	{
		id: 4,
		name: 'Agency 1',
		type: 'Agency',
		purchase_method: 'Self-Service',
		features: ['25 WordPress Installs', '5,000,000 Visits', '50GB Storage', '500GB Bandwidth'],
		monthly: 150,
	},
	{
		id: 5,
		name: 'Agency 2',
		type: 'Agency',
		purchase_method: 'Self-Service',
		features: ['50 WordPress Installs', '10,000,000 Visits', '100GB Storage', '1TB Bandwidth'],
		monthly: 250,
	},
	{
		id: 6,
		name: 'Enterprise',
		type: 'Enterprise',
		purchase_method: 'Contact',
		features: ['Custom WordPress Installs', 'Custom Visits', '200GB+ Storage', '2TB+ Bandwidth'],
		monthly: 649,
	},
];

const COUPONS: Record<string, Coupon> = {
	SPRING25: { type: 'percentage', discount_value: 25, recurring: false },
	FIRSTMONTH1: { type: 'price override', discount_value: 1, recurring: false, cycle: 'Monthly' },
	AGENCY50: {
		type: 'fixed amount',
		discount_value: 50,
		recurring: true,
		recurring_times: 3,
		types: ['Agency'],
	},
};

function round(amount: number): number {
	return Math.round(amount * 100) / 100;
}

function couponFor(coupon: Coupon, cost: number) {
	const discounted = {
		'price override': coupon.discount_value,
		'fixed amount': Math.max(0, cost - coupon.discount_value),
		percentage: cost * (1 - coupon.discount_value / 100),
	}[coupon.type];
	return {
		cost: round(discounted),
		type: coupon.type,
		discount_value: coupon.type === 'price override' ? cost - discounted : coupon.discount_value,
		recurring: coupon.recurring,
		...(coupon.recurring_times ? { recurring_times: coupon.recurring_times } : {}),
	};
}

function renewalDate(now: number, cycle: BillingCycle): string {
	const date = new Date(now);
	if (cycle === 'Monthly') date.setUTCMonth(date.getUTCMonth() + 1);
	else date.setUTCFullYear(date.getUTCFullYear() + 1);
	return date.toISOString().slice(0, 10);
}

function productView(product: Product, now: number, coupon: Coupon | undefined) {
	const cycles: Array<[BillingCycle, number]> = [
		['Monthly', product.monthly],
		['Annual', product.monthly * 10],
	];
	const applies = coupon && (!coupon.types || coupon.types.includes(product.type));
	return {
		id: product.id,
		name: product.name,
		description: `${[...product.features, 'Free SSL'].join('\n')}\n`,
		type: product.type,
		purchase_method: product.purchase_method,
		pricing: {
			billing_cycle_type: 'recurring',
			billing_cycle_options: cycles.map(([cycle, cost]) => ({
				billing_cycle: cycle,
				cost,
				currency: 'USD',
				next_renewal_date: renewalDate(now, cycle),
				...(applies && (!coupon.cycle || coupon.cycle === cycle)
					? { coupon: couponFor(coupon, cost) }
					: {}),
			})),
		},
	};
}

export function isKnownCoupon(code: string): boolean {
	return code.trim().toUpperCase() in COUPONS;
}

/** GET /billing/products: the plans filtered by `type` and `product_id`, priced with `coupon`. */
export function billingProducts(query: Record<string, unknown>, now: number) {
	const code = typeof query.coupon === 'string' ? query.coupon.trim().toUpperCase() : '';
	const coupon = code ? COUPONS[code] : undefined;

	return PRODUCTS.filter(
		(product) =>
			(query.type === undefined || product.type === query.type) &&
			(query.product_id === undefined || product.id === query.product_id),
	).map((product) => productView(product, now, coupon));
}
