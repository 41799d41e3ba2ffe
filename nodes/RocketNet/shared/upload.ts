import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { showFor } from './descriptions';

/** A multiple of 3, so that every chunk but the last encodes to base64 without padding. */
const CHUNK_BYTES = 3 * 64 * 1024;

/**
 * The JSON body as bytes, with the file base64-encoded into it chunk by chunk: the encoded file
 * then exists once, inside the body, instead of as a string and again as the serialised body.
 * `binary: true` tells Rocket.net that `content` is base64.
 */
export function jsonBodyWithBase64Content(fields: IDataObject, file: Buffer): Buffer {
	const head = Buffer.from(
		`${JSON.stringify({ ...fields, binary: true }).slice(0, -1)},"content":"`,
	);
	const tail = Buffer.from('"}');
	const encodedLength = Math.ceil(file.length / 3) * 4;
	const body = Buffer.allocUnsafe(head.length + encodedLength + tail.length);

	let offset = head.copy(body, 0);
	for (let start = 0; start < file.length; start += CHUNK_BYTES) {
		const chunk = file.subarray(start, start + CHUNK_BYTES).toString('base64');
		offset += body.write(chunk, offset, 'latin1');
	}
	tail.copy(body, offset);
	return body;
}

async function readInputFile(this: IExecuteSingleFunctions): Promise<Buffer> {
	const field = String(this.getNodeParameter('binaryPropertyName', 'data')).trim();
	const binary = this.getInputData()?.binary ?? {};
	if (!binary[field]) {
		const present = Object.keys(binary);
		throw new NodeOperationError(this.getNode(), `The input item has no binary field "${field}"`, {
			description: present.length
				? `Set Input Binary Field to one of: ${present.join(', ')}. Or turn off Binary File to type the content.`
				: 'Connect a node that outputs a file (e.g. Read/Write Files from Disk), or turn off Binary File to type the content.',
		});
	}
	return await this.helpers.getBinaryDataBuffer(field);
}

// Limitation: while the request is built and sent, the file is in memory twice: as read from
// n8n's binary data, and base64-encoded (4/3 of its size) inside the JSON body Rocket.net
// requires; in n8n's default in-memory binary mode the input item holds a base64 copy as well.
// The body is not streamed, because a stream could not be sent again when a request is retried.
/** Upload from a binary field: `content` is the file base64-encoded, with `binary: true`. */
export async function sendFileAsBase64(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const file = await readInputFile.call(this);
	requestOptions.body = jsonBodyWithBase64Content((requestOptions.body ?? {}) as IDataObject, file);
	return requestOptions;
}

/** Save from a binary field: Save has no `binary` flag, so the file must be UTF-8 text. */
export async function sendFileAsText(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const file = await readInputFile.call(this);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(file);
	} catch {
		throw new NodeOperationError(this.getNode(), 'The input file is not UTF-8 text', {
			description:
				'Save writes text files only. Use Upload to put a binary file (e.g. an image) on the site.',
		});
	}
	requestOptions.body = { ...((requestOptions.body ?? {}) as IDataObject), content: text };
	return requestOptions;
}

/** Typed content is text: say so, or Rocket.net guesses from the file name (e.g. logo.png). */
async function markContentAsText(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	requestOptions.body = { ...((requestOptions.body ?? {}) as IDataObject), binary: false };
	return requestOptions;
}

/**
 * Where a file's content comes from: a binary field of the input item (the default for
 * uploads) or text typed into the node. `encoding` is how Rocket.net takes the file: base64
 * with a `binary` flag (upload), or plain text (save).
 */
export function fileContentFields(
	resource: string,
	operation: string,
	encoding: 'base64' | 'text',
): INodeProperties[] {
	const show = showFor(resource, [operation]);
	const binaryToggle: INodeProperties = {
		displayName: 'Binary File',
		name: 'binaryData',
		type: 'boolean',
		default: true,
		description:
			'Whether to take the file from a binary field of the input item, rather than type its content',
		displayOptions: { show },
	};
	return [
		// Uploads take files from binary data by default, saves take typed text.
		{ ...binaryToggle, default: encoding === 'base64' },
		{
			displayName: 'Input Binary Field',
			name: 'binaryPropertyName',
			type: 'string',
			required: true,
			default: 'data',
			hint: 'The name of the input binary field containing the file',
			displayOptions: { show: { ...show, binaryData: [true] } },
			routing: {
				send: { preSend: [encoding === 'base64' ? sendFileAsBase64 : sendFileAsText] },
			},
		},
		{
			displayName: 'File Content',
			name: 'content',
			type: 'string',
			typeOptions: { rows: 6 },
			required: true,
			default: '',
			placeholder: "e.g. <?php echo 'Hello, world!'; ?>",
			description: 'The text to write into the file',
			displayOptions: { show: { ...show, binaryData: [false] } },
			routing: {
				send: {
					type: 'body',
					property: 'content',
					preSend: encoding === 'base64' ? [markContentAsText] : [],
				},
			},
		},
	];
}
