import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { RocketNet } from '../../nodes/RocketNet/RocketNet.node';
import { nodeOperations } from '../helpers/node-operations';

/** Each resource has test/node/<resource>.test.ts, and it runs every operation of the resource. */
describe('Every operation has an engine test', () => {
	const byResource = new Map<string, string[]>();
	for (const { resource, operation } of nodeOperations(new RocketNet().description)) {
		byResource.set(resource, [...(byResource.get(resource) ?? []), operation]);
	}

	it.each([...byResource])('%s', (resource, operations) => {
		const file = join(__dirname, '../node', `${resource}.test.ts`);
		expect(existsSync(file)).toBe(true);

		const source = readFileSync(file, 'utf8');
		const untested = operations.filter((operation) => !source.includes(`'${operation}'`));
		expect(untested).toEqual([]);
	});
});
