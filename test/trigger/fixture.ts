import type { IDataObject } from 'n8n-workflow';

import { startSimulator } from '../simulator/server';
import { startTask } from '../simulator/state/tasks';
import type { Simulator } from '../simulator/types';
import type { CredentialStore } from '../helpers/credentials';
import { rocketCredential } from '../helpers/engine';
import type { PollOutcome } from '../helpers/poll';
import { pollTrigger } from '../helpers/poll';
import { RocketNetApi } from '../../credentials/RocketNetApi.credentials';
import { RocketNetTrigger } from '../../nodes/RocketNetTrigger/RocketNetTrigger.node';

const sourcePackage = { trigger: new RocketNetTrigger(), credential: new RocketNetApi() };

export const STEP_MS = 20;
export const BLUE_HARBOR = 1000001;
export const COPPER_FALLS = 1000003;
export const QUIET_MEADOW = 1000005;

export interface TriggerFixture {
	simulator: Simulator;
	credential: CredentialStore;
	/** One poll with the saved state, which it then replaces, as n8n does between polls. */
	poll(mode?: 'trigger' | 'manual'): Promise<PollOutcome>;
	/** Forget the saved state: a new activation. */
	resetState(): void;
	/** Starts a task that has already finished at `finishedAt`. */
	finishTask(siteId: number | null, options?: FinishOptions): string;
}

export interface FinishOptions {
	type?: string;
	failMessage?: string;
	finishedAt?: number;
	level?: 'site' | 'account';
}

/** A simulator and a trigger with the given parameters, its state kept between polls. */
export function useTrigger(parameters: () => IDataObject): TriggerFixture {
	const fixture = {} as TriggerFixture;
	let staticData: IDataObject = {};

	beforeAll(async () => {
		fixture.simulator = await startSimulator({ taskStepMs: STEP_MS, quiet: true });
		const { email, password } = fixture.simulator.account;
		fixture.credential = rocketCredential(fixture.simulator.apiUrl, email, password);
	});

	beforeEach(() => {
		fixture.simulator.reset();
		fixture.simulator.clearFaults();
		staticData = {};
	});

	afterAll(async () => await fixture.simulator.close());

	fixture.poll = async (mode = 'trigger') => {
		const outcome = await pollTrigger(
			sourcePackage,
			parameters(),
			fixture.credential,
			staticData,
			mode,
		);
		staticData = outcome.staticData;
		return outcome;
	};
	fixture.resetState = () => {
		staticData = {};
	};
	fixture.finishTask = (siteId, options = {}) => {
		const finishedAt = options.finishedAt ?? Date.now() - 1000;
		const task = startTask(
			fixture.simulator.state,
			STEP_MS,
			{
				level: options.level ?? 'site',
				type: options.type ?? 'backup',
				siteId: siteId ?? undefined,
				createdAt: finishedAt - 4 * STEP_MS,
				failMessage: options.failMessage,
				history: true,
			},
			finishedAt - 4 * STEP_MS,
		);
		return task.id;
	};
	return fixture;
}

export const ids = (outcome: PollOutcome) => (outcome.items ?? []).map((item) => String(item.id));
