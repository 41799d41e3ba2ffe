import type {
	IDisplayOptions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

type Show = NonNullable<IDisplayOptions['show']>;

/** A folder of the site, relative to its document root, sent as `path`. */
export function directoryField(
	show: Show,
	description: string,
	displayName = 'Directory',
): INodeProperties {
	return {
		displayName,
		name: 'directory',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. wp-content/themes/acme',
		description,
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'path' } },
	};
}

/** A file or folder of the site by its path from the document root. */
export function filePathField(
	show: Show,
	bodyProperty: string,
	overrides: Partial<Pick<INodeProperties, 'displayName' | 'description' | 'placeholder'>> = {},
): INodeProperties {
	return {
		displayName: 'File Path',
		name: 'filePath',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. wp-content/themes/acme/style.css',
		description: "Path of the file or folder, relative to the site's document root",
		...overrides,
		displayOptions: { show },
		routing: { send: { type: 'body', property: bodyProperty } },
	};
}

/** Rocket.net takes a file name and its folder separately: a slash in the name is refused. */
export async function validateFileName(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const name = String(this.getNodeParameter('fileName', '')).trim();
	if (name === '' || /[/\\]/.test(name) || name === '.' || name === '..') {
		throw new NodeOperationError(this.getNode(), `File Name "${name}" is not a file name`, {
			description: 'Give the name only, e.g. style.css, and the folder in Directory.',
		});
	}
	return requestOptions;
}

/** A file name, to go with Directory. */
export function fileNameField(
	show: Show,
	send: { type: 'body' | 'query'; property: string },
	validated: boolean,
): INodeProperties {
	return {
		displayName: 'File Name',
		name: 'fileName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. style.css',
		description: validated
			? 'Name of the file, without its folder'
			: 'Name of the file; its folder goes in Directory under Options',
		displayOptions: { show },
		routing: { send: { ...send, preSend: validated ? [validateFileName] : [] } },
	};
}
