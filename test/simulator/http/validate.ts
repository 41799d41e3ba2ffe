import type { CatalogueOperation, CatalogueParameter, CatalogueSchema } from '../catalogue';
import { ApiError } from './reply';
import { checkBodyObject, checkValue } from './validate-schema';

export type RawQuery = Record<string, string[]>;

function invalid(message: string): never {
	throw new ApiError(400, message);
}

function coerce(raw: string, schema: CatalogueSchema, name: string): unknown {
	const wrongType = () =>
		invalid(`Wrong type, expected '${schema.type}' for query parameter '${name}'`);

	switch (schema.type) {
		case 'integer':
			return /^[-+]?\d+$/.test(raw) ? Number(raw) : wrongType();
		case 'number':
			return raw.trim() !== '' && Number.isFinite(Number(raw)) ? Number(raw) : wrongType();
		case 'boolean':
			if (/^true$/i.test(raw)) return true;
			if (/^false$/i.test(raw)) return false;
			return wrongType();
		default:
			return raw;
	}
}

function schemaOf(parameter: CatalogueParameter): CatalogueSchema {
	const schema: Record<string, unknown> = { ...parameter };
	delete schema.name;
	delete schema.required;
	delete schema.explode;
	return schema as CatalogueSchema;
}

function readParameter(parameter: CatalogueParameter, values: string[]): unknown {
	if (parameter.type === 'array') {
		const items = parameter.items ?? { type: 'string' };
		const list = parameter.explode === false ? values.flatMap((value) => value.split(',')) : values;
		return list.map((value) => coerce(value, items, parameter.name));
	}
	return coerce(values[values.length - 1], schemaOf(parameter), parameter.name);
}

/**
 * Validates the query string against the operation's parameters and answers the typed values,
 * with spec defaults filled in. Parameters the spec does not declare are refused, so that a
 * misspelt filter (or `action[]` instead of repeated `action`) fails loudly instead of being
 * silently ignored.
 */
export function validateQuery(
	operation: CatalogueOperation,
	raw: RawQuery,
): Record<string, unknown> {
	const known = new Set(operation.query.map((parameter) => parameter.name));
	const extra = Object.keys(raw).filter((name) => !known.has(name));
	if (extra.length > 0) invalid(`Extra query parameter(s) ${extra.join(', ')} not in spec`);

	const query: Record<string, unknown> = {};
	for (const parameter of operation.query) {
		const values = raw[parameter.name];
		if (values === undefined || values.length === 0) {
			if (parameter.required) invalid(`Missing query parameter '${parameter.name}'`);
			if (parameter.default !== undefined) query[parameter.name] = parameter.default;
			continue;
		}

		const value = readParameter(parameter, values);
		const problem = checkValue(schemaOf(parameter), value, parameter.name);
		if (problem) invalid(problem);
		query[parameter.name] = value;
	}
	return query;
}

/** Validates the JSON body against the operation's request schema. */
export function validateBody(operation: CatalogueOperation, body: unknown, present: boolean): void {
	const spec = operation.body;
	if (!spec) {
		const fields = body && typeof body === 'object' ? Object.keys(body) : [];
		if (fields.length > 0) {
			invalid(`Additional properties are not allowed ('${fields[0]}' was unexpected)`);
		}
		return;
	}

	if (!present) {
		if (operation.bodyRequired) invalid('Request body is required');
		return;
	}
	if (body === null && spec.nullable) return;
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		invalid('Request body must be a JSON object');
	}

	const problem = checkBodyObject(
		{
			type: 'object',
			required: spec.required,
			properties: spec.fields,
			additionalProperties: spec.additionalProperties,
		},
		body as Record<string, unknown>,
	);
	if (problem) invalid(problem);
}
