import type { INodeProperties } from 'n8n-workflow';

/** `sort` and `direction` options for a list, with the sort fields that list accepts. */
export function sortOptions(
	fields: Array<{ name: string; value: string }>,
	defaultSort = fields[0].value,
): INodeProperties[] {
	return [
		{
			displayName: 'Sort By',
			name: 'sort',
			type: 'options',
			options: fields,
			default: defaultSort,
			routing: { send: { type: 'query', property: 'sort' } },
		},
		{
			displayName: 'Sort Direction',
			name: 'direction',
			type: 'options',
			options: [
				{ name: 'Ascending', value: 'asc' },
				{ name: 'Descending', value: 'desc' },
			],
			default: 'asc',
			routing: { send: { type: 'query', property: 'direction' } },
		},
	];
}
