import { bodyOf, siteOf, type RouteContext } from '../http/context';
import { okList } from '../http/list';
import { ApiError, json, ok, success } from '../http/reply';
import type { Router } from '../http/router';
import { isoSeconds, newToken } from '../state/ids';
import {
	findSiteUserByEmail,
	liveAccess,
	sendInvite,
	SITE_INVITE_WINDOW_MS,
	siteUserExtendedView,
	siteUsers,
	siteUserSiteView,
	type SiteAccessRecord,
	type SiteAccessStatus,
	type SiteUserRecord,
} from '../state/site-users';
import type { SiteRecord } from '../state/state';

/** Tokens from POST /sites/users/login name the site user as `site-user:<id>`. */
const SITE_USER_SUBJECT = /^site-user:(\d+)$/;

interface NameAndEmail {
	name: string;
	email: string;
}

interface SiteUserRow {
	user: SiteUserRecord;
	access: SiteAccessRecord;
}

const SITE_USER_SORT = {
	email: (row: SiteUserRow) => row.user.email,
	status: (row: SiteUserRow) => row.access.status,
	user_id: (row: SiteUserRow) => row.user.id,
};

interface SiteRow {
	site: SiteRecord;
	status: SiteAccessStatus;
}

const SITE_SORT = {
	created_at: (row: SiteRow) => row.site.created_at,
	disk_usage: (row: SiteRow) => row.site.disk_usage,
	domain: (row: SiteRow) => row.site.domain,
	label: (row: SiteRow) => row.site.label,
};

/** The best status a site's invitations reached: one active site user makes the site Active. */
const STATUS_RANK: SiteAccessStatus[] = ['Declined', 'Invited', 'Active'];

function findUser(context: RouteContext): SiteUserRecord {
	const user = siteUsers(context.state).users.get(Number(context.params.user_id));
	if (!user) throw new ApiError(404, 'Site user not found');
	return user;
}

function accessOnSite(context: RouteContext, userId: number): SiteAccessRecord | undefined {
	const site = siteOf(context);
	return siteUsers(context.state).access.find(
		(access) => access.site_id === site.id && access.user_id === userId,
	);
}

function refuseExpired(context: RouteContext, access: SiteAccessRecord): void {
	if (context.now - access.invitedAt > SITE_INVITE_WINDOW_MS) {
		throw new ApiError(400, 'The invitation has expired. Ask for a new invitation.');
	}
}

function listSiteUsers(context: RouteContext) {
	const site = siteOf(context);
	const { users } = siteUsers(context.state);
	const search = typeof context.query.search === 'string' ? context.query.search.toLowerCase() : '';
	const rows = liveAccess(context.state).flatMap((access): SiteUserRow[] => {
		const user = users.get(access.user_id);
		if (access.site_id !== site.id || !user) return [];
		const matches = [user.name, user.email].some((text) => text.toLowerCase().includes(search));
		return matches ? [{ user, access }] : [];
	});
	return okList(rows, context.query, { defaultSort: 'user_id', sortBy: SITE_USER_SORT }, (row) =>
		siteUserExtendedView(row.user, row.access),
	);
}

/** A new site user who has not set a password gets a token to set one with. */
function addSiteUser(context: RouteContext, body: NameAndEmail): SiteUserRecord {
	const state = siteUsers(context.state);
	const user: SiteUserRecord = {
		id: state.nextUserId,
		name: body.name,
		email: body.email.trim(),
		password: null,
		created_at: isoSeconds(context.now),
		passwordToken: newToken(),
	};
	state.nextUserId += 1;
	state.users.set(user.id, user);
	return user;
}

function inviteSiteUser(context: RouteContext) {
	const site = siteOf(context);
	const body = bodyOf<NameAndEmail>(context);
	const user = findSiteUserByEmail(context.state, body.email) ?? addSiteUser(context, body);

	let access = accessOnSite(context, user.id);
	if (access?.status === 'Active') {
		throw new ApiError(400, `${user.email} already has access to this site`);
	}
	if (access?.status === 'Invited') {
		throw new ApiError(400, `${user.email} is already invited to this site; re-invite instead`);
	}
	if (!access) {
		access = {
			site_id: site.id,
			user_id: user.id,
			status: 'Invited',
			inviteToken: null,
			invitedAt: context.now,
			created_at: isoSeconds(context.now),
		};
		siteUsers(context.state).access.push(access);
	}
	sendInvite(access, context.now);
	return ok({ success: true, id: user.id });
}

function reinviteSiteUser(context: RouteContext) {
	const user = findUser(context);
	const access = accessOnSite(context, user.id);
	if (!access) throw new ApiError(404, 'Site user not found on this site');
	if (access.status === 'Active') {
		throw new ApiError(400, 'This site user has already accepted the invitation');
	}
	sendInvite(access, context.now);
	return ok({ success: true, id: user.id });
}

function removeSiteUser(context: RouteContext) {
	const access = accessOnSite(context, Number(context.params.user_id));
	if (!access) throw new ApiError(404, 'Site user not found on this site');

	const state = siteUsers(context.state);
	state.access = state.access.filter((candidate) => candidate !== access);
	return success();
}

function accept(context: RouteContext, access: SiteAccessRecord) {
	refuseExpired(context, access);
	access.status = 'Active';
	access.inviteToken = null;
	return success();
}

/** GET …/users/accept?token=…: the link in the invitation email, no login needed. */
function acceptWithToken(context: RouteContext) {
	const site = siteOf(context);
	const token = String(context.query.token);
	const access = siteUsers(context.state).access.find(
		(candidate) =>
			candidate.site_id === site.id &&
			candidate.status === 'Invited' &&
			candidate.inviteToken === token,
	);
	if (!access) throw new ApiError(404, 'No invitation to this site was found for this token');
	return accept(context, access);
}

/** The email of whoever the bearer token belongs to: a site user, or the account owner. */
function loggedInEmail(context: RouteContext): string | undefined {
	const subject = context.token?.sub ?? '';
	const siteUserId = SITE_USER_SUBJECT.exec(subject)?.[1];
	if (siteUserId) return siteUsers(context.state).users.get(Number(siteUserId))?.email;
	return subject === context.state.account.user_id ? context.state.account.email : undefined;
}

/** POST …/users/accept: the logged-in person accepts their pending invitation to the site. */
function acceptAsLoggedIn(context: RouteContext) {
	const email = loggedInEmail(context);
	const user = email === undefined ? undefined : findSiteUserByEmail(context.state, email);
	const access = user ? accessOnSite(context, user.id) : undefined;
	if (!access || access.status !== 'Invited') {
		throw new ApiError(404, 'You have no pending invitation to this site');
	}
	return accept(context, access);
}

/** GET /sites/users: a site user's own sites, or for the account every site with site users. */
function listAccessibleSites(context: RouteContext) {
	const siteUserId = SITE_USER_SUBJECT.exec(context.token?.sub ?? '')?.[1];
	const access = liveAccess(context.state).filter(
		(candidate) => siteUserId === undefined || candidate.user_id === Number(siteUserId),
	);

	const best = new Map<number, SiteAccessStatus>();
	for (const { site_id, status } of access) {
		const current = best.get(site_id);
		if (!current || STATUS_RANK.indexOf(status) > STATUS_RANK.indexOf(current)) {
			best.set(site_id, status);
		}
	}

	const { query } = context;
	const statuses = (query.status as SiteAccessStatus[] | undefined) ?? [];
	const domain = typeof query.domain === 'string' ? query.domain.toLowerCase() : '';
	const search = typeof query.search === 'string' ? query.search.toLowerCase() : '';
	const rows = [...best].flatMap(([siteId, status]): SiteRow[] => {
		const site = context.state.sites.get(siteId);
		if (!site || (statuses.length > 0 && !statuses.includes(status))) return [];
		const matches =
			site.domain.toLowerCase().includes(domain) &&
			[site.domain, site.label ?? ''].some((text) => text.toLowerCase().includes(search));
		return matches ? [{ site, status }] : [];
	});
	return okList(rows, query, { defaultSort: 'created_at', sortBy: SITE_SORT }, (row) =>
		siteUserSiteView(row.site, context.state, row.status),
	);
}

function createSiteUser(context: RouteContext) {
	const body = bodyOf<NameAndEmail>(context);
	if (findSiteUserByEmail(context.state, body.email)) {
		throw new ApiError(400, `A site user with the email ${body.email} already exists`);
	}
	return ok(siteUserExtendedView(addSiteUser(context, body), null));
}

/** POST /sites/users/login answers `{ token }` at the top level, like POST /login. */
function loginSiteUser(context: RouteContext) {
	const { username, password } = bodyOf<{ username: string; password: string }>(context);
	const user = findSiteUserByEmail(context.state, username);
	if (!user || user.password === null || user.password !== password) {
		throw new ApiError(401, 'Invalid username or password');
	}

	const token = context.issueToken({
		subject: `site-user:${user.id}`,
		ttlSeconds: context.config.tokenTtlSeconds,
	});
	return json({ token });
}

/** Always answers success, so that nobody learns which emails are site users. */
function resetPassword(context: RouteContext) {
	const user = findSiteUserByEmail(context.state, bodyOf<{ email: string }>(context).email);
	if (user) user.passwordToken = newToken();
	return success();
}

function setPassword(context: RouteContext) {
	const user = findUser(context);
	const body = bodyOf<{ password: string; token: string }>(context);
	if (user.passwordToken === null || body.token !== user.passwordToken) {
		throw new ApiError(400, 'The token is not valid. Reset the password to get a new one.');
	}

	user.password = body.password;
	user.passwordToken = null;
	return success();
}

function updateSiteUser(context: RouteContext) {
	const user = findUser(context);
	const body = bodyOf<Partial<NameAndEmail> & { password?: string }>(context);
	if (body.email !== undefined) {
		const owner = findSiteUserByEmail(context.state, body.email);
		if (owner && owner !== user) {
			throw new ApiError(400, `A site user with the email ${body.email} already exists`);
		}
		user.email = body.email.trim();
	}
	if (body.name !== undefined) user.name = body.name;
	if (body.password !== undefined) user.password = body.password;
	return success();
}

export function registerSiteUserRoutes(router: Router): void {
	router.on('GET', '/sites/{id}/users', listSiteUsers);
	router.on('POST', '/sites/{id}/users', inviteSiteUser);
	router.on('GET', '/sites/{id}/users/accept', acceptWithToken);
	router.on('POST', '/sites/{id}/users/accept', acceptAsLoggedIn);
	router.on('DELETE', '/sites/{id}/users/{user_id}', removeSiteUser);
	router.on('POST', '/sites/{id}/users/{user_id}/reinvite', reinviteSiteUser);
	router.on('GET', '/sites/users', listAccessibleSites);
	router.on('POST', '/sites/users', createSiteUser);
	router.on('POST', '/sites/users/login', loginSiteUser);
	router.on('POST', '/sites/users/reset-password', resetPassword);
	router.on('POST', '/sites/users/{user_id}/password', setPassword);
	router.on('PATCH', '/sites/users/{user_id}', updateSiteUser);
}
