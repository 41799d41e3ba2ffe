import { isDemoAccount } from './account-users';
import { newToken, stableUuid } from './ids';
import { siteDetailsView } from './sites';
import { groupState, type SimulatorState, type SiteRecord } from './state';

export type SiteAccessStatus = 'Active' | 'Declined' | 'Invited';

/** A person who can sign in to single sites, not to the account. */
export interface SiteUserRecord {
	id: number;
	name: string;
	email: string;
	password: string | null;
	created_at: string;
	/** Token of the latest invitation or password reset email, to set a password with. */
	passwordToken: string | null;
}

/** One site user's access to one site. */
export interface SiteAccessRecord {
	site_id: number;
	user_id: number;
	status: SiteAccessStatus;
	inviteToken: string | null;
	/** Milliseconds since the epoch. */
	invitedAt: number;
	created_at: string;
}

export interface SiteUsersState {
	users: Map<number, SiteUserRecord>;
	access: SiteAccessRecord[];
	nextUserId: number;
}

/** Site invitations expire after 7 days (spec). */
export const SITE_INVITE_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

const FIRST_SITE_USER_ID = 5001;

/** The demo site user who has set a password, for logging in. */
export const DEMO_SITE_USER = { email: 'ellen.park@example.com', password: 'harbor-view-2024' };

interface DemoAccess {
	domain: string;
	userId: number;
	status: SiteAccessStatus;
	at: string;
}

const DEMO_SITE_USERS: SiteUserRecord[] = [
	{
		id: FIRST_SITE_USER_ID,
		name: 'Ellen Park',
		email: DEMO_SITE_USER.email,
		password: DEMO_SITE_USER.password,
		created_at: '2024-03-20T10:00:00Z',
		passwordToken: null,
	},
	{
		id: FIRST_SITE_USER_ID + 1,
		name: 'Marco Diaz',
		email: 'marco.diaz@example.com',
		password: null,
		created_at: '2025-01-05T16:30:00Z',
		passwordToken: stableUuid('site-user-password:marco'),
	},
	{
		id: FIRST_SITE_USER_ID + 2,
		name: 'Sofia Rossi',
		email: 'sofia.rossi@example.com',
		password: 'meadow-sofia-88',
		created_at: '2024-08-25T12:10:00Z',
		passwordToken: null,
	},
];

/** Ellen works on two sites; Marco's invitation went stale; Sofia declined hers. */
const DEMO_ACCESS: DemoAccess[] = [
	{ domain: 'blue-harbor.example.com', userId: 5001, status: 'Active', at: '2024-03-20T10:00:00Z' },
	{
		domain: 'copper-falls.example.com',
		userId: 5001,
		status: 'Active',
		at: '2024-06-01T09:00:00Z',
	},
	{
		domain: 'blue-harbor.example.com',
		userId: 5002,
		status: 'Invited',
		at: '2025-01-05T16:30:00Z',
	},
	{
		domain: 'quiet-meadow.example.com',
		userId: 5003,
		status: 'Declined',
		at: '2024-08-25T12:10:00Z',
	},
];

function seedAccess(state: SimulatorState, demo: DemoAccess): SiteAccessRecord[] {
	const site = [...state.sites.values()].find((candidate) => candidate.domain === demo.domain);
	if (!site) return [];
	return [
		{
			site_id: site.id,
			user_id: demo.userId,
			status: demo.status,
			inviteToken:
				demo.status === 'Invited' ? stableUuid(`site-invite:${demo.userId}:${site.id}`) : null,
			invitedAt: Date.parse(demo.at),
			created_at: demo.at,
		},
	];
}

/** The site users and their site access, seeded on first use (the demo account has three). */
export function siteUsers(state: SimulatorState): SiteUsersState {
	return groupState(state, 'site-users', () => {
		if (!isDemoAccount(state)) {
			return { users: new Map(), access: [], nextUserId: FIRST_SITE_USER_ID };
		}
		return {
			users: new Map(DEMO_SITE_USERS.map((user) => [user.id, { ...user }])),
			access: DEMO_ACCESS.flatMap((demo) => seedAccess(state, demo)),
			nextUserId: FIRST_SITE_USER_ID + DEMO_SITE_USERS.length,
		};
	});
}

export function findSiteUserByEmail(state: SimulatorState, email: string) {
	const wanted = email.trim().toLowerCase();
	return [...siteUsers(state).users.values()].find((user) => user.email.toLowerCase() === wanted);
}

/** Access records of sites that still exist. */
export function liveAccess(state: SimulatorState): SiteAccessRecord[] {
	return siteUsers(state).access.filter((access) => state.sites.has(access.site_id));
}

/** A new invitation email for this access: a fresh token, valid from now. */
export function sendInvite(access: SiteAccessRecord, now: number): void {
	access.status = 'Invited';
	access.inviteToken = newToken();
	access.invitedAt = now;
}

/** SiteUserExtended: one site user as seen from one site (`site_id` null for none yet). */
export function siteUserExtendedView(user: SiteUserRecord, access: SiteAccessRecord | null) {
	return {
		id: user.id,
		site_id: access?.site_id ?? null,
		name: user.name,
		email: user.email,
		status: access?.status ?? 'Invited',
		token: user.passwordToken ?? '',
		created_at: access?.created_at ?? user.created_at,
	};
}

/** SiteUser, as listed in `site_users` of GET /sites/{id}. */
export function siteUsersOfSite(state: SimulatorState, siteId: number) {
	const { users } = siteUsers(state);
	return liveAccess(state)
		.filter((access) => access.site_id === siteId)
		.flatMap((access) => {
			const user = users.get(access.user_id);
			return user
				? [{ user_id: user.id, name: user.name, email: user.email, status: access.status }]
				: [];
		});
}

/** SiteUserSite: a site as a site user sees it, with the status of their access. */
export function siteUserSiteView(
	site: SiteRecord,
	state: SimulatorState,
	status: SiteAccessStatus,
) {
	const details: Partial<ReturnType<typeof siteDetailsView>> = siteDetailsView(site, state);
	delete details.status_reason;
	return {
		...details,
		// Unlike SiteDetails, this view flags production sites with 1 and has metadata as JSON text.
		production: site.production === null ? 1 : 0,
		metadata: JSON.stringify(site.metadata),
		status,
	};
}
