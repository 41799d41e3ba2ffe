import type { AxiosInstance } from 'axios';

import { BLUE_HARBOR_CERTIFICATE, BLUE_HARBOR_KEY, UNRELATED_KEY } from '../helpers/certificates';
import { BLUE_HARBOR, loggedInClient, useSimulator } from './helpers';

const COPPER_FALLS = 1_000_003;
const certificates = `/sites/${BLUE_HARBOR}/ssl/certificates`;

describe('custom SSL', () => {
	const simulator = useSimulator();
	let client: AxiosInstance;

	beforeAll(async () => {
		client = await loggedInClient(simulator());
	});

	beforeEach(() => simulator().reset());

	it('uploads a certificate, answering the record without an envelope', async () => {
		const uploaded = await client.post(certificates, {
			domains: ['blue-harbor.example.com', 'shop.blue-harbor.example.com'],
			certificate: BLUE_HARBOR_CERTIFICATE,
			key: BLUE_HARBOR_KEY,
		});

		expect(uploaded.status).toBe(200);
		expect(uploaded.data).toEqual({
			id: expect.stringMatching(/^[0-9a-f-]{36}$/),
			site_id: BLUE_HARBOR,
			serial_number: '66345d0e6733b8c23de5970aa18321be9f5c9f5a',
			fingerprint: '74074c493b14da2a79729482a87baa565b2885f5fd7308a01220816b0c836d54',
			issuer: 'Simulator Test Certificates',
			uploaded_on: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
			issued_on: '2026-12-03 17:41:26',
			expires_on: '2126-11-09 17:41:26',
			domains: ['blue-harbor.example.com', 'shop.blue-harbor.example.com'],
		});

		const list = await client.get(certificates);
		expect(list.data).toEqual([uploaded.data]);
		const main = await client.get(`/sites/${BLUE_HARBOR}/maindomain`);
		expect(main.data.result.custom_ssl).toMatchObject({ id: uploaded.data.id });
		expect(main.data.result.custom_ssl).not.toHaveProperty('domains');
	});

	it('refuses a key that does not belong to the certificate', async () => {
		const response = await client.post(certificates, {
			domains: ['blue-harbor.example.com'],
			certificate: BLUE_HARBOR_CERTIFICATE,
			key: UNRELATED_KEY,
		});

		expect(response.status).toBe(400);
		expect(response.data.messages).toEqual(['The private key does not match the certificate']);
	});

	it('refuses domains the certificate does not cover or the site does not serve', async () => {
		const notCovered = await client.post(certificates, {
			domains: ['blueharbormarina.example.net'],
			certificate: BLUE_HARBOR_CERTIFICATE,
			key: BLUE_HARBOR_KEY,
		});
		expect(notCovered.data.messages).toEqual([
			'The certificate does not cover blueharbormarina.example.net',
		]);

		const foreign = await client.post(certificates, {
			domains: ['copper-falls.example.com'],
			certificate: BLUE_HARBOR_CERTIFICATE,
			key: BLUE_HARBOR_KEY,
		});
		expect(foreign.data.messages).toEqual([
			'copper-falls.example.com is not a domain of this site',
		]);
	});

	it('deletes a certificate with 204 and no body', async () => {
		const [seeded] = (await client.get(`/sites/${COPPER_FALLS}/ssl/certificates`)).data;
		expect(seeded).toMatchObject({ issuer: 'DigiCert Inc', site_id: COPPER_FALLS });

		const path = `/sites/${COPPER_FALLS}/ssl/certificates/${seeded.id}`;
		const deleted = await client.delete(path);
		expect(deleted.status).toBe(204);
		expect(deleted.data).toBe('');
		expect((await client.get(path)).status).toBe(404);
	});
});
