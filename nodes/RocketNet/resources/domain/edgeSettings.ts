import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { requireOneOf } from './shared';

interface EdgeSetting {
	displayName: string;
	name: string;
	/** Where the switch sits in Rocket.net's EdgeSettings object, e.g. ['user_agent', 'empty', 'allow']. */
	path: [string, ...string[]];
	description: string;
}

const EDGE_SETTINGS: EdgeSetting[] = [
	{
		displayName: 'Allow AI Crawlers',
		name: 'allowAiCrawlers',
		path: ['ai_crawlers', 'allow'],
		description: 'Whether AI crawlers may visit the site',
	},
	{
		displayName: 'Allow Empty User Agents',
		name: 'allowEmptyUserAgents',
		path: ['user_agent', 'empty', 'allow'],
		description: 'Whether requests that send no user agent may reach the site',
	},
	{
		displayName: 'Allow Go HTTP Client',
		name: 'allowGoHttpClient',
		path: ['user_agent', 'go_http_client', 'allow'],
		description: 'Whether requests with the Go-http-client user agent may reach the site',
	},
	{
		displayName: 'Bypass WAF for Logged-In Users',
		name: 'bypassWafForLoggedInUsers',
		path: ['logged_in_users', 'waf_bypass', 'enabled'],
		description: 'Whether visitors logged into WordPress skip the web application firewall',
	},
	{
		displayName: 'Managed Challenge',
		name: 'managedChallenge',
		path: ['managed_challenge', 'enabled'],
		description:
			'Whether every visitor of the site gets a managed challenge, useful if the site is under attack',
	},
	{
		displayName: 'WooCommerce Login Protection',
		name: 'wooCommerceLoginProtection',
		path: ['woocommerce', 'login_and_registration_protection', 'enabled'],
		description:
			'Whether WooCommerce login and registration get a managed challenge for untrusted sources',
	},
	{
		displayName: 'WP Login Challenge',
		name: 'wpLoginChallenge',
		path: ['wp_login', 'challenge', 'enabled'],
		description: 'Whether login attempts on wp-login.php get a managed challenge',
	},
	{
		displayName: 'XML-RPC Protection',
		name: 'xmlRpcProtection',
		path: ['xmlrpc_protection', 'enabled'],
		description: 'Whether all traffic from untrusted sources to xmlrpc.php is blocked',
	},
];

/**
 * Rocket.net takes a partial EdgeSettings object: each toggle sends its own branch, e.g.
 * `{ "user_agent": { "empty": { "allow": true } } }`, and n8n merges the branches.
 */
function edgeSettingOption({ displayName, name, path, description }: EdgeSetting): INodeProperties {
	const [top, ...nested] = path;
	const branch = nested.reduceRight((inner, key) => `{ "${key}": ${inner} }`, '$value');
	return {
		displayName,
		name,
		type: 'boolean',
		default: false,
		description,
		routing: { send: { type: 'body', property: top, value: `={{ ${branch} }}` } },
	};
}

const edgeSettingNames = [...new Set(EDGE_SETTINGS.map((setting) => setting.path[0]))];

/** The edge settings to change, for the main domain or an additional domain. */
export function edgeSettingsField(operations: string[]): INodeProperties {
	return {
		displayName: 'Edge Settings',
		name: 'edgeSettings',
		type: 'collection',
		placeholder: 'Add Setting',
		default: {},
		description: 'Only the settings added here change; the others keep their current value',
		displayOptions: { show: showFor('domain', operations) },
		options: EDGE_SETTINGS.map(edgeSettingOption),
		routing: {
			send: {
				preSend: [
					requireOneOf(
						edgeSettingNames,
						'No edge setting to change',
						'Add at least one setting under Edge Settings, e.g. Managed Challenge.',
					),
				],
			},
		},
	};
}
