import { randomUUID } from 'node:crypto';

export interface Reply {
	status: number;
	/** Serialised as JSON unless `raw` is set. */
	body?: unknown;
	raw?: Buffer;
	contentType?: string;
	headers?: Record<string, string>;
}

/** Thrown anywhere in a handler: answered with the spec's error envelope. */
export class ApiError extends Error {
	constructor(
		readonly status: number,
		message: string,
		readonly headers: Record<string, string> = {},
	) {
		super(message);
	}
}

export const SITE_NOT_FOUND = 'Given site not found for user';
export const SITE_LOCKED = 'You cannot perform this action because the site is currently locked.';

/** The spec's Error schema: a support code in `errors`, human text in `messages`, `result.msg`. */
export function errorBody(message: string) {
	return {
		success: false,
		errors: [randomUUID()],
		messages: [message],
		result: { msg: message },
	};
}

export function errorReply(error: ApiError): Reply {
	return { status: error.status, body: errorBody(error.message), headers: error.headers };
}

export function ok(result: unknown): Reply {
	return { status: 200, body: { success: true, errors: [], messages: [], result } };
}

export function success(): Reply {
	return ok({ success: true });
}

export function json(body: unknown, status = 200): Reply {
	return { status, body };
}

export function notFound(message: string): never {
	throw new ApiError(404, message);
}

export function badRequest(message: string): never {
	throw new ApiError(400, message);
}
