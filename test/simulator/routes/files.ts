import { bodyOf, siteOf, type RouteContext } from '../http/context';
import { okList } from '../http/list';
import { ApiError, ok, success, type Reply } from '../http/reply';
import type { Router } from '../http/router';
import { buildArchive, readArchive, type ArchiveMember, type ArchiveType } from '../state/archives';
import {
	baseName,
	checkName,
	findEntry,
	findFile,
	findFolder,
	isBinaryFileName,
	isText,
	joinPath,
	makeFolders,
	mimeTypeOf,
	normalizePath,
	parentOf,
	siteTree,
	subtree,
	writeFile,
	type FileEntry,
	type FileTree,
} from '../state/file-tree';

interface Listed {
	path: string;
	entry: FileEntry;
}

const FOLDER_SIZE = 4096;

const FILE_SORT = {
	created_at: ({ entry }: Listed) => entry.ctime,
	ctime: ({ entry }: Listed) => entry.ctime,
	mtime: ({ entry }: Listed) => entry.mtime,
	name: ({ path }: Listed) => baseName(path),
	size: ({ entry }: Listed) => sizeOf(entry),
	type: ({ entry }: Listed) => entry.type,
	updated_at: ({ entry }: Listed) => entry.mtime,
};

function sizeOf(entry: FileEntry): number {
	return entry.type === 'dir' ? FOLDER_SIZE : entry.content.length;
}

/** "4 KB", "1.5 MB": the file manager's human-readable sizes. */
function humanSize(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	const units = ['KB', 'MB', 'GB'];
	let value = bytes / 1024;
	let unit = 0;
	while (value >= 1024 && unit < units.length - 1) {
		value /= 1024;
		unit += 1;
	}
	return `${Number(value.toFixed(value < 10 ? 1 : 0))} ${units[unit]}`;
}

/** "2023-12-14 3:11PM": the file manager's human-readable times (UTC). */
function humanTime(unix: number): string {
	const when = new Date(unix * 1000);
	const hours = when.getUTCHours();
	const minutes = String(when.getUTCMinutes()).padStart(2, '0');
	const half = hours < 12 ? 'AM' : 'PM';
	return `${when.toISOString().slice(0, 10)} ${hours % 12 || 12}:${minutes}${half}`;
}

/** FileManagerFile in the spec's field order; `path` is the folder the entry is in. */
function fileView({ path, entry }: Listed) {
	return {
		created_at: humanTime(entry.ctime),
		ctime: entry.ctime,
		updated_at: humanTime(entry.mtime),
		mtime: entry.mtime,
		name: baseName(path),
		mode: entry.mode,
		type: entry.type,
		human_size: humanSize(sizeOf(entry)),
		size: sizeOf(entry),
		path: parentOf(path),
	};
}

function treeOf(context: RouteContext): FileTree {
	return siteTree(context.state, siteOf(context));
}

function isUnder(path: string, folder: string): boolean {
	return folder === '' || path.startsWith(`${folder}/`);
}

/** Lists a folder; with `search`, every entry under the folder whose name contains the text. */
function listFiles(context: RouteContext): Reply {
	const { query } = context;
	const tree = treeOf(context);
	const folder = normalizePath(query.path, 'path');
	findFolder(tree, folder);

	const search = typeof query.search === 'string' ? query.search.toLowerCase() : '';
	const listed = [...tree.entries()]
		.filter(([path]) =>
			search
				? path !== '' && isUnder(path, folder) && baseName(path).toLowerCase().includes(search)
				: path !== '' && parentOf(path) === folder,
		)
		.map(([path, entry]) => ({ path, entry }));
	return okList(listed, query, { defaultSort: 'name', sortBy: FILE_SORT }, fileView);
}

/** The deprecated listing: absolute paths under the account's home, totals by type. */
function listFilesDeprecated(context: RouteContext): Reply {
	const site = siteOf(context);
	const tree = treeOf(context);
	const folder = normalizePath(context.query.path, 'path');
	findFolder(tree, folder);

	const root = `/home/${site.sftp_username}/public_html`;
	const absolute = (path: string) => (path === '' ? root : `${root}/${path}`);
	const children = [...tree.entries()].filter(([path]) => path !== '' && parentOf(path) === folder);
	const files = children.map(([path, entry]) => ({
		humansize: humanSize(sizeOf(entry)),
		file: baseName(path),
		fullpath: absolute(path),
		ctime: entry.ctime,
		absdir: absolute(folder),
		size: sizeOf(entry),
		nicemode: entry.mode,
		type: entry.type,
		path: absolute(folder),
		mtime: entry.mtime,
	}));
	return ok({
		files,
		totals: {
			files: files.filter((file) => file.type === 'file').length,
			folders: files.filter((file) => file.type === 'dir').length,
		},
	});
}

function decodeBase64(content: string): Buffer {
	const compact = content.replace(/\s+/g, '');
	if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) {
		throw new ApiError(400, 'content is not valid base64, but binary is true');
	}
	return Buffer.from(compact, 'base64');
}

function uploadFile(context: RouteContext): Reply {
	const body = bodyOf<{ content: string; path: string; filename: string; binary?: boolean }>(
		context,
	);
	const folder = normalizePath(body.path, 'path');
	const name = checkName(body.filename, 'filename');
	const binary = body.binary ?? isBinaryFileName(name);

	const content = binary ? decodeBase64(body.content) : Buffer.from(body.content, 'utf8');
	writeFile(treeOf(context), joinPath(folder, name), content, context.now);
	return ok({ success: true, path: folder });
}

function saveFile(context: RouteContext): Reply {
	const body = bodyOf<{ file: string; path: string; content: string }>(context);
	const tree = treeOf(context);
	const folder = normalizePath(body.path, 'path');
	const path = joinPath(folder, checkName(body.file, 'file'));

	findFile(tree, path);
	writeFile(tree, path, Buffer.from(body.content, 'utf8'), context.now);
	return ok({ success: true, path: folder });
}

function deleteFile(context: RouteContext): Reply {
	const tree = treeOf(context);
	const path = normalizePath(bodyOf<{ file: string }>(context).file, 'file');
	if (path === '') throw new ApiError(400, 'The document root cannot be deleted');

	findEntry(tree, path);
	for (const doomed of subtree(tree, path)) tree.delete(doomed);
	return success();
}

function changePermissions(context: RouteContext): Reply {
	const body = bodyOf<{ file: string; permissions: string }>(context);
	if (!/^[0-7]{3,4}$/.test(body.permissions)) {
		throw new ApiError(
			400,
			`Invalid permissions '${body.permissions}': give octal permissions such as 0644`,
		);
	}
	const path = normalizePath(body.file, 'file');
	findEntry(treeOf(context), path).mode = body.permissions.padStart(4, '0');
	return ok({ success: true, path });
}

function createFolder(context: RouteContext): Reply {
	const body = bodyOf<{ name: string; path: string }>(context);
	const tree = treeOf(context);
	const parent = normalizePath(body.path, 'path');
	findFolder(tree, parent);

	const path = joinPath(parent, checkName(body.name, 'name'));
	if (tree.has(path)) throw new ApiError(400, `'${path}' already exists`);
	makeFolders(tree, path, context.now);
	return ok({ success: true, path });
}

/** Everything under each source, named relative to the source's folder, as `tar -C` would. */
function archiveMembers(tree: FileTree, sources: string[]): ArchiveMember[] {
	return sources.flatMap((source) => {
		const base = parentOf(source);
		return subtree(tree, source)
			.sort()
			.map((path) => {
				const entry = tree.get(path) as FileEntry;
				return {
					path: base === '' ? path : path.slice(base.length + 1),
					type: entry.type,
					content: entry.content,
					mtime: entry.mtime,
					mode: entry.mode,
				};
			});
	});
}

function compressFiles(context: RouteContext): Reply {
	const body = bodyOf<{ sourcefiles: string[]; destfiles: string; compress_type: ArchiveType }>(
		context,
	);
	const tree = treeOf(context);
	const sources = body.sourcefiles.map((source) => normalizePath(source, 'sourcefiles'));
	if (sources.length === 0 || sources.includes('')) {
		throw new ApiError(400, 'sourcefiles must name at least one file or folder in the site');
	}
	sources.forEach((source) => findEntry(tree, source));

	const single = sources.length === 1 && tree.get(sources[0])?.type === 'file';
	const type = body.compress_type;
	if ((type === 'gz' || type === 'bz2') && !single) {
		throw new ApiError(400, `${type} compresses one file; use tar.${type} for folders or several`);
	}

	const destination = normalizePath(body.destfiles, 'destfiles');
	if (destination === '') throw new ApiError(400, 'destfiles must name the archive to create');
	const members = archiveMembers(tree, sources);
	const archive = writeFile(tree, destination, buildArchive(type, members), context.now);
	archive.members = members;
	return ok({ success: true, path: destination });
}

function extractFile(context: RouteContext): Reply {
	const body = bodyOf<{ file: string; destination: string }>(context);
	const tree = treeOf(context);
	const path = normalizePath(body.file, 'file');
	const archive = findFile(tree, path);
	const members = archive.members ?? readArchive(path, archive.content);
	if (!members) throw new ApiError(400, `'${path}' is not an archive that can be extracted`);

	const destination = normalizePath(body.destination, 'destination');
	makeFolders(tree, destination, context.now);
	for (const member of members) {
		const target = joinPath(destination, normalizePath(member.path, 'archive member'));
		if (member.type === 'dir') {
			makeFolders(tree, target, context.now);
			continue;
		}
		makeFolders(tree, parentOf(target), context.now);
		writeFile(tree, target, member.content, context.now).mode = member.mode;
	}
	return ok({ success: true, path: destination });
}

function requestedFile(context: RouteContext): { path: string; entry: FileEntry } {
	const folder = normalizePath(context.query.directory, 'directory');
	const path = joinPath(folder, normalizePath(context.query.filename, 'filename'));
	return { path, entry: findFile(treeOf(context), path) };
}

function viewFile(context: RouteContext): Reply {
	const { path, entry } = requestedFile(context);
	const binary = !isText(entry.content);
	return ok({
		content: entry.content.toString(binary ? 'base64' : 'utf8'),
		content_type: mimeTypeOf(path),
		binary,
	});
}

/** The file as an attachment named after it, typed by its extension. */
function downloadFile(context: RouteContext): Reply {
	const { path, entry } = requestedFile(context);
	const name = baseName(path);
	const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
	const disposition =
		ascii === name
			? `attachment; filename="${name}"`
			: `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
	return {
		status: 200,
		raw: entry.content,
		contentType: mimeTypeOf(path),
		headers: { 'Content-Disposition': disposition },
	};
}

export function registerFileRoutes(router: Router): void {
	router.on('GET', '/sites/{id}/file_manager/files', listFiles);
	router.on('GET', '/sites/{id}/files', listFilesDeprecated);
	router.on('POST', '/sites/{id}/files', uploadFile);
	router.on('PUT', '/sites/{id}/files', saveFile);
	router.on('DELETE', '/sites/{id}/files', deleteFile);
	router.on('PATCH', '/sites/{id}/files/chmod', changePermissions);
	router.on('POST', '/sites/{id}/files/compress', compressFiles);
	router.on('GET', '/sites/{id}/files/download', downloadFile);
	router.on('POST', '/sites/{id}/files/extract', extractFile);
	router.on('POST', '/sites/{id}/files/folder', createFolder);
	router.on('GET', '/sites/{id}/files/view', viewFile);
}
