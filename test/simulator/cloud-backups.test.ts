import axios, { type AxiosInstance } from 'axios';

import { BLUE_HARBOR, loggedInClient, useSimulator, waitFor } from './helpers';
import { setLinkLifetime, storageDownloads } from './http/storage';

describe('cloud backup downloads', () => {
	const simulator = useSimulator({ taskStepMs: 5 });
	let client: AxiosInstance;

	beforeAll(async () => {
		client = await loggedInClient(simulator());
	});

	beforeEach(() => simulator().reset());

	async function finishedBackup(body: Record<string, unknown> = {}) {
		const started = await client.post(`/sites/${BLUE_HARBOR}/cloud_backups`, {
			label: 'Offsite',
			...body,
		});
		const id = started.data.result.backup_id as string;
		await waitFor(async () => {
			const response = await client.get(`/sites/${BLUE_HARBOR}/cloud_backups/${id}`);
			return response.data.result.status === 'DONE' ? true : undefined;
		});
		return id;
	}

	async function linkOf(id: string): Promise<string> {
		const response = await client.get(`/sites/${BLUE_HARBOR}/cloud_backups/${id}/download`);
		return response.data.result.download_link;
	}

	it('answers a pre-signed link that serves the backup zip without a login', async () => {
		const link = await linkOf(await finishedBackup({ exclude_paths: ['public_html/wp-content'] }));
		expect(link).toMatch(
			/\/__storage\/cloud-backups\/1000001\/blue-harbor\.example\.com_backup_.+\.zip\?/,
		);
		expect(new URL(link).searchParams.get('X-Amz-Algorithm')).toBe('AWS4-HMAC-SHA256');

		const file = await axios.get(link, { responseType: 'arraybuffer' });
		expect(file.headers['content-type']).toBe('application/zip');
		const zip = Buffer.from(file.data);
		expect(zip.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
		expect(zip.includes('public_html/wp-config.php')).toBe(true);
		expect(zip.includes('public_html/wp-content/index.php')).toBe(false);
		expect(zip.includes('database.sql')).toBe(true);
	});

	it('refuses a link with a login attached, a forged signature and an expired link', async () => {
		const id = await finishedBackup({ includes_database: false });
		const link = await linkOf(id);

		const withLogin = await axios.get(link, {
			headers: { Authorization: 'Bearer secret' },
			validateStatus: () => true,
		});
		expect(withLogin.status).toBe(400);
		expect(String(withLogin.data)).toContain('Only one auth mechanism allowed');

		const forged = await axios.get(link.replace(/X-Amz-Signature=\w+/, 'X-Amz-Signature=00'), {
			validateStatus: () => true,
		});
		expect(forged.status).toBe(403);

		setLinkLifetime(simulator().state, -60);
		const expired = await axios.get(await linkOf(id), { validateStatus: () => true });
		expect(expired.status).toBe(403);
		expect(String(expired.data)).toContain('Request has expired');

		expect(storageDownloads(simulator().state).map((download) => download.status)).toEqual([
			400, 403, 403,
		]);
	});
});
