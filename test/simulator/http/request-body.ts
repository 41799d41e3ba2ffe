import type { RawQuery } from './validate';

export interface ParsedBody {
	present: boolean;
	value: unknown;
	json: boolean;
}

export function parseBody(raw: Buffer): ParsedBody {
	const text = raw.toString('utf8');
	if (text.trim() === '') return { present: false, value: undefined, json: true };
	try {
		return { present: true, value: JSON.parse(text), json: true };
	} catch {
		return { present: true, value: text, json: false };
	}
}

export function flattenQuery(query: RawQuery): Record<string, string | string[]> {
	return Object.fromEntries(
		Object.entries(query).map(([name, values]) => [name, values.length === 1 ? values[0] : values]),
	);
}

/** Body fields that carry secrets: passwords, tokens, private keys. */
const SECRET_FIELDS =
	/^(password|current_password|new_password|new_password_confirm|admin_password|passphrase|token|card_token|payment_token|key)$/;

function masked(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(masked);
	if (!value || typeof value !== 'object') return value;
	return Object.fromEntries(
		Object.entries(value).map(([key, inner]) => [
			key,
			SECRET_FIELDS.test(key) && typeof inner === 'string' && inner !== ''
				? '********'
				: masked(inner),
		]),
	);
}

/** Request bodies as logged, secrets masked: the log is printed by the demo and admin API. */
export function loggedBody(_path: string, body: ParsedBody): unknown {
	return masked(body.value);
}
