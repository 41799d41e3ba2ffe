import { groupState, type SimulatorState, type SiteRecord } from './state';
import { DIRECTORY_PLUGINS, directoryTheme, type DirectoryPlugin } from './wordpress-directory';

export type PackageKind = 'plugin' | 'theme';
export type PackageStatus = 'active' | 'inactive' | 'must-use' | 'dropin';

/** An installed plugin or theme. */
export interface InstalledPackage {
	name: string;
	title: string;
	status: PackageStatus;
	version: string;
	/** The newer version wordpress.org offers, or null when up to date. */
	update_version: string | null;
	description: string;
}

/** What the simulator knows of the WordPress installation of one site. */
export interface WordPressInstall {
	coreVersion: string;
	plugins: Map<string, InstalledPackage>;
	themes: Map<string, InstalledPackage>;
	options: Map<string, string>;
}

export const CORE_VERSION = '6.7.1';

// Guessed: the slug and title Rocket.net gives its cache plugin are not in the spec.
export const CDN_CACHE_PLUGIN = {
	name: 'rocketnet-cdn-cache-management',
	title: 'Rocket.net CDN Cache Management',
	version: '2.1.0',
};

/** The version before `version`, e.g. 9.4.2 → 9.4.1, 1.0 → 0.9, for seeded pending updates. */
export function olderVersion(version: string): string {
	const parts = version.split('.').map(Number);
	for (let index = parts.length - 1; index >= 0; index -= 1) {
		if (parts[index] > 0) {
			parts[index] -= 1;
			break;
		}
		parts[index] = 9;
	}
	return parts.join('.');
}

function fromDirectory(
	plugin: DirectoryPlugin,
	status: PackageStatus,
	outdated: boolean,
): InstalledPackage {
	return {
		name: plugin.slug,
		title: plugin.title,
		status,
		version: outdated ? olderVersion(plugin.version) : plugin.version,
		update_version: outdated ? plugin.version : null,
		description: plugin.short_description,
	};
}

function seedPlugins(site: SiteRecord): Map<string, InstalledPackage> {
	const [akismet, ...others] = DIRECTORY_PLUGINS;
	const plugins: InstalledPackage[] = [
		fromDirectory(akismet, 'inactive', true),
		{
			name: 'hello',
			title: 'Hello Dolly',
			status: 'inactive',
			version: '1.7.2',
			update_version: null,
			description: 'This is not just a plugin, it symbolizes the hope of an entire generation.',
		},
		{ ...CDN_CACHE_PLUGIN, status: 'active', update_version: null, description: '' },
		{
			name: 'rocketnet-platform',
			title: 'Rocket.net Platform',
			status: 'must-use',
			version: '1.4.0',
			update_version: null,
			description: 'Connects the site to the Rocket.net platform.',
		},
		{
			name: 'advanced-cache.php',
			title: 'Advanced caching plugin',
			status: 'dropin',
			version: '',
			update_version: null,
			description: 'Drop-in for page caching.',
		},
	];

	// Three more per site, chosen by its id: the first is active with an update waiting.
	for (let index = 0; index < 3; index += 1) {
		const plugin = others[(site.id * 3 + index) % others.length];
		plugins.push(fromDirectory(plugin, index === 2 ? 'inactive' : 'active', index === 0));
	}
	return new Map(plugins.map((plugin) => [plugin.name, plugin]));
}

function seedThemes(site: SiteRecord): Map<string, InstalledPackage> {
	const activeSlug = ['astra', 'twentytwentyfive', 'kadence'][site.id % 3];
	const slugs = [
		...new Set(['twentytwentyfive', 'twentytwentyfour', 'twentytwentythree', activeSlug]),
	];
	const themes = slugs.map((slug): InstalledPackage => {
		const theme = directoryTheme(slug);
		if (!theme) throw new Error(`No directory theme ${slug}`);
		const outdated = slug === 'twentytwentyfour';
		return {
			name: slug,
			title: theme.title,
			status: slug === activeSlug ? 'active' : 'inactive',
			version: outdated ? olderVersion(theme.version) : theme.version,
			update_version: outdated ? theme.version : null,
			description: theme.description,
		};
	});
	return new Map(themes.map((theme) => [theme.name, theme]));
}

function seedOptions(site: SiteRecord): Map<string, string> {
	const apex = site.domain.replace(/^(www|staging)\./, '');
	return new Map([
		['siteurl', `https://${site.domain}`],
		['home', `https://${site.domain}`],
		['blogname', site.label ?? site.domain],
		['blogdescription', 'Just another WordPress site'],
		['admin_email', `admin@${apex}`],
	]);
}

function seedInstall(state: SimulatorState, site: SiteRecord): WordPressInstall {
	const production = site.production === null ? undefined : state.sites.get(site.production);
	if (production) {
		// A staging site starts as a copy of its production site.
		const copy = structuredClone(wordpressOf(state, production));
		return { ...copy, options: seedOptions(site) };
	}
	return {
		coreVersion: CORE_VERSION,
		plugins: seedPlugins(site),
		themes: seedThemes(site),
		options: seedOptions(site),
	};
}

/** The WordPress installation of a site, seeded the first time it is read (deterministic). */
export function wordpressOf(state: SimulatorState, site: SiteRecord): WordPressInstall {
	const installs = groupState(state, 'wordpress', () => new Map<number, WordPressInstall>());
	let install = installs.get(site.id);
	if (!install) {
		install = seedInstall(state, site);
		installs.set(site.id, install);
	}
	return install;
}

export function packagesOf(
	state: SimulatorState,
	site: SiteRecord,
	kind: PackageKind,
): Map<string, InstalledPackage> {
	const install = wordpressOf(state, site);
	return kind === 'plugin' ? install.plugins : install.themes;
}

/** The only active theme; WordPress always has exactly one. */
export function activateTheme(themes: Map<string, InstalledPackage>, name: string): void {
	for (const theme of themes.values()) theme.status = theme.name === name ? 'active' : 'inactive';
}

export interface WordPressHealth {
	operational_status: 'operational' | 'critical_error' | 'not_applicable' | 'unknown';
	error: string;
}

function healthOverrides(state: SimulatorState) {
	return groupState(state, 'wordpress-health', () => new Map<number, WordPressHealth>());
}

/** What GET /sites/{id}/wp/status reports: operational unless a test broke the site. */
export function wordpressHealthOf(state: SimulatorState, site: SiteRecord): WordPressHealth {
	const broken = healthOverrides(state).get(site.id);
	if (broken) return broken;
	return { operational_status: site.site_type === 0 ? 'operational' : 'not_applicable', error: '' };
}

/** Makes a site report another WordPress status, e.g. a critical error after a bad update. */
export function setWordPressHealth(state: SimulatorState, siteId: number, health: WordPressHealth) {
	healthOverrides(state).set(siteId, health);
}
