import type { INodeParameters } from 'n8n-workflow';

import { site, useRocketNet } from '../helpers/fixture';

describe('Bad input is refused before any request', () => {
	const rocket = useRocketNet();

	/**
	 * With Continue On Fail the item carries the node's own NodeOperationError; without it, n8n's
	 * routing engine re-wraps errors raised before a request as NodeApiError (httpCode "none"),
	 * keeping the message and description.
	 */
	async function expectRefused(parameters: INodeParameters, message: RegExp) {
		const kept = await rocket.run(parameters, { continueOnFail: true });
		const error = kept.items[0]?.error;
		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toMatch(message);
		expect(error?.description).toBeTruthy();

		const stopped = await rocket.run(parameters);
		expect(stopped.error?.message).toMatch(message);
		expect(stopped.error?.description).toBe(error?.description);
		expect(stopped.error).toMatchObject({ httpCode: 'none' });

		expect(rocket.apiRequests()).toHaveLength(0);
	}

	it.each([
		['an empty expression result', '={{ $json.missing }}', /^Site is empty$/],
		['text', 'abc', /^Site "abc" is not a valid site ID$/],
		['a path', '1/../../account', /^Site "1\/\.\.\/\.\.\/account" is not a valid site ID$/],
		['a negative number', '-3', /^Site "-3" is not a valid site ID$/],
		['zero', '0', /^Site "0" is not a valid site ID$/],
	])('site ID given as %s', async (_case, value, message) => {
		await expectRefused({ resource: 'site', operation: 'get', siteId: site(value) }, message);
	});

	it('site left empty is a workflow issue that names the field', async () => {
		const result = await rocket.run({ resource: 'site', operation: 'get', siteId: site('') });

		expect(result.error?.message).toMatch(/Parameter "Site" is required/);
		expect(rocket.apiRequests()).toHaveLength(0);
	});

	it('limit 0', async () => {
		await expectRefused(
			{ resource: 'site', operation: 'getAll', limit: 0 },
			/^Limit 0 is out of range$/,
		);
	});

	it('purge files that are not http(s) URLs', async () => {
		await expectRefused(
			{
				resource: 'cache',
				operation: 'purge',
				siteId: site(1000001),
				files: ['https://blue-harbor.example.com/a.css', '/wp-content/b.css'],
			},
			/^Files to Purge: "\/wp-content\/b\.css" is not an http\(s\) URL$/,
		);
	});

	it('purge with nothing to purge', async () => {
		await expectRefused(
			{ resource: 'cache', operation: 'purge', siteId: site(1000001) },
			/^Nothing to purge/,
		);
	});

	it('negative wait timeout', async () => {
		await expectRefused(
			{
				resource: 'backup',
				operation: 'create',
				siteId: site(1000001),
				label: 'Nightly',
				waitForCompletion: true,
				waitTimeout: -5,
			},
			/^Wait Timeout -5 is not a positive number of seconds$/,
		);
	});

	it.each([
		[
			'a backup ID with a path',
			{ operation: 'delete', backupId: '1/../2' },
			/^Backup ID "1\/\.\.\/2"/,
		],
		[
			'a restore point ID with a slash',
			{ operation: 'restoreRestorePoint', restoreId: 'a/b' },
			/^Restore Point ID "a\/b"/,
		],
	])('%s', async (_case, parameters, message) => {
		await expectRefused({ resource: 'backup', siteId: site(1000001), ...parameters }, message);
	});

	it('site metadata that is not JSON', async () => {
		await expectRefused(
			{
				resource: 'site',
				operation: 'update',
				siteId: site(1000001),
				updateFields: { metadata: '{client: Acme}' },
			},
			/^Metadata is not valid JSON$/,
		);
	});
});
