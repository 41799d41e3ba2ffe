import type { RouteContext } from '../http/context';
import { okList } from '../http/list';
import { success } from '../http/reply';
import type { Router } from '../http/router';
import { packagesOf, CDN_CACHE_PLUGIN, type InstalledPackage } from '../state/wordpress';
import {
	DIRECTORY_PLUGINS,
	directoryPlugin,
	type DirectoryPlugin,
} from '../state/wordpress-directory';
import {
	deletePackages,
	directoryPage,
	hasUpdate,
	installPackages,
	listInstalled,
	setPackageStatus,
	siteStatusOf,
	updatePackage,
	wordpressSite,
} from './packages-shared';

/** Plugins Rocket.net suggests in its dashboard. */
const FEATURED = ['wordpress-seo', 'woocommerce', 'wp-mail-smtp', 'updraftplus', 'redirection'];

function pluginView(plugin: InstalledPackage) {
	return {
		name: plugin.name,
		status: plugin.status,
		update: hasUpdate(plugin),
		update_version: plugin.update_version,
		version: plugin.version,
		title: plugin.title,
	};
}

function icons(slug: string) {
	return {
		'1x': `https://ps.w.org/${slug}/assets/icon-128x128.png`,
		'2x': `https://ps.w.org/${slug}/assets/icon-256x256.png`,
	};
}

/** wordpress.org's "last updated" as the spec shows it: 2024-08-05 2:02pm GMT. */
function lastUpdated(day: string): string {
	return `${day} 12:00pm GMT`;
}

function searchResult(context: RouteContext) {
	const installed = packagesOf(context.state, wordpressSite(context), 'plugin');
	return (plugin: DirectoryPlugin) => ({
		name: plugin.title,
		status: siteStatusOf(installed, plugin.slug),
		update: lastUpdated(plugin.updated),
		version: plugin.version,
		icons: icons(plugin.slug),
		slug: plugin.slug,
		rating: plugin.rating,
		num_ratings: plugin.num_ratings,
		downloaded: plugin.downloaded,
		homepage: plugin.homepage,
		short_description: plugin.short_description,
		description: `<p>${plugin.short_description}</p>`,
		active_installs: plugin.active_installs,
	});
}

function searchPlugins(context: RouteContext) {
	return directoryPage(
		context,
		DIRECTORY_PLUGINS,
		{
			new: (plugin) => plugin.added,
			popular: (plugin) => plugin.active_installs,
			'top-rated': (plugin) => plugin.rating * 1e6 + plugin.num_ratings,
			updated: (plugin) => plugin.updated,
		},
		searchResult(context),
	);
}

function featuredPlugins(context: RouteContext) {
	const installed = packagesOf(context.state, wordpressSite(context), 'plugin');
	const featured = FEATURED.map((slug) => directoryPlugin(slug)).filter(
		(plugin): plugin is DirectoryPlugin => plugin !== undefined,
	);
	return okList(
		featured,
		{ per_page: featured.length },
		{ defaultSort: 'title', sortBy: { title: (plugin) => plugin.title } },
		(plugin) => {
			const onSite = installed.get(plugin.slug);
			return {
				name: plugin.slug,
				description: plugin.short_description,
				uninstall_description: `${plugin.title} is installed. Deleting it also removes its settings.`,
				icons: icons(plugin.slug),
				status: siteStatusOf(installed, plugin.slug),
				update: onSite ? hasUpdate(onSite) : 'none',
				version: onSite?.version ?? plugin.version,
				title: plugin.title,
			};
		},
	);
}

/** Installs the plugin again at its current version, active. */
function installCdnCachePlugin(context: RouteContext) {
	const plugins = packagesOf(context.state, wordpressSite(context), 'plugin');
	plugins.set(CDN_CACHE_PLUGIN.name, {
		...CDN_CACHE_PLUGIN,
		status: 'active',
		update_version: null,
		description: '',
	});
	return success();
}

/** The spec: must-use plugins cannot be deleted, drop-ins only by deleting their file. */
function refuseDelete(plugin: InstalledPackage): string | undefined {
	return plugin.status === 'must-use' || plugin.status === 'dropin' ? '' : undefined;
}

export function registerPluginRoutes(router: Router): void {
	router.on('GET', '/sites/{id}/plugins', (context) =>
		listInstalled(context, 'plugin', pluginView),
	);
	router.on('POST', '/sites/{id}/plugins', (context) => installPackages(context, 'plugin'));
	router.on('PATCH', '/sites/{id}/plugins', (context) => setPackageStatus(context, 'plugin'));
	router.on('PUT', '/sites/{id}/plugins', (context) => updatePackage(context, 'plugin'));
	router.on('DELETE', '/sites/{id}/plugins', (context) =>
		deletePackages(context, 'plugin', refuseDelete),
	);
	router.on('GET', '/sites/{id}/plugins/search', searchPlugins);
	router.on('GET', '/sites/{id}/featured_plugins', featuredPlugins);
	router.on('POST', '/sites/{id}/plugins/rocket/cdn_cache_management', installCdnCachePlugin);
}
