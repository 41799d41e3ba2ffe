import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

import { pathIdField } from '../../shared/descriptions';

/** The template an operation acts on, picked from the account's templates or given by ID. */
export function templateIdField(
	show: NonNullable<IDisplayOptions['show']>,
	purpose: string,
): INodeProperties {
	return {
		...pathIdField(
			'templateId',
			'Template ID',
			'text',
			show,
			`${purpose}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
		),
		displayName: 'Template Name or ID',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getSiteTemplates' },
	};
}

/** Template tags: given to a new template, or wanted of listed ones. */
export function tagsField(sendAs: 'body' | 'query', description: string): INodeProperties {
	return {
		displayName: 'Tags',
		name: 'tags',
		type: 'string',
		typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Tag' },
		default: [],
		placeholder: 'e.g. woocommerce',
		description,
		routing: { send: { type: sendAs, property: 'tags' } },
	};
}
