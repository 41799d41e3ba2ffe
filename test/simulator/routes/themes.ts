import type { RouteContext } from '../http/context';
import type { Router } from '../http/router';
import { packagesOf, type InstalledPackage } from '../state/wordpress';
import { DIRECTORY_THEMES, type DirectoryTheme } from '../state/wordpress-directory';
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

function themeView(theme: InstalledPackage) {
	return {
		name: theme.name,
		status: theme.status,
		update: hasUpdate(theme),
		update_version: theme.update_version,
		version: theme.version,
		title: theme.title,
		description: theme.description,
	};
}

function searchThemes(context: RouteContext) {
	const installed = packagesOf(context.state, wordpressSite(context), 'theme');
	const featuredOnly = context.query.browse === 'featured';
	return directoryPage(
		context,
		DIRECTORY_THEMES.filter((theme) => !featuredOnly || theme.featured),
		{
			featured: (theme) => theme.active_installs,
			new: (theme) => theme.added,
			popular: (theme) => theme.active_installs,
			updated: (theme) => theme.updated,
		},
		(theme: DirectoryTheme) => ({
			name: theme.slug,
			status: siteStatusOf(installed, theme.slug),
			version: theme.version,
			title: theme.title,
			screenshot_url: `//ts.w.org/wp-content/themes/${theme.slug}/screenshot.png?ver=${theme.version}`,
			preview_url: `https://wp-themes.com/${theme.slug}/`,
			description: theme.description,
		}),
	);
}

/** WordPress keeps the active theme. */
function refuseDelete(theme: InstalledPackage): string | undefined {
	return theme.status === 'active' ? 'The active theme cannot be deleted' : undefined;
}

export function registerThemeRoutes(router: Router): void {
	router.on('GET', '/sites/{id}/themes', (context) => listInstalled(context, 'theme', themeView));
	router.on('POST', '/sites/{id}/themes', (context) => installPackages(context, 'theme'));
	router.on('PATCH', '/sites/{id}/themes', (context) => setPackageStatus(context, 'theme'));
	router.on('PUT', '/sites/{id}/themes', (context) => updatePackage(context, 'theme'));
	router.on('DELETE', '/sites/{id}/themes', (context) =>
		deletePackages(context, 'theme', refuseDelete),
	);
	router.on('GET', '/sites/{id}/themes/search', searchThemes);
}
