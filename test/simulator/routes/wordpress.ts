import { bodyOf, siteOf, type RouteContext } from '../http/context';
import { ok } from '../http/reply';
import type { Router } from '../http/router';
import { newToken } from '../state/ids';
import { wordpressHealthOf } from '../state/wordpress';
import { wordpressSite } from './packages-shared';
import { runWpCli } from './wp-cli';

// Guessed: the spec gives no shape for the single sign-on link.
function loginLink(context: RouteContext) {
	const site = wordpressSite(context);
	return ok({ sign_on_url: `https://${site.domain}/wp-login.php?rocket_sso=${newToken()}` });
}

/** Sites that are not WordPress answer 'not_applicable', as the spec says. */
function wordpressStatus(context: RouteContext) {
	return ok({ wordpress_status: wordpressHealthOf(context.state, siteOf(context)) });
}

function wpCli(context: RouteContext) {
	const site = wordpressSite(context);
	const { command } = bodyOf<{ command: string }>(context);
	return ok({ response: runWpCli(context, site, command) });
}

export function registerWordPressRoutes(router: Router): void {
	router.on('GET', '/sites/{id}/wp/login', loginLink);
	router.on('GET', '/sites/{id}/wp/status', wordpressStatus);
	router.on('POST', '/sites/{id}/wpcli', wpCli);
}
