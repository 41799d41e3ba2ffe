import { bodyOf, siteOf, type RouteContext } from '../http/context';
import { okList } from '../http/list';
import { ApiError, ok, type Reply } from '../http/reply';
import { recordActivity } from '../state/activity';
import type { SiteRecord } from '../state/state';
import {
	activateTheme,
	packagesOf,
	type InstalledPackage,
	type PackageKind,
} from '../state/wordpress';
import { directoryPlugin, directoryTheme } from '../state/wordpress-directory';

/** Plugins, themes and WP-CLI exist on WordPress sites only (site_type 0). */
export function wordpressSite(context: RouteContext): SiteRecord {
	const site = siteOf(context);
	if (site.site_type !== 0) {
		throw new ApiError(400, 'This action is only available for WordPress sites');
	}
	return site;
}

function titleOf(kind: PackageKind): string {
	return kind === 'plugin' ? 'Plugin' : 'Theme';
}

/** A comma-joined list of slugs from the body, refused when missing or empty. */
export function slugsOf(value: unknown, field: string): string[] {
	const slugs = String(value ?? '')
		.split(',')
		.map((slug) => slug.trim())
		.filter((slug) => slug !== '');
	if (slugs.length === 0) throw new ApiError(400, `'${field}' is required`);
	return slugs;
}

/** The slug a .zip at a custom URL installs as: its file name without version and extension. */
export function slugFromUrl(url: string): string {
	const file = decodeURIComponent(url.split(/[?#]/)[0].split('/').pop() ?? '');
	const slug = file.replace(/\.zip$/i, '').replace(/[-.]v?\d+(\.\d+)*$/, '');
	if (!/^https?:\/\//i.test(url) || slug === '') {
		throw new ApiError(400, `Unable to download a package from '${url}'`);
	}
	return slug.toLowerCase();
}

function titleFromSlug(slug: string): string {
	return slug.replace(/-/g, ' ').replace(/\b\w/g, (letter) => letter.toUpperCase());
}

function directoryEntry(kind: PackageKind, slug: string) {
	const entry = kind === 'plugin' ? directoryPlugin(slug) : directoryTheme(slug);
	if (!entry) return undefined;
	const description = 'short_description' in entry ? entry.short_description : entry.description;
	return { title: entry.title, version: entry.version, description };
}

export function hasUpdate(installed: InstalledPackage): 'available' | 'none' {
	return installed.update_version ? 'available' : 'none';
}

/** Installed plugins or themes, searched by name and title, sorted and paged. */
export function listInstalled(
	context: RouteContext,
	kind: PackageKind,
	view: (installed: InstalledPackage) => unknown,
): Reply {
	const site = wordpressSite(context);
	const search = typeof context.query.search === 'string' ? context.query.search.toLowerCase() : '';
	const records = [...packagesOf(context.state, site, kind).values()].filter((installed) =>
		`${installed.name} ${installed.title} ${kind === 'theme' ? installed.description : ''}`
			.toLowerCase()
			.includes(search),
	);
	return okList(
		records,
		context.query,
		{
			defaultSort: 'title',
			sortBy: {
				description: (installed) => installed.description,
				name: (installed) => installed.name,
				status: (installed) => installed.status,
				title: (installed) => installed.title,
				update: (installed) => hasUpdate(installed),
				version: (installed) => installed.version,
			},
		},
		view,
	);
}

interface InstallBody {
	activate?: boolean;
	custom_url?: string;
	[listKey: string]: unknown;
}

interface InstallResult {
	name: string;
	version: string;
	activated: boolean;
	note: string;
}

function activate(
	context: RouteContext,
	kind: PackageKind,
	site: SiteRecord,
	installed: InstalledPackage,
) {
	const all = packagesOf(context.state, site, kind);
	if (kind === 'theme') activateTheme(all, installed.name);
	else installed.status = 'active';
	recordActivity(context.state, site, context.now, {
		type: kind,
		label: titleOf(kind),
		action: 'activated',
		description: `Activated the ${kind} ${installed.title}`,
	});
}

/**
 * POST /plugins and /themes: slugs from the directory or one .zip from `custom_url` (not both),
 * with the spec's notes ('404: Plugin not found', 'Plugin already installed' …).
 */
export function installPackages(context: RouteContext, kind: PackageKind): Reply {
	const site = wordpressSite(context);
	const listKey = `${kind}s`;
	const body = bodyOf<InstallBody>(context);
	if (body[listKey] !== undefined && body.custom_url !== undefined) {
		throw new ApiError(400, `'${listKey}' cannot be combined with 'custom_url'`);
	}
	if (body[listKey] === undefined && body.custom_url === undefined) {
		throw new ApiError(400, `Either '${listKey}' or 'custom_url' is required`);
	}

	const fromUrl = body.custom_url !== undefined;
	const slugs = fromUrl ? [slugFromUrl(body.custom_url ?? '')] : slugsOf(body[listKey], listKey);
	const installedPackages = packagesOf(context.state, site, kind);
	const title = titleOf(kind);

	const results = slugs.map((slug): InstallResult => {
		const existing = installedPackages.get(slug);
		if (existing && !fromUrl) {
			const activated = existing.status === 'active';
			return {
				name: slug,
				version: existing.version,
				activated,
				note: `${title} already installed`,
			};
		}
		const entry = fromUrl
			? { title: titleFromSlug(slug), version: '1.0.0', description: '' }
			: directoryEntry(kind, slug);
		if (!entry)
			return { name: slug, version: '', activated: false, note: `404: ${title} not found` };

		const installed: InstalledPackage = {
			name: slug,
			...entry,
			status: existing?.status === 'active' ? 'active' : 'inactive',
			update_version: null,
		};
		installedPackages.set(slug, installed);
		recordActivity(context.state, site, context.now, {
			type: kind,
			label: title,
			action: 'installed',
			description: `Installed the ${kind} ${installed.title}`,
		});
		return {
			name: slug,
			version: installed.version,
			activated: false,
			note: fromUrl ? `${title} installed from custom url` : '',
		};
	});

	// A site has one active theme: with several themes, the last one installed becomes it.
	const installedNow = results.filter(
		(result) => result.version !== '' && !/already/.test(result.note),
	);
	const toActivate = kind === 'theme' ? installedNow.slice(-1) : installedNow;
	if (body.activate === true) {
		for (const result of toActivate) {
			activate(context, kind, site, installedPackages.get(result.name)!);
			result.activated = true;
			result.note = `${title} '${result.name}' activated.`;
		}
	}
	return ok(results);
}

/** The installed plugin or theme named in the body, or a 400. */
export function installedOrRefuse(
	context: RouteContext,
	kind: PackageKind,
	site: SiteRecord,
	name: unknown,
): InstalledPackage {
	if (typeof name !== 'string' || name === '') throw new ApiError(400, `'${kind}' is required`);
	const installed = packagesOf(context.state, site, kind).get(name);
	if (!installed) throw new ApiError(400, `${titleOf(kind)} '${name}' is not installed`);
	return installed;
}

/** PATCH /plugins and /themes: `activated` is answered as the text "true" or "false". */
export function setPackageStatus(context: RouteContext, kind: PackageKind): Reply {
	const site = wordpressSite(context);
	const body = bodyOf<Record<string, string | undefined>>(context);
	const installed = installedOrRefuse(context, kind, site, body[kind]);
	if (body.status !== 'activate' && body.status !== 'deactivate') {
		throw new ApiError(400, "'status' must be 'activate' or 'deactivate'");
	}
	if (installed.status === 'must-use' || installed.status === 'dropin') {
		throw new ApiError(
			400,
			`'${installed.name}' is a ${installed.status} plugin and is always active`,
		);
	}

	if (body.status === 'activate') {
		if (installed.status !== 'active') activate(context, kind, site, installed);
		return ok([{ name: installed.name, activated: 'true' }]);
	}

	if (kind === 'theme' && installed.status === 'active') {
		throw new ApiError(
			400,
			'The active theme cannot be deactivated. Activate another theme instead.',
		);
	}
	if (installed.status === 'active') {
		installed.status = 'inactive';
		recordActivity(context.state, site, context.now, {
			type: kind,
			label: titleOf(kind),
			action: 'deactivated',
			description: `Deactivated the ${kind} ${installed.title}`,
		});
	}
	return ok([{ name: installed.name, activated: 'false' }]);
}

/** PUT /plugins and /themes: updates at once to the version wordpress.org offers. */
export function updatePackage(context: RouteContext, kind: PackageKind): Reply {
	const site = wordpressSite(context);
	const body = bodyOf<Record<string, unknown>>(context);
	const installed = installedOrRefuse(context, kind, site, body[kind]);
	const title = titleOf(kind);
	const oldVersion = installed.version;

	if (body.update === false || !installed.update_version) {
		const note = body.update === false ? 'Update skipped' : `${title} is already up to date`;
		return ok([{ name: installed.name, old_version: oldVersion, new_version: oldVersion, note }]);
	}

	installed.version = installed.update_version;
	installed.update_version = null;
	recordActivity(context.state, site, context.now, {
		type: kind,
		label: title,
		action: 'updated',
		description: `Updated the ${kind} ${installed.title} to ${installed.version}`,
	});
	return ok([
		{
			name: installed.name,
			old_version: oldVersion,
			new_version: installed.version,
			note: `${title} updated successfully`,
		},
	]);
}

/** DELETE /plugins and /themes: one `{ name, note }` per slug. */
export function deletePackages(
	context: RouteContext,
	kind: PackageKind,
	refuse: (installed: InstalledPackage) => string | undefined,
): Reply {
	const site = wordpressSite(context);
	const listKey = `${kind}s`;
	const slugs = slugsOf(bodyOf<Record<string, unknown>>(context)[listKey], listKey);
	const installedPackages = packagesOf(context.state, site, kind);

	const results = slugs.map((slug) => {
		const installed = installedPackages.get(slug);
		if (!installed) return { name: slug, note: `${kind} not found` };
		const refusal = refuse(installed);
		if (refusal !== undefined) return { name: slug, note: refusal };

		installedPackages.delete(slug);
		recordActivity(context.state, site, context.now, {
			type: kind,
			label: titleOf(kind),
			action: 'deleted',
			description: `Deleted the ${kind} ${installed.title}`,
		});
		return { name: slug, note: 'deleted' };
	});
	return ok(results);
}

/** Whether a directory plugin or theme is on the site, as search and featured lists say it. */
export function siteStatusOf(
	installedPackages: Map<string, InstalledPackage>,
	slug: string,
): 'active' | 'inactive' | 'not_installed' {
	const installed = installedPackages.get(slug);
	if (!installed) return 'not_installed';
	return installed.status === 'inactive' ? 'inactive' : 'active';
}

/** Directory records in a wordpress.org order (`browse`), as one page of the list envelope. */
export function directoryPage<T>(
	context: RouteContext,
	records: T[],
	orders: Record<string, (record: T) => string | number>,
	view: (record: T) => unknown,
): Reply {
	const words = String(context.query.query ?? '')
		.toLowerCase()
		.split(/\s+/)
		.filter(Boolean);
	const matching = records.filter((record) => {
		const text = JSON.stringify(record).toLowerCase();
		return words.every((word) => text.includes(word));
	});
	const browse = typeof context.query.browse === 'string' ? context.query.browse : 'popular';
	return okList(
		matching,
		context.query,
		{ defaultSort: browse, defaultDirection: 'desc', sortBy: orders },
		view,
	);
}
