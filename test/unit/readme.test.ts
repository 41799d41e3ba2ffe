import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { RocketNet } from '../../nodes/RocketNet/RocketNet.node';
import { operationTable } from '../../scripts/operations-table';

describe('README', () => {
	it('lists exactly the operations of the node (run npm run docs:operations to update)', () => {
		const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');

		expect(readme).toContain(operationTable(new RocketNet().description));
	});
});
