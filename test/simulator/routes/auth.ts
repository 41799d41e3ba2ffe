import { bodyOf, type RouteContext } from '../http/context';
import { ApiError, json } from '../http/reply';
import type { Router } from '../http/router';

/** POST /login answers `{ token }` at the top level, with no envelope. */
function login(context: RouteContext) {
	const { username, password } = bodyOf<{ username: string; password: string }>(context);
	const account = context.state.account;
	if (
		username.trim().toLowerCase() !== account.email.toLowerCase() ||
		password !== account.password
	) {
		throw new ApiError(401, 'Invalid username or password');
	}

	const token = context.issueToken({
		subject: account.user_id,
		ttlSeconds: context.config.tokenTtlSeconds,
	});
	return json({ token });
}

export function registerAuthRoutes(router: Router): void {
	router.on('POST', '/login', login);
}
