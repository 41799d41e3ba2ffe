import { ApiError } from '../http/reply';
import type { SimulatorState, SiteRecord } from './state';
import { trafficBetween } from './traffic';

/** Visitors and bandwidth per day, for the date_from/date_to reports of sites and the account. */

const DAY_MS = 86_400_000;
const DAY_MINUTES = 1_440;

/** Unique visitors are fewer than visits: people come back the same day. */
const VISITORS_PER_VISIT = 0.72;

export interface DailyUsage {
	date: string;
	visitors: number;
	/** KB, as Rocket.net reports bandwidth. */
	bandwidth: number;
}

function parseDay(value: unknown, name: string): number {
	const text = String(value);
	const day = /^(\d{4}-\d{2}-\d{2})(T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z)?$/.exec(text)?.[1];
	const ms = day === undefined ? NaN : Date.parse(`${day}T00:00:00Z`);
	if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day) {
		throw new ApiError(400, `Invalid ${name} '${text}': use YYYY-MM-DD`);
	}
	return ms;
}

/**
 * The days asked for, first to last, up to today: without dates, the current billing month
 * (the calendar month so far).
 */
export function requestedDays(query: Record<string, unknown>, nowMs: number): string[] {
	const today = Math.floor(nowMs / DAY_MS) * DAY_MS;
	const monthStart = Date.UTC(new Date(today).getUTCFullYear(), new Date(today).getUTCMonth(), 1);
	const from = query.date_from === undefined ? monthStart : parseDay(query.date_from, 'date_from');
	const to = query.date_to === undefined ? today : parseDay(query.date_to, 'date_to');
	if (from > to) throw new ApiError(400, 'date_from must be on or before date_to');

	const days: string[] = [];
	for (let day = from; day <= Math.min(to, today); day += DAY_MS) {
		days.push(new Date(day).toISOString().slice(0, 10));
	}
	return days;
}

function usageOfDay(site: SiteRecord, date: string, nowMs: number): DailyUsage {
	const start = Date.parse(`${date}T00:00:00Z`) / 60_000;
	const end = Math.min(start + DAY_MINUTES, Math.floor(nowMs / 60_000));
	const traffic = trafficBetween(site, { start, end });
	return {
		date,
		visitors: Math.round(traffic.visits * VISITORS_PER_VISIT),
		bandwidth: Math.round(traffic.bytes / 1024),
	};
}

/** A site's usage per day; today's so far. */
export function dailyUsage(site: SiteRecord, days: string[], nowMs: number): DailyUsage[] {
	return days.map((date) => usageOfDay(site, date, nowMs));
}

/** Every site's usage per day, added up. */
export function accountDailyUsage(
	state: SimulatorState,
	days: string[],
	nowMs: number,
): DailyUsage[] {
	const totals = days.map((date) => ({ date, visitors: 0, bandwidth: 0 }));
	for (const site of state.sites.values()) {
		dailyUsage(site, days, nowMs).forEach((day, index) => {
			totals[index].visitors += day.visitors;
			totals[index].bandwidth += day.bandwidth;
		});
	}
	return totals;
}
