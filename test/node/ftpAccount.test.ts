import type { INodeParameters } from 'n8n-workflow';

import { getFtpAccounts } from '../../nodes/RocketNet/loadOptions/getFtpAccounts';
import { jsonOf, onlyRequest, site, useRocketNet } from '../helpers/fixture';
import { loadOptionsContext } from '../helpers/load-options';

const BLUE_HARBOR = 1000001;
const ACCOUNTS = `/sites/${BLUE_HARBOR}/ftp/accounts`;
const DESIGNER = 'designer@blue-harbor.example.com';

describe('FTP Account', () => {
	const rocket = useRocketNet();

	function ftpOp(operation: string, parameters: INodeParameters = {}): INodeParameters {
		return { resource: 'ftpAccount', operation, siteId: site(BLUE_HARBOR), ...parameters };
	}

	it('gets many accounts, filtered by username', async () => {
		const items = jsonOf(
			await rocket.run(
				ftpOp('getAll', {
					returnAll: true,
					filters: { username: 'design', sort: 'diskused', direction: 'desc' },
				}),
			),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: ACCOUNTS,
			query: { username: 'design', sort: 'diskused', direction: 'desc', per_page: '1000' },
		});
		expect(items).toEqual([
			{
				dir: expect.stringContaining('/public_html/wp-content/themes'),
				diskquota: 500,
				diskused: '3.75',
				reldir: 'public_html/wp-content/themes',
				user: DESIGNER,
			},
		]);
	});

	it('creates an account with every required field', async () => {
		const [item] = jsonOf(
			await rocket.run(
				ftpOp('create', {
					username: 'writer',
					domain: 'blue-harbor.example.com',
					password: 'Str0ng-enough!',
					homedir: 'public_html/wp-content/uploads',
					quota: 250,
				}),
			),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: ACCOUNTS,
			body: {
				username: 'writer',
				domain: 'blue-harbor.example.com',
				password: 'Str0ng-enough!',
				homedir: 'public_html/wp-content/uploads',
				quota: 250,
			},
		});
		expect(item).toEqual({
			dir: expect.stringContaining('/public_html/wp-content/uploads'),
			diskquota: 250,
			user: 'writer@blue-harbor.example.com',
		});
		expect(JSON.stringify(item)).not.toContain('Str0ng-enough!');
	});

	it('updates an account named in the query string, with the fields in the body', async () => {
		const [item] = jsonOf(
			await rocket.run(
				ftpOp('update', {
					ftpUsername: DESIGNER,
					updateFields: { quota: 0, homedir: 'public_html' },
				}),
			),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'PATCH',
			path: ACCOUNTS,
			query: { username: DESIGNER },
			body: { quota: 0, homedir: 'public_html' },
		});
		expect(item).toEqual({ quota: 0, homedir: 'public_html' });
	});

	it('refuses an update without fields, and a login without its domain', async () => {
		const empty = await rocket.run(ftpOp('update', { ftpUsername: DESIGNER, updateFields: {} }));
		expect(empty.error?.message).toBe('Update Fields is empty');

		const bare = await rocket.run(
			ftpOp('update', { ftpUsername: 'designer', updateFields: { quota: 1 } }),
		);
		expect(bare.error?.message).toBe('FTP Account "designer" is not a full FTP login');
		expect(rocket.apiRequests()).toHaveLength(0);
	});

	it('deletes an account named in the body', async () => {
		const items = jsonOf(await rocket.run(ftpOp('delete', { ftpUsername: DESIGNER })));

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'DELETE',
			path: ACCOUNTS,
			body: { username: DESIGNER },
		});
		expect(items).toEqual([{ deleted: true }]);
	});

	it("shows Rocket.net's message for an account that does not exist", async () => {
		const result = await rocket.run(ftpOp('delete', { ftpUsername: 'ghost@example.com' }));

		expect(result.error?.message).toBe('FTP account ghost@example.com not found');
	});

	it('offers the accounts of the chosen site in a dropdown', async () => {
		const options = await getFtpAccounts.call(
			await loadOptionsContext(rocket, { siteId: site(BLUE_HARBOR) }),
		);

		expect(options).toEqual([
			{
				name: 'deploy@blue-harbor.example.com',
				value: 'deploy@blue-harbor.example.com',
				description: 'Home: public_html',
			},
			{ name: DESIGNER, value: DESIGNER, description: 'Home: public_html/wp-content/themes' },
		]);
	});
});
