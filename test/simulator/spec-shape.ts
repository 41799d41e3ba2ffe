import { findOperation } from './catalogue';

/**
 * Where `actual` differs in shape from the spec's sample answer of an operation: the same keys
 * at every level, every array element shaped like the sample's element, values of the same type
 * (where the sample has one). Empty when they agree.
 */
export function specShapeDifferences(method: string, path: string, actual: unknown): string[] {
	const operation = findOperation(method, path);
	if (!operation || operation.path !== path) return [`no catalogue operation ${method} ${path}`];
	return differences(actual, operation.example, '');
}

function kindOf(value: unknown): string {
	if (value === null) return 'null';
	return Array.isArray(value) ? 'array' : typeof value;
}

function differences(actual: unknown, sample: unknown, at: string): string[] {
	if (sample === null) return [];
	if (kindOf(actual) !== kindOf(sample)) {
		return [`${at || '(body)'}: ${kindOf(actual)} where the spec has ${kindOf(sample)}`];
	}

	if (Array.isArray(sample)) {
		if (sample.length === 0) return [];
		return (actual as unknown[]).flatMap((element, index) =>
			differences(element, sample[0], `${at}[${index}]`),
		);
	}

	if (typeof sample === 'object') {
		const actualKeys = Object.keys(actual as object);
		const sampleKeys = Object.keys(sample as object);
		const extra = actualKeys.filter((key) => !sampleKeys.includes(key));
		const missing = sampleKeys.filter((key) => !actualKeys.includes(key));
		return [
			...extra.map((key) => `${at}.${key}: not in the spec`),
			...missing.map((key) => `${at}.${key}: missing`),
			...sampleKeys
				.filter((key) => actualKeys.includes(key))
				.flatMap((key) =>
					differences(
						(actual as Record<string, unknown>)[key],
						(sample as Record<string, unknown>)[key],
						`${at}.${key}`,
					),
				),
		];
	}
	return [];
}
