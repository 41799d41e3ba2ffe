import axios, { type AxiosInstance } from 'axios';
import { gunzipSync } from 'node:zlib';

import { BLUE_HARBOR, loggedInClient, useSimulator, USER_AGENT, waitFor } from './helpers';

const STEP_MS = 60;
const LOCKED = 'You cannot perform this action because the site is currently locked.';
const QUIET_MEADOW = 1_000_005;
const SILVER_LAKE = 1_000_007;

describe('sites', () => {
	const simulator = useSimulator({ taskStepMs: STEP_MS });
	let client: AxiosInstance;

	beforeAll(async () => {
		client = await loggedInClient(simulator());
	});

	it('creates, reads, updates and deletes a site', async () => {
		const created = await client.post('/sites', {
			name: 'Harbor Lights',
			label: 'lights',
			location: 4,
		});
		expect(created.data.result).toEqual({
			id: expect.any(Number),
			domain: 'harbor-lights.onrocket.site',
		});
		const path = `/sites/${created.data.result.id}`;

		const read = await client.get(path);
		expect(read.data.result).toMatchObject({
			domain: 'harbor-lights.onrocket.site',
			label: 'lights',
			location: 'NL - Amsterdam',
			status: 'active',
			domains: [expect.objectContaining({ maindomain: expect.any(Object) })],
			site_users: [],
		});

		const updated = await client.patch(path, { label: 'Harbor Lights', metadata: { crm: 42 } });
		expect(updated.data.result).toMatchObject({ label: 'Harbor Lights', metadata: { crm: 42 } });

		expect((await client.delete(path)).data.result).toEqual({ id: created.data.result.id });
		expect((await client.get(path)).status).toBe(404);
	});

	it('refuses an unknown location', async () => {
		const response = await client.post('/sites', { name: 'Nowhere', location: 99 });
		expect(response.status).toBe(400);
		expect(response.data.messages).toEqual(['Unknown location 99']);
	});

	it('locks the source site while it is being cloned', async () => {
		const started = await client.post(`/sites/${QUIET_MEADOW}/clone`, { label: 'Meadow copy' });
		const taskId = started.data.result.task_id;

		const source = (await client.get(`/sites/${QUIET_MEADOW}`)).data.result;
		expect(source).toMatchObject({ status: 'locked', status_reason: 8 });

		const refused = await client.post(`/sites/${QUIET_MEADOW}/backup`, { label: 'During clone' });
		expect(refused.status).toBe(400);
		expect(refused.data.messages).toEqual([LOCKED]);
		expect((await client.delete(`/sites/${QUIET_MEADOW}/lock`)).data.messages).toEqual([LOCKED]);

		const task = await waitFor(async () => {
			const response = await client.get(`/sites/${QUIET_MEADOW}/tasks`, {
				params: { task_id: taskId },
			});
			const found = response.data.result[0];
			return found.task_status === 'DONE' ? found : undefined;
		});
		expect(task).toMatchObject({
			task_type: 'clone_site',
			meta_data: { cloned_site_id: expect.any(Number) },
		});

		expect((await client.get(`/sites/${QUIET_MEADOW}`)).data.result.status).toBe('active');
		const copy = (await client.get(`/sites/${task.meta_data.cloned_site_id}`)).data.result;
		expect(copy).toMatchObject({ status: 'active', label: 'Meadow copy' });
	});

	it('locks and unlocks with Lock My Site (status_reason 5)', async () => {
		await client.post(`/sites/${SILVER_LAKE}/lock`);
		expect((await client.get(`/sites/${SILVER_LAKE}`)).data.result).toMatchObject({
			status: 'locked',
			status_reason: 5,
		});
		expect((await client.patch(`/sites/${SILVER_LAKE}`, { label: 'x' })).status).toBe(400);

		expect((await client.delete(`/sites/${SILVER_LAKE}/lock`)).data.result).toEqual({
			success: true,
		});
		expect((await client.get(`/sites/${SILVER_LAKE}`)).data.result.status).toBe('active');
	});

	it('creates, publishes and deletes a staging site', async () => {
		const started = await client.post(`/sites/${SILVER_LAKE}/staging`, { vanity_domain: true });
		expect(started.data.result.task_level).toBe('site');

		const site = await waitFor(async () => {
			const result = (await client.get(`/sites/${SILVER_LAKE}`)).data.result;
			return result.staging?.staging_status === 'active' ? result : undefined;
		});
		const staging = (await client.get(`/sites/${site.staging.staging_id}`)).data.result;
		expect(staging).toMatchObject({
			domain: 'staging.silver-lake.example.com',
			production: SILVER_LAKE,
		});

		expect((await client.post(`/sites/${SILVER_LAKE}/staging`, {})).status).toBe(400);
		const publish = await client.post(`/sites/${SILVER_LAKE}/staging/publish`);
		expect(publish.data.result.task_id).toEqual(expect.any(String));

		expect((await client.delete(`/sites/${SILVER_LAKE}/staging`)).data.result).toEqual({
			success: true,
		});
		expect((await client.get(`/sites/${SILVER_LAKE}`)).data.result.staging).toBeUndefined();
	});

	it('reads and updates settings, and describes them', async () => {
		const updated = await client.patch(`/sites/${BLUE_HARBOR}/settings`, {
			new_php_version: '8.4',
			ssh_access: 1,
		});
		expect(updated.data.result).toMatchObject({ current_php_version: '8.4', ssh_access: 1 });

		const schema = await client.get(`/sites/${BLUE_HARBOR}/settings/schema`);
		expect(schema.data.result.current_php_version.options).toContainEqual({
			value: '8.4',
			label: 'PHP 8.4',
		});
	});

	it('lists locations, including restricted ones in all_locations', async () => {
		const all = await client.get('/sites/all_locations');
		expect(all.data.result.locations.length).toBeGreaterThan(1);
		expect(all.data.result.restricted_locations).toEqual([expect.objectContaining({ id: 101 })]);

		const aiBuilder = await client.get('/sites/locations', { params: { site_type: 2 } });
		expect(
			aiBuilder.data.result.every((location: { supported_site_types: number[] }) =>
				location.supported_site_types.includes(2),
			),
		).toBe(true);
	});

	it('records cache purges and checks the domain belongs to the site', async () => {
		const purged = await client.post(
			`/sites/${BLUE_HARBOR}/cache/purge`,
			{ files: ['https://blue-harbor.example.com/style.css'] },
			{ params: { domain: 'blue-harbor.example.com' } },
		);
		expect(purged.data.result).toEqual({ status: 'success' });
		expect(simulator().state.cachePurges.at(-1)).toMatchObject({
			site_id: BLUE_HARBOR,
			files: ['https://blue-harbor.example.com/style.css'],
			everything: false,
		});

		const elsewhere = await client.post(`/sites/${BLUE_HARBOR}/cache/purge_everything`, undefined, {
			params: { domain: 'quiet-meadow.example.com' },
		});
		expect(elsewhere.status).toBe(400);
	});
});

describe('backups', () => {
	const simulator = useSimulator({ taskStepMs: STEP_MS });
	let client: AxiosInstance;

	beforeAll(async () => {
		client = await loggedInClient(simulator());
	});

	it('downloads a finished backup by the token in download_link, without a bearer', async () => {
		const list = await client.get(`/sites/${BLUE_HARBOR}/backup`, { params: { status: 'DONE' } });
		const backup = list.data.result[0];
		expect(backup.download_link).toContain(`/sites/${BLUE_HARBOR}/backup/${backup.id}?token=`);

		const download = await axios.get(backup.download_link, {
			headers: { 'User-Agent': USER_AGENT },
			responseType: 'arraybuffer',
		});
		expect(download.headers['content-type']).toBe('application/gzip');
		expect(gunzipSync(Buffer.from(download.data)).toString()).toContain('blue-harbor.example.com');

		const wrongToken = await client.get(`/sites/${BLUE_HARBOR}/backup/${backup.id}`, {
			params: { token: 'nope' },
		});
		expect(wrongToken.status).toBe(403);
	});

	it('answers 410 for a deleted backup', async () => {
		const list = await client.get(`/sites/${BLUE_HARBOR}/backup`, {
			params: { status: 'DONE,ERROR' },
		});
		const backup = list.data.result.find((entry: { status: string }) => entry.status === 'ERROR');

		expect((await client.delete(`/sites/${BLUE_HARBOR}/backup/${backup.id}`)).status).toBe(200);
		const gone = await client.get(`/sites/${BLUE_HARBOR}/backup/${backup.id}`, {
			params: { token: 'any' },
		});
		expect(gone.status).toBe(410);
	});

	it('refuses task_id combined with other filters', async () => {
		const response = await client.get(`/sites/${BLUE_HARBOR}/backup`, {
			params: { task_id: 'x', status: 'DONE' },
		});
		expect(response.status).toBe(400);
	});

	it('restores an automated restore point, RESTORING until the task ends', async () => {
		const points = await client.get(`/sites/${BLUE_HARBOR}/backup/automated`);
		expect(points.data.metadata).toMatchObject({
			page_size: 100,
			sort: 'created_at',
			direction: 'desc',
		});
		const point = points.data.result[0];
		expect(Object.keys(point)).toEqual(['recoveryPoint', 'created_at', 'status']);

		const started = await client.post(
			`/sites/${BLUE_HARBOR}/backup/automated/${point.recoveryPoint}/restore/files`,
			{ restore_type: 'partial', files: ['wp-content/uploads'] },
		);
		expect(started.data.result.task_level).toBe('site');
		const restoring = await client.get(`/sites/${BLUE_HARBOR}/backup/automated`, {
			params: { status: 'RESTORING' },
		});
		expect(restoring.data.result).toEqual([
			expect.objectContaining({ recoveryPoint: point.recoveryPoint }),
		]);

		await waitFor(async () => {
			const response = await client.get(`/sites/${BLUE_HARBOR}/backup/automated`, {
				params: { status: 'RESTORING' },
			});
			return response.data.result.length === 0 ? true : undefined;
		});
	});

	it('creates a cloud backup with backup_id, task_id and task_level', async () => {
		const started = await client.post(`/sites/${BLUE_HARBOR}/cloud_backups`, { label: 'Offsite' });
		expect(started.data.result).toEqual({
			backup_id: expect.any(String),
			task_id: expect.any(String),
			task_level: 'site',
		});

		const backup = await waitFor(async () => {
			const response = await client.get(
				`/sites/${BLUE_HARBOR}/cloud_backups/${started.data.result.backup_id}`,
			);
			return response.data.result.status === 'DONE' ? response.data.result : undefined;
		});
		expect(backup.size).toBeGreaterThan(0);
	});
});
