import { newUuid } from './ids';
import type { SimulatorState, TaskEffects, TaskLevel, TaskRecord, TaskStatus } from './state';

/** A task is NEW for one step, PROGRESS for the next three (25, 50, 75 %), then DONE or ERROR. */
export const TASK_STEPS = 4;
/** A task may be cancelled once it has run this many steps without finishing. */
export const TASK_TIMEOUT_STEPS = 10;

export interface StartTaskInput {
	level: TaskLevel;
	type: string;
	siteId?: number;
	meta?: Record<string, unknown>;
	effects?: TaskEffects;
	/** Start time; defaults to now. */
	createdAt?: number;
	failMessage?: string;
	/** Seeded history: ignores the failNextTask / stallNextTask rules. */
	history?: boolean;
}

interface Phase {
	status: TaskStatus;
	perc: number;
	step: number;
}

function takeRule(state: SimulatorState, type: string) {
	const index = state.pendingTaskRules.findIndex(
		(rule) => rule.taskType === null || rule.taskType === type,
	);
	if (index === -1) return undefined;
	return state.pendingTaskRules.splice(index, 1)[0];
}

export function startTask(
	state: SimulatorState,
	stepMs: number,
	input: StartTaskInput,
	now: number,
): TaskRecord {
	const rule = input.history ? undefined : takeRule(state, input.type);
	const site = input.siteId === undefined ? undefined : state.sites.get(input.siteId);
	const createdAt = input.createdAt ?? now;
	const task: TaskRecord = {
		id: newUuid(),
		level: input.level,
		task_type: input.type,
		site_id: input.siteId ?? null,
		site_info: site
			? { id: site.id, domain: site.domain, display_domain: site.display_domain }
			: null,
		meta_data: input.meta ?? {},
		status: 'NEW',
		perc: 0,
		message: '',
		createdAt,
		updatedAt: createdAt,
		stepMs,
		failMessage: input.failMessage ?? rule?.failMessage ?? null,
		stalled: rule?.stall === true,
		effects: input.effects ?? {},
	};
	state.tasks.set(task.id, task);
	advanceTask(state, task, now);
	return task;
}

function phaseAt(task: TaskRecord, now: number): Phase {
	const elapsedSteps = Math.floor((now - task.createdAt) / Math.max(task.stepMs, 1));
	const step = task.stalled ? Math.min(elapsedSteps, TASK_STEPS - 1) : elapsedSteps;

	if (step <= 0) return { status: 'NEW', perc: 0, step: 0 };
	if (step < TASK_STEPS) return { status: 'PROGRESS', perc: step * 25, step };
	if (task.failMessage !== null) {
		return { status: 'ERROR', perc: (TASK_STEPS - 1) * 25, step: TASK_STEPS };
	}
	return { status: 'DONE', perc: 100, step: TASK_STEPS };
}

function finish(state: SimulatorState, task: TaskRecord, status: 'DONE' | 'ERROR', at: number) {
	task.status = status;
	task.updatedAt = at;
	if (status === 'ERROR') {
		task.message = task.failMessage ?? 'Task failed';
		task.effects.error?.(state);
	} else {
		task.effects.done?.(state);
	}
}

/** Moves one task to where time has taken it, running each transition's effect once, in order. */
export function advanceTask(state: SimulatorState, task: TaskRecord, now: number): void {
	if (task.status === 'DONE' || task.status === 'ERROR') return;

	const phase = phaseAt(task, now);
	if (phase.status === 'NEW') return;

	const stepTime = task.createdAt + phase.step * task.stepMs;
	if (task.status === 'NEW') {
		task.status = 'PROGRESS';
		task.effects.progress?.(state);
	}
	task.perc = phase.perc;
	task.updatedAt = stepTime;
	if (phase.status === 'DONE' || phase.status === 'ERROR')
		finish(state, task, phase.status, stepTime);
}

export function advanceTasks(state: SimulatorState, now: number): void {
	for (const task of state.tasks.values()) advanceTask(state, task, now);
}

export function isFinished(task: TaskRecord): boolean {
	return task.status === 'DONE' || task.status === 'ERROR';
}

/** Whether the task has run past its timeout, the only time the API lets it be cancelled. */
export function hasTimedOut(task: TaskRecord, now: number): boolean {
	return now - task.createdAt >= TASK_TIMEOUT_STEPS * task.stepMs;
}

export function cancelTask(state: SimulatorState, task: TaskRecord, now: number): void {
	task.failMessage = 'Task was cancelled';
	task.stalled = false;
	finish(state, task, 'ERROR', now);
}
