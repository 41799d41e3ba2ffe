import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto';

import { bodyOf, siteOf, type RouteContext } from '../http/context';
import { ApiError, json, type Reply } from '../http/reply';
import type { Router } from '../http/router';
import {
	certificatesOf,
	certificateView,
	sslDate,
	type CertificateRecord,
} from '../state/custom-ssl';
import { asciiHostname, siteHostnames } from '../state/domains';
import { newUuid } from '../state/ids';

interface UploadBody {
	domains: string[];
	certificate: string;
	key: string;
}

function parseCertificate(pem: string): X509Certificate {
	try {
		return new X509Certificate(pem);
	} catch {
		throw new ApiError(400, 'The certificate is not a valid PEM certificate');
	}
}

function parsePrivateKey(pem: string): KeyObject {
	try {
		return createPrivateKey(pem);
	} catch {
		throw new ApiError(400, 'The key is not a valid PEM private key');
	}
}

/** The issuer's organisation (or common name), as Rocket.net shows it, e.g. "LetsEncrypt". */
function issuerName(certificate: X509Certificate): string {
	const fields = certificate.issuer.split('\n');
	const named = (prefix: string) =>
		fields.find((field) => field.startsWith(prefix))?.slice(prefix.length);
	return named('O=') ?? named('CN=') ?? certificate.issuer;
}

/** Each domain must serve this site, be covered by the certificate and have no certificate yet. */
function checkDomains(
	context: RouteContext,
	certificate: X509Certificate,
	domains: string[],
): string[] {
	if (domains.length === 0) throw new ApiError(400, 'Give at least one domain');
	const site = siteOf(context);
	const hostnames = siteHostnames(context.state, site);
	const existing = certificatesOf(context.state, site);

	return domains.map((input) => {
		const domain = asciiHostname(input);
		if (!domain || !hostnames.includes(domain)) {
			throw new ApiError(400, `${input} is not a domain of this site`);
		}
		if (certificate.checkHost(domain) === undefined) {
			throw new ApiError(400, `The certificate does not cover ${domain}`);
		}
		const holder = existing.find((record) => record.domains.includes(domain));
		if (holder) {
			throw new ApiError(
				400,
				`${domain} already has the custom certificate ${holder.id}. Delete it first.`,
			);
		}
		return domain;
	});
}

/** Checks the pair like Rocket.net would before handing it to the edge. */
function uploadCertificate(context: RouteContext): Reply {
	const body = bodyOf<UploadBody>(context);
	const certificate = parseCertificate(body.certificate);
	if (!certificate.checkPrivateKey(parsePrivateKey(body.key))) {
		throw new ApiError(400, 'The private key does not match the certificate');
	}
	const expiresAt = Date.parse(certificate.validTo);
	if (expiresAt <= context.now) {
		throw new ApiError(400, `The certificate expired on ${sslDate(expiresAt)}`);
	}
	const domains = checkDomains(context, certificate, body.domains);

	const site = siteOf(context);
	const record: CertificateRecord = {
		id: newUuid(),
		site_id: site.id,
		serial_number: certificate.serialNumber.toLowerCase(),
		fingerprint: certificate.fingerprint256.replace(/:/g, '').toLowerCase(),
		issuer: issuerName(certificate),
		uploaded_on: sslDate(context.now),
		issued_on: sslDate(Date.parse(certificate.validFrom)),
		expires_on: sslDate(expiresAt),
		domains,
	};
	certificatesOf(context.state, site).push(record);
	// Custom SSL answers carry no envelope: the record (or list) is the whole body.
	return json(certificateView(record));
}

function findCertificate(context: RouteContext): CertificateRecord {
	const certificate = certificatesOf(context.state, siteOf(context)).find(
		(record) => record.id === context.params.certificate_id,
	);
	if (!certificate) throw new ApiError(404, 'Certificate not found');
	return certificate;
}

function deleteCertificate(context: RouteContext): Reply {
	const certificate = findCertificate(context);
	const certificates = certificatesOf(context.state, siteOf(context));
	certificates.splice(certificates.indexOf(certificate), 1);
	return { status: 204 };
}

export function registerCustomSslRoutes(router: Router): void {
	router.on('GET', '/sites/{id}/ssl/certificates', (context) =>
		json(certificatesOf(context.state, siteOf(context)).map(certificateView)),
	);
	router.on('POST', '/sites/{id}/ssl/certificates', uploadCertificate);
	router.on('GET', '/sites/{id}/ssl/certificates/{certificate_id}', (context) =>
		json(certificateView(findCertificate(context))),
	);
	router.on('DELETE', '/sites/{id}/ssl/certificates/{certificate_id}', deleteCertificate);
}
