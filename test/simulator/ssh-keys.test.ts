import type { AxiosInstance } from 'axios';

import { BLUE_HARBOR, loggedInClient, useSimulator } from './helpers';

const keys = `/sites/${BLUE_HARBOR}/ssh/keys`;
const PUBLIC_KEY =
	'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx6kfg1/JTqGu4AeALa7xV/Vw22KF82zKubXubwmuCU ci@example.com';

describe('SSH keys', () => {
	const simulator = useSimulator();
	let client: AxiosInstance;

	beforeAll(async () => {
		client = await loggedInClient(simulator());
	});

	beforeEach(() => simulator().reset());

	it('lists the seeded keys in the spec shape, 100 a page by default', async () => {
		const response = await client.get(keys, { params: { sort: 'authstatus' } });
		expect(response.data.metadata).toMatchObject({ page_size: 100, total: 2, sort: 'authstatus' });
		expect(response.data.result).toEqual([
			{
				name: 'deploy_ed25519.pub',
				key: expect.stringMatching(/^ssh-ed25519 AAAA\S+ deploy@/),
				authstatus: 'authorized',
				haspub: 1,
				file: 'deploy_ed25519.pub',
				created: expect.any(Number),
				modified: expect.any(Number),
			},
			expect.objectContaining({ name: 'old_laptop_rsa.pub', authstatus: 'not authorized' }),
		]);
	});

	it('imports a public key, authorized as the spec example shows, and finds it by name', async () => {
		const imported = await client.post(keys, { name: 'ci.pub', key: PUBLIC_KEY });
		expect(imported.data.result).toMatchObject({
			name: 'ci.pub',
			key: PUBLIC_KEY,
			authstatus: 'authorized',
		});

		const found = await client.get(`${keys}/ci.pub`);
		expect(found.data.result).toEqual(imported.data.result);
		expect((await client.get(keys, { params: { search: 'ci' } })).data.result).toHaveLength(1);
	});

	it('refuses a private key with the spec message, and a duplicate name', async () => {
		const privateKey = await client.post(keys, {
			name: 'id_ed25519',
			key: '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE=\n-----END OPENSSH PRIVATE KEY-----',
		});
		expect(privateKey.status).toBe(400);
		expect(privateKey.data.messages).toEqual([
			"Invalid key. Make sure this is a public SSH key starting with 'ssh-'",
		]);

		const duplicate = await client.post(keys, { name: 'deploy_ed25519.pub', key: PUBLIC_KEY });
		expect(duplicate.status).toBe(400);
	});

	it('deauthorizes and authorizes a key', async () => {
		const off = await client.post(`${keys}/deauthorize`, { name: 'deploy_ed25519.pub' });
		expect(off.data.result.authstatus).toBe('not authorized');
		expect((await client.get(`${keys}/deploy_ed25519.pub`)).data.result.authstatus).toBe(
			'not authorized',
		);

		const on = await client.post(`${keys}/authorize`, { name: 'deploy_ed25519.pub' });
		expect(on.data.result.authstatus).toBe('authorized');
		expect((await client.post(`${keys}/authorize`, { name: 'nope.pub' })).status).toBe(404);
	});

	it('deletes a key and answers it one last time', async () => {
		const deleted = await client.delete(keys, { data: { name: 'old_laptop_rsa.pub' } });
		expect(deleted.data.result.name).toBe('old_laptop_rsa.pub');
		expect((await client.get(`${keys}/old_laptop_rsa.pub`)).status).toBe(404);
		expect((await client.get(keys)).data.metadata.total).toBe(1);
	});
});
