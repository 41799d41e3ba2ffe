import type {
	IDisplayOptions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

export const billingCycleOptions: INodePropertyOptions[] = [
	{ name: 'Annual', value: 'Annual' },
	{ name: 'Monthly', value: 'Monthly' },
];

async function validateProductId(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const body = (requestOptions.body ?? {}) as Record<string, unknown>;
	const product = body.billing_product_id;
	if (!Number.isInteger(product) || (product as number) < 1) {
		const text = String(this.getNodeParameter('billing_product_id', '') ?? '').trim();
		throw new NodeOperationError(
			this.getNode(),
			text === '' ? 'Product is empty' : `Product "${text}" is not a product ID`,
			{ description: 'Choose a product from the list, or give its numeric ID, e.g. 12.' },
		);
	}
	return requestOptions;
}

/** The hosting product to order, picked from Rocket.net's product list. */
export function billingProductField(show: NonNullable<IDisplayOptions['show']>): INodeProperties {
	return {
		displayName: 'Product Name or ID',
		name: 'billing_product_id',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getHostingProducts' },
		required: true,
		default: '',
		description:
			'The hosting plan to order. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show },
		routing: {
			send: {
				type: 'body',
				property: 'billing_product_id',
				value: '={{ Number($value) }}',
				preSend: [validateProductId],
			},
		},
	};
}
