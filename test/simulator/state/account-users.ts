import { newToken, stableUuid } from './ids';
import { groupState, type SimulatorState } from './state';

export type AccountRole = 'account_owner' | 'account_user' | 'billing_admin' | 'user_admin';

/** A person invited to help manage the account; the owner lives in `state.account`. */
export interface AccountUserRecord {
	id: string;
	firstname: string;
	lastname: string;
	email: string;
	roles: AccountRole[];
	twofactor_enabled: boolean;
	twofactor_required: boolean;
	status: 'active' | 'invited';
	passwordSet: boolean;
	/** The token of the latest invitation email; earlier ones stop working. */
	inviteToken: string | null;
	/** Milliseconds since the epoch. */
	invitedAt: number | null;
}

export interface AccountUsersState {
	users: Map<string, AccountUserRecord>;
}

/** An invitation's token sets the first password only within 30 minutes (spec). */
export const INVITE_PASSWORD_WINDOW_MS = 30 * 60 * 1000;

interface DemoUser {
	key: string;
	firstname: string;
	lastname: string;
	roles: AccountRole[];
	status: 'active' | 'invited';
	twofactor: boolean;
	invitedAt: string;
}

const DEMO_USERS: DemoUser[] = [
	{
		key: 'maya',
		firstname: 'Maya',
		lastname: 'Lindqvist',
		roles: ['account_user', 'user_admin'],
		status: 'active',
		twofactor: true,
		invitedAt: '2024-04-02T08:00:00Z',
	},
	{
		key: 'jonas',
		firstname: 'Jonas',
		lastname: 'Berger',
		roles: ['billing_admin'],
		status: 'active',
		twofactor: false,
		invitedAt: '2024-06-11T13:20:00Z',
	},
	{
		key: 'priya',
		firstname: 'Priya',
		lastname: 'Natarajan',
		roles: ['account_user'],
		status: 'invited',
		twofactor: false,
		invitedAt: '2025-02-18T09:45:00Z',
	},
];

function demoUser(demo: DemoUser): AccountUserRecord {
	const active = demo.status === 'active';
	return {
		id: stableUuid(`account-user:${demo.key}`),
		firstname: demo.firstname,
		lastname: demo.lastname,
		email: `${demo.firstname}.${demo.lastname}@example.com`.toLowerCase(),
		roles: demo.roles,
		twofactor_enabled: demo.twofactor,
		twofactor_required: demo.twofactor,
		status: demo.status,
		passwordSet: active,
		inviteToken: active ? null : stableUuid(`account-invite:${demo.key}`),
		invitedAt: Date.parse(demo.invitedAt),
	};
}

/** The demo account is the one with the demo sites (seed.ts); others start without colleagues. */
export function isDemoAccount(state: SimulatorState): boolean {
	return [...state.sites.values()].some((site) => site.domain === 'blue-harbor.example.com');
}

/** The account's users besides the owner, seeded on first use. */
export function accountUsers(state: SimulatorState): AccountUsersState {
	return groupState(state, 'account-users', () => {
		const seeded = isDemoAccount(state) ? DEMO_USERS.map(demoUser) : [];
		return { users: new Map(seeded.map((user) => [user.id, user])) };
	});
}

/** The owner as a User record, read live from the account (its email can change). */
export function ownerRecord(state: SimulatorState): AccountUserRecord {
	const { account } = state;
	return {
		id: account.user_id,
		firstname: account.firstname,
		lastname: account.lastname,
		email: account.email,
		roles: ['account_owner'],
		twofactor_enabled: account.twofactor_enabled,
		twofactor_required: false,
		status: 'active',
		passwordSet: true,
		inviteToken: null,
		invitedAt: null,
	};
}

/** Sends (or re-sends) the invitation email: a new token, valid from now. */
export function invite(user: AccountUserRecord, now: number): void {
	user.inviteToken = newToken();
	user.invitedAt = now;
}

/** User in the spec's field order. */
export function accountUserView(user: AccountUserRecord) {
	return {
		id: user.id,
		firstname: user.firstname,
		lastname: user.lastname,
		email: user.email,
		roles: [...user.roles],
		twofactor_enabled: user.twofactor_enabled,
		twofactor_required: user.twofactor_required,
		status: user.status,
	};
}
