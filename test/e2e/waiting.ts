const WAIT_STEP_MS = 200;

export function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits until `condition` holds or `timeoutMs` has passed; says which. */
export async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() >= deadline) return false;
		await sleep(WAIT_STEP_MS);
	}
	return true;
}
