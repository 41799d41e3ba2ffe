import type { AxiosInstance } from 'axios';

import { BLUE_HARBOR, loggedInClient, sleep, useSimulator, waitFor } from './helpers';

const STEP_MS = 25;

describe('background tasks', () => {
	const simulator = useSimulator({ taskStepMs: STEP_MS });
	let client: AxiosInstance;

	beforeAll(async () => {
		client = await loggedInClient(simulator());
	});

	async function taskById(siteId: number, taskId: string) {
		const response = await client.get(`/sites/${siteId}/tasks`, { params: { task_id: taskId } });
		expect(response.data.result).toHaveLength(1);
		return response.data.result[0];
	}

	it('answers task-starting calls with { task_id, task_level }', async () => {
		const response = await client.post(`/sites/${BLUE_HARBOR}/backup`, { label: 'Nightly' });

		expect(response.status).toBe(200);
		expect(response.data.result).toEqual({
			task_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
			task_level: 'site',
		});
	});

	it('moves a task NEW → PROGRESS → DONE, the backup record following it', async () => {
		simulator().config.taskStepMs = 150;
		const started = await client.post(`/sites/${BLUE_HARBOR}/backup`, { label: 'Before update' });
		simulator().config.taskStepMs = STEP_MS;
		const taskId = started.data.result.task_id;
		const backupStatus = async () =>
			(await client.get(`/sites/${BLUE_HARBOR}/backup`, { params: { task_id: taskId } })).data
				.result[0].status;

		const fresh = await taskById(BLUE_HARBOR, taskId);
		expect(fresh).toMatchObject({
			task_status: 'NEW',
			perc: 0,
			task_type: 'backup',
			site_id: BLUE_HARBOR,
		});
		expect(await backupStatus()).toBe('NEW');

		await waitFor(async () => {
			const task = await taskById(BLUE_HARBOR, taskId);
			return task.task_status === 'PROGRESS' ? task : undefined;
		});
		expect(await backupStatus()).toBe('PROGRESS');

		const done = await waitFor(async () => {
			const task = await taskById(BLUE_HARBOR, taskId);
			return task.task_status === 'DONE' ? task : undefined;
		});
		expect(done).toMatchObject({ perc: 100, task_level: 'site', meta_data: {} });
		expect(done.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
		expect(Object.keys(done)).toEqual([
			'id',
			'task_status',
			'site_id',
			'perc',
			'updated',
			'created',
			'message',
			'task_type',
			'task_level',
			'meta_data',
		]);
		expect(await backupStatus()).toBe('DONE');
	});

	it('ends the next task in ERROR with the message given to failNextTask', async () => {
		simulator().failNextTask('Backup failed: quota exceeded', 'backup');
		const other = await client.post(`/sites/${BLUE_HARBOR}/staging/publish`);
		const failing = await client.post(`/sites/${BLUE_HARBOR}/backup`, { label: 'Doomed' });
		const finished = async (taskId: string) => {
			const task = await taskById(BLUE_HARBOR, taskId);
			return ['DONE', 'ERROR'].includes(task.task_status) ? task : undefined;
		};

		expect(await waitFor(() => finished(other.data.result.task_id))).toMatchObject({
			task_status: 'DONE',
		});
		expect(await waitFor(() => finished(failing.data.result.task_id))).toMatchObject({
			task_status: 'ERROR',
			message: 'Backup failed: quota exceeded',
		});
		const backups = await client.get(`/sites/${BLUE_HARBOR}/backup`, {
			params: { task_id: failing.data.result.task_id },
		});
		expect(backups.data.result[0].status).toBe('ERROR');
	});

	it('filters and sorts site tasks', async () => {
		const errors = await client.get(`/sites/${BLUE_HARBOR}/tasks`, {
			params: { task_status: 'ERROR', sort: 'updated', direction: 'desc' },
		});

		expect(errors.data.result.length).toBeGreaterThan(0);
		expect(
			errors.data.result.every((task: { task_status: string }) => task.task_status === 'ERROR'),
		).toBe(true);
		expect(errors.data.metadata).toMatchObject({
			sort: 'updated',
			direction: 'desc',
			page_size: 100,
		});
	});

	it('cancels a task only once it has run past its timeout', async () => {
		simulator().stallNextTask('restore');
		const backups = await client.get(`/sites/${BLUE_HARBOR}/backup`, {
			params: { status: 'DONE' },
		});
		const started = await client.post(
			`/sites/${BLUE_HARBOR}/backup/${backups.data.result[0].id}/restore`,
			{},
		);
		const taskId = started.data.result.task_id;
		const cancel = () => client.post(`/sites/${BLUE_HARBOR}/tasks/${taskId}/cancel`);

		expect((await cancel()).data.messages[0]).toMatch(/timeout/);
		await sleep(STEP_MS * 11);
		expect((await taskById(BLUE_HARBOR, taskId)).task_status).toBe('PROGRESS');

		expect((await cancel()).data).toMatchObject({ success: true, result: { success: true } });
		expect(await taskById(BLUE_HARBOR, taskId)).toMatchObject({
			task_status: 'ERROR',
			message: 'Task was cancelled',
		});
		expect((await cancel()).status).toBe(400);
	});
});

describe('account tasks', () => {
	const simulator = useSimulator({ taskStepMs: STEP_MS });
	let client: AxiosInstance;

	beforeAll(async () => {
		client = await loggedInClient(simulator());
	});

	it('runs template creation as an account task, then lists the template', async () => {
		const started = await client.post('/site_templates', {
			name: 'Harbor starter',
			site_id: BLUE_HARBOR,
			tags: ['marina'],
		});
		expect(started.data.result.task_level).toBe('account');

		const task = await waitFor(async () => {
			const response = await client.get('/account/tasks', {
				params: { task_id: started.data.result.task_id },
			});
			const found = response.data.result[0];
			return found?.task_status === 'DONE' ? found : undefined;
		});
		expect(task).toMatchObject({
			task_type: 'create_site_template',
			task_level: 'account',
			account_user_id: expect.any(Number),
			user_id: expect.any(String),
			meta_data: { site_id: BLUE_HARBOR, template_id: expect.any(String) },
		});

		const templates = await client.get('/sites/templates', { params: { tags: 'marina' } });
		expect(templates.data.result.site_templates).toEqual([
			expect.objectContaining({ name: 'Harbor starter', template_id: task.meta_data.template_id }),
		]);
	});

	it('creates a site from a template as pending, active once the task is DONE', async () => {
		const templates = await client.get('/sites/templates');
		const templateId = templates.data.result.site_templates[0].template_id;
		const started = await client.post(`/sites/templates/${templateId}/sites`, { name: 'Dockside' });

		const me = await client.get('/account/me');
		const meTask = me.data.result.tasks.find(
			(task: { id: string }) => task.id === started.data.result.task_id,
		);
		expect(typeof meTask.meta_data).toBe('string');
		const siteId = JSON.parse(meTask.meta_data).site_id;
		expect((await client.get(`/sites/${siteId}`)).data.result).toMatchObject({
			status: 'pending',
			status_reason: 10,
		});

		await waitFor(async () => {
			const site = (await client.get(`/sites/${siteId}`)).data.result;
			return site.status === 'active' ? site : undefined;
		});
	});

	it('lists site tasks in GET /account/me with site_info and string meta_data', async () => {
		const me = await client.get('/account/me');
		const siteTask = me.data.result.tasks.find(
			(task: { task_level: string }) => task.task_level === 'site',
		);

		expect(siteTask).toMatchObject({
			site_info: { id: expect.any(Number), domain: expect.any(String) },
			meta_data: expect.any(String),
		});
		expect(me.data.result.client).toMatchObject({ email: simulator().account.email });
	});
});
