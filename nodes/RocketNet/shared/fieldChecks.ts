import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

function bodyValue(requestOptions: IHttpRequestOptions, bodyKey: string): unknown {
	const body = requestOptions.body;
	return typeof body === 'object' && body !== null
		? (body as Record<string, unknown>)[bodyKey]
		: undefined;
}

/** A whole number the API bounds, e.g. the length of a generated password. */
export function validateWholeNumber(
	parameter: string,
	displayName: string,
	min: number,
	max: number,
) {
	return async function (
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const value = Number(this.getNodeParameter(parameter, min));
		if (!Number.isInteger(value) || value < min || value > max) {
			throw new NodeOperationError(
				this.getNode(),
				`${displayName} ${String(value)} is out of range`,
				{
					description: `Set ${displayName} to a whole number from ${min} to ${max}.`,
				},
			);
		}
		return requestOptions;
	};
}

/** A text field sent in the body that must follow the API's format, e.g. an expiry date MM/YY. */
export function validateBodyFormat(
	bodyKey: string,
	displayName: string,
	pattern: RegExp,
	fix: string,
) {
	return async function (
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const value = bodyValue(requestOptions, bodyKey);
		if (value !== undefined && !pattern.test(String(value))) {
			throw new NodeOperationError(
				this.getNode(),
				`${displayName} "${String(value)}" is not valid`,
				{
					description: fix,
				},
			);
		}
		return requestOptions;
	};
}

/**
 * Payment gateways take tokens, never card numbers: a card number typed into a token field is
 * refused before it leaves n8n, and the error does not repeat it.
 */
export function refuseCardNumber(bodyKey: string, displayName: string) {
	return async function (
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const value = String(bodyValue(requestOptions, bodyKey) ?? '');
		if (/^[\d\s-]{12,23}$/.test(value.trim())) {
			throw new NodeOperationError(this.getNode(), `${displayName} looks like a card number`, {
				description:
					'Never send card numbers. Tokenize the card with Stripe, e.g. after Billing → Create Credit Card Setup Intent, and give the token it returns.',
			});
		}
		return requestOptions;
	};
}

/** A required text field left empty; the message never repeats what was typed. */
export function validateNotEmpty(parameter: string, displayName: string, fix: string) {
	return async function (
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const value = this.getNodeParameter(parameter, '');
		if (typeof value !== 'string' || value.trim() === '') {
			throw new NodeOperationError(this.getNode(), `${displayName} is empty`, { description: fix });
		}
		return requestOptions;
	};
}
