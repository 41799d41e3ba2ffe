import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createCore, currentState, resetCore, seedCore, type SimulatorCore } from './core';
import { handleAdminRequest } from './http/admin';
import { handleApiRequest } from './http/pipeline';
import { answerStorageRequest, STORAGE_PATH } from './http/storage';
import { errorBody, type Reply } from './http/reply';
import { handleSinkRequest, SINK_PATH } from './http/sink';
import type { RawQuery } from './http/validate';
import type { Simulator, SimulatorOptions } from './types';

export type { Fault, RequestLogEntry, SeedOptions, Simulator, SimulatorOptions } from './types';
export type { SimulatorState } from './state/state';

const DEFAULT_ACCOUNT = { email: 'demo@rocket.test', password: 'demo-password' };
const SEVEN_DAYS = 7 * 24 * 60 * 60;
/**
 * Rocket.net documents no request size limit; Cloudflare in front of it answers 413 above its
 * plan's limit (100 MB on the smallest). Uploads carry the file base64-encoded in JSON, so a
 * 20 MB file makes a 27 MB body.
 */
const MAX_BODY_BYTES = 100 * 1024 * 1024;

/** The body, or undefined once it is over MAX_BODY_BYTES (the rest is read and dropped). */
function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		request.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size <= MAX_BODY_BYTES) chunks.push(chunk);
		});
		request.on('end', () => resolve(size > MAX_BODY_BYTES ? undefined : Buffer.concat(chunks)));
		request.on('error', reject);
	});
}

function rawQuery(url: URL): RawQuery {
	const query: RawQuery = {};
	for (const [name, value] of url.searchParams) (query[name] ??= []).push(value);
	return query;
}

function send(response: ServerResponse, reply: Reply): void {
	if (response.destroyed) return;

	const headers: Record<string, string> = { ...reply.headers };
	let payload: Buffer | undefined = reply.raw;
	if (!payload && reply.body !== undefined) {
		payload = Buffer.from(JSON.stringify(reply.body));
		headers['Content-Type'] = 'application/json';
	}
	if (reply.contentType) headers['Content-Type'] = reply.contentType;
	if (payload) headers['Content-Length'] = String(payload.length);

	response.writeHead(reply.status, headers);
	response.end(payload);
}

function parseAdminBody(raw: Buffer): unknown {
	const text = raw.toString('utf8').trim();
	return text ? JSON.parse(text) : {};
}

async function handle(core: SimulatorCore, request: IncomingMessage, response: ServerResponse) {
	const url = new URL(request.url ?? '/', 'http://simulator.local');
	const method = (request.method ?? 'GET').toUpperCase();
	const rawBody = await readBody(request);
	if (rawBody === undefined) {
		send(response, { status: 413, body: errorBody('Request body too large') });
		return;
	}

	if (url.pathname.startsWith(STORAGE_PATH)) {
		send(response, answerStorageRequest(core.state, method, url, request.headers));
		return;
	}

	if (url.pathname.startsWith(SINK_PATH)) {
		send(response, handleSinkRequest(core, method, url.pathname, rawBody));
		return;
	}

	if (url.pathname.startsWith('/__admin/')) {
		let body: unknown;
		try {
			body = parseAdminBody(rawBody);
		} catch {
			send(response, { status: 400, body: { error: 'Body is not valid JSON' } });
			return;
		}
		send(response, handleAdminRequest(core, method, url.pathname, body));
		return;
	}

	if (url.pathname !== '/v1' && !url.pathname.startsWith('/v1/')) {
		send(response, { status: 404, body: errorBody('Not found') });
		return;
	}

	const started = Date.now();
	const path = url.pathname.slice('/v1'.length) || '/';
	const reply = await handleApiRequest(core, {
		method,
		path,
		query: rawQuery(url),
		headers: request.headers,
		rawBody,
	});
	send(response, reply);
	if (!core.quiet) console.log(`${method} /v1${path} ${reply.status} ${Date.now() - started}ms`);
}

function listen(
	server: ReturnType<typeof createServer>,
	port: number,
	host: string,
): Promise<number> {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			server.off('error', reject);
			resolve((server.address() as AddressInfo).port);
		});
	});
}

/** Starts the Rocket.net API simulator on 127.0.0.1 (a random port unless given). */
export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
	const account = options.account ?? DEFAULT_ACCOUNT;
	const core = createCore({
		config: {
			taskStepMs: options.taskStepMs ?? 1000,
			tokenTtlSeconds: options.tokenTtlSeconds ?? SEVEN_DAYS,
		},
		account,
		seed: options.seed ?? {},
		quiet: options.quiet ?? process.env.JEST_WORKER_ID !== undefined,
	});

	const server = createServer((request, response) => {
		handle(core, request, response).catch((error: Error) => {
			if (!core.quiet) console.error('Simulator failed to answer:', error);
			send(response, { status: 500, body: errorBody('Internal error') });
		});
	});
	const host = options.host ?? '127.0.0.1';
	const port = await listen(server, options.port ?? 0, host);
	const hostname = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
	core.url = `http://${hostname}:${port}`;
	core.apiUrl = `${core.url}/v1`;

	return {
		url: core.url,
		apiUrl: core.apiUrl,
		account,
		config: core.config,
		reset: (seed) => resetCore(core, seed),
		seed: (seed) => seedCore(core, seed),
		injectFault: (fault) => core.faults.add(fault),
		clearFaults: () => core.faults.clear(),
		failNextTask: (message, taskType) =>
			core.state.pendingTaskRules.push({ taskType: taskType ?? null, failMessage: message }),
		stallNextTask: (taskType) =>
			core.state.pendingTaskRules.push({ taskType: taskType ?? null, stall: true }),
		get requests() {
			return core.requests;
		},
		clearRequests: () => {
			core.requests.length = 0;
		},
		sinkUrl: `${core.url}${SINK_PATH.slice(0, -1)}`,
		get deliveries() {
			return core.deliveries;
		},
		get state() {
			return currentState(core);
		},
		close: () =>
			new Promise<void>((resolve) => {
				for (const timer of core.timers) clearTimeout(timer);
				core.timers.clear();
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
