import type { INodeProperties } from 'n8n-workflow';

import { installedListFields } from '../../shared/pluginsAndThemes';

export const pluginGetAllDescription: INodeProperties[] = installedListFields(
	'plugin',
	[
		{ name: 'Name', value: 'name' },
		{ name: 'Status', value: 'status' },
		{ name: 'Title', value: 'title' },
		{ name: 'Update Available', value: 'update' },
		{ name: 'Version', value: 'version' },
	],
	'title',
);
