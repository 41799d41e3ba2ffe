import { isoSeconds } from './ids';
import type { AccountRecord, TaskRecord } from './state';

/** SiteTask with the object `meta_data` of GET /sites/{id}/tasks, in the spec's field order. */
export function siteTaskView(task: TaskRecord) {
	return {
		id: task.id,
		task_status: task.status,
		site_id: task.site_id,
		perc: task.perc,
		updated: isoSeconds(task.updatedAt),
		created: isoSeconds(task.createdAt),
		message: task.message,
		task_type: task.task_type,
		task_level: task.level,
		meta_data: task.meta_data,
	};
}

/** AccountTask of GET /account/tasks; the spec types `meta_data` there as an object. */
export function accountTaskView(task: TaskRecord, account: AccountRecord) {
	return {
		id: task.id,
		task_status: task.status,
		account_user_id: account.account_user_id,
		user_id: account.user_id,
		perc: task.perc,
		updated: isoSeconds(task.updatedAt),
		created: isoSeconds(task.createdAt),
		message: task.message,
		task_type: task.task_type,
		meta_data: task.meta_data,
		task_level: task.level,
	};
}

/**
 * Tasks as GET /account/me lists them: `meta_data` is a JSON string there
 * (SiteTaskMetaDataString, AccountTaskMeCall) and site tasks carry `site_info`.
 */
export function accountMeTaskView(task: TaskRecord, account: AccountRecord) {
	if (task.level === 'account') {
		return { ...accountTaskView(task, account), meta_data: JSON.stringify(task.meta_data) };
	}
	return {
		...siteTaskView(task),
		meta_data: JSON.stringify(task.meta_data),
		site_info: task.site_info,
	};
}
