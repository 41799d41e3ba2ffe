import type { INodeProperties } from 'n8n-workflow';

/** The billing address a card belongs to, picked from the account's addresses. */
export function billingAddressIdField(extra: Partial<INodeProperties> = {}): INodeProperties {
	return {
		displayName: 'Billing Address Name or ID',
		name: 'address_id',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getBillingAddresses' },
		default: '',
		description:
			'The billing address of the card holder. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		routing: { send: { type: 'body', property: 'address_id', value: '={{ Number($value) }}' } },
		...extra,
	};
}

export const includeTokenOption: INodeProperties = {
	displayName: 'Include Gateway Token',
	name: 'include_token',
	type: 'boolean',
	default: false,
	description:
		'Whether to include the token the payment gateway charges the payment method with. Treat it as a secret.',
	routing: { send: { type: 'query', property: 'include_token' } },
};
