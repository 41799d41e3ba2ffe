import { findOperation } from './catalogue';

type Sample = Record<string, unknown>;

/**
 * A fresh copy of the catalogue's sample 200 body for an operation. The type parameter names the
 * fields the caller reads; the sample is shaped by the spec's response schema.
 */
export function exampleBody<T = Sample>(method: string, path: string): T {
	const operation = findOperation(method, path);
	if (!operation || operation.path !== path)
		throw new Error(`No catalogue operation ${method} ${path}`);
	return structuredClone(operation.example) as T;
}

/** A fresh copy of `result` of the catalogue's sample body. */
export function exampleResult<T = Sample>(method: string, path: string): T {
	return exampleBody<{ result: T }>(method, path).result;
}

/** The first record of a sample list at `result` (or `result.<key>`). */
export function exampleRecord<T = Sample>(method: string, path: string, key?: string): T {
	const result = exampleResult<T[] | Record<string, T[]>>(method, path);
	const list = Array.isArray(result) ? result : result[key ?? ''];
	return structuredClone(list[0]);
}
