import type {
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
	INodeTypeDescription,
} from 'n8n-workflow';

export interface SentField {
	name: string;
	/** Set by a top-level required parameter, not an optional one under a collection. */
	required: boolean;
}

/** What one operation of the node sends, read from its description alone. */
export interface NodeOperation {
	resource: string;
	operation: string;
	method: string;
	/** The URL with `{{$parameter.x}}` written as `{x}`, e.g. `/sites/{siteId}/backup`. */
	path: string;
	body: SentField[];
	query: SentField[];
	waitsForTasks: boolean;
	/** Property names shown for this operation, top level. */
	parameters: string[];
}

function shownFor(property: INodeProperties, resource: string, operation: string): boolean {
	const show = property.displayOptions?.show;
	if (!show) return true;
	const resources = show.resource as string[] | undefined;
	const operations = show.operation as string[] | undefined;
	return (
		(!resources || resources.includes(resource)) && (!operations || operations.includes(operation))
	);
}

function collectSent(property: INodeProperties, required: boolean, into: NodeOperation) {
	const send = property.routing?.send;
	if (send?.property && typeof send.property === 'string') {
		const field = { name: send.property, required };
		(send.type === 'body' ? into.body : into.query).push(field);
	}
	for (const option of (property.options ?? []) as Array<
		INodeProperties | INodePropertyCollection
	>) {
		if ('values' in option) option.values.forEach((value) => collectSent(value, false, into));
		else if ('displayName' in option) collectSent(option, false, into);
	}
}

export function nodeOperations(description: INodeTypeDescription): NodeOperation[] {
	const resources = (description.properties.find((p) => p.name === 'resource')?.options ??
		[]) as INodePropertyOptions[];
	const operations: NodeOperation[] = [];

	for (const { value: resource } of resources) {
		const selector = description.properties.find(
			(p) => p.name === 'operation' && shownFor(p, String(resource), ''),
		);
		for (const option of (selector?.options ?? []) as INodePropertyOptions[]) {
			const request = option.routing?.request ?? {};
			const found: NodeOperation = {
				resource: String(resource),
				operation: String(option.value),
				method: String(request.method ?? 'GET'),
				path: String(request.url ?? '')
					.replace(/^=/, '')
					.replace(/\{\{\s*\$parameter\.(\w+)\s*\}\}/g, '{$1}'),
				body: [],
				query: [],
				waitsForTasks: false,
				parameters: [],
			};
			for (const property of description.properties) {
				if (property.name === 'resource' || property.name === 'operation') continue;
				if (!shownFor(property, found.resource, found.operation)) continue;
				found.parameters.push(property.name);
				if (property.name === 'waitForCompletion') found.waitsForTasks = true;
				collectSent(property, property.required === true, found);
			}
			operations.push(found);
		}
	}
	return operations;
}
