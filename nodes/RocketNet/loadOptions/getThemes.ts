import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { installedPackages, packageOption } from './installedPackages';

export async function getThemes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await installedPackages.call(this, 'themes')).map(packageOption);
}
