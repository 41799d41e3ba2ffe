import { stableUuid } from './ids';
import { groupState, type SimulatorState, type SiteRecord } from './state';

/** An uploaded certificate; the PEM text itself is not kept, only what Rocket.net reports. */
export interface CertificateRecord {
	id: string;
	site_id: number;
	serial_number: string;
	fingerprint: string;
	issuer: string;
	uploaded_on: string;
	issued_on: string;
	expires_on: string;
	domains: string[];
}

type CertificateSeed = Omit<CertificateRecord, 'id' | 'site_id'>;

/** Demo sites that already carry a custom certificate, by main domain. */
const SEEDED_CERTIFICATES: Record<string, CertificateSeed[]> = {
	'copper-falls.example.com': [
		{
			serial_number: '0a3f19c2d4b7e8a15c6d2e9f0b1a4c7d',
			fingerprint: '5b2e7c1d9a4f3e8b6c0d2a7f1e9b4c3d8a6f2e1b7c9d0a3e5f4b8c2d1e6a9f7b',
			issuer: 'DigiCert Inc',
			uploaded_on: '2025-02-10 09:30:12',
			issued_on: '2025-02-09 00:00:00',
			expires_on: '2027-03-10 23:59:59',
			domains: ['copper-falls.example.com', 'www.copper-falls.example.com'],
		},
	],
};

/** `2026-01-07 18:31:22`, the date format of custom SSL answers. */
export function sslDate(ms: number): string {
	return new Date(ms)
		.toISOString()
		.replace('T', ' ')
		.replace(/\.\d{3}Z$/, '');
}

/** The certificates of a site, seeded from the demo table the first time they are read. */
export function certificatesOf(state: SimulatorState, site: SiteRecord): CertificateRecord[] {
	const bySite = groupState(state, 'customSsl', () => new Map<number, CertificateRecord[]>());
	let certificates = bySite.get(site.id);
	if (!certificates) {
		certificates = (SEEDED_CERTIFICATES[site.domain] ?? []).map((seed) => ({
			...seed,
			id: stableUuid(`custom-ssl:${site.id}:${seed.serial_number}`),
			site_id: site.id,
			domains: [...seed.domains],
		}));
		bySite.set(site.id, certificates);
	}
	return certificates;
}

/** CustomSSLResponse in the spec's field order. */
export function certificateView(certificate: CertificateRecord) {
	return {
		id: certificate.id,
		site_id: certificate.site_id,
		serial_number: certificate.serial_number,
		fingerprint: certificate.fingerprint,
		issuer: certificate.issuer,
		uploaded_on: certificate.uploaded_on,
		issued_on: certificate.issued_on,
		expires_on: certificate.expires_on,
		domains: [...certificate.domains],
	};
}

/** `custom_ssl` of a domain record: the certificate covering it, without its domain list. */
export function customSslFor(state: SimulatorState, site: SiteRecord, domain: string) {
	const certificate = certificatesOf(state, site).find((candidate) =>
		candidate.domains.includes(domain),
	);
	if (!certificate) return null;
	const view: Partial<ReturnType<typeof certificateView>> = certificateView(certificate);
	delete view.domains;
	return view;
}
