/**
 * Logins per 100 executions of one credential in a real n8n 2.41.1, the packed package installed
 * as a community package, against the simulator:
 * - 100 production executions in one `n8n start`: a published workflow Webhook → Rocket.net
 *   (Site → Get Many, Limit 1), its webhook called 100 times one after the other. Each call is a
 *   separate execution that reads the credential, and the token saved by earlier ones, from n8n's
 *   database.
 * - separate `n8n execute --id` processes (10 by default, about 3 s each) of Manual Trigger →
 *   the same node, with a second credential: the token also survives across n8n processes.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';

import { findLoggedRun, runErrorMessage } from '../../test/e2e/execution-output';
import {
	listSitesWorkflow,
	n8nId,
	ROCKET_NET_NODE,
	simulatorCredential,
	type CredentialRef,
} from '../../test/e2e/fixtures';
import {
	createN8nInstance,
	executeWorkflow,
	importCredentials,
	importWorkflow,
	installCommunityPackage,
	publishWorkflow,
	startN8n,
	type N8nInstance,
} from '../../test/e2e/n8n-instance';
import { N8N_2 } from '../../test/e2e/n8n-runtime';
import { Report } from '../../test/e2e/report';
import { prepareWorkspace } from '../../test/e2e/workspace';
import { startSimulator } from '../../test/simulator/server';
import type { Simulator } from '../../test/simulator/types';
import { count, formatMs, median, progress, type Figure } from './shared';

const WEBHOOK_EXECUTIONS = Number(process.env.BENCH_EXECUTIONS) || 100;
const EXECUTE_PROCESSES = Number(process.env.BENCH_EXECUTE_PROCESSES) || 10;
const WEBHOOK_PATH = 'rocketnet-bench';
const START_TIMEOUT_MS = 2 * 60 * 1000;
const CALL_TIMEOUT_MS = 60 * 1000;
const WEBHOOK_READY_TIMEOUT_MS = 60 * 1000;
const ONE_SITE = { resource: 'site', operation: 'getAll', limit: 1 };

/** The e2e modules report through a Report; here their lines are progress lines. */
class ProgressReport extends Report {
	say(line: string): void {
		progress(line);
	}
}

interface Phase {
	executions: number;
	failures: string[];
	durations: number[];
	totalMs: number;
}

function manualWorkflow(credential: CredentialRef) {
	const workflow = listSitesWorkflow(n8nId(), credential);
	return {
		...workflow,
		name: 'Rocket.net bench: one site (manual)',
		nodes: workflow.nodes.map((node) =>
			node.name === ROCKET_NET_NODE ? { ...node, parameters: ONE_SITE } : node,
		),
	};
}

function webhookWorkflow(credential: CredentialRef) {
	return {
		id: n8nId(),
		name: 'Rocket.net bench: one site (webhook)',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: randomUUID(),
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: randomUUID(),
				parameters: {
					httpMethod: 'GET',
					path: WEBHOOK_PATH,
					responseMode: 'lastNode',
					options: {},
				},
			},
			{
				id: randomUUID(),
				name: ROCKET_NET_NODE,
				type: 'n8n-nodes-rocketnet.rocketNet',
				typeVersion: 1,
				position: [220, 0],
				parameters: ONE_SITE,
				credentials: { rocketNetApi: credential },
			},
		],
		connections: { Webhook: { main: [[{ node: ROCKET_NET_NODE, type: 'main', index: 0 }]] } },
	};
}

/**
 * n8n says it is up a moment before it has registered the production webhooks. A CORS preflight
 * answers 204 once the path is registered (404 before) and runs nothing.
 */
async function waitForWebhook(url: string): Promise<void> {
	const deadline = Date.now() + WEBHOOK_READY_TIMEOUT_MS;
	const headers = { Origin: 'http://localhost', 'Access-Control-Request-Method': 'GET' };
	while (Date.now() < deadline) {
		const response = await fetch(url, {
			method: 'OPTIONS',
			headers,
			signal: AbortSignal.timeout(CALL_TIMEOUT_MS),
		}).catch(() => undefined);
		if (response?.status === 204) return;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`n8n did not register the webhook within ${WEBHOOK_READY_TIMEOUT_MS / 1000}s`);
}

async function callWebhook(url: string): Promise<string | undefined> {
	const response = await fetch(url, { signal: AbortSignal.timeout(CALL_TIMEOUT_MS) });
	const body = (await response.json()) as { id?: unknown; message?: string };
	if (response.ok && typeof body.id === 'number') return undefined;
	return `${response.status} ${body.message ?? JSON.stringify(body).slice(0, 100)}`;
}

async function runWebhookPhase(instance: N8nInstance, workDir: string, workflowId: string) {
	await publishWorkflow(instance, workflowId);
	const server = await startN8n(instance, join(workDir, 'n8n-start.log'), START_TIMEOUT_MS);
	const url = `http://127.0.0.1:${instance.env.N8N_PORT}/webhook/${WEBHOOK_PATH}`;
	const phase: Phase = { executions: WEBHOOK_EXECUTIONS, failures: [], durations: [], totalMs: 0 };
	try {
		await waitForWebhook(url);
		progress(`n8n start is up; calling ${url} ${WEBHOOK_EXECUTIONS} times`);
		const started = performance.now();
		for (let call = 1; call <= WEBHOOK_EXECUTIONS; call++) {
			const callStarted = performance.now();
			const failure = await callWebhook(url).catch((error: Error) => error.message);
			phase.durations.push(performance.now() - callStarted);
			if (failure) phase.failures.push(`call ${call}: ${failure}`);
		}
		phase.totalMs = performance.now() - started;
	} finally {
		await server.stop();
	}
	return phase;
}

async function runExecutePhase(instance: N8nInstance, workflowId: string) {
	progress(`running the manual workflow with ${EXECUTE_PROCESSES} separate n8n execute processes`);
	const phase: Phase = { executions: EXECUTE_PROCESSES, failures: [], durations: [], totalMs: 0 };
	const started = performance.now();
	for (let run = 1; run <= EXECUTE_PROCESSES; run++) {
		const result = await executeWorkflow(instance, workflowId);
		phase.durations.push(result.durationMs);
		const logged = findLoggedRun(result.stdout);
		const error = logged ? runErrorMessage(logged) : 'no run logged';
		if (result.code !== 0 || logged?.status !== 'success' || error) {
			phase.failures.push(`run ${run}: ${error ?? `exit ${result.code}`}`);
		}
	}
	phase.totalMs = performance.now() - started;
	return phase;
}

/** Logins and site lists the simulator saw during a phase, then a fresh log for the next. */
function takeCounts(simulator: Simulator) {
	const counts = {
		logins: count(simulator.requests, 'POST', /^\/login$/),
		lists: count(simulator.requests, 'GET', /^\/sites$/),
	};
	simulator.clearRequests();
	return counts;
}

function failuresNote(phase: Phase): string {
	if (phase.failures.length === 0) return '';
	return `; FAILED ${phase.failures.length}: ${phase.failures.slice(0, 3).join(' | ')}`;
}

/** Needs the clean-up of test/e2e/workspace.ts (`cleanUp()`) once everything is done. */
export async function measureLogins(): Promise<Figure[]> {
	const workspace = await prepareWorkspace(new ProgressReport(), N8N_2);
	const simulator = await startSimulator({ quiet: true, seed: { demo: false, sites: 25 } });

	try {
		const workDir = join(workspace.workDir, 'logins');
		const instance = await createN8nInstance(workspace.runtime, workDir);
		await installCommunityPackage(instance, workspace.tarball);
		const forWebhook = { id: n8nId(), name: 'Rocket.net simulator (webhook)' };
		const forExecute = { id: n8nId(), name: 'Rocket.net simulator (execute)' };
		const webhook = webhookWorkflow(forWebhook);
		const manual = manualWorkflow(forExecute);
		await importCredentials(instance, [
			simulatorCredential(forWebhook, simulator),
			simulatorCredential(forExecute, simulator),
		]);
		await importWorkflow(instance, webhook);
		await importWorkflow(instance, manual);

		simulator.clearRequests();
		const served = await runWebhookPhase(instance, workDir, webhook.id);
		const servedCounts = takeCounts(simulator);
		const executed = await runExecutePhase(instance, manual.id);
		const executedCounts = takeCounts(simulator);

		return [
			{
				figure: `Logins per ${served.executions} executions of one credential (real n8n 2.41.1)`,
				result: String(servedCounts.logins),
				against: 'target 1',
				notes:
					`${served.executions} production executions (Webhook → Rocket.net, Site → Get Many,` +
					` Limit 1) in one \`n8n start\`, one after the other;` +
					` ${served.executions - served.failures.length} succeeded,` +
					` ${servedCounts.lists} GET /sites; ${formatMs(served.totalMs)} in all, median` +
					` ${formatMs(median(served.durations))} per execution${failuresNote(served)}`,
			},
			{
				figure: `Logins per ${executed.executions} \`n8n execute\` processes of one credential`,
				result: String(executedCounts.logins),
				against: 'target 1',
				notes:
					`Manual Trigger → Rocket.net (Site → Get Many, Limit 1), each \`n8n execute --id\`` +
					` a new n8n process reading the saved token from the database;` +
					` ${executed.executions - executed.failures.length} succeeded,` +
					` ${executedCounts.lists} GET /sites; ${formatMs(executed.totalMs)} in all, median` +
					` ${formatMs(median(executed.durations))} per process${failuresNote(executed)}`,
			},
		];
	} finally {
		await simulator.close();
	}
}
