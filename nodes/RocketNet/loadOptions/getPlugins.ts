import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { installedPackages, packageOption } from './installedPackages';

/** Plugins that can be activated, updated or deleted: must-use plugins and drop-ins cannot. */
export async function getPlugins(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const plugins = await installedPackages.call(this, 'plugins');
	return plugins
		.filter((plugin) => plugin.status !== 'must-use' && plugin.status !== 'dropin')
		.map(packageOption);
}
