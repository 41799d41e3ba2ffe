import { exampleResult } from '../examples';
import { bodyOf, type RouteContext } from '../http/context';
import { ok } from '../http/reply';
import type { Router } from '../http/router';
import { accountMeTaskView } from '../state/task-views';
import type { AccountRecord, SimulatorState } from '../state/state';

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

/** GET /account/me: the client, the plan from the spec's example, live usage, and every task. */
function accountMe(state: SimulatorState) {
	const sample = exampleResult<{
		package: Record<string, unknown>;
		limits: Record<string, number>;
	}>('GET', '/account/me');
	const account = state.account;
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
		package: { ...sample.package, over_due_invoices: [] },
		usage: usageTotals(state),
		limits: { ...sample.limits, sites: Math.max(sample.limits.sites, state.sites.size) },
		tasks: tasks.map((task) => accountMeTaskView(task, account)),
		pending_site_transfers: [],
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

export function registerAccountRoutes(router: Router): void {
	router.on('GET', '/account/me', (context) => ok(accountMe(context.state)));
	router.on('PATCH', '/account/me', updateAccountMe);
}
