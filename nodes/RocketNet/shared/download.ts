import type { IExecuteSingleFunctions, INodePropertyRouting } from 'n8n-workflow';

import { fileToBinary } from './binary';

/** The `token` query parameter of a Rocket.net download link, e.g. `…/pdf?token=abc`. */
export function downloadTokenOf(link: unknown): string | undefined {
	if (typeof link !== 'string' || link === '') return undefined;
	const query = link.includes('?') ? link.slice(link.indexOf('?') + 1) : '';
	return new URLSearchParams(query).get('token') ?? undefined;
}

/** A GET that answers a file: its bytes go to the binary field the user named. */
export function fileDownloadRouting(
	url: string,
	defaultFileName: (context: IExecuteSingleFunctions) => string,
): INodePropertyRouting {
	return {
		request: { method: 'GET', url, encoding: 'arraybuffer', json: false },
		output: { postReceive: [fileToBinary(defaultFileName)] },
	};
}
