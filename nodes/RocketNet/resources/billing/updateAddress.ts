import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { billingAddressFields } from './address';

const showOnlyForUpdateAddress = showFor('billing', ['updateAddress']);

export const billingUpdateAddressDescription: INodeProperties[] = [
	{
		displayName:
			'Rocket.net replaces the whole address: fill in every field, also those that stay the same. Get Address shows the current values.',
		name: 'updateAddressNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: showOnlyForUpdateAddress },
	},
	...billingAddressFields(showOnlyForUpdateAddress, {
		name: 'updateFields',
		displayName: 'Update Fields',
	}),
];
