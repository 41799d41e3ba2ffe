import type { INodeParameters } from 'n8n-workflow';

import { getSshKeys } from '../../nodes/RocketNet/loadOptions/getSshKeys';
import { jsonOf, onlyRequest, site, useRocketNet } from '../helpers/fixture';
import { loadOptionsContext } from '../helpers/load-options';

const BLUE_HARBOR = 1000001;
const KEYS = `/sites/${BLUE_HARBOR}/ssh/keys`;
const PUBLIC_KEY =
	'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx6kfg1/JTqGu4AeALa7xV/Vw22KF82zKubXubwmuCU ci@example.com';

const keyShape = {
	name: expect.any(String),
	key: expect.any(String),
	authstatus: expect.any(String),
	haspub: 1,
	file: expect.any(String),
	created: expect.any(Number),
	modified: expect.any(Number),
};

describe('SSH Key', () => {
	const rocket = useRocketNet();

	function keyOp(operation: string, parameters: INodeParameters = {}): INodeParameters {
		return { resource: 'sshKey', operation, siteId: site(BLUE_HARBOR), ...parameters };
	}

	it('gets many keys, searched and sorted', async () => {
		const items = jsonOf(
			await rocket.run(
				keyOp('getAll', { limit: 5, filters: { search: 'deploy', sort: 'authstatus' } }),
			),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: KEYS,
			query: { per_page: '5', search: 'deploy', sort: 'authstatus' },
		});
		expect(items).toEqual([{ ...keyShape, name: 'deploy_ed25519.pub', authstatus: 'authorized' }]);
	});

	it('imports a public key', async () => {
		const [item] = jsonOf(
			await rocket.run(keyOp('import', { keyName: 'ci.pub', publicKey: PUBLIC_KEY })),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: KEYS,
			body: { name: 'ci.pub', key: PUBLIC_KEY },
		});
		expect(item).toEqual({ ...keyShape, name: 'ci.pub', key: PUBLIC_KEY });
	});

	it('refuses a private key before sending it anywhere', async () => {
		const result = await rocket.run(
			keyOp('import', {
				keyName: 'id_ed25519',
				publicKey: '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE=',
			}),
		);

		expect(result.error?.message).toBe('Public Key is not an OpenSSH public key');
		expect(rocket.apiRequests()).toHaveLength(0);
	});

	it('gets one key by name, in the URL', async () => {
		const [item] = jsonOf(await rocket.run(keyOp('get', { sshKeyName: 'old_laptop_rsa.pub' })));

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: `${KEYS}/old_laptop_rsa.pub`,
			body: undefined,
		});
		expect(item).toEqual({ ...keyShape, name: 'old_laptop_rsa.pub', authstatus: 'not authorized' });
	});

	it('refuses a key name that would change the URL', async () => {
		const result = await rocket.run(keyOp('get', { sshKeyName: '../../backup' }));

		expect(result.error?.message).toBe('SSH Key "../../backup" is not a valid ID');
		expect(rocket.apiRequests()).toHaveLength(0);
	});

	it.each([
		['authorize', 'old_laptop_rsa.pub', 'authorized'],
		['deauthorize', 'deploy_ed25519.pub', 'not authorized'],
	])('%ss a key', async (operation, name, authstatus) => {
		const [item] = jsonOf(await rocket.run(keyOp(operation, { sshKeyName: name })));

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: `${KEYS}/${operation}`,
			body: { name },
		});
		expect(item).toEqual({ ...keyShape, name, authstatus });
	});

	it('deletes a key', async () => {
		const items = jsonOf(await rocket.run(keyOp('delete', { sshKeyName: 'old_laptop_rsa.pub' })));

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'DELETE',
			path: KEYS,
			body: { name: 'old_laptop_rsa.pub' },
		});
		expect(items).toEqual([{ deleted: true }]);
	});

	describe('key dropdown', () => {
		it('lists the keys of the chosen site by name, with their status', async () => {
			const options = await getSshKeys.call(
				await loadOptionsContext(rocket, { siteId: site(BLUE_HARBOR) }),
			);

			expect(options).toEqual([
				{ name: 'deploy_ed25519.pub', value: 'deploy_ed25519.pub', description: 'Authorized' },
				{ name: 'old_laptop_rsa.pub', value: 'old_laptop_rsa.pub', description: 'Not authorized' },
			]);
			expect(onlyRequest(rocket)).toMatchObject({
				path: KEYS,
				query: { per_page: '1000', sort: 'name' },
			});
		});

		it('asks for a site first', async () => {
			await expect(
				getSshKeys.call(await loadOptionsContext(rocket, { siteId: site('') })),
			).rejects.toThrow('Choose a site first');
		});
	});
});
