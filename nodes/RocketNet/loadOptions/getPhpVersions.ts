import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { rocketApiRequest } from '../shared/request';
import { chosenSiteId } from './chosenSite';

/** The PHP versions the chosen site may switch to, as its settings schema offers them. */
export async function getPhpVersions(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const siteId = chosenSiteId(this, 'PHP versions');

	const body = await rocketApiRequest.call(this, 'GET', `/sites/${siteId}/settings/schema`);
	const schema = (body.result ?? {}) as IDataObject;
	const setting = (schema.current_php_version ?? schema.new_php_version ?? {}) as IDataObject;
	const options = (Array.isArray(setting.options) ? setting.options : []) as IDataObject[];

	return options
		.map((option) => ({ name: String(option.label ?? option.value), value: String(option.value) }))
		.reverse();
}
