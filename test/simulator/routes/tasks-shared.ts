import type { RouteContext } from '../http/context';
import { ok, type Reply } from '../http/reply';
import type { TaskRecord } from '../state/state';
import { startTask, type StartTaskInput } from '../state/tasks';

/** Starts a background task at the request's time with the configured step length. */
export function beginTask(context: RouteContext, input: StartTaskInput): TaskRecord {
	return startTask(context.state, context.config.taskStepMs, input, context.now);
}

/** TaskIDResponse: `result: { task_id, task_level }`, plus any extra ids (cloud backups). */
export function taskStarted(task: TaskRecord, extra: Record<string, unknown> = {}): Reply {
	return ok({ ...extra, task_id: task.id, task_level: task.level });
}

/** Task filters shared by GET /sites/{id}/tasks and GET /account/tasks. */
export function matchesTaskFilters(task: TaskRecord, query: Record<string, unknown>): boolean {
	return (
		(query.task_id === undefined || task.id === query.task_id) &&
		(query.task_type === undefined || task.task_type === query.task_type) &&
		(query.task_status === undefined || task.status === query.task_status)
	);
}

export const TASK_SORT = {
	id: (task: TaskRecord) => task.id,
	perc: (task: TaskRecord) => task.perc,
	task_status: (task: TaskRecord) => task.status,
	task_type: (task: TaskRecord) => task.task_type,
	updated: (task: TaskRecord) => task.updatedAt,
};
