import type { INodeProperties } from 'n8n-workflow';

import { directorySearchFields } from '../../shared/pluginsAndThemes';

export const themeSearchDescription: INodeProperties[] = directorySearchFields('theme', [
	{ name: 'Featured', value: 'featured' },
	{ name: 'New', value: 'new' },
	{ name: 'Popular', value: 'popular' },
	{ name: 'Recently Updated', value: 'updated' },
]);
