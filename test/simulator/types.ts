import type { SimulatorState } from './state/state';

export interface SeedOptions {
	/**
	 * Load the believable demo account (a handful of sites, staging copies, backups, tasks).
	 * Default true for reset(), false for seed().
	 */
	demo?: boolean;
	/** Add this many generated sites with deterministic ids and domains. */
	sites?: number;
}

export interface SimulatorOptions {
	/** 0 picks a free port. Default 0. */
	port?: number;
	/** Interface to listen on. Default 127.0.0.1. */
	host?: string;
	/** Time between two task steps (NEW → PROGRESS … → DONE). Default 1000. */
	taskStepMs?: number;
	/** Lifetime of tokens issued by POST /v1/login. Default 7 days. */
	tokenTtlSeconds?: number;
	seed?: SeedOptions;
	/** Login accepted by POST /v1/login. Default demo@rocket.test / demo-password. */
	account?: { email: string; password: string };
	/** Print nothing. Default true under Jest, false elsewhere. */
	quiet?: boolean;
}

export interface Fault {
	/** Answer with this status and an error envelope. Omit with `delayMs` for a slow success. */
	status?: number;
	/** How many matching requests get the fault. Default 1. */
	count?: number;
	/** Seconds for the Retry-After header. */
	retryAfter?: number;
	/** Only requests with this method. */
	method?: string;
	/** Regular expression matched against the path after /v1. */
	path?: string;
	/** Wait this long before answering. */
	delayMs?: number;
	/** Human text for the error envelope. */
	message?: string;
	/** Carry the request out, then answer with the fault, as when an answer is lost. */
	afterHandling?: boolean;
}

/** A POST to the simulator's sink, which stands in for Slack webhooks and email APIs. */
export interface SinkDelivery {
	/** When it arrived, in ms since the epoch. */
	at: number;
	/** The path below /__sink, e.g. /slack. */
	path: string;
	/** The posted JSON, or `{ unparsed: text }`. */
	body: Record<string, unknown>;
}

export interface RequestLogEntry {
	time: number;
	method: string;
	/** Path after /v1, without the query string. */
	path: string;
	query: Record<string, string | string[]>;
	/** The body with passwords, tokens and private keys masked. */
	body: unknown;
	/**
	 * The body as received, secrets included, for in-process assertions. Not enumerable, so the
	 * admin API and anything that prints the log never show it.
	 */
	readonly receivedBody?: unknown;
	userAgent?: string;
	/** `jti` of the bearer token used, never the token itself. */
	tokenId?: string;
	/** 0 while the answer is still pending (a slow fault). */
	status: number;
}

export interface SimulatorConfig {
	taskStepMs: number;
	tokenTtlSeconds: number;
}

export interface Simulator {
	/** http://127.0.0.1:PORT */
	url: string;
	/** url + '/v1', what the credential's Base URL points at. */
	apiUrl: string;
	account: { email: string; password: string };
	config: SimulatorConfig;
	reset(seed?: SeedOptions): void;
	seed(options: SeedOptions): void;
	injectFault(fault: Fault): void;
	clearFaults(): void;
	/** The next started task (of that type) ends in ERROR with this message. */
	failNextTask(message: string, taskType?: string): void;
	/** The next started task (of that type) never finishes, so it can be cancelled once timed out. */
	stallNextTask(taskType?: string): void;
	readonly requests: RequestLogEntry[];
	clearRequests(): void;
	/** url + '/__sink': POST anything below it (…/__sink/slack) and it is kept in `deliveries`. */
	sinkUrl: string;
	readonly deliveries: SinkDelivery[];
	/** Live state, with tasks advanced to the current time. */
	readonly state: SimulatorState;
	close(): Promise<void>;
}
