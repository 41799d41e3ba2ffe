import { findOperation } from '../catalogue';
import { bodyOf, siteOf, type RouteContext } from '../http/context';
import { ok } from '../http/reply';
import type { Router } from '../http/router';
import type { SiteSettings } from '../state/state';

const ON_OFF = [
	{ value: 0, label: 'Disabled' },
	{ value: 1, label: 'Enabled' },
];

function patchField(name: string) {
	return findOperation('PATCH', '/sites/{id}/settings')?.body?.fields[name];
}

function phpOptions() {
	const versions = (patchField('new_php_version')?.enum ?? []) as string[];
	return versions.map((version) => ({ value: version, label: `PHP ${version}` }));
}

function settingsSchema() {
	return {
		current_php_version: { description: 'PHP version the site runs on', options: phpOptions() },
		wp_activity_log: { description: 'Record WordPress activity events', options: ON_OFF },
		wp_core_auto_updates: {
			description: patchField('wp_core_auto_updates')?.description ?? 'WordPress core auto-updates',
			options: [
				{ value: 0, label: 'No auto-updates' },
				{ value: 1, label: 'Update all versions' },
				{ value: 2, label: 'Update minor/patch versions only' },
			],
		},
		wp_plugin_auto_updates: { description: 'WordPress plugin auto-updates', options: ON_OFF },
		wp_theme_auto_updates: { description: 'WordPress theme auto-updates', options: ON_OFF },
		ssh_access: { description: 'SSH access to the site', options: ON_OFF },
	};
}

function getSettings(context: RouteContext) {
	return ok({ ...siteOf(context).settings });
}

function updateSettings(context: RouteContext) {
	const settings = siteOf(context).settings;
	const body = bodyOf<Partial<SiteSettings> & { new_php_version?: string }>(context);
	if (body.new_php_version !== undefined) settings.current_php_version = body.new_php_version;

	const numeric = [
		'wp_admin_sso_default_user_id',
		'wp_core_auto_updates',
		'wp_theme_auto_updates',
		'wp_plugin_auto_updates',
		'ssh_access',
	] as const;
	for (const name of numeric) {
		if (body[name] !== undefined) settings[name] = body[name];
	}
	return ok({ ...settings });
}

export function registerSiteSettingsRoutes(router: Router): void {
	router.on('GET', '/sites/{id}/settings', getSettings);
	router.on('PATCH', '/sites/{id}/settings', updateSettings);
	router.on('GET', '/sites/{id}/settings/schema', () => ok(settingsSchema()));
}
