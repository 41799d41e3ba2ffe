import axios, { type AxiosInstance } from 'axios';

import { startSimulator, type Simulator, type SimulatorOptions } from './server';

export const USER_AGENT = 'n8n-nodes-rocketnet/0.0.0-test';

/** A client for the simulator's API: never throws on a status, sends an honest User-Agent. */
export function apiClient(simulator: Simulator, token?: string): AxiosInstance {
	return axios.create({
		baseURL: simulator.apiUrl,
		validateStatus: () => true,
		headers: {
			'User-Agent': USER_AGENT,
			...(token ? { Authorization: `Bearer ${token}` } : {}),
		},
	});
}

export async function login(simulator: Simulator): Promise<string> {
	const response = await apiClient(simulator).post('/login', {
		username: simulator.account.email,
		password: simulator.account.password,
	});
	if (response.status !== 200) throw new Error(`Login failed with ${response.status}`);
	return response.data.token as string;
}

export async function loggedInClient(simulator: Simulator): Promise<AxiosInstance> {
	return apiClient(simulator, await login(simulator));
}

export function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `check` answers a value other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(
	check: () => Promise<T | undefined> | T | undefined,
	timeoutMs = 3000,
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await check();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error(`Condition not met within ${timeoutMs}ms`);
		await sleep(10);
	}
}

/** Starts one simulator for a `describe` block and closes it afterwards. */
export function useSimulator(options: SimulatorOptions = {}): () => Simulator {
	let simulator: Simulator | undefined;
	beforeAll(async () => {
		simulator = await startSimulator({ taskStepMs: 25, quiet: true, ...options });
	});
	afterAll(async () => {
		await simulator?.close();
	});
	return () => {
		if (!simulator) throw new Error('Simulator not started');
		return simulator;
	};
}

/** First production site of the demo seed. */
export const BLUE_HARBOR = 1_000_001;
