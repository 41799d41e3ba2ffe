import { currentState, resetCore, seedCore, type SimulatorCore } from '../core';
import type { Fault, SeedOptions } from '../types';
import type { Reply } from './reply';

/** Counts for GET /__admin/state. */
export function stateSummary(core: SimulatorCore) {
	const state = currentState(core);
	const sites = [...state.sites.values()];
	const tasks = { NEW: 0, PROGRESS: 0, DONE: 0, ERROR: 0 };
	for (const task of state.tasks.values()) tasks[task.status] += 1;

	return {
		apiUrl: core.apiUrl,
		account: core.account,
		config: core.config,
		sites: sites.filter((site) => site.production === null).length,
		stagingSites: sites.filter((site) => site.production !== null).length,
		lockedSites: sites.filter((site) => site.status === 'locked').length,
		backups: state.backups.size,
		cloudBackups: state.cloudBackups.size,
		templates: state.templates.size,
		tasks,
		cachePurges: state.cachePurges.length,
		tokensIssued: state.tokens.length,
		requests: core.requests.length,
		pendingFaults: core.faults.pending,
		pendingTaskRules: state.pendingTaskRules.length,
	};
}

type AdminInput = Record<string, unknown>;

function asObject(body: unknown): AdminInput {
	return body && typeof body === 'object' && !Array.isArray(body) ? (body as AdminInput) : {};
}

function positiveNumber(value: unknown, name: string): number | undefined {
	if (value === undefined) return undefined;
	if (typeof value !== 'number' || !(value >= 0))
		throw new TypeError(`${name} must be a number ≥ 0`);
	return value;
}

function addFaults(core: SimulatorCore, body: unknown): Reply {
	const faults = (Array.isArray(body) ? body : [body]) as Fault[];
	for (const fault of faults) core.faults.add(asObject(fault) as Fault);
	return { status: 201, body: { pendingFaults: core.faults.pending } };
}

function updateConfig(core: SimulatorCore, body: AdminInput): Reply {
	const taskStepMs = positiveNumber(body.taskStepMs, 'taskStepMs');
	const tokenTtlSeconds = positiveNumber(body.tokenTtlSeconds, 'tokenTtlSeconds');
	if (taskStepMs !== undefined) core.config.taskStepMs = taskStepMs;
	if (tokenTtlSeconds !== undefined) core.config.tokenTtlSeconds = tokenTtlSeconds;
	return { status: 200, body: core.config };
}

function addTaskRule(core: SimulatorCore, body: AdminInput, stall: boolean): Reply {
	if (!stall && typeof body.message !== 'string') throw new TypeError('message is required');
	core.state.pendingTaskRules.push({
		taskType: typeof body.taskType === 'string' ? body.taskType : null,
		...(stall ? { stall: true } : { failMessage: String(body.message) }),
	});
	return { status: 201, body: { pendingTaskRules: core.state.pendingTaskRules.length } };
}

/**
 * The admin API outside /v1, for tests and demos that run the simulator as a separate process.
 * Plain JSON, no auth, no envelope.
 */
export function handleAdminRequest(
	core: SimulatorCore,
	method: string,
	path: string,
	body: unknown,
): Reply {
	const input = asObject(body);
	try {
		switch (`${method} ${path}`) {
			case 'POST /__admin/reset':
				resetCore(core, input as SeedOptions);
				return { status: 200, body: stateSummary(core) };
			case 'POST /__admin/seed':
				seedCore(core, input as SeedOptions);
				return { status: 200, body: stateSummary(core) };
			case 'POST /__admin/faults':
				return addFaults(core, body);
			case 'DELETE /__admin/faults':
				core.faults.clear();
				return { status: 200, body: { pendingFaults: 0 } };
			case 'POST /__admin/fail-next-task':
				return addTaskRule(core, input, false);
			case 'POST /__admin/stall-next-task':
				return addTaskRule(core, input, true);
			case 'GET /__admin/requests':
				return { status: 200, body: core.requests };
			case 'DELETE /__admin/requests':
				core.requests.length = 0;
				return { status: 200, body: { requests: 0 } };
			case 'GET /__admin/sink':
				return { status: 200, body: core.deliveries };
			case 'DELETE /__admin/sink':
				core.deliveries.length = 0;
				return { status: 200, body: { deliveries: 0 } };
			case 'GET /__admin/state':
				return { status: 200, body: stateSummary(core) };
			case 'PATCH /__admin/config':
				return updateConfig(core, input);
			default:
				return { status: 404, body: { error: `No admin route ${method} ${path}` } };
		}
	} catch (error) {
		return { status: 400, body: { error: (error as Error).message } };
	}
}
