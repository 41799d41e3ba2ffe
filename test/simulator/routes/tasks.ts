import { siteOf, type RouteContext } from '../http/context';
import { okList } from '../http/list';
import { ApiError, success } from '../http/reply';
import type { Router } from '../http/router';
import { accountTaskView, siteTaskView } from '../state/task-views';
import { cancelTask, hasTimedOut, isFinished } from '../state/tasks';
import { matchesTaskFilters, TASK_SORT } from './tasks-shared';

function listSiteTasks(context: RouteContext) {
	const site = siteOf(context);
	const tasks = [...context.state.tasks.values()].filter(
		(task) =>
			task.level === 'site' && task.site_id === site.id && matchesTaskFilters(task, context.query),
	);
	return okList(
		tasks,
		context.query,
		{ defaultSort: 'updated', defaultDirection: 'desc', sortBy: TASK_SORT },
		siteTaskView,
	);
}

function cancelSiteTask(context: RouteContext) {
	const site = siteOf(context);
	const task = context.state.tasks.get(String(context.params.task_id));
	if (!task || task.site_id !== site.id) throw new ApiError(404, 'Task not found');
	if (isFinished(task)) throw new ApiError(400, 'Task has already finished');
	if (!hasTimedOut(task, context.now)) {
		throw new ApiError(400, 'Task can only be cancelled once it has run longer than its timeout');
	}

	cancelTask(context.state, task, context.now);
	return success();
}

function listAccountTasks(context: RouteContext) {
	const tasks = [...context.state.tasks.values()].filter(
		(task) => task.level === 'account' && matchesTaskFilters(task, context.query),
	);
	return okList(
		tasks,
		context.query,
		{ defaultSort: 'updated', defaultDirection: 'desc', sortBy: TASK_SORT },
		(task) => accountTaskView(task, context.state.account),
	);
}

export function registerTaskRoutes(router: Router): void {
	router.on('GET', '/sites/{id}/tasks', listSiteTasks);
	router.on('POST', '/sites/{id}/tasks/{task_id}/cancel', cancelSiteTask);
	router.on('GET', '/account/tasks', listAccountTasks);
}
