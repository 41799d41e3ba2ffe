import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { eventFieldOptions } from './eventFields';

export const activityLogCreateDescription: INodeProperties[] = [
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: showFor('activityLog', ['create']) },
		options: eventFieldOptions('create'),
	},
];
