/**
 * Requests per poll of the Rocket.net Trigger watching 1, 10 and 100 sites, per event, after the
 * activation poll. Each poll runs the built trigger (dist/) through n8n-core's PollContext with
 * test/helpers/poll.ts, the static data carried from one poll to the next as n8n saves it.
 */
import type { IDataObject } from 'n8n-workflow';

import type { CredentialStore } from '../../test/helpers/credentials';
import { rocketCredential } from '../../test/helpers/engine';
import type { TriggerPackage } from '../../test/helpers/poll';
import { pollTrigger } from '../../test/helpers/poll';
import { startSimulator } from '../../test/simulator/server';
import type { Simulator } from '../../test/simulator/types';
import {
	BUILT_TRIGGER,
	describeRequests,
	formatMs,
	loadBuiltPackage,
	median,
	progress,
	timed,
	type Figure,
} from './shared';

const SITE_COUNTS = [1, 10, 100];
const POLLS_AFTER_ACTIVATION = 2;

/** The trigger and credential as n8n loads them, from dist/. */
function loadBuiltTrigger(): TriggerPackage {
	const { RocketNetTrigger } = require(BUILT_TRIGGER);
	return { trigger: new RocketNetTrigger(), credential: loadBuiltPackage().credential };
}

/** What every poll of one figure shares. */
interface Watch {
	simulator: Simulator;
	built: TriggerPackage;
	credential: CredentialStore;
	parameters: IDataObject;
}

/** The requests of one poll, logins left out. */
async function pollOnce(watch: Watch, staticData: IDataObject) {
	const { simulator } = watch;
	simulator.clearRequests();
	const outcome = await pollTrigger(watch.built, watch.parameters, watch.credential, staticData);
	if (outcome.errors.length > 0) throw new Error(`the poll failed: ${outcome.errors[0]}`);
	const requests = simulator.requests.filter((request) => request.path !== '/login');
	return { requests, staticData: outcome.staticData };
}

async function requestsPerPoll(
	simulator: Simulator,
	built: TriggerPackage,
	event: string,
	parameters: IDataObject,
): Promise<Figure> {
	const { email, password } = simulator.account;
	const credential = rocketCredential(simulator.apiUrl, email, password);
	const watch: Watch = { simulator, built, credential, parameters };
	const activation = await pollOnce(watch, {});
	let staticData = activation.staticData;
	const later: number[] = [];
	const durations: number[] = [];
	let described = '';
	for (let poll = 0; poll < POLLS_AFTER_ACTIVATION; poll++) {
		const { value: next, ms } = await timed(() => pollOnce(watch, staticData));
		staticData = next.staticData;
		later.push(next.requests.length);
		durations.push(ms);
		described = describeRequests(next.requests);
	}
	return {
		figure: `Trigger requests per poll, ${event}`,
		result: [...new Set(later)].join(' / '),
		against: `activation poll ${activation.requests.length}`,
		notes: `each later poll: ${described}; ${formatMs(median(durations))} a poll`,
	};
}

async function measureForSites(sites: number, built: TriggerPackage): Promise<Figure[]> {
	const simulator = await startSimulator({ quiet: true, seed: { demo: false, sites } });
	try {
		const siteIds = [...simulator.state.sites.values()]
			.filter((site) => site.production === null)
			.map((site) => String(site.id));
		if (siteIds.length !== sites) throw new Error(`the simulator holds ${siteIds.length} sites`);
		progress(`trigger polls over ${sites} sites`);

		return [
			await requestsPerPoll(simulator, built, `Task Finished (all ${sites} sites)`, {
				event: 'taskFinished',
				watch: 'allSites',
				finalStatus: 'any',
			}),
			await requestsPerPoll(simulator, built, `New WAF Event (${sites} chosen sites)`, {
				event: 'newWafEvent',
				siteIds,
			}),
			await requestsPerPoll(simulator, built, `Site Health Changed (all ${sites} sites)`, {
				event: 'siteHealthChanged',
				watch: 'allSites',
			}),
		];
	} finally {
		await simulator.close();
	}
}

export async function measureTriggerRequests(): Promise<Figure[]> {
	const built = loadBuiltTrigger();
	const figures: Figure[] = [];
	for (const sites of SITE_COUNTS) figures.push(...(await measureForSites(sites, built)));
	return figures;
}
