import type { Reply } from './reply';

export type SortDirection = 'asc' | 'desc';
type SortValue = string | number | null | undefined;

export interface ListOptions<T> {
	/** Sort used when the request names none (reported in metadata.sort). */
	defaultSort: string;
	defaultDirection?: SortDirection;
	/** How to read each sortable field from a record. */
	sortBy: Record<string, (record: T) => SortValue>;
	/** Shapes `result` around the page of records, e.g. `{ additional_domains: page }`. */
	wrap?: (page: unknown[]) => unknown;
}

function compare(a: SortValue, b: SortValue): number {
	if (a === b) return 0;
	if (a === null || a === undefined) return -1;
	if (b === null || b === undefined) return 1;
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	return String(a).localeCompare(String(b));
}

export function directionOf(
	query: Record<string, unknown>,
	fallback: SortDirection,
): SortDirection {
	const direction = query.direction;
	return typeof direction === 'string' ? (direction.toLowerCase() as SortDirection) : fallback;
}

/**
 * Sorts, pages and wraps records in the list envelope:
 * `metadata: { page, page_size, total, sort, direction }` (page_size, not per_page).
 */
export function okList<T>(
	records: T[],
	query: Record<string, unknown>,
	options: ListOptions<T>,
	view: (record: T) => unknown = (record) => record,
): Reply {
	const sort = typeof query.sort === 'string' ? query.sort : options.defaultSort;
	const direction = directionOf(query, options.defaultDirection ?? 'asc');
	const read = options.sortBy[sort] ?? options.sortBy[options.defaultSort];
	const sign = direction === 'desc' ? -1 : 1;
	const sorted = [...records].sort((a, b) => sign * compare(read(a), read(b)));

	const page = Number(query.page ?? 1);
	const pageSize = Number(query.per_page ?? 10);
	const items = sorted.slice((page - 1) * pageSize, page * pageSize).map(view);

	return {
		status: 200,
		body: {
			success: true,
			errors: [],
			messages: [],
			metadata: { page, page_size: pageSize, total: records.length, sort, direction },
			result: options.wrap ? options.wrap(items) : items,
		},
	};
}
