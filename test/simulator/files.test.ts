import type { AxiosInstance } from 'axios';
import { gunzipSync } from 'node:zlib';

import { BLUE_HARBOR, loggedInClient, useSimulator } from './helpers';
import { siteTree } from './state/file-tree';

const files = `/sites/${BLUE_HARBOR}/files`;
const list = `/sites/${BLUE_HARBOR}/file_manager/files`;

describe('site files', () => {
	const simulator = useSimulator();
	let client: AxiosInstance;

	beforeAll(async () => {
		client = await loggedInClient(simulator());
	});

	beforeEach(() => simulator().reset());

	async function names(path: string, extra: Record<string, unknown> = {}) {
		const response = await client.get(list, { params: { path, page: 1, per_page: 100, ...extra } });
		expect(response.status).toBe(200);
		return (response.data.result as Array<{ name: string }>).map((file) => file.name);
	}

	async function view(filename: string, directory?: string) {
		return await client.get(`${files}/view`, { params: { filename, directory } });
	}

	it('lists a WordPress installation, folders and files, in the spec shape', async () => {
		const response = await client.get(list, { params: { page: 1, per_page: 3, sort: 'name' } });

		expect(response.data.metadata).toEqual({
			page: 1,
			page_size: 3,
			total: expect.any(Number),
			sort: 'name',
			direction: 'asc',
		});
		expect(response.data.metadata.total).toBeGreaterThan(10);
		expect(response.data.result[0]).toEqual({
			created_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}(AM|PM)$/),
			ctime: expect.any(Number),
			updated_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2} /),
			mtime: expect.any(Number),
			name: '.htaccess',
			mode: '0644',
			type: 'file',
			human_size: expect.stringMatching(/^\d+ B$/),
			size: expect.any(Number),
			path: '',
		});
		expect(await names('wp-content')).toEqual(['index.php', 'plugins', 'themes', 'uploads']);
	});

	it('requires page and per_page on the list, as the live API does', async () => {
		const response = await client.get(list, { params: { path: 'wp-content' } });
		expect(response.status).toBe(400);
		expect(response.data.messages).toEqual(["Missing query parameter 'page'"]);
	});

	it('searches every folder under the path, sorted by name', async () => {
		const response = await client.get(list, {
			params: { path: 'wp-content', search: '.png', page: 1, per_page: 10 },
		});
		expect(
			response.data.result.map(
				(file: { path: string; name: string }) => `${file.path}/${file.name}`,
			),
		).toEqual([
			'wp-content/uploads/2024/05/logo.png',
			'wp-content/themes/twentytwentyfour/screenshot.png',
		]);
	});

	it('pages with metadata that agrees', async () => {
		const first = await client.get(list, { params: { page: 1, per_page: 4 } });
		const second = await client.get(list, { params: { page: 2, per_page: 4 } });
		expect(first.data.result).toHaveLength(4);
		expect(second.data.metadata).toMatchObject({ page: 2, page_size: 4 });
		expect(second.data.result[0].name).not.toBe(first.data.result[3].name);
	});

	it('answers 404 for a folder that does not exist', async () => {
		const response = await client.get(list, {
			params: { path: 'wp-nothing', page: 1, per_page: 10 },
		});
		expect(response.status).toBe(404);
		expect(response.data.messages).toEqual(["Directory 'wp-nothing' not found"]);
	});

	it('uploads text, and base64 when binary is true, then views and downloads them', async () => {
		const css = await client.post(files, {
			path: 'wp-content',
			filename: 'custom.css',
			content: 'body { color: red; }',
		});
		expect(css.data.result).toEqual({ success: true, path: 'wp-content' });

		const bytes = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]);
		await client.post(files, {
			path: '/wp-content/uploads/',
			filename: 'raw.bin',
			content: bytes.toString('base64'),
			binary: true,
		});

		expect((await view('custom.css', 'wp-content')).data.result).toEqual({
			content: 'body { color: red; }',
			content_type: 'text/css',
			binary: false,
		});
		expect((await view('raw.bin', 'wp-content/uploads')).data.result).toEqual({
			content: bytes.toString('base64'),
			content_type: 'application/octet-stream',
			binary: true,
		});

		const download = await client.get(`${files}/download`, {
			params: { filename: 'raw.bin', directory: 'wp-content/uploads' },
			responseType: 'arraybuffer',
		});
		expect(Buffer.from(download.data)).toEqual(bytes);
		expect(download.headers['content-disposition']).toBe('attachment; filename="raw.bin"');
	});

	it('infers base64 from the file name when binary is omitted', async () => {
		const png = Buffer.from('not really a png');
		await client.post(files, { path: '', filename: 'logo.png', content: png.toString('base64') });
		const stored = siteTree(simulator().state, simulator().state.sites.get(BLUE_HARBOR)!).get(
			'logo.png',
		);
		expect(stored?.content).toEqual(png);
	});

	it('refuses content that is not base64 when binary is true', async () => {
		const response = await client.post(files, {
			path: '',
			filename: 'a.bin',
			content: 'not base64!',
			binary: true,
		});
		expect(response.status).toBe(400);
	});

	it('refuses uploads into a missing folder, and names with slashes', async () => {
		const missing = await client.post(files, { path: 'nope', filename: 'a.txt', content: '' });
		expect(missing.status).toBe(404);
		const slashed = await client.post(files, { path: '', filename: 'a/b.txt', content: '' });
		expect(slashed.status).toBe(400);
		const escape = await client.post(files, { path: '../..', filename: 'a.txt', content: '' });
		expect(escape.status).toBe(400);
	});

	it('saves new content into an existing file only', async () => {
		const saved = await client.put(files, {
			path: 'wp-content/themes/twentytwentyfour',
			file: 'style.css',
			content: '/* new */',
		});
		expect(saved.data.result).toEqual({
			success: true,
			path: 'wp-content/themes/twentytwentyfour',
		});
		expect(
			(await view('style.css', 'wp-content/themes/twentytwentyfour')).data.result.content,
		).toBe('/* new */');

		const missing = await client.put(files, { path: '', file: 'new.css', content: '' });
		expect(missing.status).toBe(404);
	});

	it('creates folders, changes permissions and deletes folders with their content', async () => {
		const folder = await client.post(`${files}/folder`, { name: 'exports', path: '/wp-content' });
		expect(folder.data.result).toEqual({ success: true, path: 'wp-content/exports' });
		expect(
			(await client.post(`${files}/folder`, { name: 'exports', path: 'wp-content' })).status,
		).toBe(400);

		await client.post(files, { path: 'wp-content/exports', filename: 'a.csv', content: 'a,b' });
		const chmod = await client.patch(`${files}/chmod`, {
			file: 'wp-content/exports/a.csv',
			permissions: '600',
		});
		expect(chmod.data.result).toEqual({ success: true, path: 'wp-content/exports/a.csv' });
		const listed = await client.get(list, {
			params: { path: 'wp-content/exports', page: 1, per_page: 10 },
		});
		expect(listed.data.result[0]).toMatchObject({ name: 'a.csv', mode: '0600', size: 3 });
		expect(
			(await client.patch(`${files}/chmod`, { file: 'wp-config.php', permissions: 'rwx' })).status,
		).toBe(400);

		const deleted = await client.delete(files, { data: { file: 'wp-content/exports' } });
		expect(deleted.data.result).toEqual({ success: true });
		expect(await names('wp-content')).not.toContain('exports');
		expect((await view('a.csv', 'wp-content/exports')).status).toBe(404);
		expect((await client.delete(files, { data: { file: '' } })).status).toBe(400);
	});

	it('compresses folders into a real archive that extracts elsewhere', async () => {
		const compressed = await client.post(`${files}/compress`, {
			sourcefiles: ['wp-content/themes/twentytwentyfour', 'wp-config.php'],
			destfiles: 'theme.tar.gz',
			compress_type: 'tar.gz',
		});
		expect(compressed.data.result).toEqual({ success: true, path: 'theme.tar.gz' });

		const archive = await client.get(`${files}/download`, {
			params: { filename: 'theme.tar.gz' },
			responseType: 'arraybuffer',
		});
		expect(archive.headers['content-type']).toBe('application/gzip');
		const tar = gunzipSync(Buffer.from(archive.data));
		expect(tar.toString('latin1', 257, 262)).toBe('ustar');

		await client.post(`${files}/extract`, { file: 'theme.tar.gz', destination: 'restored' });
		expect(await names('restored')).toEqual(['twentytwentyfour', 'wp-config.php']);
		const style = await view('style.css', 'restored/twentytwentyfour');
		expect(style.data.result.content).toContain('Theme Name: Twenty Twenty-Four');
	});

	it('extracts a zip that was uploaded, and refuses files that are no archive', async () => {
		await client.post(`${files}/compress`, {
			sourcefiles: ['wp-content/plugins/akismet'],
			destfiles: 'akismet.zip',
			compress_type: 'zip',
		});
		const zip = await client.get(`${files}/download`, {
			params: { filename: 'akismet.zip' },
			responseType: 'arraybuffer',
		});
		await client.post(files, {
			path: '',
			filename: 'copy.zip',
			content: Buffer.from(zip.data).toString('base64'),
			binary: true,
		});

		await client.post(`${files}/extract`, { file: 'copy.zip', destination: 'unzipped' });
		expect(await names('unzipped/akismet')).toEqual(['akismet.php']);
		expect(
			(await client.post(`${files}/extract`, { file: 'index.php', destination: 'x' })).status,
		).toBe(400);
	});

	it('gzips one file only', async () => {
		const several = await client.post(`${files}/compress`, {
			sourcefiles: ['index.php', 'wp-login.php'],
			destfiles: 'both.gz',
			compress_type: 'gz',
		});
		expect(several.status).toBe(400);

		await client.post(`${files}/compress`, {
			sourcefiles: ['wp-config.php'],
			destfiles: 'wp-config.php.gz',
			compress_type: 'gz',
		});
		await client.post(`${files}/extract`, { file: 'wp-config.php.gz', destination: 'plain' });
		expect((await view('wp-config.php', 'plain')).data.result.content).toContain('DB_NAME');
	});

	it('keeps each site to its own files', async () => {
		await client.post(files, { path: '', filename: 'only-here.txt', content: 'x' });
		const other = await client.get(`/sites/1000003/files/view`, {
			params: { filename: 'only-here.txt' },
		});
		expect(other.status).toBe(404);
	});

	it('answers the deprecated listing from the same tree', async () => {
		const response = await client.get(files, { params: { path: 'wp-content' } });
		expect(response.data.result.totals).toEqual({ files: 1, folders: 3 });
		expect(response.data.result.files[0]).toMatchObject({
			file: 'index.php',
			fullpath: expect.stringMatching(/^\/home\/.+\/public_html\/wp-content\/index\.php$/),
		});
	});
});
