import { bodyOf, siteOf, type RouteContext } from '../http/context';
import { okList } from '../http/list';
import { ApiError, ok, type Reply } from '../http/reply';
import type { Router } from '../http/router';
import { siteHostnames } from '../state/domains';
import { normalizePath } from '../state/file-tree';
import { groupState, type SiteRecord } from '../state/state';

interface FtpAccountRecord {
	/** The login, `name@domain`. */
	user: string;
	password: string;
	/** Home directory relative to the account's home, e.g. public_html. */
	reldir: string;
	/** MB; 0 is unlimited. */
	quota: number;
	/** MB used, as the API formats it: "308.98". */
	diskused: string;
}

type FtpAccounts = Map<string, FtpAccountRecord>;

const MIN_PASSWORD_LENGTH = 8;

const FTP_SORT = {
	dir: (account: FtpAccountRecord) => account.reldir,
	diskquota: (account: FtpAccountRecord) => account.quota || Number.MAX_SAFE_INTEGER,
	diskused: (account: FtpAccountRecord) => Number(account.diskused),
	reldir: (account: FtpAccountRecord) => account.reldir,
	user: (account: FtpAccountRecord) => account.user,
};

function apexOf(site: SiteRecord): string {
	return site.domain.replace(/^www\./, '');
}

function seedAccounts(site: SiteRecord): FtpAccounts {
	const domain = apexOf(site);
	const accounts: FtpAccountRecord[] = [
		{
			user: `deploy@${domain}`,
			password: `seeded-${site.id}-deploy`,
			reldir: 'public_html',
			quota: 0,
			diskused: '12.40',
		},
		{
			user: `designer@${domain}`,
			password: `seeded-${site.id}-designer`,
			reldir: 'public_html/wp-content/themes',
			quota: 500,
			diskused: '3.75',
		},
	];
	return new Map(accounts.map((account) => [account.user, account]));
}

function accountsOf(context: RouteContext): FtpAccounts {
	const site = siteOf(context);
	const bySite = groupState(context.state, 'ftpAccounts', () => new Map<number, FtpAccounts>());
	let accounts = bySite.get(site.id);
	if (!accounts) {
		accounts = seedAccounts(site);
		bySite.set(site.id, accounts);
	}
	return accounts;
}

/** FTPAccount in the spec's field order; an unlimited quota reads "unlimited". */
function accountView(site: SiteRecord, account: FtpAccountRecord) {
	return {
		dir: `/home/${site.sftp_username}${account.reldir ? `/${account.reldir}` : ''}`,
		diskquota: account.quota === 0 ? 'unlimited' : account.quota,
		diskused: account.diskused,
		reldir: account.reldir,
		user: account.user,
	};
}

function findAccount(context: RouteContext, username: unknown): FtpAccountRecord {
	const account = accountsOf(context).get(String(username));
	if (!account) throw new ApiError(404, `FTP account ${String(username)} not found`);
	return account;
}

function checkPassword(password: string): void {
	if (password.length < MIN_PASSWORD_LENGTH) {
		throw new ApiError(400, `Password is too weak: use at least ${MIN_PASSWORD_LENGTH} characters`);
	}
}

function checkQuota(quota: number): void {
	if (quota < 0) throw new ApiError(400, 'quota must be 0 (unlimited) or a number of MB');
}

function listAccounts(context: RouteContext): Reply {
	const site = siteOf(context);
	const search = typeof context.query.username === 'string' ? context.query.username : '';
	const accounts = [...accountsOf(context).values()].filter((account) =>
		account.user.toLowerCase().includes(search.toLowerCase()),
	);
	return okList(accounts, context.query, { defaultSort: 'user', sortBy: FTP_SORT }, (account) =>
		accountView(site, account),
	);
}

function createAccount(context: RouteContext): Reply {
	const site = siteOf(context);
	const body = bodyOf<{
		username: string;
		password: string;
		homedir: string;
		quota: number;
		domain: string;
	}>(context);
	if (body.username.includes('@')) {
		throw new ApiError(400, 'username must not include the domain: give the domain in domain');
	}
	if (!/^[a-z0-9][a-z0-9._-]{0,31}$/i.test(body.username)) {
		throw new ApiError(
			400,
			`Invalid username '${body.username}': use up to 32 letters, digits, dots, dashes or underscores`,
		);
	}
	const domain = body.domain.toLowerCase();
	if (![...siteHostnames(context.state, site), site.rocket_url].includes(domain)) {
		throw new ApiError(400, `Domain ${body.domain} does not belong to this site`);
	}
	checkPassword(body.password);
	checkQuota(body.quota);

	const accounts = accountsOf(context);
	const user = `${body.username}@${domain}`;
	if (accounts.has(user)) throw new ApiError(400, `FTP account ${user} already exists`);

	const account: FtpAccountRecord = {
		user,
		password: body.password,
		reldir: normalizePath(body.homedir, 'homedir'),
		quota: body.quota,
		diskused: '0.00',
	};
	accounts.set(user, account);
	const { dir, diskquota } = accountView(site, account);
	return ok({ dir, diskquota, user });
}

function updateAccount(context: RouteContext): Reply {
	const account = findAccount(context, context.query.username);
	const body = bodyOf<{ new_password?: string; quota?: number; homedir?: string }>(context);
	if (body.new_password !== undefined) checkPassword(body.new_password);
	if (body.quota !== undefined) checkQuota(body.quota);

	if (body.new_password !== undefined) account.password = body.new_password;
	if (body.quota !== undefined) account.quota = body.quota;
	if (body.homedir !== undefined) account.reldir = normalizePath(body.homedir, 'homedir');
	return ok({ quota: account.quota, homedir: account.reldir });
}

function deleteAccount(context: RouteContext): Reply {
	const account = findAccount(context, bodyOf<{ username: string }>(context).username);
	accountsOf(context).delete(account.user);
	return ok({});
}

export function registerFtpAccountRoutes(router: Router): void {
	router.on('GET', '/sites/{id}/ftp/accounts', listAccounts);
	router.on('POST', '/sites/{id}/ftp/accounts', createAccount);
	router.on('PATCH', '/sites/{id}/ftp/accounts', updateAccount);
	router.on('DELETE', '/sites/{id}/ftp/accounts', deleteAccount);
}
