import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

type Show = NonNullable<IDisplayOptions['show']>;

interface AddressField {
	displayName: string;
	name: string;
	placeholder: string;
	description?: string;
}

const requiredAddressFields: AddressField[] = [
	{ displayName: 'First Name', name: 'first_name', placeholder: 'e.g. Nathan' },
	{ displayName: 'Last Name', name: 'last_name', placeholder: 'e.g. Smith' },
	{
		displayName: 'Email',
		name: 'email',
		placeholder: 'e.g. nathan@example.com',
		description: 'Email address of the billing contact',
	},
	{ displayName: 'Address Line 1', name: 'address_line_1', placeholder: 'e.g. 120 Harbor Road' },
	{ displayName: 'City', name: 'city', placeholder: 'e.g. Jupiter' },
	{ displayName: 'State', name: 'state', placeholder: 'e.g. FL', description: 'State or province' },
	{ displayName: 'Postal Code', name: 'postal_code', placeholder: 'e.g. 33469' },
	{
		displayName: 'Country',
		name: 'country',
		placeholder: 'e.g. US',
		description: 'Two-letter country code',
	},
	{ displayName: 'Telephone', name: 'telephone', placeholder: 'e.g. 877-374-0764' },
];

/**
 * The fields of a billing address. Rocket.net requires the same fields to create an address and
 * to update one: an update replaces the whole address.
 */
export function billingAddressFields(
	show: Show,
	collection: { name: string; displayName: string },
): INodeProperties[] {
	const required: INodeProperties[] = requiredAddressFields.map((field) => ({
		...field,
		type: 'string',
		required: true,
		default: '',
		displayOptions: { show },
		routing: { send: { type: 'body', property: field.name } },
	}));

	return [
		...required,
		{
			displayName: collection.displayName,
			name: collection.name,
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			displayOptions: { show },
			options: [
				{
					displayName: 'Address Line 2',
					name: 'address_line_2',
					type: 'string',
					default: '',
					placeholder: 'e.g. Suite 100',
					routing: { send: { type: 'body', property: 'address_line_2' } },
				},
				{
					displayName: 'Company Name',
					name: 'company_name',
					type: 'string',
					default: '',
					placeholder: 'e.g. Blue Harbor Marina LLC',
					routing: { send: { type: 'body', property: 'company_name' } },
				},
				{
					displayName: 'Receive Invoice Emails',
					name: 'receive_invoice_emails',
					type: 'boolean',
					default: false,
					description: 'Whether to send a copy of invoice emails to this email address',
					routing: { send: { type: 'body', property: 'receive_invoice_emails' } },
				},
			],
		},
	];
}
