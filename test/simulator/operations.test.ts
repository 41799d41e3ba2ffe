import type { AxiosInstance } from 'axios';

import { loadCatalogue, type CatalogueOperation, type CatalogueSchema } from './catalogue';
import { BLUE_HARBOR, loggedInClient, useSimulator } from './helpers';

function sampleValue(schema: Omit<CatalogueSchema, 'required'>): unknown {
	if (schema.enum) return schema.enum[0];
	switch (schema.type) {
		case 'integer':
		case 'number':
			return schema.minimum ?? 1;
		case 'boolean':
			return true;
		case 'array':
			return schema.items ? [sampleValue(schema.items)] : [];
		case 'object':
			return {};
		default:
			return 'sample';
	}
}

/** The smallest request the spec accepts: required query parameters and body fields only. */
function minimalRequest(operation: CatalogueOperation) {
	const url = operation.path.replace(/\{(\w+)\}/g, (_match, name: string) =>
		name === 'id' ? String(BLUE_HARBOR) : '1',
	);
	const params = Object.fromEntries(
		operation.query
			.filter((parameter) => parameter.required)
			.map((parameter) => [parameter.name, sampleValue(parameter)]),
	);
	const data = operation.body
		? Object.fromEntries(
				operation.body.required.map((name) => [name, sampleValue(operation.body!.fields[name])]),
			)
		: undefined;
	return { method: operation.method, url, params, data };
}

describe('every catalogue operation', () => {
	const simulator = useSimulator();
	let client: AxiosInstance;

	beforeAll(async () => {
		client = await loggedInClient(simulator());
	});

	it.each(
		loadCatalogue().operations.map((operation) => [operation.method, operation.path, operation]),
	)('%s %s answers without a server error', async (_method, _path, operation) => {
		simulator().reset();
		const response = await client.request(minimalRequest(operation as CatalogueOperation));

		expect(response.status).toBeLessThan(500);
		expect(response.status).not.toBe(405);
	});
});
