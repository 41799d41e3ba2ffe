import { isoSeconds, newUuid, stableUuid } from './ids';
import { groupState, type SimulatorState, type SiteRecord } from './state';

/** The spec's Event, with the time as milliseconds for filtering. */
export interface ActivityEvent {
	id: string;
	author: string;
	site_id: number;
	display_name: string;
	user_login: string;
	user_email: string;
	roles: string;
	ip: string;
	type: string;
	label: string;
	action: string;
	description: string;
	created_at: string;
	time: number;
}

export type EventFields = Partial<Omit<ActivityEvent, 'id' | 'site_id' | 'created_at' | 'time'>>;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

function siteAdmin(site: SiteRecord): EventFields {
	const apex = site.domain.replace(/^(www|staging)\./, '');
	return {
		author: 'admin',
		display_name: 'Site Admin',
		user_login: 'admin',
		user_email: `admin@${apex}`,
		roles: 'administrator',
		ip: '203.0.113.24',
	};
}

/** History seeded relative to the first read, so that duration filters find recent events. */
const SEEDED: Array<[number, EventFields]> = [
	[20 * MINUTE_MS, { type: 'user', label: 'User', action: 'login', description: 'Logged in' }],
	[
		5 * HOUR_MS,
		{
			type: 'post',
			label: 'Post',
			action: 'published',
			description: 'Published the post "Spring hours"',
		},
	],
	[
		2 * DAY_MS,
		{
			type: 'plugin',
			label: 'Plugin',
			action: 'updated',
			description: 'Updated the plugin Akismet Anti-spam',
		},
	],
	[
		10 * DAY_MS,
		{ type: 'theme', label: 'Theme', action: 'activated', description: 'Activated the theme' },
	],
	[
		45 * DAY_MS,
		{ type: 'user', label: 'User', action: 'created', description: 'Created the user "editor"' },
	],
];

function toEvent(site: SiteRecord, id: string, time: number, fields: EventFields): ActivityEvent {
	return {
		id,
		author: '',
		site_id: site.id,
		display_name: '',
		user_login: '',
		user_email: '',
		roles: '',
		ip: '',
		type: '',
		label: '',
		action: '',
		description: '',
		...fields,
		created_at: isoSeconds(time),
		time,
	};
}

/** The events of a site, newest last; seeded on first read. */
export function eventsOf(state: SimulatorState, site: SiteRecord, now: number): ActivityEvent[] {
	const logs = groupState(state, 'activity', () => new Map<number, ActivityEvent[]>());
	let events = logs.get(site.id);
	if (!events) {
		events = SEEDED.map(([ago, fields], index) =>
			toEvent(site, stableUuid(`activity:${site.id}:${index}`), now - ago, {
				...siteAdmin(site),
				...fields,
			}),
		).reverse();
		logs.set(site.id, events);
	}
	return events;
}

export function addEvent(
	state: SimulatorState,
	site: SiteRecord,
	now: number,
	fields: EventFields,
): ActivityEvent {
	const event = toEvent(site, newUuid(), now, fields);
	eventsOf(state, site, now).push(event);
	return event;
}

/** What WordPress Activity Log records of a change made through the API, when it is enabled. */
export function recordActivity(
	state: SimulatorState,
	site: SiteRecord,
	now: number,
	fields: EventFields,
): void {
	if (site.settings.wp_activity_log !== 1) return;
	addEvent(state, site, now, { ...siteAdmin(site), ...fields });
}

/** `duration` of the activity and reporting lists, in milliseconds. */
export function durationMs(duration: string): number {
	const amount = Number(duration.slice(0, -1));
	const unit = duration.slice(-1);
	return amount * (unit === 'm' ? MINUTE_MS : unit === 'h' ? HOUR_MS : DAY_MS);
}
