import { randomBytes } from 'node:crypto';

import { loadCatalogue } from './catalogue';
import { FaultQueue } from './http/faults';
import { signJwt } from './http/jwt';
import { Router } from './http/router';
import { registerRoutes } from './routes';
import { newUuid } from './state/ids';
import { applySeed } from './state/seed';
import { createEmptyState, type SimulatorState } from './state/state';
import { advanceTasks } from './state/tasks';
import type { RequestLogEntry, SeedOptions, SimulatorConfig, SinkDelivery } from './types';

/** The simulator's moving parts, shared by the API pipeline, the admin API and the handle. */
export interface SimulatorCore {
	state: SimulatorState;
	config: SimulatorConfig;
	account: { email: string; password: string };
	faults: FaultQueue;
	requests: RequestLogEntry[];
	/** What was posted to the sink (/__sink/…), oldest first. */
	deliveries: SinkDelivery[];
	secret: Buffer;
	router: Router;
	url: string;
	apiUrl: string;
	quiet: boolean;
	timers: Set<NodeJS.Timeout>;
}

export interface CoreOptions {
	config: SimulatorConfig;
	account: { email: string; password: string };
	seed: SeedOptions;
	quiet: boolean;
}

export function createCore(options: CoreOptions): SimulatorCore {
	const router = new Router(loadCatalogue().operations);
	registerRoutes(router);

	const core: SimulatorCore = {
		state: createEmptyState(options.account),
		config: options.config,
		account: options.account,
		faults: new FaultQueue(),
		requests: [],
		deliveries: [],
		secret: randomBytes(32),
		router,
		url: '',
		apiUrl: '',
		quiet: options.quiet,
		timers: new Set(),
	};
	resetCore(core, options.seed);
	return core;
}

/**
 * Empties state, faults, task rules, the request log and the sink, then seeds (demo account by
 * default).
 */
export function resetCore(core: SimulatorCore, seed: SeedOptions = {}): void {
	core.state = createEmptyState(core.account);
	core.faults.clear();
	core.requests.length = 0;
	core.deliveries.length = 0;
	applySeed(core.state, core.config.taskStepMs, { ...seed, demo: seed.demo ?? true });
}

/** Adds to the current state (no demo account unless asked). */
export function seedCore(core: SimulatorCore, seed: SeedOptions): void {
	applySeed(core.state, core.config.taskStepMs, { ...seed, demo: seed.demo ?? false });
}

/** State with every task moved to where time has taken it. */
export function currentState(core: SimulatorCore): SimulatorState {
	advanceTasks(core.state, Date.now());
	return core.state;
}

export function issueToken(
	core: SimulatorCore,
	options: { subject: string; ttlSeconds: number; siteId?: number },
): string {
	const issuedAt = Math.floor(Date.now() / 1000);
	const jti = newUuid();
	core.state.tokens.push({
		jti,
		subject: options.subject,
		siteId: options.siteId ?? null,
		issuedAt,
		expiresAt: issuedAt + options.ttlSeconds,
	});
	return signJwt(
		{
			sub: options.subject,
			iat: issuedAt,
			exp: issuedAt + options.ttlSeconds,
			jti,
			...(options.siteId === undefined ? {} : { site_id: options.siteId }),
		},
		core.secret,
	);
}

/** Resolves after `ms`, unless the simulator closes first. */
export function sleep(core: SimulatorCore, ms: number): Promise<void> {
	return new Promise((resolve) => {
		const timer = setTimeout(() => {
			core.timers.delete(timer);
			resolve();
		}, ms);
		core.timers.add(timer);
	});
}
