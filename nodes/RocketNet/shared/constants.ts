export const PACKAGE_VERSION = '0.1.0';

/** Rocket.net's firewall blocks HTTP library default agents, so every request names itself. */
export const USER_AGENT = `n8n-nodes-rocketnet/${PACKAGE_VERSION}`;

export const DEFAULT_BASE_URL = 'https://api.rocket.net/v1';

export const CREDENTIAL_TYPE = 'rocketNetApi';

export function normalizeBaseUrl(value: unknown): string {
	const url = typeof value === 'string' && value.trim() !== '' ? value.trim() : DEFAULT_BASE_URL;
	return url.replace(/\/+$/, '');
}
