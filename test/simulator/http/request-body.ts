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

/** Request bodies as logged: login passwords are masked. */
export function loggedBody(path: string, body: ParsedBody): unknown {
	const value = body.value;
	if (/^\/(sites\/users\/)?login$/.test(path) && value && typeof value === 'object') {
		return { ...value, password: '********' };
	}
	return value;
}
