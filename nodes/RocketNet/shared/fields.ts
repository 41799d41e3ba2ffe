import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodePropertyOptions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** Statuses of manual and cloud backups (Rocket.net's BackupStatus). */
export const backupStatusOptions: INodePropertyOptions[] = [
	{ name: 'Done', value: 'DONE' },
	{ name: 'Failed', value: 'ERROR' },
	{ name: 'In Progress', value: 'PROGRESS' },
	{ name: 'New', value: 'NEW' },
	{ name: 'Restoring', value: 'RESTORING' },
];

export const siteTypeOptions: INodePropertyOptions[] = [
	{ name: 'WordPress', value: 0 },
	{ name: 'Static Site', value: 1 },
	{ name: 'AI Builder', value: 2 },
];

export const phpVersionOptions: INodePropertyOptions[] = [
	'8.4',
	'8.3',
	'8.2',
	'8.1',
	'8.0',
	'7.4',
	'7.3',
	'7.2',
	'7.0',
	'5.6',
].map((version) => ({ name: `PHP ${version}`, value: version }));

/** JSON fields (site metadata) are typed by hand: parse them here so a typo names its field. */
export function parseJsonBodyField(bodyKey: string, displayName: string) {
	return async function (
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const body = (requestOptions.body ?? {}) as Record<string, unknown>;
		const value = body[bodyKey];
		if (typeof value !== 'string') return requestOptions;

		try {
			body[bodyKey] = value.trim() === '' ? {} : JSON.parse(value);
		} catch {
			throw new NodeOperationError(this.getNode(), `${displayName} is not valid JSON`, {
				description: `Enter ${displayName} as a JSON object, e.g. {"client": "Acme"}.`,
			});
		}
		return requestOptions;
	};
}

/** Rocket.net takes several plugin or theme slugs as one comma-joined value. */
export const commaJoined = '={{ [].concat($value).join(",") }}';
