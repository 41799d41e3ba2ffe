/** What a watched stream remembers between polls: keys already handled, with their time. */
export interface SeenState {
	/** Events older than this (ms) are never emitted again: they were handled or are too late. */
	floor: number;
	/** [key, time in ms] of events at or after `floor` that were already handled. */
	seen: Array<[string, number]>;
}

/**
 * Keeps the keys of events at or after `floor`, at most `cap` of them. When the cap is reached
 * the oldest are dropped and the floor rises past them, so a dropped key can never fire again.
 */
export function rememberSeen(
	entries: Array<[string, number]>,
	floor: number,
	cap: number,
): SeenState {
	const unique = new Map<string, number>();
	for (const [key, time] of entries) if (time >= floor) unique.set(key, time);

	const sorted = [...unique].sort((a, b) => b[1] - a[1]);
	if (sorted.length <= cap) return { floor, seen: sorted };

	const kept = sorted.slice(0, cap);
	const oldestKept = kept[kept.length - 1][1];
	const safe = kept.filter(([, time]) => time > oldestKept);
	return { floor: oldestKept + 1, seen: safe };
}
