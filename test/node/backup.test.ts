import { getBackups } from '../../nodes/RocketNet/loadOptions/getBackups';
import { loadOptionsFrom } from '../helpers/load-options';
import { jsonOf, onlyRequest, site, useRocketNet } from '../helpers/fixture';

const BLUE_HARBOR = 1000001;
const DONE_BACKUP = 70001;

describe('Backup', () => {
	const rocket = useRocketNet();

	it('creates a backup and returns the task', async () => {
		const [item] = jsonOf(
			await rocket.run({
				resource: 'backup',
				operation: 'create',
				siteId: site(BLUE_HARBOR),
				label: 'Nightly',
				options: { backup_database: true, backup_directory: false },
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: `/sites/${BLUE_HARBOR}/backup`,
			body: { label: 'Nightly', backup_database: true, backup_directory: false },
		});
		expect(item).toEqual({ task_id: expect.any(String), task_level: 'site' });
	});

	it('gets many backups filtered by several statuses, comma-joined', async () => {
		const items = jsonOf(
			await rocket.run({
				resource: 'backup',
				operation: 'getAll',
				siteId: site(BLUE_HARBOR),
				returnAll: true,
				filters: { status: ['DONE', 'ERROR'], sort: 'id', direction: 'asc' },
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: `/sites/${BLUE_HARBOR}/backup`,
			query: { status: 'DONE,ERROR', sort: 'id', direction: 'asc', page: '1', per_page: '1000' },
		});
		expect(items.map((item) => [item.id, item.status])).toEqual([
			[70001, 'DONE'],
			[70002, 'DONE'],
			[70003, 'ERROR'],
		]);
	});

	it('downloads a finished backup as binary data with its file name and type', async () => {
		const result = await rocket.run({
			resource: 'backup',
			operation: 'download',
			siteId: site(BLUE_HARBOR),
			backupId: String(DONE_BACKUP),
			binaryPropertyName: 'archive',
		});

		const [lookup, download] = rocket.apiRequests();
		expect(lookup).toMatchObject({ method: 'GET', path: `/sites/${BLUE_HARBOR}/backup` });
		expect(download).toMatchObject({
			method: 'GET',
			path: `/sites/${BLUE_HARBOR}/backup/${DONE_BACKUP}`,
			query: { token: rocket.simulator.state.backups.get(DONE_BACKUP)?.download_token },
		});
		expect(result.error).toBeUndefined();
		const binary = result.items[0].binary?.archive;
		expect(binary).toMatchObject({ mimeType: 'application/gzip' });
		expect(binary?.fileName).toMatch(/\.gz$/);
		const bytes = Buffer.from(binary?.data ?? '', 'base64');
		expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
	});

	it('refuses to download a backup that did not finish', async () => {
		const result = await rocket.run({
			resource: 'backup',
			operation: 'download',
			siteId: site(BLUE_HARBOR),
			backupId: '70003',
			binaryPropertyName: 'data',
		});

		expect(result.error?.message).toBe('Backup 70003 cannot be downloaded yet (status ERROR)');
		expect(rocket.apiRequests().map((r) => r.path)).toEqual([`/sites/${BLUE_HARBOR}/backup`]);
	});

	it('deletes a backup', async () => {
		const items = jsonOf(
			await rocket.run({
				resource: 'backup',
				operation: 'delete',
				siteId: site(BLUE_HARBOR),
				backupId: '70002',
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'DELETE',
			path: `/sites/${BLUE_HARBOR}/backup/70002`,
		});
		expect(items).toEqual([{ deleted: true }]);
		expect(rocket.simulator.state.backups.has(70002)).toBe(false);
	});

	it('restores a backup, files only', async () => {
		const [item] = jsonOf(
			await rocket.run({
				resource: 'backup',
				operation: 'restore',
				siteId: site(BLUE_HARBOR),
				backupId: String(DONE_BACKUP),
				options: { backup_database: false },
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: `/sites/${BLUE_HARBOR}/backup/${DONE_BACKUP}/restore`,
			body: { backup_database: false },
		});
		expect(item).toEqual({ task_id: expect.any(String), task_level: 'site' });
	});

	describe('automated restore points', () => {
		async function firstRestorePoint() {
			const [point] = jsonOf(
				await rocket.run({
					resource: 'backup',
					operation: 'getAllRestorePoints',
					siteId: site(BLUE_HARBOR),
					limit: 1,
				}),
			);
			rocket.simulator.clearRequests();
			return point.recoveryPoint as string;
		}

		it('lists restore points', async () => {
			const items = jsonOf(
				await rocket.run({
					resource: 'backup',
					operation: 'getAllRestorePoints',
					siteId: site(BLUE_HARBOR),
					limit: 3,
					filters: { status: 'DONE', sort: 'created_at', direction: 'desc' },
				}),
			);

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'GET',
				path: `/sites/${BLUE_HARBOR}/backup/automated`,
				query: { per_page: '3', status: 'DONE', sort: 'created_at', direction: 'desc' },
			});
			expect(items).toHaveLength(3);
			for (const item of items) expect(item).toMatchObject({ status: 'DONE' });
		});

		it.each([
			['restoreRestorePoint', ''],
			['restoreRestorePointDatabase', '/database'],
		])('%s starts the restore task', async (operation, suffix) => {
			const point = await firstRestorePoint();
			const [item] = jsonOf(
				await rocket.run({
					resource: 'backup',
					operation,
					siteId: site(BLUE_HARBOR),
					restoreId: point,
					waitForCompletion: true,
				}),
			);

			expect(rocket.apiRequests()[0]).toMatchObject({
				method: 'POST',
				path: `/sites/${BLUE_HARBOR}/backup/automated/${point}/restore${suffix}`,
			});
			expect(item.task).toMatchObject({ task_type: 'automated_restore', task_status: 'DONE' });
		});

		it('restores chosen files from a restore point', async () => {
			const point = await firstRestorePoint();
			await rocket.run({
				resource: 'backup',
				operation: 'restoreRestorePointFiles',
				siteId: site(BLUE_HARBOR),
				restoreId: point,
				restoreType: 'partial',
				files: ['wp-config.php', 'wp-content/themes/acme/style.css'],
			});

			expect(onlyRequest(rocket)).toMatchObject({
				method: 'POST',
				path: `/sites/${BLUE_HARBOR}/backup/automated/${point}/restore/files`,
				body: {
					restore_type: 'partial',
					files: ['wp-config.php', 'wp-content/themes/acme/style.css'],
				},
			});
		});
	});
});

describe('Backup dropdown', () => {
	const rocket = useRocketNet();

	it("lists the chosen site's manual backups, newest first", async () => {
		const options = await loadOptionsFrom(rocket, getBackups, { siteId: site(1000001) });

		expect(options.map((option) => option.value)).toEqual(['70003', '70002', '70001']);
		expect(options[0]).toMatchObject({ description: expect.stringContaining('ERROR') });
	});

	it('asks for a site first', async () => {
		await expect(loadOptionsFrom(rocket, getBackups, { siteId: site('') })).rejects.toThrow(
			'Choose a site first',
		);
	});
});
