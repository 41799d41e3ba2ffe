import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { rocketApiRequest } from '../shared/request';

export async function getBillingAddresses(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	// Limitation: only the first 1000 billing addresses are offered.
	const body = await rocketApiRequest.call(this, 'GET', '/billing/addresses', { per_page: 1000 });
	const addresses = (Array.isArray(body.result) ? body.result : []) as IDataObject[];

	return addresses.map((address) => {
		const holder = [address.first_name, address.last_name].filter(Boolean).join(' ');
		const place = [address.address_line_1, address.city].filter(Boolean).join(', ');
		return { name: place ? `${holder} — ${place}` : holder, value: Number(address.id) };
	});
}
