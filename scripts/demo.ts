/**
 * npm run demo: runs example workflows through n8n's own execution engine, with the built
 * package, against the Rocket.net simulator, and prints what each step did.
 */
import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

process.env.N8N_USER_FOLDER ??= mkdtempSync(join(tmpdir(), 'rocketnet-demo-'));
process.env.N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS = 'false';

import type { IDataObject } from 'n8n-workflow';

import type { RocketNetPackage, WorkflowStep } from '../test/helpers/engine';
import { rocketCredential, runWorkflow } from '../test/helpers/engine';
import { startSimulator } from '../test/simulator/server';
import type { Simulator } from '../test/simulator/types';

function loadBuiltPackage(): RocketNetPackage {
	const dist = resolve(__dirname, '..', 'dist');
	const { RocketNet } = require(join(dist, 'nodes/RocketNet/RocketNet.node.js'));
	const { RocketNetApi } = require(join(dist, 'credentials/RocketNetApi.credentials.js'));
	return { node: new RocketNet(), credential: new RocketNetApi() };
}

function summarise(json: IDataObject): string {
	const task = json.task as IDataObject | undefined;
	if (task)
		return `task ${String(task.task_type)} ${String(task.task_status)} (${String(task.perc)} %)`;
	if (json.task_type) return `task ${String(json.task_type)} ${String(json.task_status)}`;
	if (json.domain) return `site ${String(json.id)} ${String(json.domain)}`;
	return JSON.stringify(json).slice(0, 90);
}

async function showRun(
	title: string,
	rocketNet: RocketNetPackage,
	simulator: Simulator,
	credential: ReturnType<typeof rocketCredential>,
	steps: WorkflowStep[],
) {
	console.log(`\n▶ ${title}`);
	simulator.clearRequests();
	const started = Date.now();
	const run = await runWorkflow(rocketNet, steps, credential);

	for (const step of steps) {
		const result = run.steps[step.name];
		if (!result) {
			console.log(`  ${step.name}: did not run`);
			continue;
		}
		if (result.error) {
			console.log(`  ✗ ${step.name}: ${result.error.message}`);
			continue;
		}
		console.log(`  ✓ ${step.name}: ${result.items.length} item(s)`);
		for (const item of result.items.slice(0, 3)) console.log(`      ${summarise(item.json)}`);
	}

	const calls = simulator.requests.map((r) => `${r.method} ${r.path} → ${r.status}`);
	console.log(`  Rocket.net API calls (${calls.length}, ${Date.now() - started} ms):`);
	for (const call of calls) console.log(`      ${call}`);
}

async function main() {
	const simulator = await startSimulator({ taskStepMs: 300, quiet: true });
	const rocketNet = loadBuiltPackage();
	const { email, password } = simulator.account;
	const credential = rocketCredential(simulator.apiUrl, email, password);
	console.log(`Rocket.net simulator at ${simulator.apiUrl} (login ${email})`);

	try {
		await showRun('List sites', rocketNet, simulator, credential, [
			{
				name: 'List Sites',
				parameters: { resource: 'site', operation: 'getAll', returnAll: true },
			},
		]);

		await showRun(
			'Nightly backup, wait for it, then purge the cache',
			rocketNet,
			simulator,
			credential,
			[
				{
					name: 'Find Site',
					parameters: {
						resource: 'site',
						operation: 'getAll',
						limit: 1,
						filters: { domain: 'blue-harbor.example.com' },
					},
				},
				{
					name: 'Back Up',
					parameters: {
						resource: 'backup',
						operation: 'create',
						siteId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
						label: '=Nightly {{ $now.toISODate() }}',
						waitForCompletion: true,
						waitTimeout: 120,
					},
				},
				{
					name: 'Purge Cache',
					parameters: {
						resource: 'cache',
						operation: 'purgeEverything',
						siteId: { __rl: true, mode: 'id', value: '={{ $json.task.site_id }}' },
					},
				},
			],
		);

		await showRun('Purge changed files after a deploy', rocketNet, simulator, credential, [
			{
				name: 'Purge Files',
				parameters: {
					resource: 'cache',
					operation: 'purge',
					siteId: { __rl: true, mode: 'id', value: '1000005' },
					files: [
						'https://quiet-meadow.example.com/wp-content/themes/meadow/style.css',
						'https://quiet-meadow.example.com/',
					],
				},
			},
		]);

		await showRun('Clone a site and follow the task to its end', rocketNet, simulator, credential, [
			{
				name: 'Clone Site',
				parameters: {
					resource: 'site',
					operation: 'clone',
					siteId: { __rl: true, mode: 'id', value: '1000006' },
					additionalFields: { label: 'North Star Bakery (copy)' },
					waitForCompletion: true,
					waitTimeout: 120,
				},
			},
			{
				name: 'Site Tasks',
				parameters: {
					resource: 'task',
					operation: 'getAll',
					siteId: { __rl: true, mode: 'id', value: '1000006' },
					limit: 3,
					filters: { sort: 'updated', direction: 'desc' },
				},
			},
		]);

		console.log(`\nLogins for all four workflows: ${credential.logins} (the token was reused).`);
	} finally {
		await simulator.close();
	}
}

main().catch((error) => {
	console.error(error);
	process.exitCode = 1;
});
