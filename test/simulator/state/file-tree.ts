import { createHash } from 'node:crypto';

import { ApiError } from '../http/reply';
import type { ArchiveMember } from './archives';
import { groupState, type SimulatorState, type SiteRecord } from './state';

export interface FileEntry {
	type: 'dir' | 'file';
	/** Four octal digits, e.g. 0644. */
	mode: string;
	/** Unix seconds. */
	ctime: number;
	mtime: number;
	/** The file's bytes; empty for folders. */
	content: Buffer;
	/** What an archive made by compress holds, so that formats Node cannot write still extract. */
	members?: ArchiveMember[];
}

/** A site's files by path relative to its document root; `''` is the document root. */
export type FileTree = Map<string, FileEntry>;

/** A 1×1 PNG, so that images in the demo tree are real images. */
const PIXEL_PNG = Buffer.from(
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
	'base64',
);

const MIME_TYPES: Record<string, string> = {
	bz2: 'application/x-bzip2',
	css: 'text/css',
	csv: 'text/csv',
	gif: 'image/gif',
	gz: 'application/gzip',
	htaccess: 'text/plain',
	html: 'text/html',
	ico: 'image/x-icon',
	jpeg: 'image/jpeg',
	jpg: 'image/jpeg',
	js: 'text/javascript',
	json: 'application/json',
	md: 'text/markdown',
	pdf: 'application/pdf',
	php: 'text/x-php',
	png: 'image/png',
	sql: 'application/sql',
	svg: 'image/svg+xml',
	tar: 'application/x-tar',
	tgz: 'application/gzip',
	txt: 'text/plain',
	webp: 'image/webp',
	woff2: 'font/woff2',
	xml: 'application/xml',
	zip: 'application/zip',
};

const BINARY_EXTENSIONS = new Set([
	'bin',
	'bz2',
	'eot',
	'gif',
	'gz',
	'ico',
	'jpeg',
	'jpg',
	'mp3',
	'mp4',
	'pdf',
	'png',
	'tar',
	'tgz',
	'ttf',
	'webp',
	'woff',
	'woff2',
	'zip',
]);

function extensionOf(name: string): string {
	const base = name.split('/').pop() ?? name;
	const dot = base.lastIndexOf('.');
	return dot < 0 ? '' : base.slice(dot + 1).toLowerCase();
}

export function mimeTypeOf(name: string): string {
	return MIME_TYPES[extensionOf(name)] ?? 'application/octet-stream';
}

/** How Rocket.net decides whether upload content is base64 when `binary` is omitted. */
export function isBinaryFileName(name: string): boolean {
	return BINARY_EXTENSIONS.has(extensionOf(name));
}

/** Text means valid UTF-8 without NUL bytes; anything else is shown base64-encoded. */
export function isText(content: Buffer): boolean {
	if (content.includes(0)) return false;
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(content);
		return true;
	} catch {
		return false;
	}
}

/**
 * A path relative to the document root, without leading, trailing or doubled slashes.
 * `..` is refused: nothing outside the document root can be reached.
 */
export function normalizePath(raw: unknown, field: string): string {
	const text = String(raw ?? '').replace(/\\/g, '/');
	const parts = text.split('/').filter((part) => part !== '' && part !== '.');
	if (parts.includes('..')) {
		throw new ApiError(400, `Invalid ${field} '${text}': paths may not leave the document root`);
	}
	return parts.join('/');
}

/** A single file or folder name: no slashes. */
export function checkName(raw: unknown, field: string): string {
	const name = String(raw ?? '').trim();
	if (name === '' || name === '.' || name === '..' || /[/\\]/.test(name)) {
		throw new ApiError(400, `Invalid ${field} '${String(raw)}': give a name without slashes`);
	}
	return name;
}

export function joinPath(directory: string, name: string): string {
	return directory === '' ? name : `${directory}/${name}`;
}

export function parentOf(path: string): string {
	const slash = path.lastIndexOf('/');
	return slash < 0 ? '' : path.slice(0, slash);
}

export function baseName(path: string): string {
	return path.slice(path.lastIndexOf('/') + 1);
}

function seedFiles(site: SiteRecord): Array<[string, string | Buffer, string?]> {
	const salt = (key: string) =>
		createHash('sha256').update(`${site.domain}:${key}`).digest('base64').slice(0, 40);
	const database = site.sftp_username.replace(/[^a-z0-9]/gi, '').slice(0, 12) || 'wordpress';

	return [
		[
			'.htaccess',
			'# BEGIN WordPress\n<IfModule mod_rewrite.c>\nRewriteEngine On\nRewriteBase /\nRewriteRule ^index\\.php$ - [L]\nRewriteCond %{REQUEST_FILENAME} !-f\nRewriteCond %{REQUEST_FILENAME} !-d\nRewriteRule . /index.php [L]\n</IfModule>\n# END WordPress\n',
		],
		[
			'index.php',
			"<?php\n/**\n * Front to the WordPress application.\n */\ndefine( 'WP_USE_THEMES', true );\nrequire __DIR__ . '/wp-blog-header.php';\n",
		],
		['license.txt', 'WordPress - Web publishing software\n\nReleased under the GPL v2 or later.\n'],
		[
			'readme.html',
			'<!DOCTYPE html>\n<html lang="en">\n<head><title>WordPress &rsaquo; ReadMe</title></head>\n<body><h1>WordPress</h1></body>\n</html>\n',
		],
		['wp-blog-header.php', "<?php\nrequire_once __DIR__ . '/wp-load.php';\nwp();\n"],
		[
			'wp-config.php',
			`<?php\ndefine( 'DB_NAME', '${database}_wp' );\ndefine( 'DB_USER', '${database}_wp' );\ndefine( 'DB_HOST', 'localhost' );\ndefine( 'AUTH_KEY', '${salt('auth')}' );\ndefine( 'SECURE_AUTH_KEY', '${salt('secure')}' );\n$table_prefix = 'wp_';\ndefine( 'WP_DEBUG', false );\nrequire_once ABSPATH . 'wp-settings.php';\n`,
			'0600',
		],
		['wp-cron.php', "<?php\ndefine( 'DOING_CRON', true );\n"],
		['wp-load.php', "<?php\ndefine( 'ABSPATH', __DIR__ . '/' );\n"],
		['wp-login.php', "<?php\nrequire __DIR__ . '/wp-load.php';\n"],
		['wp-settings.php', "<?php\ndefine( 'WPINC', 'wp-includes' );\n"],
		['xmlrpc.php', "<?php\ndefine( 'XMLRPC_REQUEST', true );\n"],
		['wp-admin/admin.php', "<?php\nrequire_once dirname( __DIR__ ) . '/wp-load.php';\n"],
		['wp-admin/index.php', "<?php\nrequire_once __DIR__ . '/admin.php';\n"],
		['wp-includes/functions.php', "<?php\nfunction wp_die( $message = '' ) {}\n"],
		['wp-includes/version.php', "<?php\n$wp_version = '6.4.1';\n$wp_db_version = 56657;\n"],
		['wp-content/index.php', '<?php\n// Silence is golden.\n'],
		['wp-content/plugins/index.php', '<?php\n// Silence is golden.\n'],
		['wp-content/plugins/hello.php', '<?php\n/*\nPlugin Name: Hello Dolly\nVersion: 1.7.2\n*/\n'],
		[
			'wp-content/plugins/akismet/akismet.php',
			'<?php\n/*\nPlugin Name: Akismet Anti-spam: Spam Protection\nVersion: 5.3\n*/\n',
		],
		['wp-content/themes/index.php', '<?php\n// Silence is golden.\n'],
		[
			'wp-content/themes/twentytwentyfour/style.css',
			`/*\nTheme Name: Twenty Twenty-Four\nVersion: 1.0\nText Domain: twentytwentyfour\n*/\nbody { margin: 0; }\n/* ${site.display_domain} */\n`,
		],
		[
			'wp-content/themes/twentytwentyfour/functions.php',
			"<?php\nadd_action( 'after_setup_theme', 'twentytwentyfour_setup' );\n",
		],
		['wp-content/themes/twentytwentyfour/screenshot.png', PIXEL_PNG],
		['wp-content/uploads/2024/05/logo.png', PIXEL_PNG],
	];
}

function ensureFolder(tree: FileTree, path: string, time: number): void {
	if (tree.has(path)) return;
	if (path !== '') ensureFolder(tree, parentOf(path), time);
	tree.set(path, { type: 'dir', mode: '0755', ctime: time, mtime: time, content: Buffer.alloc(0) });
}

/** A WordPress installation, the same for the same site every time. */
function seedTree(site: SiteRecord): FileTree {
	const tree: FileTree = new Map();
	const created = Math.floor(Date.parse(site.created_at) / 1000);
	ensureFolder(tree, '', created);
	seedFiles(site).forEach(([path, content, mode], index) => {
		const ctime = created + index * 60;
		ensureFolder(tree, parentOf(path), ctime);
		tree.set(path, {
			type: 'file',
			mode: mode ?? '0644',
			ctime,
			mtime: ctime + (index % 5) * 86_400,
			content: Buffer.isBuffer(content) ? content : Buffer.from(content),
		});
	});
	return tree;
}

/** The files of a site, seeded the first time they are read. */
export function siteTree(state: SimulatorState, site: SiteRecord): FileTree {
	const trees = groupState(state, 'files', () => new Map<number, FileTree>());
	let tree = trees.get(site.id);
	if (!tree) {
		tree = seedTree(site);
		trees.set(site.id, tree);
	}
	return tree;
}

export function findEntry(tree: FileTree, path: string, what = 'File'): FileEntry {
	const entry = tree.get(path);
	if (!entry) throw new ApiError(404, `${what} '${path || '/'}' not found`);
	return entry;
}

export function findFolder(tree: FileTree, path: string): FileEntry {
	const entry = findEntry(tree, path, 'Directory');
	if (entry.type !== 'dir') throw new ApiError(400, `'${path}' is a file, not a directory`);
	return entry;
}

export function findFile(tree: FileTree, path: string): FileEntry {
	const entry = findEntry(tree, path);
	if (entry.type !== 'file') throw new ApiError(400, `'${path}' is a directory, not a file`);
	return entry;
}

/** Writes a file, creating it or replacing its content. The folder it goes in must exist. */
export function writeFile(tree: FileTree, path: string, content: Buffer, now: number): FileEntry {
	findFolder(tree, parentOf(path));
	const existing = tree.get(path);
	if (existing?.type === 'dir') throw new ApiError(400, `'${path}' is a directory, not a file`);

	const time = Math.floor(now / 1000);
	const entry: FileEntry = existing
		? { ...existing, content, mtime: time, members: undefined }
		: { type: 'file', mode: '0644', ctime: time, mtime: time, content };
	tree.set(path, entry);
	return entry;
}

/** Creates a folder and any missing parents (mkdir -p). */
export function makeFolders(tree: FileTree, path: string, now: number): void {
	const existing = tree.get(path);
	if (existing?.type === 'file') throw new ApiError(400, `'${path}' is a file, not a directory`);
	if (path !== '') makeFolders(tree, parentOf(path), now);
	if (!existing) ensureFolder(tree, path, Math.floor(now / 1000));
}

/** Paths of an entry and everything under it. */
export function subtree(tree: FileTree, path: string): string[] {
	return [...tree.keys()].filter(
		(candidate) => candidate === path || path === '' || candidate.startsWith(`${path}/`),
	);
}

/** Puts a file on a site, creating its folders, as a test or demo needs it. */
export function putSiteFile(
	state: SimulatorState,
	site: SiteRecord,
	path: string,
	content: Buffer,
): void {
	const tree = siteTree(state, site);
	makeFolders(tree, parentOf(path), Date.now());
	writeFile(tree, path, content, Date.now());
}
