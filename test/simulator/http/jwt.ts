import { createHmac, timingSafeEqual } from 'node:crypto';

export interface TokenClaims {
	sub: string;
	iat: number;
	exp: number;
	jti: string;
	/** Present on site-scoped tokens. */
	site_id?: number;
}

export type VerifyResult =
	| { valid: true; claims: TokenClaims }
	| { valid: false; reason: 'malformed' | 'signature' | 'expired'; claims?: TokenClaims };

function encode(value: unknown): string {
	return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function signature(input: string, secret: Buffer): Buffer {
	return createHmac('sha256', secret).update(input).digest();
}

/** Signs an HS256 JWT. */
export function signJwt(claims: TokenClaims, secret: Buffer): string {
	const input = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
	return `${input}.${signature(input, secret).toString('base64url')}`;
}

export function verifyJwt(token: string, secret: Buffer, nowSeconds: number): VerifyResult {
	const parts = token.split('.');
	if (parts.length !== 3) return { valid: false, reason: 'malformed' };

	const [header, payload, sent] = parts;
	const expected = signature(`${header}.${payload}`, secret);
	const given = Buffer.from(sent, 'base64url');
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
		return { valid: false, reason: 'signature' };
	}

	let claims: TokenClaims;
	try {
		claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as TokenClaims;
	} catch {
		return { valid: false, reason: 'malformed' };
	}
	if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds) {
		return { valid: false, reason: 'expired', claims };
	}
	return { valid: true, claims };
}
