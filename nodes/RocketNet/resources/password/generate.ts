import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { validateWholeNumber } from '../../shared/fieldChecks';

const MIN_LENGTH = 16;
const MAX_LENGTH = 72;

export const passwordGenerateDescription: INodeProperties[] = [
	{
		displayName: 'Length',
		name: 'length',
		type: 'number',
		default: MIN_LENGTH,
		typeOptions: { minValue: MIN_LENGTH, maxValue: MAX_LENGTH },
		description: `How many characters the password has, from ${MIN_LENGTH} to ${MAX_LENGTH}`,
		displayOptions: { show: showFor('password', ['generate']) },
		routing: {
			send: {
				type: 'body',
				property: 'length',
				preSend: [validateWholeNumber('length', 'Length', MIN_LENGTH, MAX_LENGTH)],
			},
		},
	},
];
