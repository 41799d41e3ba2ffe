import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { backupContentOptions } from './shared';

export const backupRestoreDescription: INodeProperties[] = [
	backupContentOptions(showFor('backup', ['restore']), 'restore'),
];
