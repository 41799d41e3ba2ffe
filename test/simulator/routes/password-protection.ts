import { bodyOf, siteOf, type RouteContext } from '../http/context';
import { okList } from '../http/list';
import { ApiError, ok, success } from '../http/reply';
import type { Router } from '../http/router';
import { missedRequirements, PASSWORD_REQUIREMENTS } from '../state/password-rules';
import { groupState, type SimulatorState, type SiteRecord } from '../state/state';

interface ProtectionUser {
	user_id: number;
	username: string;
	password: string;
}

interface SiteProtection {
	enabled: boolean;
	users: ProtectionUser[];
}

interface ProtectionState {
	sites: Map<number, SiteProtection>;
	nextUserId: number;
}

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

function protectionState(state: SimulatorState): ProtectionState {
	return groupState(state, 'passwordProtection', () => ({ sites: new Map(), nextUserId: 9 }));
}

/** Staging copies start protected with a preview login, as agencies set them up; sites do not. */
function seedProtection(group: ProtectionState, site: SiteRecord): SiteProtection {
	if (site.production === null) return { enabled: false, users: [] };

	const users = ['preview', 'client-review'].map((username) => ({
		user_id: group.nextUserId++,
		username,
		password: `Harbor-${site.id}-Preview!`,
	}));
	return { enabled: true, users };
}

function protectionOf(context: RouteContext): SiteProtection {
	const site = siteOf(context);
	const group = protectionState(context.state);
	if (!group.sites.has(site.id)) group.sites.set(site.id, seedProtection(group, site));
	return group.sites.get(site.id) as SiteProtection;
}

function setEnabled(context: RouteContext, enabled: boolean) {
	protectionOf(context).enabled = enabled;
	return success();
}

function listUsers(context: RouteContext) {
	const search = typeof context.query.search === 'string' ? context.query.search.toLowerCase() : '';
	const users = protectionOf(context).users.filter((user) =>
		user.username.toLowerCase().includes(search),
	);
	return okList(
		users,
		context.query,
		{
			defaultSort: 'username',
			sortBy: { username: (user) => user.username },
			wrap: (page) => ({ users: page }),
		},
		(user) => ({ user_id: String(user.user_id), username: user.username }),
	);
}

// Limitation: the spec marks both fields optional and documents no rules; the simulator
// requires them and applies the password strength rules, as the dashboard does.
function addUser(context: RouteContext) {
	const { username = '', password = '' } = bodyOf<{ username?: string; password?: string }>(
		context,
	);
	if (!USERNAME.test(username)) {
		throw new ApiError(
			400,
			'Username may only contain letters, digits, dots, dashes and underscores',
		);
	}
	const missed = missedRequirements(password);
	if (missed.length > 0) {
		throw new ApiError(400, `Password is not strong enough: ${PASSWORD_REQUIREMENTS[missed[0]]}`);
	}

	const protection = protectionOf(context);
	if (protection.users.some((user) => user.username === username)) {
		throw new ApiError(400, `User ${username} already exists`);
	}
	const group = protectionState(context.state);
	protection.users.push({ user_id: group.nextUserId++, username, password });
	return success();
}

function deleteUser(context: RouteContext) {
	const protection = protectionOf(context);
	const index = protection.users.findIndex((user) => user.user_id === context.params.user_id);
	if (index < 0) throw new ApiError(404, 'Password protection user not found');

	protection.users.splice(index, 1);
	return success();
}

export function registerPasswordProtectionRoutes(router: Router): void {
	const protection = '/sites/{id}/password_protection';
	router.on('GET', protection, (context) => ok({ enabled: protectionOf(context).enabled }));
	router.on('POST', protection, (context) => setEnabled(context, true));
	router.on('DELETE', protection, (context) => setEnabled(context, false));
	router.on('GET', `${protection}/users`, listUsers);
	router.on('POST', `${protection}/users`, addUser);
	router.on('DELETE', `${protection}/users/{user_id}`, deleteUser);
}
