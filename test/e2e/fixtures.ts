import { randomBytes, randomUUID } from 'node:crypto';

import type { Simulator } from '../simulator/server';

export const ROCKET_NET_NODE = 'Rocket.net';

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** An id shaped like the ones n8n gives workflows and credentials: 16 letters and digits. */
export function n8nId(): string {
	return Array.from(randomBytes(16), (byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join('');
}

export interface CredentialRef {
	id: string;
	name: string;
}

/** The import file for `n8n import:credentials`; n8n encrypts the plain data on import. */
export function simulatorCredential(credential: CredentialRef, simulator: Simulator) {
	return {
		...credential,
		type: 'rocketNetApi',
		data: {
			email: simulator.account.email,
			password: simulator.account.password,
			baseUrl: simulator.apiUrl,
		},
	};
}

/** Manual Trigger → Rocket.net "Get Many" sites with Return All. */
export function listSitesWorkflow(id: string, credential: CredentialRef) {
	return {
		id,
		name: 'Rocket.net e2e: list sites',
		active: false,
		settings: {},
		nodes: [
			{
				id: randomUUID(),
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: randomUUID(),
				name: ROCKET_NET_NODE,
				type: 'n8n-nodes-rocketnet.rocketNet',
				typeVersion: 1,
				position: [220, 0],
				parameters: { resource: 'site', operation: 'getAll', returnAll: true },
				credentials: { rocketNetApi: credential },
			},
		],
		connections: {
			Start: { main: [[{ node: ROCKET_NET_NODE, type: 'main', index: 0 }]] },
		},
	};
}

export const TRIGGER_NODE = 'Rocket.net Trigger';
export const DELIVER_NODE = 'Deliver';

/**
 * Poll Times that poll every ten seconds: n8n refuses a custom cron whose seconds field is not a
 * single number ("polling interval is too short"), so six items, one per ten seconds.
 */
export function everyTenSeconds() {
	const item = [0, 10, 20, 30, 40, 50].map((second) => ({
		mode: 'custom',
		cronExpression: `${second} * * * * *`,
	}));
	return { item };
}

/** Rocket.net Trigger (a task finished, on any site) → HTTP Request posting each item to a URL. */
export function taskFinishedWorkflow(id: string, credential: CredentialRef, deliverTo: string) {
	return {
		id,
		name: 'Rocket.net e2e: finished tasks',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: randomUUID(),
				name: TRIGGER_NODE,
				type: 'n8n-nodes-rocketnet.rocketNetTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {
					pollTimes: everyTenSeconds(),
					event: 'taskFinished',
					watch: 'allSites',
					finalStatus: 'any',
				},
				credentials: { rocketNetApi: credential },
			},
			{
				id: randomUUID(),
				name: DELIVER_NODE,
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				position: [220, 0],
				parameters: {
					method: 'POST',
					url: deliverTo,
					sendBody: true,
					specifyBody: 'json',
					jsonBody: '={{ JSON.stringify($json) }}',
					options: {},
				},
			},
		],
		connections: {
			[TRIGGER_NODE]: { main: [[{ node: DELIVER_NODE, type: 'main', index: 0 }]] },
		},
	};
}
