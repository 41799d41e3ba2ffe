import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

type Show = NonNullable<IDisplayOptions['show']>;

/** Name and email of a site user, for creating one or inviting one to a site. */
export function nameAndEmailFields(show: Show): INodeProperties[] {
	return [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Nathan Smith',
			displayOptions: { show },
			routing: { send: { type: 'body', property: 'name' } },
		},
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. nathan@example.com',
			description: 'The email address the site user signs in with',
			displayOptions: { show },
			routing: { send: { type: 'body', property: 'email' } },
		},
	];
}

/** A secret token from an email Rocket.net sent the site user, masked in the editor. */
export function emailedTokenField(
	show: Show,
	sendAs: 'body' | 'query',
	description: string,
): INodeProperties {
	return {
		displayName: 'Token',
		name: 'token',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		description,
		displayOptions: { show },
		routing: { send: { type: sendAs, property: 'token' } },
	};
}
