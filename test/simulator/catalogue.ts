import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type SchemaType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';

/** A JSON schema reduced to what validation and documentation need. */
export interface CatalogueSchema {
	type?: SchemaType;
	format?: string;
	enum?: unknown[];
	nullable?: boolean;
	default?: unknown;
	minimum?: number;
	maximum?: number;
	minLength?: number;
	maxLength?: number;
	pattern?: string;
	items?: CatalogueSchema;
	properties?: Record<string, CatalogueSchema>;
	required?: string[];
	additionalProperties?: boolean;
	anyOf?: CatalogueSchema[];
	description?: string;
}

export interface CatalogueParameter extends Omit<CatalogueSchema, 'required'> {
	name: string;
	required: boolean;
	/** Only present when the spec says `explode: false` (comma-separated array). */
	explode?: boolean;
}

export interface CatalogueBody {
	required: string[];
	fields: Record<string, CatalogueSchema>;
	/** False unless the spec explicitly allows unknown fields: the simulator refuses them. */
	additionalProperties: boolean;
	/** The spec allows `null` as the whole body. */
	nullable: boolean;
}

export interface CatalogueOperation {
	method: HttpMethod;
	/** Path without the `/v1` prefix, e.g. `/sites/{id}/backup`. */
	path: string;
	group: string;
	summary: string;
	deprecated: boolean;
	/** False when the spec declares no bearer security (login, invites, downloads by token). */
	auth: boolean;
	pathParams: CatalogueParameter[];
	query: CatalogueParameter[];
	/** The spec marks the request body as required (send at least `{}`). */
	bodyRequired: boolean;
	body: CatalogueBody | null;
	/** Content type of the 200 answer; null when the spec documents no body. */
	responseType: string | null;
	/** Documented status codes, ascending. */
	statuses: number[];
	/** Level of the background task this call starts (its 200 result carries `task_id`). */
	startsTask: 'site' | 'account' | null;
	/** Dot path to the records of a list endpoint; `''` when the body itself is the array. */
	listPath: string | null;
	/** Takes `page` and `per_page`. */
	paginated: boolean;
	/** A small 200 body built from the response schema (arrays hold one element). */
	example: unknown;
}

export interface Catalogue {
	source: { title: string; version: string; operations: number };
	operations: CatalogueOperation[];
}

export const CATALOGUE_FILE = join(__dirname, 'catalogue.json');

let cached: Catalogue | undefined;

export function loadCatalogue(): Catalogue {
	cached ??= JSON.parse(readFileSync(CATALOGUE_FILE, 'utf8')) as Catalogue;
	return cached;
}

function templateMatches(template: string, path: string): boolean {
	const templateParts = template.split('/');
	const pathParts = path.split('/');
	if (templateParts.length !== pathParts.length) return false;

	return templateParts.every(
		(part, index) => part === pathParts[index] || /^\{[^}]+\}$/.test(part),
	);
}

/**
 * Finds an operation by method and path. The path may be the template itself
 * (`/sites/{id}/backup`) or a concrete path (`/sites/123/backup`); literal segments win over
 * parameters, so `/sites/templates` is not read as a site id.
 */
export function findOperation(method: string, path: string): CatalogueOperation | undefined {
	const upper = method.toUpperCase();
	const bare = path.replace(/^\/v1(?=\/)/, '').split('?')[0];
	const candidates = loadCatalogue().operations.filter(
		(operation) => operation.method === upper && templateMatches(operation.path, bare),
	);

	const literalCount = (operation: CatalogueOperation) =>
		operation.path.split('/').filter((part) => !part.startsWith('{')).length;
	return candidates.sort((a, b) => literalCount(b) - literalCount(a))[0];
}

/** Reads the records of a list answer at the operation's `listPath`. */
export function listRecords(operation: CatalogueOperation, body: unknown): unknown[] | undefined {
	if (operation.listPath === null) return undefined;

	let value: unknown = body;
	for (const key of operation.listPath.split('.').filter(Boolean)) {
		value = (value as Record<string, unknown> | undefined)?.[key];
	}
	return Array.isArray(value) ? value : undefined;
}
