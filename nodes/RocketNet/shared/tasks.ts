import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import { rocketApiRequest } from './request';

const FIRST_POLL_MS = 1000;
const MAX_POLL_MS = 15000;

function taskPath(this: IExecuteSingleFunctions, taskLevel: unknown): string {
	if (taskLevel === 'account') return '/account/tasks';
	const siteId = this.getNodeParameter('siteId', undefined, { extractValue: true });
	return `/sites/${String(siteId)}/tasks`;
}

async function fetchTask(this: IExecuteSingleFunctions, path: string, taskId: string) {
	const body = await rocketApiRequest.call(this, 'GET', path, { task_id: taskId });
	const tasks = Array.isArray(body.result) ? (body.result as IDataObject[]) : [];
	return tasks.find((task) => task.id === taskId);
}

/** Delays between task polls: 1 s, growing by half each time, at most 15 s. */
export function nextPollDelay(previousMs: number | undefined): number {
	return previousMs === undefined ? FIRST_POLL_MS : Math.min(previousMs * 1.5, MAX_POLL_MS);
}

/**
 * Follows the task a start call returned until it is DONE (the start answer is returned with the
 * finished task under `task`), ERROR (the item fails with the task's message) or `waitTimeout`.
 */
export async function waitForTask(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const started = items[0]?.json ?? {};
	const taskId = started.task_id;
	if (typeof taskId !== 'string' || taskId === '') {
		throw new NodeOperationError(
			this.getNode(),
			'Rocket.net started no background task to wait for',
			{
				description: 'Turn off Wait for Completion for this operation.',
			},
		);
	}

	const timeoutMs = Number(this.getNodeParameter('waitTimeout', 600)) * 1000;
	const deadline = Date.now() + timeoutMs;
	const path = taskPath.call(this, started.task_level);
	let delay: number | undefined;

	while (true) {
		delay = nextPollDelay(delay);
		const remaining = deadline - Date.now();
		if (remaining <= 0) break;
		await sleep(Math.min(delay, remaining));

		const task = await fetchTask.call(this, path, taskId);
		if (task?.task_status === 'DONE') return [{ json: { ...started, task } }];
		if (task?.task_status === 'ERROR') {
			throw new NodeOperationError(
				this.getNode(),
				`The ${String(task.task_type ?? 'background')} task failed: ${String(task.message || 'no reason given')}`,
				{ description: `Rocket.net ended task ${taskId} with status ERROR.` },
			);
		}
	}

	throw new NodeOperationError(
		this.getNode(),
		`Task ${taskId} did not finish within ${timeoutMs / 1000} seconds`,
		{
			description: `It may still be running on Rocket.net. Follow it with Task → Get Many and Task ID ${taskId}, or raise Wait Timeout.`,
		},
	);
}
