import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { billingAddressFields } from './address';

export const billingCreateAddressDescription: INodeProperties[] = billingAddressFields(
	showFor('billing', ['createAddress']),
	{ name: 'additionalFields', displayName: 'Additional Fields' },
);
