import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { backupContentOptions } from './shared';

const showOnlyForBackupCreate = showFor('backup', ['create']);

export const backupCreateDescription: INodeProperties[] = [
	{
		displayName: 'Label',
		name: 'label',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Before plugin updates',
		description: 'A name for the backup',
		displayOptions: { show: showOnlyForBackupCreate },
		routing: { send: { type: 'body', property: 'label' } },
	},
	backupContentOptions(showOnlyForBackupCreate, 'back up'),
];
