import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { returnAllAndLimit, showFor } from './descriptions';
import { validateBodyFormat } from './fieldChecks';
import { commaJoined } from './fields';
import { sortOptions } from './sorting';

/**
 * Plugins and themes are managed alike: the same operations, with `plugin`/`plugins` or
 * `theme`/`themes` in the body.
 */
export type PackageKind = 'plugin' | 'theme';

const EXAMPLES: Record<PackageKind, { slugs: string; zip: string }> = {
	plugin: { slugs: 'e.g. akismet', zip: 'e.g. https://example.com/downloads/acme-forms.zip' },
	theme: { slugs: 'e.g. twentytwentyfive', zip: 'e.g. https://example.com/downloads/acme.zip' },
};

const EXPRESSION_HINT =
	'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';

function titleOf(kind: PackageKind): string {
	return kind === 'plugin' ? 'Plugin' : 'Theme';
}

/**
 * Slugs go to Rocket.net comma-joined: the list is tidied (a value may itself hold several
 * comma-separated slugs) and refused when empty, naming the field.
 */
function tidySlugList(bodyKey: string, displayName: string) {
	return async function (
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const body = (requestOptions.body ?? {}) as IDataObject;
		const slugs = String(body[bodyKey] ?? '')
			.split(',')
			.map((slug) => slug.trim())
			.filter((slug) => slug !== '');
		if (slugs.length === 0) {
			throw new NodeOperationError(this.getNode(), `${displayName} is empty`, {
				description: `Add at least one slug to ${displayName}.`,
			});
		}
		const spaced = slugs.find((slug) => /\s/.test(slug));
		if (spaced !== undefined) {
			throw new NodeOperationError(this.getNode(), `${displayName}: "${spaced}" is not a slug`, {
				description:
					'Give slugs as wordpress.org shows them in the address, e.g. contact-form-7, not titles.',
			});
		}
		body[bodyKey] = slugs.join(',');
		return requestOptions;
	};
}

const validateCustomUrl = validateBodyFormat(
	'custom_url',
	'Custom URL',
	/^https?:\/\/[^\s/]+\/\S+$/i,
	'Give the full http(s) address of the .zip file, e.g. https://example.com/downloads/acme.zip.',
);

/** Install from wordpress.org by slug, or from a .zip at a custom URL; optionally activate. */
export function installFields(kind: PackageKind): INodeProperties[] {
	const title = titleOf(kind);
	const show = showFor(kind, ['install']);
	const listKey = `${kind}s`;
	return [
		{
			displayName: 'Source',
			name: 'source',
			type: 'options',
			options: [
				{
					name: 'WordPress.org',
					value: 'wordpressOrg',
					description: `Install one or more ${kind}s from the wordpress.org directory`,
				},
				{
					name: 'Custom URL',
					value: 'customUrl',
					description: `Download the ${kind} from a .zip file elsewhere`,
				},
			],
			default: 'wordpressOrg',
			displayOptions: { show },
		},
		{
			displayName: `${title} Slugs`,
			name: 'slugs',
			type: 'string',
			typeOptions: { multipleValues: true, multipleValueButtonText: `Add ${title}` },
			required: true,
			default: [],
			placeholder: EXAMPLES[kind].slugs,
			description: `Slugs of the ${kind}s to install, as in their wordpress.org address`,
			displayOptions: { show: { ...show, source: ['wordpressOrg'] } },
			routing: {
				send: {
					type: 'body',
					property: listKey,
					value: commaJoined,
					preSend: [tidySlugList(listKey, `${title} Slugs`)],
				},
			},
		},
		{
			displayName: 'Custom URL',
			name: 'customUrl',
			type: 'string',
			required: true,
			default: '',
			placeholder: EXAMPLES[kind].zip,
			description: `Address of the ${kind} .zip file to download and install`,
			displayOptions: { show: { ...show, source: ['customUrl'] } },
			routing: { send: { type: 'body', property: 'custom_url', preSend: [validateCustomUrl] } },
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: { show },
			options: [
				{
					displayName: 'Activate',
					name: 'activate',
					type: 'boolean',
					default: false,
					description:
						kind === 'plugin'
							? 'Whether to activate every plugin once it is installed'
							: 'Whether to make the theme the active theme once it is installed',
					routing: { send: { type: 'body', property: 'activate' } },
				},
			],
		},
	];
}

/** A dropdown of the plugins or themes installed on the chosen site. */
export function installedPicker(
	kind: PackageKind,
	operations: string[],
	multiple: boolean,
): INodeProperties {
	const title = titleOf(kind);
	const shared = {
		required: true,
		typeOptions: {
			loadOptionsMethod: kind === 'plugin' ? 'getPlugins' : 'getThemes',
			loadOptionsDependsOn: ['siteId.value'],
		},
		displayOptions: { show: showFor(kind, operations) },
	};
	if (!multiple) {
		return {
			...shared,
			displayName: `${title} Name or ID`,
			name: kind,
			type: 'options',
			default: '',
			description: `The installed ${kind}, by slug. ${EXPRESSION_HINT}.`,
			routing: { send: { type: 'body', property: kind } },
		};
	}
	return {
		...shared,
		displayName: `${title} Names or IDs`,
		name: `${kind}s`,
		type: 'multiOptions',
		default: [],
		description: `The installed ${kind}s, by slug. ${EXPRESSION_HINT.replace('an ID', 'IDs')}.`,
		routing: {
			send: {
				type: 'body',
				property: `${kind}s`,
				value: commaJoined,
				preSend: [tidySlugList(`${kind}s`, `${title} Names or IDs`)],
			},
		},
	};
}

/** Activate or deactivate: one operation, because Rocket.net takes both as one PATCH call. */
export function statusField(kind: PackageKind): INodeProperties {
	return {
		displayName: 'Status',
		name: 'status',
		type: 'options',
		required: true,
		options: [
			{ name: 'Activate', value: 'activate' },
			{ name: 'Deactivate', value: 'deactivate' },
		],
		default: 'activate',
		description: `Whether to activate or deactivate the ${kind}`,
		displayOptions: { show: showFor(kind, ['setStatus']) },
		routing: { send: { type: 'body', property: 'status' } },
	};
}

/** Return All, Limit and Filters of the installed plugins or themes. */
export function installedListFields(
	kind: PackageKind,
	sortFields: Array<{ name: string; value: string }>,
	defaultSort: string,
): INodeProperties[] {
	return [
		...returnAllAndLimit(kind, 'getAll'),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			displayOptions: { show: showFor(kind, ['getAll']) },
			options: [
				{
					displayName: 'Search',
					name: 'search',
					type: 'string',
					default: '',
					placeholder: kind === 'plugin' ? 'e.g. SEO' : 'e.g. Twenty',
					description: `Only ${kind}s whose name or title contains this text`,
					routing: { send: { type: 'query', property: 'search' } },
				},
				...sortOptions(sortFields, defaultSort),
			],
		},
	];
}

/** Search terms, the wordpress.org list to browse, Return All and Limit. */
export function directorySearchFields(
	kind: PackageKind,
	browseOptions: INodePropertyOptions[],
): INodeProperties[] {
	const show = showFor(kind, ['search']);
	return [
		{
			displayName: 'Search Terms',
			name: 'query',
			type: 'string',
			default: '',
			placeholder: kind === 'plugin' ? 'e.g. contact form' : 'e.g. portfolio',
			description: `Words to look for in the wordpress.org ${kind} directory`,
			displayOptions: { show },
			routing: { send: { type: 'query', property: 'query' } },
		},
		...returnAllAndLimit(kind, 'search'),
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: { show },
			options: [
				{
					displayName: 'Browse',
					name: 'browse',
					type: 'options',
					options: browseOptions,
					default: 'popular',
					description: `Which wordpress.org list of ${kind}s to show, in its order`,
					routing: { send: { type: 'query', property: 'browse' } },
				},
			],
		},
	];
}

/**
 * Deleting plugins or themes answers one `{ name, note }` per slug: each becomes
 * `{ name, deleted, note }`, so a slug that was not found is not reported as deleted.
 */
export async function deletedPerPackage(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return items.flatMap((item): INodeExecutionData[] => {
		const result = (item.json as IDataObject).result;
		if (!Array.isArray(result)) return [{ json: { deleted: true } }];
		return (result as IDataObject[]).map((entry) => ({
			json: { name: entry.name, deleted: entry.note === 'deleted', note: entry.note },
		}));
	});
}
