import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

interface HttpFailure {
	httpCode?: string | null;
	message?: string;
	description?: string | null;
	cause?: {
		code?: string;
		response?: { status?: number; data?: unknown; headers?: Record<string, unknown> };
	};
	context?: { data?: unknown };
}

const TIMEOUT_CODES = new Set([
	'ECONNABORTED',
	'ETIMEDOUT',
	'ECONNRESET',
	'EPIPE',
	'ESOCKETTIMEDOUT',
]);

export function httpStatusOf(error: HttpFailure): number | undefined {
	const status = error?.cause?.response?.status ?? Number(error?.httpCode);
	return Number.isInteger(status) && status > 0 ? status : undefined;
}

export function isTimeout(error: HttpFailure): boolean {
	return TIMEOUT_CODES.has(error?.cause?.code ?? '') && httpStatusOf(error) === undefined;
}

export function retryAfterSeconds(error: HttpFailure): number | undefined {
	const header = error?.cause?.response?.headers?.['retry-after'];
	const seconds = Number(Array.isArray(header) ? header[0] : header);
	return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** Error bodies of file downloads arrive as bytes: read them as the JSON they are. */
function errorBody(error: HttpFailure): unknown {
	const data = error?.cause?.response?.data ?? error?.context?.data;
	if (!(data instanceof ArrayBuffer) && !ArrayBuffer.isView(data)) return data;

	const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : data;
	const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

function rocketMessages(error: HttpFailure): string[] {
	const body = errorBody(error) as { messages?: unknown; result?: { msg?: unknown } } | undefined;
	if (Array.isArray(body?.messages)) {
		const messages = body.messages.filter((m): m is string => typeof m === 'string' && m !== '');
		if (messages.length) return messages;
	}
	return typeof body?.result?.msg === 'string' && body.result.msg ? [body.result.msg] : [];
}

function fixFor(status: number | undefined, text: string, retried: number): string {
	if (/refused the login|answered the login/.test(text)) {
		return 'Check the email, password and Base URL of the Rocket.net API credential.';
	}
	if (/locked/i.test(text)) {
		return 'The site is locked while a task runs on it (for example a clone). Wait for the task to finish, or unlock the site with Site → Unlock.';
	}
	switch (status) {
		case 400:
		case 405:
			return 'Rocket.net did not accept a field of this request. Check the field the message names.';
		case 401:
			return 'Check the email and password of the Rocket.net API credential: the login token was refused.';
		case 403:
			if (/1010/.test(text)) {
				return 'The Rocket.net firewall blocked the request for its User-Agent. Make sure no proxy rewrites the User-Agent header.';
			}
			return 'Your Rocket.net user may not act on this. Ask the account owner for the needed role.';
		case 404:
			return 'Check the Site (or other ID): it may have been deleted, or belongs to another Rocket.net account.';
		case 410:
			return 'The download link has expired. Ask for a new one and download again.';
		case 412:
			return 'Rocket.net refused the change in its current state. Check the message, then try again.';
		case 429:
			return `Rocket.net is limiting requests (tried ${retried + 1} times). Space the requests out with Batching under Options, or try later.`;
		default:
			if (status && status >= 500) {
				return `Rocket.net could not process the request (tried ${retried + 1} times). Try again later.`;
			}
			return 'Check the Base URL of the Rocket.net API credential and that Rocket.net is reachable.';
	}
}

/** Rocket.net puts human text in `messages[]`: that becomes the message, with a fix beside it. */
export function mapRocketError(node: INode, error: HttpFailure, retried = 0): NodeApiError {
	const status = httpStatusOf(error);
	const messages = rocketMessages(error);
	const fallback = isTimeout(error)
		? 'Rocket.net did not answer in time'
		: (error?.message ?? 'The request to Rocket.net failed');
	const message = messages.length ? messages.join(' ') : fallback;

	return new NodeApiError(node, { messages, status } as unknown as JsonObject, {
		message,
		description: fixFor(status, message, retried),
		httpCode: status ? String(status) : undefined,
	});
}
