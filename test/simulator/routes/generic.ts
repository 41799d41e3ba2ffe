import { gzipSync } from 'node:zlib';

import { listRecords } from '../catalogue';
import type { RouteContext } from '../http/context';
import { directionOf } from '../http/list';
import type { Reply } from '../http/reply';

const MINIMAL_PDF = [
	'%PDF-1.4',
	'1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
	'2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
	'trailer << /Root 1 0 R >>',
	'%%EOF',
].join('\n');

function binaryReply(context: RouteContext, contentType: string): Reply {
	const raw =
		contentType === 'application/pdf'
			? Buffer.from(MINIMAL_PDF)
			: gzipSync(Buffer.from(`Simulated download for ${context.operation.path}\n`));
	return { status: 200, raw, contentType };
}

interface ListSample {
	metadata: { page_size: number };
	[key: string]: unknown;
}

/** Pages the one-record sample list so that `metadata` agrees with the request. */
function pagedExample(context: RouteContext, example: ListSample): Reply {
	const records = listRecords(context.operation, example) ?? [];
	const total = records.length;
	const page = Number(context.query.page ?? 1);
	const pageSize = Number(context.query.per_page ?? example.metadata.page_size);
	if (page > 1) records.length = 0;

	const sortParameter = context.operation.query.find((parameter) => parameter.name === 'sort');
	const metadata = {
		page,
		page_size: pageSize,
		total,
		sort: context.query.sort ?? sortParameter?.enum?.[0] ?? '',
		direction: directionOf(context.query, 'asc'),
	};
	return { status: 200, body: { ...example, metadata } };
}

// Limitation: generic answers ignore ids, filters and bodies: every call gets the same sample.
/**
 * The answer of every operation without a stateful handler: validated like the rest, then the
 * catalogue's sample 200 body exactly as the spec shapes it (envelope or not).
 */
export function genericReply(context: RouteContext): Reply {
	const { operation } = context;
	if (operation.responseType === null)
		return { status: operation.statuses.includes(204) ? 204 : 200 };
	if (operation.responseType !== 'application/json') {
		return binaryReply(context, operation.responseType);
	}

	const example = structuredClone(operation.example) as Partial<ListSample>;
	if (operation.listPath !== null && example?.metadata) {
		return pagedExample(context, example as ListSample);
	}
	return { status: 200, body: example };
}
