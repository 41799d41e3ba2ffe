import { bodyOf, type RouteContext } from '../http/context';
import { okList } from '../http/list';
import { ApiError, ok, success } from '../http/reply';
import type { Router } from '../http/router';
import {
	accountUsers,
	accountUserView,
	INVITE_PASSWORD_WINDOW_MS,
	invite,
	ownerRecord,
	type AccountRole,
	type AccountUserRecord,
} from '../state/account-users';
import { newUuid } from '../state/ids';

const DAY_MS = 24 * 60 * 60 * 1000;
// Limitation: the spec does not say when account invitations expire; here after 7 days, as
// site invitations do.
const INVITE_ACCEPT_WINDOW_MS = 7 * DAY_MS;

const USER_SORT = {
	email: (user: AccountUserRecord) => user.email,
	first_name: (user: AccountUserRecord) => user.firstname,
	last_name: (user: AccountUserRecord) => user.lastname,
};

interface CreateUserBody {
	firstname: string;
	lastname: string;
	email: string;
	twofactor_required?: boolean;
	roles?: AccountRole[];
}

type UpdateUserBody = Pick<CreateUserBody, 'twofactor_required' | 'roles'>;

/** The owner first, then the invited users in the order they were added. */
function everyUser(context: RouteContext): AccountUserRecord[] {
	return [ownerRecord(context.state), ...accountUsers(context.state).users.values()];
}

function findUser(context: RouteContext): AccountUserRecord {
	const id = String(context.params.user_id);
	const user = everyUser(context).find((candidate) => candidate.id === id);
	if (!user) throw new ApiError(404, 'User not found');
	return user;
}

function refuseOwner(context: RouteContext, user: AccountUserRecord, message: string): void {
	if (user.id === context.state.account.user_id) throw new ApiError(400, message);
}

/** At least one role, each once; without `roles` a new user is an account user. */
function rolesOf(roles: AccountRole[] | undefined, fallback: AccountRole[]): AccountRole[] {
	if (roles === undefined) return fallback;
	if (roles.length === 0) throw new ApiError(400, 'A user needs at least one role');
	return [...new Set(roles)];
}

function listUsers(context: RouteContext) {
	const search = typeof context.query.search === 'string' ? context.query.search.toLowerCase() : '';
	const users = everyUser(context).filter((user) =>
		[user.firstname, user.lastname, user.email].some((text) => text.toLowerCase().includes(search)),
	);
	return okList(users, context.query, { defaultSort: 'email', sortBy: USER_SORT }, accountUserView);
}

function createUser(context: RouteContext) {
	const body = bodyOf<CreateUserBody>(context);
	const email = body.email.trim().toLowerCase();
	if (everyUser(context).some((user) => user.email.toLowerCase() === email)) {
		throw new ApiError(400, `A user with the email ${body.email} already exists on this account`);
	}

	const user: AccountUserRecord = {
		id: newUuid(),
		firstname: body.firstname,
		lastname: body.lastname,
		email: body.email.trim(),
		roles: rolesOf(body.roles, ['account_user']),
		twofactor_enabled: false,
		twofactor_required: body.twofactor_required ?? false,
		status: 'invited',
		passwordSet: false,
		inviteToken: null,
		invitedAt: null,
	};
	invite(user, context.now);
	accountUsers(context.state).users.set(user.id, user);
	return ok(accountUserView(user));
}

function updateUser(context: RouteContext) {
	const user = findUser(context);
	refuseOwner(context, user, "The account owner's access cannot be changed");

	const body = bodyOf<UpdateUserBody>(context);
	user.roles = rolesOf(body.roles, user.roles);
	if (body.twofactor_required !== undefined) user.twofactor_required = body.twofactor_required;
	return ok(accountUserView(user));
}

function deleteUser(context: RouteContext) {
	const user = findUser(context);
	refuseOwner(context, user, 'The account owner cannot be removed from the account');

	accountUsers(context.state).users.delete(user.id);
	return success();
}

/** The first password, with the invitation still fresh; the invitation is then used up. */
function setPassword(context: RouteContext) {
	const user = findUser(context);
	if (user.passwordSet) throw new ApiError(400, 'This user has already set a password');
	if (user.invitedAt === null || context.now - user.invitedAt > INVITE_PASSWORD_WINDOW_MS) {
		throw new ApiError(
			400,
			'The invitation has expired. Re-invite the user, then set the password within 30 minutes.',
		);
	}

	user.passwordSet = true;
	user.status = 'active';
	user.inviteToken = null;
	return success();
}

function reinviteUser(context: RouteContext) {
	const user = findUser(context);
	if (user.status === 'active') {
		throw new ApiError(400, 'This user has already accepted the invitation');
	}
	invite(user, context.now);
	return success();
}

function acceptInvite(context: RouteContext) {
	const token = String(context.query.token);
	const user = [...accountUsers(context.state).users.values()].find(
		(candidate) => candidate.inviteToken !== null && candidate.inviteToken === token,
	);
	if (!user) throw new ApiError(404, 'No invitation was found for this token');
	if (user.invitedAt === null || context.now - user.invitedAt > INVITE_ACCEPT_WINDOW_MS) {
		throw new ApiError(400, 'The invitation has expired. Ask for a new invitation.');
	}

	user.status = 'active';
	return success();
}

export function registerAccountUserRoutes(router: Router): void {
	router.on('GET', '/users', listUsers);
	router.on('POST', '/users', createUser);
	router.on('GET', '/users/accept', acceptInvite);
	router.on('GET', '/users/{user_id}', (context) => ok(accountUserView(findUser(context))));
	router.on('PATCH', '/users/{user_id}', updateUser);
	router.on('DELETE', '/users/{user_id}', deleteUser);
	router.on('POST', '/users/{user_id}/password', setPassword);
	router.on('POST', '/users/{user_id}/reinvite', reinviteUser);
}
