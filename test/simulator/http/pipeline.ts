import type { IncomingHttpHeaders } from 'node:http';

import type { CatalogueOperation } from '../catalogue';
import { issueToken, sleep, type SimulatorCore } from '../core';
import { genericReply } from '../routes/generic';
import { advanceTasks } from '../state/tasks';
import type { SiteRecord } from '../state/state';
import type { Fault, RequestLogEntry } from '../types';
import { authenticate, readBearer, tokenIdOf } from './auth';
import { CLOUDFLARE_BLOCK_BODY, isBlockedUserAgent } from './cloudflare';
import type { RouteContext } from './context';
import { faultMessage } from './faults';
import { ApiError, errorReply, SITE_LOCKED, SITE_NOT_FOUND, type Reply } from './reply';
import { flattenQuery, loggedBody, parseBody, type ParsedBody } from './request-body';
import { validateBody, validateQuery, type RawQuery } from './validate';

export interface ApiRequest {
	method: string;
	/** Path after /v1. */
	path: string;
	query: RawQuery;
	headers: IncomingHttpHeaders;
	rawBody: Buffer;
}

function isSiteScoped(operation: CatalogueOperation): boolean {
	return operation.pathParams.some((param) => param.name === 'id');
}

function findSite(
	core: SimulatorCore,
	operation: CatalogueOperation,
	params: RouteContext['params'],
) {
	if (!isSiteScoped(operation)) return null;
	const site = core.state.sites.get(Number(params.id));
	if (!site) throw new ApiError(404, SITE_NOT_FOUND);
	return site;
}

/** Mutating calls on a locked site are refused; unlocking is the one way out. */
function refuseIfLocked(operation: CatalogueOperation, site: SiteRecord | null): void {
	if (!site || site.status !== 'locked' || operation.method === 'GET') return;
	if (operation.method === 'DELETE' && operation.path === '/sites/{id}/lock') return;
	throw new ApiError(400, SITE_LOCKED);
}

function checkContentType(
	operation: CatalogueOperation,
	headers: IncomingHttpHeaders,
	body: ParsedBody,
) {
	if (!operation.body || !body.present) return;
	const contentType = headers['content-type'] ?? '';
	if (contentType && !/json/i.test(contentType)) {
		throw new ApiError(415, `Invalid Content-type (${contentType}), expected JSON data`);
	}
	if (!body.json) throw new ApiError(400, 'Request body is not valid JSON');
}

async function route(
	core: SimulatorCore,
	request: ApiRequest,
	body: ParsedBody,
	bearer: string | undefined,
): Promise<Reply> {
	const match = core.router.match(request.method, request.path);
	if (match.kind === 'not-found') throw new ApiError(404, 'Not found');
	if (match.kind === 'method-not-allowed') {
		throw new ApiError(405, 'Method not allowed', { Allow: match.allowed.join(', ') });
	}

	const { operation, handler } = match.route;
	const token = operation.auth ? authenticate(core.secret, bearer) : null;

	checkContentType(operation, request.headers, body);
	const query = validateQuery(operation, request.query);
	validateBody(operation, body.value, body.present);

	const site = findSite(core, operation, match.params);
	if (token?.site_id !== undefined && token.site_id !== site?.id) {
		throw new ApiError(403, 'Not authorized to access endpoint');
	}
	refuseIfLocked(operation, site);

	const context: RouteContext = {
		operation,
		params: match.params,
		query,
		body: body.value,
		state: core.state,
		config: core.config,
		apiUrl: core.apiUrl,
		now: Date.now(),
		token,
		site,
		issueToken: (options) => issueToken(core, options),
	};
	return handler ? handler(context) : genericReply(context);
}

function faultReply(fault: Fault): Reply {
	const headers: Record<string, string> =
		fault.retryAfter === undefined ? {} : { 'Retry-After': String(fault.retryAfter) };
	return errorReply(new ApiError(fault.status ?? 500, faultMessage(fault), headers));
}

/** Routes the request through the next matching fault, if any: before or after handling it. */
async function answerWithFaults(
	core: SimulatorCore,
	request: ApiRequest,
	handle: () => Promise<Reply>,
): Promise<Reply> {
	const fault = core.faults.take(request.method, request.path);
	if (fault?.delayMs) await sleep(core, fault.delayMs);
	if (fault?.status === undefined) return await handle();
	if (!fault.afterHandling) return faultReply(fault);

	await handle();
	return faultReply(fault);
}

/**
 * Answers one /v1 request in the order the real service would: Cloudflare's User-Agent check,
 * injected faults, routing (404/405), bearer auth, validation, site lookup, lock check, handler.
 */
export async function handleApiRequest(core: SimulatorCore, request: ApiRequest): Promise<Reply> {
	const body = parseBody(request.rawBody);
	const bearer = readBearer(request.headers);
	const entry: RequestLogEntry = {
		time: Date.now(),
		method: request.method,
		path: request.path,
		query: flattenQuery(request.query),
		body: loggedBody(request.path, body),
		userAgent: request.headers['user-agent'],
		tokenId: tokenIdOf(core.secret, bearer),
		status: 0,
	};
	Object.defineProperty(entry, 'receivedBody', { value: body.value, enumerable: false });
	core.requests.push(entry);
	advanceTasks(core.state, entry.time);

	const reply = await answer(core, request, body, bearer);
	entry.status = reply.status;
	return reply;
}

async function answer(
	core: SimulatorCore,
	request: ApiRequest,
	body: ParsedBody,
	bearer: string | undefined,
): Promise<Reply> {
	if (isBlockedUserAgent(request.headers['user-agent'])) {
		return { status: 403, raw: Buffer.from(CLOUDFLARE_BLOCK_BODY), contentType: 'text/plain' };
	}

	try {
		return await answerWithFaults(
			core,
			request,
			async () => await route(core, request, body, bearer),
		);
	} catch (error) {
		if (error instanceof ApiError) return errorReply(error);
		if (!core.quiet) console.error('Simulator handler failed:', error);
		return errorReply(new ApiError(500, 'Internal error'));
	}
}
