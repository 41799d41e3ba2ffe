import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';

export interface RunOptions {
	cwd: string;
	env?: NodeJS.ProcessEnv;
	/** The child and everything it started are killed after this long. */
	timeoutMs: number;
	/** Append stdout and stderr to this file instead of keeping them in memory. */
	logFile?: string;
}

export interface RunResult {
	code: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
	timedOut: boolean;
	durationMs: number;
}

const KILL_GRACE_MS = 5000;

/**
 * This process's environment without what `npm run` and the caller's n8n setup put there: an
 * inherited `npm_config_local_prefix` would point a child npm at the project, `N8N_*` would leak
 * into the test instance, and `NODE_OPTIONS` may carry tsx's loader.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
	const inherited = /^(npm_|n8n_|db_|node_options$|init_cwd$)/i;
	return Object.fromEntries(Object.entries(process.env).filter(([name]) => !inherited.test(name)));
}

const running = new Set<ChildProcess>();
let stopping = false;

/** A child that keeps running, such as `n8n start`, until it is stopped or times out. */
export interface StartedProcess {
	pid: number | undefined;
	/** Settles once the child has exited and its output is closed. */
	exited: Promise<RunResult>;
	/**
	 * Sends SIGTERM to the child alone, so that it can shut its own children down, waits up to
	 * `graceMs`, then kills the whole process group. Resolves once it has exited.
	 */
	stop(graceMs: number): Promise<RunResult>;
}

/** Starts a command in its own process group, so that a timeout also ends its grandchildren. */
export function start(command: string, args: string[], options: RunOptions): StartedProcess {
	if (stopping) throw new Error(`not starting ${command}: stopping`);
	const started = Date.now();
	const logFd = options.logFile ? openSync(options.logFile, 'a') : undefined;
	const output = logFd === undefined ? 'pipe' : logFd;

	const child = spawn(command, args, {
		cwd: options.cwd,
		env: options.env ?? cleanEnv(),
		stdio: ['ignore', output, output],
		detached: true,
	});
	running.add(child);

	let stdout = '';
	let stderr = '';
	child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
	child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));

	let timedOut = false;
	const timer = setTimeout(() => {
		timedOut = true;
		stopGroup(child);
	}, options.timeoutMs);

	const exited = new Promise<RunResult>((resolve, reject) => {
		child.once('error', (error) => {
			clearTimeout(timer);
			running.delete(child);
			if (logFd !== undefined) closeSync(logFd);
			reject(error);
		});
		child.once('close', (code, signal) => {
			clearTimeout(timer);
			running.delete(child);
			if (logFd !== undefined) closeSync(logFd);
			// Whatever the child left behind in its group goes with it.
			signalGroup(child, 'SIGKILL');
			resolve({ code, signal, stdout, stderr, timedOut, durationMs: Date.now() - started });
		});
	});

	const stop = async (graceMs: number) => {
		if (child.exitCode === null && child.signalCode === null) {
			try {
				child.kill('SIGTERM');
			} catch {
				// Already gone.
			}
			const killer = setTimeout(() => signalGroup(child, 'SIGKILL'), graceMs);
			killer.unref();
			child.once('close', () => clearTimeout(killer));
		}
		return await exited;
	};

	return { pid: child.pid, exited, stop };
}

/** Runs a command to its end; see `start`. */
export function run(command: string, args: string[], options: RunOptions): Promise<RunResult> {
	try {
		return start(command, args, options).exited;
	} catch (error) {
		return Promise.reject(error);
	}
}

/** Like `run`, but a timeout or a non-zero exit is an error that quotes the end of the output. */
export async function runOrThrow(
	command: string,
	args: string[],
	options: RunOptions,
): Promise<RunResult> {
	const result = await run(command, args, options);
	if (result.code === 0 && !result.timedOut) return result;

	const what = `${command.split('/').pop()} ${args.join(' ')}`;
	const why = result.timedOut
		? `timed out after ${Math.round(options.timeoutMs / 1000)}s`
		: `exited with ${result.code ?? result.signal}`;
	const where = options.logFile ? `see ${options.logFile}` : lastLines(result, 15);
	throw new Error(`${what} ${why}\n${where}`);
}

export function lastLines(result: RunResult, count: number): string {
	const text = `${result.stdout}\n${result.stderr}`.trim();
	return text.split('\n').slice(-count).join('\n');
}

/** Ends every child that is still running, with its process group, and starts no more. */
export async function stopAllChildren(): Promise<void> {
	stopping = true;
	const children = [...running];
	children.forEach((child) => stopGroup(child));
	await Promise.all(children.map((child) => waitForExit(child)));
}

function stopGroup(child: ChildProcess): void {
	signalGroup(child, 'SIGTERM');
	const killer = setTimeout(() => signalGroup(child, 'SIGKILL'), KILL_GRACE_MS);
	killer.unref();
	child.once('close', () => clearTimeout(killer));
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
	if (child.pid === undefined) return;
	try {
		process.kill(-child.pid, signal);
	} catch {
		// The group is already gone.
	}
}

function waitForExit(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
	return new Promise((resolve) => child.once('close', () => resolve()));
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			server.close(() => resolve(port));
		});
	});
}
