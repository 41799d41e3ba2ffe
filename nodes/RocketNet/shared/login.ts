const SHARE_WINDOW_MS = 60_000;

interface SharedLogin {
	token: Promise<string>;
	startedAt: number;
}

const loginsInFlight = new Map<string, SharedLogin>();

/**
 * n8n sends the requests of all items at once, so an expired token comes back 401 for each of
 * them and each asks for a new login. Logins that replace the same token of the same account
 * within a minute share one request to Rocket.net.
 */
export async function shareLogin(
	account: string,
	expiredToken: string,
	login: () => Promise<string>,
): Promise<string> {
	const now = Date.now();
	for (const [key, entry] of loginsInFlight) {
		if (now - entry.startedAt > SHARE_WINDOW_MS) loginsInFlight.delete(key);
	}

	const key = `${account}\n${expiredToken}`;
	const running = loginsInFlight.get(key);
	if (running) return await running.token;

	const token = login();
	loginsInFlight.set(key, { token, startedAt: now });
	try {
		return await token;
	} catch (error) {
		loginsInFlight.delete(key);
		throw error;
	}
}
