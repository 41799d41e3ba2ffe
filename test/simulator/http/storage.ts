import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

import { newToken } from '../state/ids';
import { groupState, type SimulatorState } from '../state/state';
import type { RouteContext } from './context';
import type { Reply } from './reply';

/** Where the simulator serves pre-signed links, outside /v1 like the R2 bucket of cloud backups. */
export const STORAGE_PATH = '/__storage/';

const LINK_TTL_SECONDS = 3600;

interface StoredObject {
	/** Object key: the link's path after STORAGE_PATH. */
	key: string;
	contentType: string;
	/** Built when downloaded. */
	body: () => Buffer;
	expiresAt: number;
}

/** One request to a pre-signed link, for tests: what it asked and whether it carried a login. */
export interface StorageDownload {
	key: string;
	status: number;
	authorization: boolean;
}

interface StorageState {
	bySignature: Map<string, StoredObject>;
	downloads: StorageDownload[];
	linkTtlSeconds: number;
}

function storageOf(state: SimulatorState): StorageState {
	return groupState(state, 'storage', () => ({
		bySignature: new Map(),
		downloads: [],
		linkTtlSeconds: LINK_TTL_SECONDS,
	}));
}

function amzDate(ms: number): string {
	return new Date(ms)
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

/**
 * A link to an object in the simulator's bucket, shaped like an R2 pre-signed URL: it needs no
 * login, and is refused once `X-Amz-Expires` seconds have passed.
 */
export function presignedLink(
	context: RouteContext,
	object: Omit<StoredObject, 'expiresAt'>,
): string {
	const storage = storageOf(context.state);
	const ttlSeconds = storage.linkTtlSeconds;
	const signature = createHash('sha256').update(newToken()).digest('hex');
	storage.bySignature.set(signature, {
		...object,
		expiresAt: context.now + ttlSeconds * 1000,
	});

	const date = amzDate(context.now);
	const query = new URLSearchParams({
		'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
		'X-Amz-Credential': `simulator/${date.slice(0, 8)}/auto/s3/aws4_request`,
		'X-Amz-Date': date,
		'X-Amz-Expires': String(ttlSeconds),
		'X-Amz-SignedHeaders': 'host',
		'X-Amz-Signature': signature,
	});
	const base = context.apiUrl.replace(/\/v1$/, '');
	const key = object.key.split('/').map(encodeURIComponent).join('/');
	return `${base}${STORAGE_PATH}${key}?${query.toString()}`;
}

function s3Error(status: number, code: string, message: string): Reply {
	return {
		status,
		raw: Buffer.from(
			`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`,
		),
		contentType: 'application/xml',
	};
}

function answer(
	state: StorageState,
	method: string,
	key: string,
	url: URL,
	headers: IncomingHttpHeaders,
): Reply {
	if (headers.authorization !== undefined) {
		return s3Error(400, 'InvalidArgument', 'Only one auth mechanism allowed');
	}
	const object = state.bySignature.get(url.searchParams.get('X-Amz-Signature') ?? '');
	if (!object || object.key !== key || (method !== 'GET' && method !== 'HEAD')) {
		return s3Error(403, 'SignatureDoesNotMatch', 'The request signature does not match');
	}
	if (Date.now() > object.expiresAt) return s3Error(403, 'AccessDenied', 'Request has expired');
	return { status: 200, raw: object.body(), contentType: object.contentType };
}

/** Answers a request to a pre-signed link, as the bucket would: no envelope, S3 XML errors. */
export function answerStorageRequest(
	simulatorState: SimulatorState,
	method: string,
	url: URL,
	headers: IncomingHttpHeaders,
): Reply {
	const state = storageOf(simulatorState);
	const key = decodeURIComponent(url.pathname.slice(STORAGE_PATH.length));
	const reply = answer(state, method, key, url, headers);
	state.downloads.push({ key, status: reply.status, authorization: !!headers.authorization });
	return reply;
}

/** Requests to pre-signed links so far; for tests. */
export function storageDownloads(simulatorState: SimulatorState): StorageDownload[] {
	return storageOf(simulatorState).downloads;
}

/** How long new links stay valid; a negative lifetime makes links that have already expired. */
export function setLinkLifetime(simulatorState: SimulatorState, seconds: number): void {
	storageOf(simulatorState).linkTtlSeconds = seconds;
}
