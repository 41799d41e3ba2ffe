import type { RouteContext } from '../http/context';
import { ApiError } from '../http/reply';
import type { SiteRecord } from '../state/state';
import { activateTheme, wordpressOf, type InstalledPackage } from '../state/wordpress';

/** Rocket.net runs commands without a shell and refuses these characters. */
const FORBIDDEN = /[`&|;$\r\n]/;

// The wording is approximated: the live answer is only known to be a 400 pointing at SSH.
export const WPCLI_REFUSED =
	'Command contains characters that are not allowed (` & | ; $ or a new line). Please run wp cli via SSH for this command.';

interface Invocation {
	positional: string[];
	assoc: Record<string, string | true>;
}

/** Splits on spaces with double quotes holding words together, as Rocket.net does. */
function parse(command: string): Invocation {
	const words: string[] = [];
	let word = '';
	let quoted = false;
	let started = false;
	for (const character of command) {
		if (character === '"') {
			quoted = !quoted;
			started = true;
		} else if (character === ' ' && !quoted) {
			if (started) words.push(word);
			word = '';
			started = false;
		} else {
			word += character;
			started = true;
		}
	}
	if (started) words.push(word);

	const invocation: Invocation = { positional: [], assoc: {} };
	for (const argument of words) {
		const flag = /^--([^=]+)(?:=(.*))?$/.exec(argument);
		if (flag) invocation.assoc[flag[1]] = flag[2] ?? true;
		else invocation.positional.push(argument);
	}
	return invocation;
}

class WpCliFailure extends Error {}

function format(records: Array<Record<string, unknown>>, invocation: Invocation, fields: string[]) {
	const { assoc } = invocation;
	const chosen = typeof assoc.fields === 'string' ? assoc.fields.split(',') : fields;
	const output = typeof assoc.format === 'string' ? assoc.format : 'table';

	if (typeof assoc.field === 'string') {
		const values = records.map((record) => record[assoc.field as string]);
		return output === 'json' ? JSON.stringify(values) : values.join('\n');
	}

	const rows = records.map((record) =>
		Object.fromEntries(chosen.map((name) => [name, record[name]])),
	);
	switch (output) {
		case 'json':
			return JSON.stringify(rows);
		case 'count':
			return String(rows.length);
		case 'csv':
		case 'table': {
			// Without a terminal WP-CLI prints tables as tab-separated lines.
			const separator = output === 'csv' ? ',' : '\t';
			const lines = rows.map((row) =>
				chosen.map((name) => String(row[name] ?? '')).join(separator),
			);
			return [chosen.join(separator), ...lines].join('\n');
		}
		default:
			throw new WpCliFailure(`Invalid value specified for 'format' (${output}).`);
	}
}

function packageRecord(installed: InstalledPackage) {
	return {
		name: installed.name,
		title: installed.title,
		status: installed.status,
		update: installed.update_version ? 'available' : 'none',
		version: installed.version,
		update_version: installed.update_version ?? '',
		auto_update: 'off',
	};
}

function listPackages(installed: Map<string, InstalledPackage>, invocation: Invocation) {
	const status = invocation.assoc.status;
	const records = [...installed.values()]
		.filter((record) => status === undefined || record.status === status)
		.map(packageRecord);
	return format(records, invocation, [
		'name',
		'status',
		'update',
		'version',
		'update_version',
		'auto_update',
	]);
}

function switchPlugins(
	plugins: Map<string, InstalledPackage>,
	names: string[],
	activate: boolean,
): string {
	const verb = activate ? 'activate' : 'deactivate';
	const lines: string[] = [];
	let done = 0;
	for (const name of names) {
		const plugin = plugins.get(name);
		if (!plugin) {
			lines.push(`Warning: The '${name}' plugin could not be found.`);
		} else if ((plugin.status === 'active') === activate) {
			lines.push(`Warning: Plugin '${name}' is already ${verb}d.`);
		} else {
			plugin.status = activate ? 'active' : 'inactive';
			lines.push(`Plugin '${name}' ${verb}d.`);
			done += 1;
		}
	}
	if (done === 0) throw new WpCliFailure(`No plugins ${verb}d.`);
	lines.push(
		`Success: ${activate ? 'Activated' : 'Deactivated'} ${done} of ${names.length} plugins.`,
	);
	return lines.join('\n');
}

function optionCommand(site: SiteRecord, context: RouteContext, invocation: Invocation): string {
	const options = wordpressOf(context.state, site).options;
	const [, action, name, value] = invocation.positional;
	if (action === 'get') {
		const current = options.get(name ?? '');
		if (current === undefined)
			throw new WpCliFailure(`Could not get '${name}' option. Does it exist?`);
		return invocation.assoc.format === 'json' ? JSON.stringify(current) : current;
	}
	if (action === 'update' && name && value !== undefined) {
		if (options.get(name) === value) {
			return `Success: Value passed for '${name}' option is unchanged.`;
		}
		options.set(name, value);
		return `Success: Updated '${name}' option.`;
	}
	throw new WpCliFailure(`'${action ?? ''}' is not a registered subcommand of 'option'.`);
}

function userList(site: SiteRecord, invocation: Invocation): string {
	const apex = site.domain.replace(/^(www|staging)\./, '');
	const admin = {
		ID: 1,
		user_login: 'admin',
		display_name: 'Site Admin',
		user_email: `admin@${apex}`,
		user_registered: site.created_at.replace('T', ' ').replace('Z', ''),
		roles: 'administrator',
	};
	return format([admin], invocation, Object.keys(admin));
}

function dispatch(context: RouteContext, site: SiteRecord, invocation: Invocation): string {
	const install = wordpressOf(context.state, site);
	const [group, action, ...names] = invocation.positional;

	switch (`${group ?? ''} ${action ?? ''}`) {
		case 'core version':
			return install.coreVersion;
		case 'cache flush':
			return 'Success: The cache was flushed.';
		case 'plugin list':
			return listPackages(install.plugins, invocation);
		case 'theme list':
			return listPackages(install.themes, invocation);
		case 'plugin activate':
		case 'plugin deactivate':
			return switchPlugins(install.plugins, names, action === 'activate');
		case 'theme activate': {
			const theme = install.themes.get(names[0] ?? '');
			if (!theme) throw new WpCliFailure(`The '${names[0] ?? ''}' theme could not be found.`);
			activateTheme(install.themes, theme.name);
			return `Success: Switched to '${theme.title}' theme.`;
		}
		case 'user list':
			return userList(site, invocation);
		default:
			if (group === 'option') return optionCommand(site, context, invocation);
			throw new WpCliFailure(
				`'${group ?? ''}' is not a registered wp command. See 'wp help' for available commands.`,
			);
	}
}

/**
 * A small WP-CLI: core version, option get/update, plugin and theme list (--status, --field,
 * --fields, --format), plugin activate/deactivate, theme activate, user list, cache flush.
 * Failures come back as output starting with "Error:", as WP-CLI prints them.
 */
export function runWpCli(context: RouteContext, site: SiteRecord, command: string): string {
	if (FORBIDDEN.test(command)) throw new ApiError(400, WPCLI_REFUSED);
	try {
		return dispatch(context, site, parse(command.trim()));
	} catch (error) {
		if (error instanceof WpCliFailure) return `Error: ${error.message}`;
		throw error;
	}
}
