import type { IncomingHttpHeaders } from 'node:http';

import { verifyJwt, type TokenClaims } from './jwt';
import { ApiError } from './reply';

export function readBearer(headers: IncomingHttpHeaders): string | undefined {
	return /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '')?.[1];
}

/** Checks the bearer token of a secured route: 401 with a human message when it will not do. */
export function authenticate(secret: Buffer, token: string | undefined): TokenClaims {
	if (!token) {
		throw new ApiError(
			401,
			'Authentication required: send an Authorization: Bearer <token> header',
		);
	}
	const result = verifyJwt(token, secret, Math.floor(Date.now() / 1000));
	if (result.valid) return result.claims;
	if (result.reason === 'expired') {
		throw new ApiError(
			401,
			'Token has expired. Log in again with POST /v1/login to get a new one.',
		);
	}
	throw new ApiError(401, 'Invalid token');
}

/** The `jti` of a genuine bearer token (expired or not), for the request log. */
export function tokenIdOf(secret: Buffer, token: string | undefined): string | undefined {
	return token ? verifyJwt(token, secret, Date.now() / 1000).claims?.jti : undefined;
}
