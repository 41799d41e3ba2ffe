/**
 * Derives test/simulator/catalogue.json from the Rocket.net OpenAPI spec.
 *
 *   npx tsx scripts/build-catalogue.ts [path/to/openapi.yaml]
 *
 * The spec stays outside the project; the catalogue is what the simulator and the tests read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

import type {
	Catalogue,
	CatalogueBody,
	CatalogueOperation,
	CatalogueParameter,
	CatalogueSchema,
	HttpMethod,
} from '../test/simulator/catalogue';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the spec is untyped YAML
type Schema = Record<string, any>;

interface Spec {
	info: { title: string; version: string };
	paths: Record<string, Record<string, Schema>>;
	components: { schemas: Record<string, Schema> };
}

const PROJECT_ROOT = resolve(__dirname, '..');
const DEFAULT_SPEC = resolve(PROJECT_ROOT, '../shared/rocketnet-api/openapi.yaml');
const OUTPUT = join(PROJECT_ROOT, 'test/simulator/catalogue.json');

const METHODS: HttpMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const MAX_EXAMPLE_DEPTH = 12;

let spec: Spec;

function refTarget(ref: string): Schema {
	const name = ref.replace('#/components/schemas/', '');
	const target = spec.components.schemas[name];
	if (!target) throw new Error(`Unresolved $ref ${ref}`);
	return target;
}

/** Follows `$ref`s and folds `allOf` members into one schema (properties and required merged). */
function flatten(schema: Schema | undefined): Schema | undefined {
	if (!schema) return undefined;
	if (schema.$ref) return flatten(refTarget(schema.$ref));
	if (!schema.allOf) return schema;

	const merged: Schema = {};
	const properties: Schema = {};
	const required: string[] = [];
	for (const part of [...schema.allOf.map(flatten), { ...schema, allOf: undefined }]) {
		if (!part) continue;
		for (const [key, value] of Object.entries(part)) {
			if (key === 'properties') Object.assign(properties, value);
			else if (key === 'required') required.push(...(value as string[]));
			else if (key !== 'allOf' && key !== 'example' && value !== undefined) merged[key] ??= value;
		}
	}
	if (Object.keys(properties).length > 0) merged.properties = properties;
	if (required.length > 0) merged.required = [...new Set(required)];
	return merged;
}

function isNullOnly(schema: Schema | undefined): boolean {
	return Array.isArray(schema?.enum) && schema.enum.length === 1 && schema.enum[0] === null;
}

function compactSchema(raw: Schema | undefined): CatalogueSchema {
	const schema = flatten(raw) ?? {};
	const out: CatalogueSchema = {};

	const type = schema.type ?? (schema.properties ? 'object' : undefined);
	if (type) out.type = type;
	if (schema.format) out.format = schema.format;
	if (schema.enum) out.enum = schema.enum;
	if (schema.nullable) out.nullable = true;
	if (schema.default !== undefined) out.default = schema.default;
	for (const key of ['minimum', 'maximum', 'minLength', 'maxLength'] as const) {
		if (schema[key] !== undefined) out[key] = schema[key];
	}
	if (schema.pattern) out.pattern = schema.pattern;
	if (schema.items) out.items = compactSchema(schema.items);
	if (schema.properties) {
		out.properties = Object.fromEntries(
			Object.entries<Schema>(schema.properties).map(([name, value]) => [
				name,
				compactSchema(value),
			]),
		);
	}
	if (schema.required) out.required = schema.required;
	if (typeof schema.additionalProperties === 'boolean') {
		out.additionalProperties = schema.additionalProperties;
	}
	const alternatives = schema.anyOf ?? schema.oneOf;
	if (alternatives) {
		if (alternatives.some((alternative: Schema) => isNullOnly(flatten(alternative)))) {
			out.nullable = true;
		}
		out.anyOf = alternatives
			.filter((alternative: Schema) => !isNullOnly(flatten(alternative)))
			.map(compactSchema);
	}
	if (schema.description) out.description = String(schema.description).trim();
	return out;
}

function compactParameter(parameter: Schema): CatalogueParameter {
	const { description, ...schema } = compactSchema(parameter.schema);
	const out: CatalogueParameter = { name: parameter.name, required: parameter.required === true };
	Object.assign(out, schema);
	if (parameter.explode === false) out.explode = false;
	const text = parameter.description ?? description;
	if (text) out.description = String(text).trim();
	return out;
}

function compactBody(operation: Schema): CatalogueBody | null {
	const content = operation.requestBody?.content;
	if (!content) return null;

	const schema = flatten(
		content['application/json']?.schema ?? Object.values<Schema>(content)[0].schema,
	);
	const fields = compactSchema(schema).properties ?? {};
	const required: string[] = schema?.required ?? [];
	return {
		required,
		fields,
		additionalProperties: schema?.additionalProperties === true,
		nullable: schema?.nullable === true,
	};
}

function successResponse(operation: Schema): { type: string | null; schema?: Schema } {
	const response = operation.responses?.['200'] ?? operation.responses?.['201'];
	const content = response?.content;
	if (!content) return { type: null };

	const type = Object.keys(content)[0];
	return { type, schema: content[type].schema };
}

function truncateArrays(value: unknown): unknown {
	if (Array.isArray(value)) return value.slice(0, 1).map(truncateArrays);
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value).map(([key, inner]) => [key, truncateArrays(inner)]),
		);
	}
	return value;
}

function placeholder(schema: Schema): unknown {
	switch (schema.type) {
		case 'integer':
		case 'number':
			return schema.minimum ?? 0;
		case 'boolean':
			return false;
		case 'array':
			return [];
		case 'object':
			return {};
		default:
			break;
	}
	const byFormat: Record<string, string> = {
		'date-time': '2024-01-01T00:00:00Z',
		date: '2024-01-01',
		uuid: '00000000-0000-4000-8000-000000000000',
		email: 'user@example.com',
		uri: 'https://example.com',
	};
	return byFormat[schema.format] ?? 'string';
}

/**
 * Builds a sample value: objects from their properties (so a misplaced object-level example
 * cannot disagree with the schema), everything else from `example`, `default`, the first enum
 * value, then a type placeholder. Arrays hold one element.
 */
function exampleFor(raw: Schema | undefined, depth = 0): unknown {
	const schema = flatten(raw);
	if (!schema || depth > MAX_EXAMPLE_DEPTH) return null;

	if (schema.properties) {
		return Object.fromEntries(
			Object.entries<Schema>(schema.properties).map(([name, value]) => [
				name,
				exampleFor(value, depth + 1),
			]),
		);
	}
	if (schema.example !== undefined) return truncateArrays(schema.example);
	if (schema.default !== undefined) return truncateArrays(schema.default);
	if (schema.enum) return schema.enum[0];

	const alternatives: Schema[] | undefined = schema.anyOf ?? schema.oneOf;
	if (alternatives) {
		const preferred =
			alternatives.find((alternative) => {
				const flat = flatten(alternative);
				return !isNullOnly(flat) && flat?.maxProperties !== 0;
			}) ?? alternatives[0];
		return exampleFor(preferred, depth + 1);
	}
	if (schema.type === 'array') return [exampleFor(schema.items, depth + 1)];
	if (schema.format === 'binary') return null;
	return placeholder(schema);
}

function startsTask(method: HttpMethod, path: string, schema: Schema | undefined) {
	if (method === 'GET') return null;

	const result = flatten(flatten(schema)?.properties?.result);
	if (!result?.properties?.task_id) return null;
	return path.startsWith('/sites/{id}/') ? 'site' : 'account';
}

/** Where the records of a GET list answer sit: `result`, `result.<array>`, or the body itself. */
function listPath(method: HttpMethod, schema: Schema | undefined): string | null {
	const body = flatten(schema);
	if (method !== 'GET' || !body) return null;
	if (body.type === 'array') return '';

	const result = flatten(body.properties?.result);
	if (!result) return null;
	if (result.type === 'array') return 'result';

	const arrays = Object.entries<Schema>(result.properties ?? {}).filter(
		([, value]) => flatten(value)?.type === 'array',
	);
	const isList = body.properties?.metadata !== undefined;
	return isList && arrays.length === 1 ? `result.${arrays[0][0]}` : null;
}

function isDeprecated(operation: Schema): boolean {
	const text = `${operation.summary ?? ''} ${operation.description ?? ''}`;
	return operation.deprecated === true || /\[deprecated\]/i.test(text);
}

function buildOperation(path: string, method: HttpMethod, operation: Schema): CatalogueOperation {
	const bare = path.replace(/^\/v1/, '');
	const parameters: Schema[] = operation.parameters ?? [];
	const query = parameters.filter((parameter) => parameter.in === 'query').map(compactParameter);
	const response = successResponse(operation);

	return {
		method,
		path: bare,
		group: operation.tags?.[0] ?? 'Other',
		summary: String(operation.summary ?? '').trim(),
		deprecated: isDeprecated(operation),
		auth: (operation.security ?? []).some((entry: Schema) => 'bearerAuth' in entry),
		pathParams: parameters
			.filter((parameter) => parameter.in === 'path')
			.map((parameter) => {
				const { description, ...rest } = compactParameter(parameter);
				return description === undefined ? rest : { ...rest, description };
			}),
		query,
		bodyRequired: operation.requestBody?.required === true,
		body: compactBody(operation),
		responseType: response.type,
		statuses: Object.keys(operation.responses ?? {})
			.map(Number)
			.sort((a, b) => a - b),
		startsTask: startsTask(method, bare, response.schema),
		listPath: listPath(method, response.schema),
		paginated: ['page', 'per_page'].every((name) => query.some((param) => param.name === name)),
		example: response.type === 'application/json' ? exampleFor(response.schema) : null,
	};
}

function buildCatalogue(source: Spec): Catalogue {
	spec = source;
	const operations: CatalogueOperation[] = [];
	for (const [path, item] of Object.entries(source.paths)) {
		for (const method of METHODS) {
			const operation = item[method.toLowerCase()];
			if (operation) operations.push(buildOperation(path, method, operation));
		}
	}
	operations.sort(
		(a, b) => a.path.localeCompare(b.path) || METHODS.indexOf(a.method) - METHODS.indexOf(b.method),
	);

	return {
		source: {
			title: source.info.title,
			version: source.info.version,
			operations: operations.length,
		},
		operations,
	};
}

function main(): void {
	const specPath = resolve(process.argv[2] ?? DEFAULT_SPEC);
	const catalogue = buildCatalogue(parse(readFileSync(specPath, 'utf8')) as Spec);
	writeFileSync(OUTPUT, `${JSON.stringify(catalogue, null, '\t')}\n`);

	const deprecated = catalogue.operations.filter((operation) => operation.deprecated).length;
	console.log(
		`Wrote ${catalogue.operations.length} operations (${deprecated} deprecated) to ${OUTPUT}`,
	);
}

main();
