import type { INodeParameters } from 'n8n-workflow';

import { site, useRocketNet } from '../helpers/fixture';

describe('No password or token in output or errors', () => {
	const rocket = useRocketNet();

	function serialise(value: unknown): string {
		if (value instanceof Error) {
			const fields = Object.getOwnPropertyNames(value).map((key) => [
				key,
				(value as unknown as Record<string, unknown>)[key],
			]);
			return JSON.stringify(Object.fromEntries(fields), (_key, inner) =>
				inner instanceof Error ? serialise(inner) : inner,
			);
		}
		return JSON.stringify(value);
	}

	const scenarios: Array<[string, INodeParameters, () => void]> = [
		['a list', { resource: 'site', operation: 'getAll', limit: 3 }, () => {}],
		[
			'a 500 on create',
			{ resource: 'backup', operation: 'create', siteId: site(1000001), label: 'x' },
			() => rocket.simulator.injectFault({ status: 500, method: 'POST' }),
		],
		[
			'a 401 a new login cannot fix',
			{ resource: 'site', operation: 'get', siteId: site(1000001) },
			() => rocket.simulator.injectFault({ status: 401, count: 2, path: '^/sites' }),
		],
		['bad input', { resource: 'site', operation: 'get', siteId: site('x/../y') }, () => {}],
		[
			'a refused login',
			{ resource: 'site', operation: 'get', siteId: site(1000001) },
			() => {
				rocket.credential.data.accessToken = '';
				rocket.credential.data.password = 'wrong-password-1234';
			},
		],
	];

	it.each(scenarios)('%s', async (_name, parameters, prepare) => {
		const secrets = [rocket.simulator.account.password, 'wrong-password-1234'];
		const token = rocket.credential.data.accessToken;
		if (typeof token === 'string' && token !== '') secrets.push(token);
		prepare();

		for (const continueOnFail of [false, true]) {
			const result = await rocket.run(parameters, { continueOnFail });
			const text = serialise(result.items) + serialise(result.error ?? null);
			const errors = result.items.map((item) => item.error).filter(Boolean);
			const all = text + errors.map(serialise).join('');

			for (const secret of secrets) expect(all).not.toContain(secret);
			expect(all).not.toMatch(/Bearer\s+ey/);
			expect(all).not.toMatch(/eyJ[\w-]+\.eyJ[\w-]+\./);
		}
	});
});
