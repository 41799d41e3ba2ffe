import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { rocketApiRequest } from '../shared/request';

export async function getLocations(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const body = await rocketApiRequest.call(this, 'GET', '/sites/locations');
	const locations = (Array.isArray(body.result) ? body.result : []) as IDataObject[];

	return locations.map((location) => ({
		name: location.region ? `${location.location} (${location.region})` : String(location.location),
		value: Number(location.id),
	}));
}
