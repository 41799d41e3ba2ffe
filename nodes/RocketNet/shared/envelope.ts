import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

export interface ListMetadata {
	page?: number;
	page_size?: number;
	total?: number;
}

export interface UnwrappedResult {
	items: INodeExecutionData[];
	metadata?: ListMetadata;
}

/** Reports shaped like Cloudflare's GraphQL carry `success` too, but their payload is `data`. */
function isEnvelope(body: unknown): body is IDataObject {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
	const fields = body as IDataObject;
	const isReport = 'data' in fields && !('result' in fields);
	return typeof fields.success === 'boolean' && 'errors' in fields && !isReport;
}

/**
 * Some lists sit one level down, e.g. `result.additional_domains` or `result.site_templates`:
 * a list answer whose result holds exactly one array is that array.
 */
function nestedList(result: unknown, isList: boolean): unknown[] | undefined {
	if (!isList || typeof result !== 'object' || result === null || Array.isArray(result)) {
		return undefined;
	}
	const arrays = Object.values(result).filter(Array.isArray);
	return arrays.length === 1 && Object.keys(result).length === 1 ? arrays[0] : undefined;
}

function toItems(records: unknown[]): INodeExecutionData[] {
	return records.map((record) => ({
		json: (typeof record === 'object' && record !== null
			? record
			: { value: record }) as IDataObject,
	}));
}

/** Turns Rocket.net's `{ success, errors, messages, result, metadata }` answers into items. */
export function unwrapResult(items: INodeExecutionData[]): UnwrappedResult {
	const output: INodeExecutionData[] = [];
	let metadata: ListMetadata | undefined;

	for (const item of items) {
		const body = item.json as unknown;
		if (item.binary || !isEnvelope(body)) {
			output.push(item);
			continue;
		}

		const isList = typeof body.metadata === 'object' && body.metadata !== null;
		if (isList) metadata = body.metadata as ListMetadata;

		const result = body.result;
		const records = Array.isArray(result) ? result : nestedList(result, isList);
		if (records) {
			output.push(...toItems(records));
		} else if (result === undefined || result === null) {
			output.push({ json: { success: body.success } });
		} else {
			output.push(...toItems([result]));
		}
	}
	return { items: output, metadata };
}
