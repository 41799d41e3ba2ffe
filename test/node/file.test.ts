import { randomBytes } from 'node:crypto';

import type { INodeParameters } from 'n8n-workflow';

import { runWorkflow } from '../helpers/engine';
import { jsonOf, onlyRequest, site, sourcePackage, useRocketNet } from '../helpers/fixture';
import { putSiteFile, siteTree } from '../simulator/state/file-tree';

const BLUE_HARBOR = 1000001;
const THEME = 'wp-content/themes/twentytwentyfour';

describe('File', () => {
	const rocket = useRocketNet();

	function tree() {
		const { state } = rocket.simulator;
		return siteTree(state, state.sites.get(BLUE_HARBOR)!);
	}

	function fileOp(operation: string, parameters: INodeParameters = {}): INodeParameters {
		return { resource: 'file', operation, siteId: site(BLUE_HARBOR), ...parameters };
	}

	/** Download a file of the site, then hand its binary data to a second File step. */
	async function downloadThen(path: string, next: INodeParameters) {
		const slash = path.lastIndexOf('/');
		const download = fileOp('download', {
			fileName: path.slice(slash + 1),
			options: { directory: path.slice(0, Math.max(slash, 0)) },
			binaryPropertyName: 'data',
		});
		return await runWorkflow(
			sourcePackage,
			[
				{ name: 'Download', parameters: download },
				{ name: 'Next', parameters: next },
			],
			rocket.credential,
		);
	}

	it('gets many files of a folder: page 1 and the limit, one item per file', async () => {
		const items = jsonOf(
			await rocket.run(
				fileOp('getAll', {
					limit: 2,
					filters: { path: 'wp-content', sort: 'name', direction: 'desc' },
				}),
			),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: `/sites/${BLUE_HARBOR}/file_manager/files`,
			query: { page: '1', per_page: '2', path: 'wp-content', sort: 'name', direction: 'desc' },
		});
		expect(items).toEqual([
			expect.objectContaining({ name: 'uploads', type: 'dir', path: 'wp-content' }),
			expect.objectContaining({ name: 'themes', type: 'dir', path: 'wp-content' }),
		]);
	});

	it('gets all files matching a search, page by page', async () => {
		const items = jsonOf(
			await rocket.run(fileOp('getAll', { returnAll: true, filters: { search: '.png' } })),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			query: { page: '1', per_page: '1000', search: '.png' },
		});
		expect(items.map((item) => item.name)).toEqual(['logo.png', 'screenshot.png']);
	});

	it('uploads typed text, telling Rocket.net it is not base64', async () => {
		const [item] = jsonOf(
			await rocket.run(
				fileOp('upload', {
					directory: 'wp-content',
					fileName: 'notes.txt',
					binaryData: false,
					content: 'Deployed by n8n',
				}),
			),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: `/sites/${BLUE_HARBOR}/files`,
			body: {
				path: 'wp-content',
				filename: 'notes.txt',
				content: 'Deployed by n8n',
				binary: false,
			},
		});
		expect(item).toEqual({ success: true, path: 'wp-content' });
		expect(tree().get('wp-content/notes.txt')?.content.toString()).toBe('Deployed by n8n');
	});

	it('uploads a 20 MB file from binary data, byte for byte, base64-encoded', async () => {
		const original = randomBytes(20 * 1024 * 1024);
		const { state } = rocket.simulator;
		putSiteFile(state, state.sites.get(BLUE_HARBOR)!, 'wp-content/uploads/big.bin', original);

		const result = await downloadThen(
			'wp-content/uploads/big.bin',
			fileOp('upload', {
				directory: 'wp-content/uploads',
				fileName: 'copy.bin',
				binaryData: true,
				binaryPropertyName: 'data',
			}),
		);

		expect(result.error).toBeUndefined();
		const upload = rocket.apiRequests()[1];
		expect(upload).toMatchObject({
			method: 'POST',
			path: `/sites/${BLUE_HARBOR}/files`,
			body: { path: 'wp-content/uploads', filename: 'copy.bin', binary: true },
		});
		expect((upload.body as { content: string }).content).toHaveLength(
			Math.ceil(original.length / 3) * 4,
		);
		expect(tree().get('wp-content/uploads/copy.bin')?.content.equals(original)).toBe(true);
	}, 60_000);

	it('says which binary fields exist when the named one is missing, before any request', async () => {
		const result = await downloadThen(
			`${THEME}/style.css`,
			fileOp('upload', {
				directory: 'wp-content',
				fileName: 'x.css',
				binaryData: true,
				binaryPropertyName: 'file',
			}),
		);

		expect(result.error?.message).toBe('The input item has no binary field "file"');
		expect(result.error?.description).toContain('one of: data');
		expect(rocket.apiRequests().map((request) => request.method)).toEqual(['GET']);
	});

	it('refuses a file name with a folder in it, naming the field', async () => {
		const result = await rocket.run(
			fileOp('upload', {
				directory: 'wp-content',
				fileName: 'themes/x.css',
				binaryData: false,
				content: 'x',
			}),
		);

		expect(result.error?.message).toBe('File Name "themes/x.css" is not a file name');
		expect(rocket.apiRequests()).toHaveLength(0);
	});

	it('saves typed text into an existing file', async () => {
		const [item] = jsonOf(
			await rocket.run(
				fileOp('save', { directory: THEME, fileName: 'style.css', content: '/* v2 */' }),
			),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'PUT',
			path: `/sites/${BLUE_HARBOR}/files`,
			body: { path: THEME, file: 'style.css', content: '/* v2 */' },
		});
		expect(item).toEqual({ success: true, path: THEME });
		expect(tree().get(`${THEME}/style.css`)?.content.toString()).toBe('/* v2 */');
	});

	it('saves a text file from binary data as UTF-8 text', async () => {
		const { state } = rocket.simulator;
		putSiteFile(state, state.sites.get(BLUE_HARBOR)!, 'incoming/style.css', Buffer.from('a { }'));

		const result = await downloadThen(
			'incoming/style.css',
			fileOp('save', { directory: THEME, fileName: 'style.css', binaryData: true }),
		);

		expect(result.error).toBeUndefined();
		expect(rocket.apiRequests()[1]).toMatchObject({
			method: 'PUT',
			body: { path: THEME, file: 'style.css', content: 'a { }' },
		});
	});

	it('refuses to save a binary file, pointing to Upload, before the save is sent', async () => {
		const result = await downloadThen(
			'wp-content/uploads/2024/05/logo.png',
			fileOp('save', { directory: 'wp-content', fileName: 'logo.png', binaryData: true }),
		);

		expect(result.error?.message).toBe('The input file is not UTF-8 text');
		expect(result.error?.description).toContain('Use Upload');
		expect(rocket.apiRequests().map((request) => request.method)).toEqual(['GET']);
	});

	it('downloads a file as binary data with its name and MIME type', async () => {
		const result = await rocket.run(
			fileOp('download', {
				fileName: 'style.css',
				options: { directory: THEME },
				binaryPropertyName: 'stylesheet',
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: `/sites/${BLUE_HARBOR}/files/download`,
			query: { filename: 'style.css', directory: THEME },
		});
		expect(result.error).toBeUndefined();
		const [item] = result.items;
		expect(item.json).toMatchObject({ fileName: 'style.css', mimeType: 'text/css' });
		expect(item.binary?.stylesheet).toMatchObject({ fileName: 'style.css', mimeType: 'text/css' });
		expect(Buffer.from(item.binary?.stylesheet.data ?? '', 'base64').toString()).toContain(
			'Theme Name: Twenty Twenty-Four',
		);
	});

	it('views a file as text with its MIME type', async () => {
		const [item] = jsonOf(await rocket.run(fileOp('view', { fileName: 'wp-config.php' })));

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: `/sites/${BLUE_HARBOR}/files/view`,
			query: { filename: 'wp-config.php' },
		});
		expect(item).toEqual({
			content: expect.stringContaining('DB_NAME'),
			content_type: 'text/x-php',
			binary: false,
		});
	});

	it('creates a folder', async () => {
		const [item] = jsonOf(
			await rocket.run(fileOp('createFolder', { folderName: 'exports', directory: 'wp-content' })),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: `/sites/${BLUE_HARBOR}/files/folder`,
			body: { name: 'exports', path: 'wp-content' },
		});
		expect(item).toEqual({ success: true, path: 'wp-content/exports' });
		expect(tree().get('wp-content/exports')?.type).toBe('dir');
	});

	it('deletes a file', async () => {
		const items = jsonOf(await rocket.run(fileOp('delete', { filePath: 'readme.html' })));

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'DELETE',
			path: `/sites/${BLUE_HARBOR}/files`,
			body: { file: 'readme.html' },
		});
		expect(items).toEqual([{ deleted: true }]);
		expect(tree().has('readme.html')).toBe(false);
	});

	it('changes permissions, refusing anything but octal before sending', async () => {
		const [item] = jsonOf(
			await rocket.run(
				fileOp('changePermissions', { filePath: 'wp-config.php', permissions: '0640' }),
			),
		);
		expect(onlyRequest(rocket)).toMatchObject({
			method: 'PATCH',
			path: `/sites/${BLUE_HARBOR}/files/chmod`,
			body: { file: 'wp-config.php', permissions: '0640' },
		});
		expect(item).toEqual({ success: true, path: 'wp-config.php' });
		expect(tree().get('wp-config.php')?.mode).toBe('0640');

		rocket.simulator.clearRequests();
		const wrong = await rocket.run(
			fileOp('changePermissions', { filePath: 'wp-config.php', permissions: 'rw-r--r--' }),
		);
		expect(wrong.error?.message).toBe('Permissions "rw-r--r--" are not octal file permissions');
		expect(rocket.apiRequests()).toHaveLength(0);
	});

	it('compresses files into an archive, then extracts it', async () => {
		const [compressed] = jsonOf(
			await rocket.run(
				fileOp('compress', {
					sourcePaths: [THEME, 'wp-config.php'],
					archivePath: 'site.zip',
					compressType: 'zip',
				}),
			),
		);
		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: `/sites/${BLUE_HARBOR}/files/compress`,
			body: { sourcefiles: [THEME, 'wp-config.php'], destfiles: 'site.zip', compress_type: 'zip' },
		});
		expect(compressed).toEqual({ success: true, path: 'site.zip' });

		rocket.simulator.clearRequests();
		const [extracted] = jsonOf(
			await rocket.run(fileOp('extract', { filePath: 'site.zip', destination: 'unpacked' })),
		);
		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: `/sites/${BLUE_HARBOR}/files/extract`,
			body: { file: 'site.zip', destination: 'unpacked' },
		});
		expect(extracted).toEqual({ success: true, path: 'unpacked' });
		expect(tree().get('unpacked/twentytwentyfour/style.css')?.type).toBe('file');
	});

	it('refuses to gzip several files before sending', async () => {
		const result = await rocket.run(
			fileOp('compress', {
				sourcePaths: ['index.php', 'wp-login.php'],
				archivePath: 'both.gz',
				compressType: 'gz',
			}),
		);

		expect(result.error?.message).toBe('Type gz compresses a single file');
		expect(rocket.apiRequests()).toHaveLength(0);
	});

	it("shows Rocket.net's message when a file does not exist", async () => {
		const result = await rocket.run(fileOp('view', { fileName: 'missing.php' }));

		expect(result.error?.message).toBe("File 'missing.php' not found");
	});
});
