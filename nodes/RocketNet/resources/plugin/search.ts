import type { INodeProperties } from 'n8n-workflow';

import { directorySearchFields } from '../../shared/pluginsAndThemes';

export const pluginSearchDescription: INodeProperties[] = directorySearchFields('plugin', [
	{ name: 'New', value: 'new' },
	{ name: 'Popular', value: 'popular' },
	{ name: 'Top Rated', value: 'top-rated' },
	{ name: 'Recently Updated', value: 'updated' },
]);
