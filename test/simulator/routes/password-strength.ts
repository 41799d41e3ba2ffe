import { bodyOf, type RouteContext } from '../http/context';
import { ok } from '../http/reply';
import type { Router } from '../http/router';
import {
	generatePassword,
	missedRequirements,
	passwordStrength,
	requirementTexts,
} from '../state/password-rules';

function passwordOf(context: RouteContext): string {
	return bodyOf<{ password?: string }>(context).password ?? '';
}

function checkStrength(context: RouteContext) {
	const password = passwordOf(context);
	return ok({
		strength: passwordStrength(password),
		strong: missedRequirements(password).length === 0,
	});
}

function checkRequirements(context: RouteContext) {
	const missed = missedRequirements(passwordOf(context));
	return ok({
		strong: missed.length === 0,
		missed_requirements: missed,
		requirements: requirementTexts(missed),
	});
}

/** The body is optional; the spec bounds `length` to 16..72 and defaults it to 16. */
function generate(context: RouteContext) {
	const length = bodyOf<{ length?: number }>(context).length ?? 16;
	return ok({ password: generatePassword(length) });
}

export function registerPasswordStrengthRoutes(router: Router): void {
	router.on('POST', '/password_strength', checkStrength);
	router.on('POST', '/users/password_strength', checkRequirements);
	router.on('POST', '/users/generate_password', generate);
}
