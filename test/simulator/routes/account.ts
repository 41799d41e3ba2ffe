import { exampleResult } from '../examples';
import { bodyOf, type RouteContext } from '../http/context';
import { badRequest, ok } from '../http/reply';
import type { Router } from '../http/router';
import { accountDailyUsage, dailyUsage, requestedDays } from '../state/daily-usage';
import { accountBilling } from '../state/hosting-plan';
import { isoSeconds, newToken } from '../state/ids';
import { missedRequirements, PASSWORD_REQUIREMENTS } from '../state/password-rules';
import { accountMeTaskView } from '../state/task-views';
import type { AccountRecord, SimulatorState } from '../state/state';
import { registerHostingPlanRoutes } from './hosting-plan';
import { pendingSiteTransfers } from './site-transfers';

function usageTotals(state: SimulatorState) {
	let visitors = 0;
	let disk = 0;
	let bandwidth = 0;
	for (const site of state.sites.values()) {
		visitors += site.usage.visitors;
		disk += site.disk_usage;
		bandwidth += site.usage.bandwidth;
	}
	return { visitors, disk, bandwidth, sites: state.sites.size };
}

function planLimits(state: SimulatorState) {
	const { limits } = exampleResult<{
		limits: { visitors: number; disk: number; bandwidth: number; sites: number };
	}>('GET', '/account/me');
	return { ...limits, sites: Math.max(limits.sites, state.sites.size) };
}

/** GET /account/me: the client, the plan, live usage, every task and pending site transfers. */
function accountMe(state: SimulatorState) {
	const sample = exampleResult<{ package: Record<string, unknown> }>('GET', '/account/me');
	const account = state.account;
	const plan = accountBilling(state).plan;
	const tasks = [...state.tasks.values()].sort((a, b) => b.updatedAt - a.updatedAt);
	return {
		client: {
			firstname: account.firstname,
			lastname: account.lastname,
			email: account.email,
			id: account.user_id,
			password_set: true,
			twofactor_enabled: account.twofactor_enabled,
			twofactor_required: false,
			roles: ['account_owner'],
			access_level: 'user',
			tax_id: account.tax_id,
		},
		package: { ...sample.package, plan: plan?.name ?? sample.package.plan, over_due_invoices: [] },
		usage: usageTotals(state),
		limits: planLimits(state),
		tasks: tasks.map((task) => accountMeTaskView(task, account)),
		pending_site_transfers: pendingSiteTransfers(state),
	};
}

function updateAccountMe(context: RouteContext) {
	const body = bodyOf<Partial<AccountRecord>>(context);
	const account = context.state.account;
	for (const name of ['firstname', 'lastname', 'email', 'tax_id'] as const) {
		if (body[name] !== undefined) account[name] = body[name];
	}
	if (body.twofactor_enabled !== undefined) account.twofactor_enabled = body.twofactor_enabled;
	return ok(accountMe(context.state));
}

const REQUIRED = ['minimum_length', 'mix_of_characters', 'mixed_case', 'avoid_common_passwords'];

/** The login password changes; tokens already issued stay valid until they expire. */
function changePassword(context: RouteContext) {
	const body =
		bodyOf<Record<'current_password' | 'new_password' | 'new_password_confirm', string>>(context);
	const account = context.state.account;
	if (body.current_password !== account.password) badRequest('Current password is incorrect');
	if (body.new_password !== body.new_password_confirm) {
		badRequest('New password and its confirmation do not match');
	}
	if (body.new_password === account.password) {
		badRequest('New password must differ from the current password');
	}
	const missed = missedRequirements(body.new_password).filter((name) => REQUIRED.includes(name));
	if (missed.length > 0) {
		badRequest(
			`New password is too weak: ${missed.map((n) => PASSWORD_REQUIREMENTS[n]).join('; ')}`,
		);
	}

	account.password = body.new_password;
	return ok({ success: true });
}

function billingSso(context: RouteContext) {
	const { destination, params } = bodyOf<{ destination: string; params?: string }>(context);
	const link = new URL('https://billing.rocket.net/oauth/singlesignon.php');
	link.searchParams.set('access_token', newToken());
	link.searchParams.set('destination', params ? `${destination}?${params}` : destination);
	return ok({ link: link.toString() });
}

/** The billing team works through requests by hand: one may be pending at a time. */
function requestCancellation(context: RouteContext) {
	const { timeline, description } = bodyOf<{
		timeline: 'immediate' | 'end_of_billing_period';
		description: string;
	}>(context);
	const billing = accountBilling(context.state);
	if (billing.cancellation)
		badRequest('A cancellation request is already pending for this account');
	if (description.trim() === '') badRequest('Give a reason for cancelling the account');

	billing.cancellation = { timeline, description, requested_at: isoSeconds(context.now) };
	return ok({ success: true });
}

/** Per site over the days asked for: visitors and bandwidth added up, disk as it is now. */
function accountUsage(context: RouteContext) {
	const { state, now } = context;
	const days = requestedDays(context.query, now);
	const usage = [...state.sites.values()].map((site) => {
		const daily = dailyUsage(site, days, now);
		return {
			visitors: daily.reduce((sum, day) => sum + day.visitors, 0),
			disk: site.disk_usage,
			bandwidth: daily.reduce((sum, day) => sum + day.bandwidth, 0),
			site_id: site.id,
		};
	});
	const total = (field: 'visitors' | 'disk' | 'bandwidth') =>
		usage.reduce((sum, site) => sum + site[field], 0);
	const { bandwidth, disk, visitors } = planLimits(state);

	return ok({
		usage,
		totals: { visitors: total('visitors'), disk: total('disk'), bandwidth: total('bandwidth') },
		limits: { bandwidth, disk, visitors },
	});
}

function accountVisitors(context: RouteContext) {
	const days = accountDailyUsage(
		context.state,
		requestedDays(context.query, context.now),
		context.now,
	);
	const visitors = days.map((day) => ({ visitors: day.visitors, date: day.date }));
	return ok({ visitors, total: visitors.reduce((sum, day) => sum + day.visitors, 0) });
}

function accountBandwidth(context: RouteContext) {
	const days = accountDailyUsage(
		context.state,
		requestedDays(context.query, context.now),
		context.now,
	);
	const usages = days.map((day) => ({ bandwidth: day.bandwidth, date: day.date }));
	return ok({ usages, total: usages.reduce((sum, day) => sum + day.bandwidth, 0) });
}

export function registerAccountRoutes(router: Router): void {
	router.on('GET', '/account/me', (context) => ok(accountMe(context.state)));
	router.on('PATCH', '/account/me', updateAccountMe);
	router.on('POST', '/account/password', changePassword);
	router.on('POST', '/account/billing_sso', billingSso);
	router.on('POST', '/account/cancel', requestCancellation);
	router.on('GET', '/account/usage', accountUsage);
	router.on('GET', '/account/visitors', accountVisitors);
	router.on('GET', '/account/bandwidth', accountBandwidth);
	registerHostingPlanRoutes(router);
}
