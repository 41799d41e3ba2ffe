import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { rocketApiRequest } from '../shared/request';

const PAGE_SIZE = 1000;

/** The account's site templates by name; the list sits in `result.site_templates`. */
export async function getSiteTemplates(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const templates: IDataObject[] = [];

	for (let page = 1; ; page++) {
		const qs = { page, per_page: PAGE_SIZE, sort: 'name', direction: 'asc' };
		const body = await rocketApiRequest.call(this, 'GET', '/sites/templates', qs);
		const records = (body.result as IDataObject | undefined)?.site_templates;
		const batch = (Array.isArray(records) ? records : []) as IDataObject[];
		templates.push(...batch);

		const total = Number((body.metadata as IDataObject | undefined)?.total ?? 0);
		if (batch.length < PAGE_SIZE || templates.length >= total) break;
	}

	return templates.map((template) => {
		const source = template.created_from as IDataObject | undefined;
		return {
			name: String(template.name),
			value: String(template.template_id),
			description: source?.domain ? `Built from ${String(source.domain)}` : undefined,
		};
	});
}
