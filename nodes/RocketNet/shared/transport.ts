import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	INodeExecutionData,
} from 'n8n-workflow';

import { unwrapResult } from './envelope';
import { sendWithRetries } from './request';
import { waitForTask } from './tasks';

type RequestData = DeclarativeRestApiSettings.ResultOptions;

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/**
 * Rocket.net refuses a POST, PUT or PATCH without a body where its spec marks the body required,
 * even when every field is optional; n8n drops an empty body object, so send it as text.
 */
export function withJsonBody(requestData: RequestData): RequestData {
	const { method, body } = requestData.options;
	const isEmpty =
		body === undefined ||
		body === null ||
		(typeof body === 'object' && !Buffer.isBuffer(body) && Object.keys(body).length === 0);
	if (!METHODS_WITH_BODY.has(String(method).toUpperCase()) || !isEmpty) return requestData;
	return { ...requestData, options: { ...requestData.options, body: '{}' } };
}

async function sendRouted(
	this: IExecutePaginationFunctions,
	requestData: RequestData,
): Promise<INodeExecutionData[]> {
	const request = withJsonBody(requestData);
	return await sendWithRetries(this, request.options.method, async () =>
		this.makeRoutingRequest(request),
	);
}

/** Return All: walks `page` until Rocket.net's `metadata.total` is reached. */
export async function paginateRocketList(
	this: IExecutePaginationFunctions,
	requestData: RequestData,
): Promise<INodeExecutionData[]> {
	const qs = (requestData.options.qs ?? {}) as IDataObject;
	const pageSize = Number(qs.per_page) || 1000;
	const records: INodeExecutionData[] = [];

	for (let page = 1; ; page++) {
		const options = { ...requestData.options, qs: { ...qs, page, per_page: pageSize } };
		const { items, metadata } = unwrapResult(
			await sendRouted.call(this, { ...requestData, options }),
		);
		records.push(...items);

		const total = metadata?.total;
		const reachedTotal = typeof total === 'number' && records.length >= total;
		if (reachedTotal || items.length < pageSize) return records;
	}
}

/**
 * Every operation's request runs through here (the node routes all requests as "paginated"):
 * Return All pages, retries, envelope unwrapping and waiting for background tasks.
 */
export async function executeRocketRequest(
	this: IExecutePaginationFunctions,
	requestData: RequestData,
): Promise<INodeExecutionData[]> {
	if (this.getNodeParameter('returnAll', false) === true) {
		return await paginateRocketList.call(this, requestData);
	}

	const { items } = unwrapResult(await sendRouted.call(this, requestData));
	if (this.getNodeParameter('waitForCompletion', false) === true) {
		return await waitForTask.call(this, items);
	}
	return items;
}
