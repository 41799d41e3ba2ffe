import type { INodeProperties } from 'n8n-workflow';

interface EventField {
	displayName: string;
	/** Name in the event and the create body. */
	field: string;
	/** Name of the list filter, where it differs. */
	filter?: string;
	placeholder: string;
}

/** The text fields of an activity event, as WordPress Activity Log records them. */
const EVENT_FIELDS: EventField[] = [
	{ displayName: 'Action', field: 'action', placeholder: 'e.g. activated' },
	{ displayName: 'Author', field: 'author', placeholder: 'e.g. admin' },
	{ displayName: 'Display Name', field: 'display_name', placeholder: 'e.g. Jane Doe' },
	{ displayName: 'Event Type', field: 'type', filter: 'event_type', placeholder: 'e.g. plugin' },
	{ displayName: 'IP Address', field: 'ip', placeholder: 'e.g. 203.0.113.7' },
	{ displayName: 'Label', field: 'label', placeholder: 'e.g. Plugin' },
	{ displayName: 'User Email', field: 'user_email', placeholder: 'e.g. name@email.com' },
	{ displayName: 'User Login', field: 'user_login', placeholder: 'e.g. jane' },
];

/** Event fields as body fields of Create (with Description and Roles) or as list filters. */
export function eventFieldOptions(use: 'create' | 'filter'): INodeProperties[] {
	const fields: EventField[] =
		use === 'create'
			? [
					...EVENT_FIELDS,
					{
						displayName: 'Description',
						field: 'description',
						placeholder: 'e.g. Activated the plugin Akismet',
					},
					{ displayName: 'Roles', field: 'roles', placeholder: 'e.g. administrator' },
				]
			: EVENT_FIELDS;

	return [...fields]
		.sort((a, b) => a.displayName.localeCompare(b.displayName))
		.map(({ displayName, field, filter, placeholder }) => ({
			displayName,
			name: use === 'create' ? field : (filter ?? field),
			type: 'string',
			default: '',
			placeholder,
			description:
				use === 'create'
					? `${displayName} of the event`
					: `Only events with this ${displayName.toLowerCase()}`,
			routing: {
				send: {
					type: use === 'create' ? 'body' : 'query',
					property: use === 'create' ? field : (filter ?? field),
				},
			},
		}));
}
