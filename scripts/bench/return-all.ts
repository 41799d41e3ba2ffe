/**
 * Return All over 10,000 sites: Site → Get Many with Return All through n8n's WorkflowExecute
 * (the built node from dist/), beside a plain Node loop that asks for the same pages with axios
 * and collects the same records. Both log in once before timing; each side runs once to warm up,
 * then RUNS times alternately, and the median counts.
 */
import axios from 'axios';

import { rocketCredential, runWorkflow } from '../../test/helpers/engine';
import { startSimulator } from '../../test/simulator/server';
import type { Simulator } from '../../test/simulator/types';
import {
	count,
	formatMs,
	loadBuiltPackage,
	plainLogin,
	median,
	progress,
	ratio,
	timed,
	USER_AGENT,
	type Figure,
} from './shared';

const SITES = 10000;
const PAGE_SIZE = 1000;
const RUNS = 5;

interface Envelope {
	result: Array<Record<string, unknown>>;
	metadata?: { total?: number };
}

/** What a developer would write without n8n: log in, then walk the pages to `metadata.total`. */
async function plainLoop(simulator: Simulator, token: string) {
	const headers = { Authorization: `Bearer ${token}`, 'User-Agent': USER_AGENT };
	const records: Array<{ json: Record<string, unknown> }> = [];
	for (let page = 1; ; page++) {
		const { data } = await axios.get<Envelope>(`${simulator.apiUrl}/sites`, {
			headers,
			params: { page, per_page: PAGE_SIZE },
		});
		records.push(...data.result.map((json) => ({ json })));
		const total = data.metadata?.total;
		if ((typeof total === 'number' && records.length >= total) || data.result.length < PAGE_SIZE)
			return records;
	}
}

export async function measureReturnAll(): Promise<Figure[]> {
	const simulator = await startSimulator({ quiet: true, seed: { demo: false, sites: SITES } });
	try {
		const rocketNet = loadBuiltPackage();
		const { email, password } = simulator.account;
		const credential = rocketCredential(simulator.apiUrl, email, password);
		const steps = [
			{ name: 'Sites', parameters: { resource: 'site', operation: 'getAll', returnAll: true } },
		];
		const engine = async () => {
			const run = await runWorkflow(rocketNet, steps, credential);
			if (run.error) throw run.error;
			return run.items.length;
		};
		const token = await plainLogin(simulator);
		const loop = async () => (await plainLoop(simulator, token)).length;

		progress(`Return All over ${SITES} sites: warming up, then ${RUNS} runs each`);
		await engine();
		await loop();
		simulator.clearRequests();

		const engineMs: number[] = [];
		const loopMs: number[] = [];
		let engineItems = 0;
		let loopItems = 0;
		let engineRequests = 0;
		let loopRequests = 0;
		for (let run = 0; run < RUNS; run++) {
			const viaEngine = await timed(engine);
			engineMs.push(viaEngine.ms);
			engineItems = viaEngine.value;
			engineRequests = count(simulator.requests, 'GET', /^\/sites$/);
			simulator.clearRequests();

			const viaLoop = await timed(loop);
			loopMs.push(viaLoop.ms);
			loopItems = viaLoop.value;
			loopRequests = count(simulator.requests, 'GET', /^\/sites$/);
			simulator.clearRequests();
		}

		const inEngine = median(engineMs);
		const inLoop = median(loopMs);
		return [
			{
				figure: `Return All over ${SITES.toLocaleString('en')} sites in n8n's engine`,
				result: `${engineRequests} requests, ${formatMs(inEngine)}`,
				against:
					`plain loop: ${loopRequests} requests, ${formatMs(inLoop)};` +
					` ratio ${ratio(inEngine, inLoop)}`,
				notes:
					`Site → Get Many, Return All (pages of ${PAGE_SIZE}), built node in WorkflowExecute,` +
					` ${engineItems} items; the loop: axios GET /sites?page&per_page=${PAGE_SIZE} until` +
					` metadata.total, ${loopItems} records as items; both already logged in; median of` +
					` ${RUNS} after a warm-up (simulator answers included on both sides)`,
			},
		];
	} finally {
		await simulator.close();
	}
}
