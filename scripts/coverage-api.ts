/**
 * npm run coverage:api: which operations of the Rocket.net API the built node covers, read from
 * the node description and the project's API catalogue (login is the credential's job, and
 * deprecated operations are left out on purpose).
 */
import { join, resolve } from 'node:path';

import type { INodeTypeDescription } from 'n8n-workflow';

import { nodeOperations } from '../test/helpers/node-operations';
import { loadCatalogue } from '../test/simulator/catalogue';

const shape = (method: string, path: string) => `${method} ${path.replace(/\{\w+\}/g, '{}')}`;

function main() {
	const dist = resolve(__dirname, '..', 'dist');
	const { RocketNet } = require(join(dist, 'nodes/RocketNet/RocketNet.node.js'));
	const description = new RocketNet().description as INodeTypeDescription;

	const covered = new Set(nodeOperations(description).map((op) => shape(op.method, op.path)));
	const wanted = loadCatalogue().operations.filter(
		(operation) => !operation.deprecated && operation.path !== '/login',
	);
	const missing = wanted.filter(
		(operation) => !covered.has(shape(operation.method, operation.path)),
	);

	console.log(`covered ${wanted.length - missing.length}/${wanted.length}`);
	for (const operation of missing) {
		console.log(`  missing: ${operation.method} ${operation.path}  (${operation.group})`);
	}
	process.exitCode = missing.length === 0 ? 0 : 1;
}

main();
