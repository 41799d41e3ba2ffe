import type { Fault } from '../types';

interface QueuedFault {
	fault: Fault;
	remaining: number;
	pathPattern: RegExp | null;
}

/** Injected faults, each applied to the next `count` matching requests, oldest first. */
export class FaultQueue {
	private queue: QueuedFault[] = [];

	add(fault: Fault): void {
		if (fault.status === undefined && fault.delayMs === undefined) {
			throw new Error('A fault needs a status, a delayMs, or both');
		}
		this.queue.push({
			fault,
			remaining: fault.count ?? 1,
			pathPattern: fault.path ? new RegExp(fault.path) : null,
		});
	}

	/** Consumes one use of the first fault that matches the request. */
	take(method: string, path: string): Fault | undefined {
		const entry = this.queue.find(
			({ fault, pathPattern }) =>
				(!fault.method || fault.method.toUpperCase() === method) &&
				(!pathPattern || pathPattern.test(path)),
		);
		if (!entry) return undefined;

		entry.remaining -= 1;
		if (entry.remaining <= 0) this.queue.splice(this.queue.indexOf(entry), 1);
		return entry.fault;
	}

	get pending(): number {
		return this.queue.reduce((total, entry) => total + entry.remaining, 0);
	}

	clear(): void {
		this.queue = [];
	}
}

const DEFAULT_FAULT_MESSAGES: Record<number, string> = {
	401: 'Authentication failed',
	403: 'Not authorized to access endpoint',
	429: 'Too many requests, please slow down',
	500: 'Internal error',
	502: 'Bad gateway',
	503: 'Service temporarily unavailable',
	504: 'Gateway timeout',
};

export function faultMessage(fault: Fault): string {
	return fault.message ?? DEFAULT_FAULT_MESSAGES[fault.status ?? 500] ?? 'Injected fault';
}
