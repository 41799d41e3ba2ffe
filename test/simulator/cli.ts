/**
 * Runs the Rocket.net simulator as a standalone process.
 *
 *   npx tsx test/simulator/cli.ts [--port 4010] [--host 127.0.0.1] [--task-step-ms 1000]
 *                                 [--token-ttl-seconds 604800] [--sites 0] [--quiet]
 */
import { parseArgs } from 'node:util';

import { startSimulator } from './server';

function numberOption(value: string | undefined, name: string): number | undefined {
	if (value === undefined) return undefined;
	const parsed = Number(value);
	if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`--${name} must be a number ≥ 0`);
	return parsed;
}

async function main(): Promise<void> {
	const { values } = parseArgs({
		options: {
			port: { type: 'string', default: '4010' },
			host: { type: 'string', default: '127.0.0.1' },
			'task-step-ms': { type: 'string' },
			'token-ttl-seconds': { type: 'string' },
			sites: { type: 'string' },
			quiet: { type: 'boolean', default: false },
		},
	});

	const simulator = await startSimulator({
		port: numberOption(values.port, 'port'),
		host: values.host,
		taskStepMs: numberOption(values['task-step-ms'], 'task-step-ms'),
		tokenTtlSeconds: numberOption(values['token-ttl-seconds'], 'token-ttl-seconds'),
		seed: { sites: numberOption(values.sites, 'sites') },
		quiet: values.quiet,
	});

	console.log('Rocket.net API simulator');
	console.log(`  API URL:  ${simulator.apiUrl}`);
	console.log(`  Login:    ${simulator.account.email} / ${simulator.account.password}`);
	console.log(`  Admin:    ${simulator.url}/__admin/state`);
	console.log('Press Ctrl-C to stop.');

	const stop = () => {
		simulator.close().then(() => process.exit(0));
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}

main().catch((error: Error) => {
	console.error(error.message);
	process.exit(1);
});
