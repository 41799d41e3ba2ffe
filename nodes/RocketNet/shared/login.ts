import { createHash } from 'crypto';

const SHARE_WINDOW_MS = 60_000;

interface SharedLogin {
	token: Promise<string>;
	startedAt: number;
}

const loginsInFlight = new Map<string, SharedLogin>();

/**
 * n8n sends the requests of all items at once, so an expired token comes back 401 for each of
 * them and each asks for a new login. Logins with the same login details that replace the same
 * token within a minute share one request to Rocket.net. Only a hash of the details is kept.
 */
export async function shareLogin(
	loginDetails: string[],
	expiredToken: string,
	login: () => Promise<string>,
): Promise<string> {
	const now = Date.now();
	for (const [key, entry] of loginsInFlight) {
		if (now - entry.startedAt > SHARE_WINDOW_MS) loginsInFlight.delete(key);
	}

	const key = createHash('sha256')
		.update([...loginDetails, expiredToken].join('\n'))
		.digest('hex');
	const running = loginsInFlight.get(key);
	if (running) return await running.token;

	const token = login();
	loginsInFlight.set(key, { token, startedAt: now });
	token.catch(() => loginsInFlight.delete(key));
	return await token;
}
