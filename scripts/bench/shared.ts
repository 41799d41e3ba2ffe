/**
 * What the benchmarks share. Imported before anything that loads n8n-core: n8n-core writes its
 * settings into N8N_USER_FOLDER, so each run gets a temporary one, removed when the process exits.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import axios from 'axios';

import type { RocketNetPackage } from '../../test/helpers/engine';
import type { RequestLogEntry, Simulator } from '../../test/simulator/types';

const userFolder = mkdtempSync(join(tmpdir(), 'rocketnet-bench-'));
process.env.N8N_USER_FOLDER = userFolder;
process.env.N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS = 'false';
process.on('exit', () => rmSync(userFolder, { recursive: true, force: true }));

export const PROJECT_ROOT = resolve(__dirname, '..', '..');
export const DIST = join(PROJECT_ROOT, 'dist');
export const BUILT_NODE = join(DIST, 'nodes/RocketNet/RocketNet.node.js');
export const BUILT_CREDENTIAL = join(DIST, 'credentials/RocketNetApi.credentials.js');
export const BUILT_TRIGGER = join(DIST, 'nodes/RocketNetTrigger/RocketNetTrigger.node.js');
export const USER_AGENT = `n8n-nodes-rocketnet/${packageVersion()}`;

/** One row of the printed table. */
export interface Figure {
	figure: string;
	result: string;
	/** The target, or what the result is compared with. */
	against: string;
	notes: string;
}

function packageVersion(): string {
	return (require(join(PROJECT_ROOT, 'package.json')) as { version: string }).version;
}

/** The node and credential as n8n loads them: from dist/, as `npm run demo` does. */
export function loadBuiltPackage(): RocketNetPackage {
	const { RocketNet } = require(BUILT_NODE);
	const { RocketNetApi } = require(BUILT_CREDENTIAL);
	return { node: new RocketNet(), credential: new RocketNetApi() };
}

/** The token a plain loop logs in for: `POST /login` with axios, as a script without n8n would. */
export async function plainLogin(simulator: Simulator): Promise<string> {
	const { email, password } = simulator.account;
	const { data } = await axios.post<{ token: string }>(
		`${simulator.apiUrl}/login`,
		{ username: email, password },
		{ headers: { 'User-Agent': USER_AGENT } },
	);
	return data.token;
}

export function site(id: number | string) {
	return { __rl: true, mode: 'id', value: String(id) };
}

export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
	const started = performance.now();
	const value = await work();
	return { value, ms: performance.now() - started };
}

export function formatMs(ms: number): string {
	if (ms >= 10000) return `${(ms / 1000).toFixed(1)} s`;
	if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
	return `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
}

export function ratio(numerator: number, denominator: number): string {
	return `${(numerator / denominator).toFixed(2)}×`;
}

export function count(requests: RequestLogEntry[], method: string, path: RegExp): number {
	return requests.filter((request) => request.method === method && path.test(request.path)).length;
}

/** "GET /sites ×1, GET /sites/{id}/tasks ×100": requests grouped by method and path shape. */
export function describeRequests(requests: RequestLogEntry[]): string {
	const counts = new Map<string, number>();
	for (const request of requests) {
		const line = `${request.method} ${request.path.replace(/\/\d+(?=\/|$)/g, '/{id}')}`;
		counts.set(line, (counts.get(line) ?? 0) + 1);
	}
	return [...counts].map(([line, times]) => `${line} ×${times}`).join(', ') || 'none';
}

export function progress(line: string): void {
	console.log(`bench: ${line}`);
}
