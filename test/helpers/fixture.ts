import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { startSimulator } from '../simulator/server';
import type { RequestLogEntry, Simulator } from '../simulator/types';
import type { CredentialStore } from './credentials';
import { RocketNetApi } from '../../credentials/RocketNetApi.credentials';
import { RocketNet } from '../../nodes/RocketNet/RocketNet.node';
import type { RocketNetPackage, RunOptions, RunResult } from './engine';
import { rocketCredential, runWorkflow } from './engine';

/** The node and credential from source, as the tests exercise them. */
export const sourcePackage: RocketNetPackage = {
	node: new RocketNet(),
	credential: new RocketNetApi(),
};

export interface RocketNetFixture {
	simulator: Simulator;
	credential: CredentialStore;
	run(parameters: INodeParameters, options?: RunOptions): Promise<RunResult>;
	/** Requests the node sent to the API as received (secrets included), logins left out. */
	apiRequests(): RequestLogEntry[];
	close(): Promise<void>;
}

/** A simulator with the demo account and a credential pointing at it, as a user would set up. */
export async function startRocketNet(taskStepMs = 20): Promise<RocketNetFixture> {
	const simulator = await startSimulator({ taskStepMs, quiet: true });
	const { email, password } = simulator.account;
	const credential = rocketCredential(simulator.apiUrl, email, password);

	return {
		simulator,
		credential,
		run: async (parameters, options = {}) =>
			await runWorkflow(
				sourcePackage,
				[{ name: 'Rocket.net', parameters, continueOnFail: options.continueOnFail }],
				credential,
				options.input,
			),
		apiRequests: () =>
			simulator.requests
				.filter((request) => request.path !== '/login')
				.map((request) => ({ ...request, body: request.receivedBody })),
		close: async () => await simulator.close(),
	};
}

export function site(id: number | string) {
	return { __rl: true, mode: 'id', value: String(id) };
}

export function jsonOf(result: RunResult): IDataObject[] {
	if (result.error) throw result.error;
	return result.items.map((item) => item.json);
}

/** The one request an operation sent, as the API received it. */
export function onlyRequest(fixture: RocketNetFixture): RequestLogEntry {
	const requests = fixture.apiRequests();
	expect(requests).toHaveLength(1);
	return requests[0];
}

/**
 * One simulator for a describe block, reset to the demo account before each test:
 * `const rocket = useRocketNet();`
 */
export function useRocketNet(taskStepMs = 20): RocketNetFixture {
	const fixture = {} as RocketNetFixture;

	beforeAll(async () => {
		Object.assign(fixture, await startRocketNet(taskStepMs));
	});

	beforeEach(() => {
		fixture.simulator.reset();
		fixture.simulator.clearFaults();
		fixture.simulator.clearRequests();
	});

	afterAll(async () => await fixture.close());

	return fixture;
}
