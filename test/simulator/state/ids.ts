import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** ISO 8601 with seconds and Z, the format of task and site timestamps: 2024-01-01T02:00:00Z. */
export function isoSeconds(ms: number): string {
	return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** ISO 8601 with milliseconds, the format of manual backup timestamps. */
export function isoMillis(ms: number): string {
	return new Date(ms).toISOString();
}

/** A version-4-shaped UUID derived from a seed string, for deterministic seed data. */
export function stableUuid(seed: string): string {
	const hex = createHash('sha1').update(seed).digest('hex');
	const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
	const groups = [
		hex.slice(0, 8),
		hex.slice(8, 12),
		`4${hex.slice(13, 16)}`,
		`${variant}${hex.slice(17, 20)}`,
		hex.slice(20, 32),
	];
	return groups.join('-');
}

export function newUuid(): string {
	return randomUUID();
}

/** A 24-character hex id, the shape of automated backup recovery points. */
export function stableObjectId(seed: string): string {
	return createHash('sha1').update(seed).digest('hex').slice(0, 24);
}

export function newToken(bytes = 24): string {
	return randomBytes(bytes).toString('base64url');
}
