import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

function invalid(context: IExecuteSingleFunctions, message: string, description: string) {
	return new NodeOperationError(context.getNode(), message, { description });
}

/** Site IDs end up in the URL path, so anything but a positive whole number is refused. */
export async function validateSiteId(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const value = this.getNodeParameter('siteId', undefined, { extractValue: true });
	const text = String(value ?? '').trim();
	if (!/^[1-9][0-9]*$/.test(text)) {
		throw invalid(
			this,
			text === '' ? 'Site is empty' : `Site "${text}" is not a valid site ID`,
			'Choose a site from the list, or enter its numeric ID (e.g. 12345).',
		);
	}
	return requestOptions;
}

export async function validateLimit(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const limit = Number(this.getNodeParameter('limit', 50));
	if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
		throw invalid(
			this,
			`Limit ${String(limit)} is out of range`,
			'Set Limit to a whole number from 1 to 1000, or turn on Return All.',
		);
	}
	return requestOptions;
}

export async function validateWaitTimeout(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const timeout = Number(this.getNodeParameter('waitTimeout', 600));
	if (!Number.isFinite(timeout) || timeout <= 0) {
		throw invalid(
			this,
			`Wait Timeout ${String(timeout)} is not a positive number of seconds`,
			'Set Wait Timeout to how many seconds to wait for the task, e.g. 600.',
		);
	}
	return requestOptions;
}

/** Purge takes full URLs; a path or a bare domain would be silently ignored by Rocket.net. */
export async function validatePurgeTargets(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const body = (requestOptions.body ?? {}) as { files?: unknown; tags?: unknown };
	const files = Array.isArray(body.files) ? body.files : [];
	const tags = Array.isArray(body.tags) ? body.tags : [];
	if (files.length === 0 && tags.length === 0) {
		throw invalid(
			this,
			'Nothing to purge: Files to Purge and Cache Tags are both empty',
			'Add at least one URL or cache tag, or use Purge Everything.',
		);
	}

	const wrong = files.find((file) => !/^https?:\/\/[^\s/]+/i.test(String(file)));
	if (wrong !== undefined) {
		throw invalid(
			this,
			`Files to Purge: "${String(wrong)}" is not an http(s) URL`,
			'Give each file as a full URL, e.g. https://example.com/wp-content/style.css.',
		);
	}
	return requestOptions;
}

/** IDs that go into a URL path: whole numbers, or Rocket.net's UUID-like IDs without slashes. */
export function validatePathId(parameter: string, displayName: string, kind: 'number' | 'text') {
	return async function (
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const text = String(this.getNodeParameter(parameter, '') ?? '').trim();
		const pattern = kind === 'number' ? /^[1-9][0-9]*$/ : /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
		if (!pattern.test(text)) {
			throw invalid(
				this,
				text === '' ? `${displayName} is empty` : `${displayName} "${text}" is not a valid ID`,
				kind === 'number'
					? `Enter the ${displayName} as a whole number, e.g. 12345.`
					: `Enter the ${displayName} as Rocket.net shows it, without slashes or spaces.`,
			);
		}
		return requestOptions;
	};
}
