import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import { CREDENTIAL_TYPE, USER_AGENT, normalizeBaseUrl } from './constants';
import { httpStatusOf, isTimeout, mapRocketError, retryAfterSeconds } from './errors';

const MAX_RETRIES = 4;
const MAX_RETRY_AFTER_SECONDS = 120;
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);

/**
 * How long to wait before sending a failed request again, or undefined to give up.
 * 429 and 503 mean Rocket.net did not act, so any method is sent again; other 5xx answers and
 * timeouts are retried only where sending twice cannot create something twice.
 */
export function retryDelayMs(error: unknown, method: string, attempt: number): number | undefined {
	if (attempt >= MAX_RETRIES) return undefined;

	const status = httpStatusOf(error as object);
	const backoff = 1000 * 2 ** attempt;
	if (status === 429 || status === 503) {
		const retryAfter = retryAfterSeconds(error as object);
		return retryAfter === undefined
			? backoff
			: Math.min(retryAfter, MAX_RETRY_AFTER_SECONDS) * 1000;
	}

	const transient = (status !== undefined && status >= 500) || isTimeout(error as object);
	return transient && IDEMPOTENT_METHODS.has(method.toUpperCase()) ? backoff : undefined;
}

/** Sends one request, retrying as `retryDelayMs` allows; failures become readable API errors. */
export async function sendWithRetries<T>(
	context: IExecuteSingleFunctions | ILoadOptionsFunctions | IPollFunctions,
	method: string | undefined,
	send: () => Promise<T>,
): Promise<T> {
	for (let attempt = 0; ; attempt++) {
		try {
			return await send();
		} catch (error) {
			// Raised by the node's own hooks (a failed WP-CLI command, a missing backup): final.
			if (error instanceof NodeOperationError)
				throw new NodeOperationError(context.getNode(), error);

			const delay = retryDelayMs(error, method ?? 'GET', attempt);
			if (delay === undefined) throw mapRocketError(context.getNode(), error, attempt);
			await sleep(delay);
		}
	}
}

/** A request outside the routing of an operation (task polling, pickers), with the same rules. */
export async function rocketApiRequest(
	this: IExecuteSingleFunctions | ILoadOptionsFunctions | IPollFunctions,
	method: IHttpRequestOptions['method'],
	path: string,
	qs: IDataObject = {},
): Promise<IDataObject> {
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const options: IHttpRequestOptions = {
		method,
		url: `${normalizeBaseUrl(credentials.baseUrl)}${path}`,
		qs,
		// Several values of one filter go as repeated keys (action=block&action=challenge).
		arrayFormat: 'repeat',
		headers: { Accept: 'application/json', 'User-Agent': USER_AGENT },
		json: true,
	};
	return (await sendWithRetries(this, method, async () =>
		this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_TYPE, options),
	)) as IDataObject;
}
