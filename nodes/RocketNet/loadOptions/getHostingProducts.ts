import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { rocketApiRequest } from '../shared/request';

/** Hosting plans that can be ordered, e.g. "Pro (Managed)". */
export async function getHostingProducts(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const body = await rocketApiRequest.call(this, 'GET', '/billing/products');
	const products = (Array.isArray(body.result) ? body.result : []) as IDataObject[];

	return products.map((product) => ({
		name: product.type ? `${product.name} (${product.type})` : String(product.name),
		value: Number(product.id),
		description: String(product.description ?? '')
			.split('\n')
			.filter(Boolean)
			.join(', '),
	}));
}
