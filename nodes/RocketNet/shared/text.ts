import { validateBodyFormat } from './fieldChecks';

const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?';
const HOSTNAME = new RegExp(
	`^(?=.{1,253}$)(?:${LABEL}\\.)+(?:\\p{L}{2,63}|xn--[a-z0-9-]{1,59})$`,
	'iu',
);

/** Sends a text field trimmed, so that a pasted trailing space does not reach Rocket.net. */
export const trimmedValue = '={{ String($value).trim() }}';

/**
 * Domain fields take a bare hostname (Unicode allowed); a pasted URL or path is the usual
 * mistake, so it is refused before any request with a hint on how to write it.
 */
export function validateHostname(bodyKey: string, displayName: string) {
	return validateBodyFormat(
		bodyKey,
		displayName,
		HOSTNAME,
		'Enter the domain name only, e.g. shop.example.com, without https:// or a path.',
	);
}
