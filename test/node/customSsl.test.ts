import { BLUE_HARBOR_CERTIFICATE, BLUE_HARBOR_KEY } from '../helpers/certificates';
import { jsonOf, onlyRequest, site, useRocketNet } from '../helpers/fixture';
import { certificatesOf } from '../simulator/state/custom-ssl';

const BLUE_HARBOR = 1000001;
const COPPER_FALLS = 1000003;

describe('Custom SSL', () => {
	const rocket = useRocketNet();

	function seededCertificateId(): string {
		const copperFalls = rocket.simulator.state.sites.get(COPPER_FALLS)!;
		return certificatesOf(rocket.simulator.state, copperFalls)[0].id;
	}

	it('uploads a certificate with its key for domains of the site', async () => {
		const [item] = jsonOf(
			await rocket.run({
				resource: 'customSsl',
				operation: 'upload',
				siteId: site(BLUE_HARBOR),
				domains: ['blue-harbor.example.com', ' www.blue-harbor.example.com '],
				certificate: BLUE_HARBOR_CERTIFICATE,
				key: BLUE_HARBOR_KEY,
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: `/sites/${BLUE_HARBOR}/ssl/certificates`,
			body: {
				domains: ['blue-harbor.example.com', 'www.blue-harbor.example.com'],
				certificate: BLUE_HARBOR_CERTIFICATE,
				key: BLUE_HARBOR_KEY,
			},
		});
		expect(item).toMatchObject({
			id: expect.any(String),
			site_id: BLUE_HARBOR,
			issuer: 'Simulator Test Certificates',
			expires_on: '2126-11-09 17:41:26',
			domains: ['blue-harbor.example.com', 'www.blue-harbor.example.com'],
		});
	});

	it('refuses a certificate and key pasted the wrong way round before sending anything', async () => {
		const result = await rocket.run({
			resource: 'customSsl',
			operation: 'upload',
			siteId: site(BLUE_HARBOR),
			domains: ['blue-harbor.example.com'],
			certificate: BLUE_HARBOR_KEY,
			key: BLUE_HARBOR_CERTIFICATE,
		});

		expect(result.error?.message).toBe('Certificate is not PEM text');
		expect(result.error?.description).toMatch(/-----BEGIN CERTIFICATE-----/);
		expect(rocket.apiRequests()).toEqual([]);
	});

	it('refuses an encrypted private key, saying how to decrypt it', async () => {
		const result = await rocket.run({
			resource: 'customSsl',
			operation: 'upload',
			siteId: site(BLUE_HARBOR),
			domains: ['blue-harbor.example.com'],
			certificate: BLUE_HARBOR_CERTIFICATE,
			key: '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIE\n-----END ENCRYPTED PRIVATE KEY-----',
		});

		expect(result.error?.message).toBe('Private Key is encrypted');
		expect(rocket.apiRequests()).toEqual([]);
	});

	it('shows Rocket.net’s reason when the certificate does not cover a domain', async () => {
		const result = await rocket.run({
			resource: 'customSsl',
			operation: 'upload',
			siteId: site(BLUE_HARBOR),
			domains: ['blueharbormarina.example.net'],
			certificate: BLUE_HARBOR_CERTIFICATE,
			key: BLUE_HARBOR_KEY,
		});

		expect(result.error?.message).toBe(
			'The certificate does not cover blueharbormarina.example.net',
		);
	});

	it('gets many certificates from an answer without envelope, one item each', async () => {
		const items = jsonOf(
			await rocket.run({
				resource: 'customSsl',
				operation: 'getAll',
				siteId: site(COPPER_FALLS),
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: `/sites/${COPPER_FALLS}/ssl/certificates`,
		});
		expect(items).toEqual([
			{
				id: seededCertificateId(),
				site_id: COPPER_FALLS,
				serial_number: expect.any(String),
				fingerprint: expect.any(String),
				issuer: 'DigiCert Inc',
				uploaded_on: '2025-02-10 09:30:12',
				issued_on: '2025-02-09 00:00:00',
				expires_on: '2027-03-10 23:59:59',
				domains: ['copper-falls.example.com', 'www.copper-falls.example.com'],
			},
		]);
	});

	it('gets a certificate', async () => {
		const id = seededCertificateId();
		const [item] = jsonOf(
			await rocket.run({
				resource: 'customSsl',
				operation: 'get',
				siteId: site(COPPER_FALLS),
				certificateId: id,
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'GET',
			path: `/sites/${COPPER_FALLS}/ssl/certificates/${id}`,
		});
		expect(item).toMatchObject({ id, issuer: 'DigiCert Inc' });
	});

	it('deletes a certificate answered with 204 and no body', async () => {
		const id = seededCertificateId();
		const result = await rocket.run({
			resource: 'customSsl',
			operation: 'delete',
			siteId: site(COPPER_FALLS),
			certificateId: id,
		});

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'DELETE',
			path: `/sites/${COPPER_FALLS}/ssl/certificates/${id}`,
			status: 204,
		});
		expect(jsonOf(result)).toEqual([{ deleted: true }]);
		const copperFalls = rocket.simulator.state.sites.get(COPPER_FALLS)!;
		expect(certificatesOf(rocket.simulator.state, copperFalls)).toEqual([]);
	});
});
