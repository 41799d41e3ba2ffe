import { bodyOf, siteOf, type RouteContext } from '../http/context';
import { okList } from '../http/list';
import { ApiError, ok, success } from '../http/reply';
import type { Router } from '../http/router';
import {
	addEvent,
	DAY_MS,
	durationMs,
	eventsOf,
	type ActivityEvent,
	type EventFields,
} from '../state/activity';
import { wordpressSite } from './packages-shared';

function eventView({ time: _time, ...event }: ActivityEvent) {
	return event;
}

/** YYYY-MM-DD or an ISO time; a bare `date_to` day counts to its end. */
function timeOf(value: unknown, name: string, endOfDay: boolean): number | undefined {
	if (typeof value !== 'string') return undefined;
	const time = Date.parse(value);
	if (Number.isNaN(time)) throw new ApiError(400, `Invalid ${name}: ${value}`);
	return endOfDay && /^\d{4}-\d{2}-\d{2}$/.test(value) ? time + DAY_MS - 1 : time;
}

const CONTAINS = ['author', 'display_name', 'label'] as const;
const EQUALS = [
	['ip', 'ip'],
	['event_type', 'type'],
	['action', 'action'],
	['user_email', 'user_email'],
	['user_login', 'user_login'],
] as const;

function matches(event: ActivityEvent, query: Record<string, unknown>, since: number): boolean {
	const text = (value: unknown) => String(value).toLowerCase();
	return (
		event.time >= since &&
		CONTAINS.every(
			(name) => query[name] === undefined || text(event[name]).includes(text(query[name])),
		) &&
		EQUALS.every(
			([filter, field]) =>
				query[filter] === undefined || text(event[field]) === text(query[filter]),
		)
	);
}

function listEvents(context: RouteContext) {
	const { query } = context;
	const from = timeOf(query.date_from, 'date_from', false) ?? -Infinity;
	const to = timeOf(query.date_to, 'date_to', true) ?? Infinity;
	const since =
		typeof query.duration === 'string' ? context.now - durationMs(query.duration) : -Infinity;

	const events = eventsOf(context.state, siteOf(context), context.now).filter(
		(event) => event.time <= to && matches(event, query, Math.max(from, since)),
	);
	return okList(
		events,
		query,
		{
			defaultSort: 'created_at',
			defaultDirection: 'desc',
			sortBy: { created_at: (event) => event.time },
		},
		eventView,
	);
}

function findEvent(context: RouteContext): ActivityEvent {
	const events = eventsOf(context.state, siteOf(context), context.now);
	const event = events.find((candidate) => candidate.id === context.params.event_id);
	if (!event) throw new ApiError(404, 'Event not found');
	return event;
}

function createEvent(context: RouteContext) {
	const event = addEvent(context.state, siteOf(context), context.now, bodyOf<EventFields>(context));
	return ok(eventView(event));
}

function deleteEvent(context: RouteContext) {
	const event = findEvent(context);
	const events = eventsOf(context.state, siteOf(context), context.now);
	events.splice(events.indexOf(event), 1);
	return ok(eventView(event));
}

/** The site setting `wp_activity_log` follows, as GET /sites/{id}/settings shows. */
function setLogging(context: RouteContext, enabled: boolean) {
	wordpressSite(context).settings.wp_activity_log = enabled ? 1 : 0;
	return success();
}

export function registerActivityRoutes(router: Router): void {
	router.on('POST', '/sites/{id}/activity/enable', (context) => setLogging(context, true));
	router.on('POST', '/sites/{id}/activity/disable', (context) => setLogging(context, false));
	router.on('GET', '/sites/{id}/activity/events', listEvents);
	router.on('POST', '/sites/{id}/activity/events', createEvent);
	router.on('GET', '/sites/{id}/activity/events/{event_id}', (context) =>
		ok(eventView(findEvent(context))),
	);
	router.on('DELETE', '/sites/{id}/activity/events/{event_id}', deleteEvent);
}
