/**
 * Per-item overhead of the node in n8n's engine: 1,000 input items → Cache → Purge, one request
 * per item, through WorkflowExecute with the built node, beside a plain loop sending the same
 * 1,000 requests. n8n's RoutingNode (n8n-core routing-node.js) prepares the items one after the
 * other and starts each item's request as soon as it is prepared, then awaits them all together
 * (Promise.allSettled); the loop likewise starts all 1,000 axios requests, then awaits them all.
 *
 * A third run uses the same node with its description cut down to the properties Cache → Purge
 * shows, and sends the same requests: RoutingNode walks every property of the node for every item,
 * twice (for the request, then again for the base URL), reading and resolving each value and
 * checking its display conditions before it drops the ones the operation does not show, so its
 * time per item grows with the size of the description, not with what the operation needs.
 *
 * Where the time goes, in Chrome DevTools or any .cpuprofile viewer:
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --require tsx/cjs scripts/bench/index.ts perItem
 */
import axios from 'axios';
import type { INodeParameters, INodeType } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { rocketCredential, runWorkflow } from '../../test/helpers/engine';
import { startSimulator } from '../../test/simulator/server';
import type { Simulator } from '../../test/simulator/types';
import {
	count,
	formatMs,
	loadBuiltPackage,
	median,
	plainLogin,
	progress,
	ratio,
	site,
	timed,
	USER_AGENT,
	type Figure,
} from './shared';

const ITEMS = 1000;
const RUNS = 5;
const SITE_ID = 1000001;

const urls = Array.from(
	{ length: ITEMS },
	(_, index) => `https://blue-harbor.example.com/blog/post-${index + 1}/`,
);

/** The purges the node sends (an empty tag list included), all at once, then every answer. */
async function plainLoop(simulator: Simulator, token: string) {
	const headers = { Authorization: `Bearer ${token}`, 'User-Agent': USER_AGENT };
	const purge = `${simulator.apiUrl}/sites/${SITE_ID}/cache/purge`;
	const answers = await Promise.allSettled(
		urls.map((url) =>
			axios.post<{ result: unknown }>(purge, { files: [url], tags: [] }, { headers }),
		),
	);
	const failed = answers.filter((answer) => answer.status === 'rejected').length;
	if (failed > 0) throw new Error(`${failed} purges of the plain loop failed`);
	return answers.map((answer) => ({
		json: answer.status === 'fulfilled' && answer.value.data.result,
	}));
}

/** The same node, its description holding only the properties shown for these parameters. */
function withOnlyShownProperties(node: INodeType, parameters: INodeParameters) {
	const { description } = node;
	const properties = description.properties.filter((property) =>
		NodeHelpers.displayParameter(parameters, property, { typeVersion: 1 }, description),
	);
	const trimmed = Object.create(node) as INodeType;
	trimmed.description = { ...description, properties };
	return { node: trimmed, kept: properties.length, of: description.properties.length };
}

type Variant = 'engine' | 'trimmed' | 'loop';

/** Runs the three variants in turn, RUNS times after a warm-up, and returns the medians. */
async function compareWithLoop() {
	const simulator = await startSimulator({ quiet: true });
	try {
		const rocketNet = loadBuiltPackage();
		const { email, password } = simulator.account;
		const credential = rocketCredential(simulator.apiUrl, email, password);
		const parameters = {
			resource: 'cache',
			operation: 'purge',
			siteId: site(SITE_ID),
			files: ['={{ $json.url }}'],
		};
		const steps = [{ name: 'Purge', parameters }];
		const trimmed = withOnlyShownProperties(rocketNet.node, parameters);
		const input = urls.map((url) => ({ url }));
		const inEngine = (node: INodeType) => async () => {
			const run = await runWorkflow({ ...rocketNet, node }, steps, credential, input);
			if (run.error) throw run.error;
		};
		const token = await plainLogin(simulator);
		const variants: Record<Variant, () => Promise<unknown>> = {
			engine: inEngine(rocketNet.node),
			trimmed: inEngine(trimmed.node),
			loop: async () => await plainLoop(simulator, token),
		};

		const times: Record<Variant, number[]> = { engine: [], trimmed: [], loop: [] };
		const requests: Record<Variant, number> = { engine: 0, trimmed: 0, loop: 0 };
		const bodies = new Set<string>();
		for (let run = -1; run < RUNS; run++) {
			for (const variant of Object.keys(variants) as Variant[]) {
				simulator.clearRequests();
				const { ms } = await timed(variants[variant]);
				const purges = simulator.requests.filter((request) => request.path.endsWith('/purge'));
				bodies.add(JSON.stringify(purges[0]?.body));
				requests[variant] = count(purges, 'POST', /\/cache\/purge$/);
				if (run >= 0) times[variant].push(ms);
			}
		}
		if (bodies.size !== 1) throw new Error(`the variants sent different purges: ${[...bodies]}`);

		const medians = {
			engine: median(times.engine),
			trimmed: median(times.trimmed),
			loop: median(times.loop),
		};
		return { medians, requests, kept: trimmed.kept, of: trimmed.of };
	} finally {
		await simulator.close();
	}
}

export async function measurePerItem(): Promise<Figure[]> {
	progress(`${ITEMS} items → Cache → Purge: warming up, then ${RUNS} runs each`);
	const { medians, requests, kept, of } = await compareWithLoop();
	const perItem = (ms: number) => `${(ms / ITEMS).toFixed(2)} ms an item`;
	const { engine, trimmed, loop } = medians;
	return [
		{
			figure: `Per-item overhead: ${ITEMS.toLocaleString('en')} items → Cache → Purge`,
			result: `${formatMs(engine)} (${perItem(engine)}), ${requests.engine} requests`,
			against:
				`plain loop: ${formatMs(loop)} (${perItem(loop)}), ${requests.loop}` +
				` requests; ratio ${ratio(engine, loop)}`,
			notes:
				`built node in WorkflowExecute, Files to Purge = {{ $json.url }}, already logged in;` +
				` the loop starts all ${ITEMS} axios POSTs at once and awaits them together, as` +
				` n8n's RoutingNode does; median of ${RUNS} after a warm-up`,
		},
		{
			figure: `… the same with the description cut to the ${kept} properties Purge shows`,
			result: `${formatMs(trimmed)} (${perItem(trimmed)}), ${requests.trimmed} requests`,
			against: `plain loop ratio ${ratio(trimmed, loop)}`,
			notes:
				`diagnosis, not a configuration users get: for every item n8n's RoutingNode goes` +
				` through all ${of} properties of the node twice (request, then base URL), reading` +
				` and resolving each value and checking its display conditions before it drops the` +
				` ones Purge does not show; ${formatMs(engine - trimmed)} of the` +
				` ${formatMs(engine - loop)} overhead goes there`,
		},
	];
}
