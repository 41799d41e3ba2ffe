import type { CatalogueSchema } from '../catalogue';

/** Formats a value the way the API's (Python) validator quotes it in messages. */
export function quote(value: unknown): string {
	if (typeof value === 'string') return `'${value}'`;
	if (Array.isArray(value)) return `[${value.map(quote).join(', ')}]`;
	if (value === null || value === undefined) return 'None';
	if (typeof value === 'boolean') return value ? 'True' : 'False';
	return JSON.stringify(value);
}

function located(message: string, path: string): string {
	return path ? `${message} - '${path}'` : message;
}

function join(path: string, key: string | number): string {
	return path ? `${path}.${key}` : String(key);
}

function hasType(value: unknown, type: string): boolean {
	switch (type) {
		case 'string':
			return typeof value === 'string';
		case 'integer':
			return typeof value === 'number' && Number.isInteger(value);
		case 'number':
			return typeof value === 'number' && Number.isFinite(value);
		case 'boolean':
			return typeof value === 'boolean';
		case 'array':
			return Array.isArray(value);
		case 'object':
			return typeof value === 'object' && value !== null && !Array.isArray(value);
		default:
			return true;
	}
}

function checkObject(
	schema: CatalogueSchema,
	value: Record<string, unknown>,
	path: string,
): string | null {
	for (const name of schema.required ?? []) {
		if (value[name] === undefined) return located(`'${name}' is a required property`, path);
	}

	const properties = schema.properties;
	if (properties && schema.additionalProperties !== true) {
		const unknown = Object.keys(value).filter((key) => !(key in properties));
		if (unknown.length > 0) {
			const names = unknown.map((key) => `'${key}'`).join(', ');
			const verb = unknown.length === 1 ? 'was' : 'were';
			return located(`Additional properties are not allowed (${names} ${verb} unexpected)`, path);
		}
	}

	for (const [name, inner] of Object.entries(properties ?? {})) {
		if (value[name] === undefined) continue;
		const problem = checkValue(inner, value[name], join(path, name));
		if (problem) return problem;
	}
	return null;
}

function checkBounds(schema: CatalogueSchema, value: unknown, path: string): string | null {
	if (typeof value === 'number') {
		if (schema.minimum !== undefined && value < schema.minimum) {
			return located(`${value} is less than the minimum of ${schema.minimum}`, path);
		}
		if (schema.maximum !== undefined && value > schema.maximum) {
			return located(`${value} is greater than the maximum of ${schema.maximum}`, path);
		}
	}
	if (typeof value === 'string') {
		if (schema.minLength !== undefined && value.length < schema.minLength) {
			return located(`${quote(value)} is too short`, path);
		}
		if (schema.maxLength !== undefined && value.length > schema.maxLength) {
			return located(`${quote(value)} is too long`, path);
		}
		if (schema.pattern && !new RegExp(schema.pattern).test(value)) {
			return located(`${quote(value)} does not match ${quote(schema.pattern)}`, path);
		}
	}
	return null;
}

/**
 * Checks a JSON value against a catalogue schema; answers the first problem as a message that
 * names the field, or null. Objects refuse properties the schema does not list unless it
 * explicitly allows them.
 */
export function checkValue(schema: CatalogueSchema, value: unknown, path: string): string | null {
	if (value === null) {
		return schema.nullable
			? null
			: located(`None is not of type '${schema.type ?? 'object'}'`, path);
	}
	if (schema.anyOf && schema.anyOf.length > 0) {
		const fits = schema.anyOf.some((alternative) => checkValue(alternative, value, path) === null);
		return fits
			? null
			: located(`${quote(value)} is not valid under any of the given schemas`, path);
	}
	if (schema.type && !hasType(value, schema.type)) {
		return located(`${quote(value)} is not of type '${schema.type}'`, path);
	}
	if (schema.enum && !schema.enum.includes(value)) {
		return located(`${quote(value)} is not one of ${quote(schema.enum)}`, path);
	}

	const bounds = checkBounds(schema, value, path);
	if (bounds) return bounds;

	if (Array.isArray(value) && schema.items) {
		for (const [index, item] of value.entries()) {
			const problem = checkValue(schema.items, item, join(path, index));
			if (problem) return problem;
		}
	}
	if (hasType(value, 'object') && (schema.properties || schema.required)) {
		return checkObject(schema, value as Record<string, unknown>, path);
	}
	return null;
}

export function checkBodyObject(
	schema: CatalogueSchema,
	value: Record<string, unknown>,
): string | null {
	return checkObject(schema, value, '');
}
