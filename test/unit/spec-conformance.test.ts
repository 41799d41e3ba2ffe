import { RocketNet } from '../../nodes/RocketNet/RocketNet.node';
import { nodeOperations } from '../helpers/node-operations';
import type { CatalogueOperation } from '../simulator/catalogue';
import { loadCatalogue } from '../simulator/catalogue';

const operations = nodeOperations(new RocketNet().description);

/** Required fields a hook fills in rather than a parameter. */
const filledByHooks: Record<string, string[]> = {
	// The download token comes from the backup's download_link.
	'backup → download': ['token'],
	// The invoice PDF token comes from the invoice's download_link.
	'billing → downloadInvoicePdf': ['token'],
	// The file list requires both: page is fixed on the operation, per_page is Limit or Return All.
	'file → getAll': ['page', 'per_page'],
};
const catalogue = loadCatalogue().operations;

function catalogueEntry(method: string, path: string): CatalogueOperation | undefined {
	const shape = path.replace(/\{\w+\}/g, '{}');
	return catalogue.find(
		(entry) => entry.method === method && entry.path.replace(/\{\w+\}/g, '{}') === shape,
	);
}

describe('Every operation of the node matches the Rocket.net API catalogue', () => {
	it('covers every operation once', () => {
		const keys = operations.map((op) => `${op.method} ${op.path.replace(/\{\w+\}/g, '{}')}`);
		expect(new Set(keys).size).toBe(keys.length);
	});

	describe.each(operations.map((op) => [`${op.resource} → ${op.operation}`, op] as const))(
		'%s',
		(_name, operation) => {
			const entry = catalogueEntry(operation.method, operation.path);

			it('calls a documented, current endpoint', () => {
				expect(entry).toBeDefined();
				expect(entry?.deprecated).toBe(false);
			});

			it('sends only fields the spec knows, and every required one as a required parameter', () => {
				const bodyFields = Object.keys(entry?.body?.fields ?? {});
				for (const field of operation.body) expect(bodyFields).toContain(field.name);
				for (const required of entry?.body?.required ?? []) {
					expect(operation.body).toContainEqual({ name: required, required: true });
				}

				const queryNames = (entry?.query ?? []).map((parameter) => parameter.name);
				for (const field of operation.query) expect(queryNames).toContain(field.name);
				const hooked = filledByHooks[`${operation.resource} → ${operation.operation}`] ?? [];
				for (const parameter of entry?.query ?? []) {
					if (parameter.required && !hooked.includes(parameter.name)) {
						expect(operation.query).toContainEqual({ name: parameter.name, required: true });
					}
				}
			});

			it('offers Wait for Completion exactly when the call starts a task', () => {
				expect(operation.waitsForTasks).toBe(Boolean(entry?.startsTask));
			});

			it('offers Return All and Limit exactly when the list is paginated', () => {
				const paged = operation.parameters.includes('returnAll');
				expect(paged).toBe(Boolean(entry?.paginated));
			});
		},
	);
});
