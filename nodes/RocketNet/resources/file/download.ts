import type { INodeProperties, INodePropertyRouting } from 'n8n-workflow';

import { fileToBinary } from '../../shared/binary';
import { binaryPropertyField, showFor } from '../../shared/descriptions';
import { fileLocationFields } from './view';

export const fileDownloadDescription: INodeProperties[] = [
	...fileLocationFields('download'),
	binaryPropertyField(showFor('file', ['download'])),
];

// Limitation: the whole file is read into memory before it becomes binary data, because the
// shared download hook takes the answer as one buffer.
/** The file comes back as it is; its name and type come from the answer's headers. */
export function fileDownloadRouting(url: string): INodePropertyRouting {
	return {
		request: { method: 'GET', url, encoding: 'arraybuffer', json: false },
		output: {
			postReceive: [
				fileToBinary((context) => {
					const name = String(context.getNodeParameter('fileName', 'download'));
					return name.split('/').pop() || 'download';
				}),
			],
		},
	};
}
