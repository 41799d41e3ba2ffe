import type { INodeParameters } from 'n8n-workflow';

import { jsonOf, onlyRequest, site, useRocketNet } from '../helpers/fixture';
import { setLinkLifetime, storageDownloads } from '../simulator/http/storage';
import type { CloudBackupRecord } from '../simulator/state/state';

const BLUE_HARBOR = 1000001;
const BACKUPS = `/sites/${BLUE_HARBOR}/cloud_backups`;
const NIGHTLY = '7d0f3c52-9a41-4e0b-8c3e-1f2a3b4c5d6e';

const backupShape = {
	id: expect.any(String),
	includes_files: expect.any(Boolean),
	includes_database: expect.any(Boolean),
	created_at: expect.any(String),
	label: expect.any(String),
	status: expect.any(String),
	site_id: BLUE_HARBOR,
	size: expect.any(Number),
	task_id: expect.any(String),
	wordpress_metadata: expect.any(Object),
	zip_file_name: expect.any(String),
};

describe('Cloud Backup', () => {
	const rocket = useRocketNet();

	/** A finished cloud backup of Blue Harbor, as if made last night. */
	function addNightlyBackup(status: CloudBackupRecord['status'] = 'DONE') {
		rocket.simulator.state.cloudBackups.set(NIGHTLY, {
			id: NIGHTLY,
			site_id: BLUE_HARBOR,
			label: 'Nightly',
			includes_files: true,
			includes_database: true,
			exclude_paths: [],
			created_at: '2025-03-01T02:00:00Z',
			status,
			size: 48_000_000,
			task_id: 'a1b2c3d4-0000-4000-8000-000000000001',
			zip_file_name: 'blue-harbor.example.com_backup_2025-03-01T02-00-00.zip',
		});
	}

	function backupOp(operation: string, parameters: INodeParameters = {}): INodeParameters {
		return { resource: 'cloudBackup', operation, siteId: site(BLUE_HARBOR), ...parameters };
	}

	it('creates a cloud backup and waits for its task', async () => {
		const [item] = jsonOf(
			await rocket.run(
				backupOp('create', {
					label: 'Before launch',
					additionalFields: {
						includes_database: true,
						exclude_paths: ['public_html/wp-content/cache'],
					},
					waitForCompletion: true,
					waitTimeout: 30,
				}),
			),
		);

		expect(rocket.apiRequests()[0]).toMatchObject({
			method: 'POST',
			path: BACKUPS,
			body: {
				label: 'Before launch',
				includes_database: true,
				exclude_paths: ['public_html/wp-content/cache'],
			},
		});
		expect(item).toMatchObject({
			backup_id: expect.any(String),
			task: { task_type: 'cloud_backup_create', task_status: 'DONE' },
		});
		expect(rocket.simulator.state.cloudBackups.get(item.backup_id as string)?.status).toBe('DONE');
	});

	it('refuses a backup of neither files nor database before sending', async () => {
		const result = await rocket.run(
			backupOp('create', {
				label: 'Empty',
				additionalFields: { includes_files: false, includes_database: false },
			}),
		);

		expect(result.error?.message).toBe('Nothing to back up: Files and Database are off');
		expect(rocket.apiRequests()).toHaveLength(0);
	});

	it('gets many cloud backups by status', async () => {
		addNightlyBackup();
		const items = jsonOf(
			await rocket.run(backupOp('getAll', { limit: 10, filters: { status: 'DONE' } })),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: BACKUPS,
			query: { per_page: '10', status: 'DONE' },
		});
		expect(items).toEqual([{ ...backupShape, id: NIGHTLY, status: 'DONE' }]);
	});

	it('gets one cloud backup', async () => {
		addNightlyBackup();
		const [item] = jsonOf(await rocket.run(backupOp('get', { cloudBackupId: NIGHTLY })));

		expect(onlyRequest(rocket)).toMatchObject({ method: 'GET', path: `${BACKUPS}/${NIGHTLY}` });
		expect(item).toEqual({ ...backupShape, id: NIGHTLY, label: 'Nightly' });
	});

	it('deletes a cloud backup', async () => {
		addNightlyBackup();
		const items = jsonOf(await rocket.run(backupOp('delete', { cloudBackupId: NIGHTLY })));

		expect(onlyRequest(rocket)).toMatchObject({ method: 'DELETE', path: `${BACKUPS}/${NIGHTLY}` });
		expect(items).toEqual([{ deleted: true }]);
		expect(rocket.simulator.state.cloudBackups.has(NIGHTLY)).toBe(false);
	});

	it('downloads the backup file from its pre-signed link, without the Rocket.net login', async () => {
		addNightlyBackup();
		const result = await rocket.run(
			backupOp('download', { cloudBackupId: NIGHTLY, binaryPropertyName: 'backup' }),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: `${BACKUPS}/${NIGHTLY}/download`,
		});
		expect(result.error).toBeUndefined();
		const [item] = result.items;
		const fileName = 'blue-harbor.example.com_backup_2025-03-01T02-00-00.zip';
		expect(item.json).toEqual({
			download_link: expect.stringContaining('X-Amz-Signature='),
			fileName,
			mimeType: 'application/zip',
			fileSize: expect.any(Number),
		});
		expect(item.binary?.backup).toMatchObject({ fileName, mimeType: 'application/zip' });
		const zip = Buffer.from(item.binary?.backup.data ?? '', 'base64');
		expect(zip.subarray(0, 2).toString()).toBe('PK');
		expect(zip).toHaveLength(item.json.fileSize as number);
		expect(storageDownloads(rocket.simulator.state)).toEqual([
			{ key: expect.stringContaining(fileName), status: 200, authorization: false },
		]);
	});

	it('outputs only the link when Download File is off', async () => {
		addNightlyBackup();
		const result = await rocket.run(
			backupOp('download', { cloudBackupId: NIGHTLY, downloadFile: false }),
		);

		expect(jsonOf(result)).toEqual([{ download_link: expect.stringMatching(/^http:\/\//) }]);
		expect(result.items[0].binary).toBeUndefined();
		expect(storageDownloads(rocket.simulator.state)).toHaveLength(0);
	});

	it('says the link expired when the file cannot be fetched from it', async () => {
		addNightlyBackup();
		setLinkLifetime(rocket.simulator.state, -60);
		const result = await rocket.run(backupOp('download', { cloudBackupId: NIGHTLY }));

		expect(result.error?.message).toBe(
			'The backup could not be fetched from its download link (HTTP 403)',
		);
	});

	it("shows Rocket.net's message when the backup is not finished", async () => {
		addNightlyBackup('PROGRESS');
		const result = await rocket.run(backupOp('download', { cloudBackupId: NIGHTLY }));

		expect(result.error?.message).toBe('Cloud backup is not ready for download');
	});

	it('restores chosen paths of a backup and waits for the task', async () => {
		addNightlyBackup();
		const [item] = jsonOf(
			await rocket.run(
				backupOp('restore', {
					cloudBackupId: NIGHTLY,
					includesFiles: true,
					includesDatabase: false,
					options: { restore_paths: ['public_html/wp-content/themes'] },
					waitForCompletion: true,
					waitTimeout: 30,
				}),
			),
		);

		expect(rocket.apiRequests()[0]).toMatchObject({
			method: 'POST',
			path: `${BACKUPS}/${NIGHTLY}/restore`,
			body: {
				includes_files: true,
				includes_database: false,
				restore_paths: ['public_html/wp-content/themes'],
			},
		});
		expect(item.task).toMatchObject({ task_type: 'cloud_backup_restore', task_status: 'DONE' });
	});

	it('refuses restore paths without files before sending', async () => {
		addNightlyBackup();
		const result = await rocket.run(
			backupOp('restore', {
				cloudBackupId: NIGHTLY,
				includesFiles: false,
				includesDatabase: true,
				options: { restore_paths: ['public_html/wp-config.php'] },
			}),
		);

		expect(result.error?.message).toBe('Restore Paths need Files turned on');
		expect(rocket.apiRequests()).toHaveLength(0);
	});
});
