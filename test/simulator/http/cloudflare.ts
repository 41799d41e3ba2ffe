/**
 * Cloudflare in front of api.rocket.net answers 403 "error code: 1010" (banned browser
 * signature) to default HTTP library User-Agents. An explicit, honest User-Agent such as
 * `n8n-nodes-rocketnet/0.1.0` passes.
 */
const BLOCKED_PREFIXES = [
	'axios/',
	'node-fetch',
	'undici',
	'got (',
	'got/',
	'python-urllib',
	'python-requests',
	'python-httpx',
	'aiohttp',
	'go-http-client',
	'java/',
	'okhttp',
	'libwww-perl',
];

/** Node's built-in fetch sends exactly `node`. */
const BLOCKED_EXACT = ['node'];

export const CLOUDFLARE_BLOCK_BODY = 'error code: 1010';

export function isBlockedUserAgent(userAgent: string | undefined): boolean {
	const value = (userAgent ?? '').trim().toLowerCase();
	if (value === '') return true;

	return (
		BLOCKED_EXACT.includes(value) || BLOCKED_PREFIXES.some((prefix) => value.startsWith(prefix))
	);
}
