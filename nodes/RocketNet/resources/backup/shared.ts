import type { IDisplayOptions, INodeProperties } from 'n8n-workflow';

/** Whether a backup (or its restore) covers the files, the database, or both. */
export function backupContentOptions(
	show: NonNullable<IDisplayOptions['show']>,
	verb: string,
): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show },
		options: [
			{
				displayName: 'Database',
				name: 'backup_database',
				type: 'boolean',
				default: true,
				description: `Whether to ${verb} the database`,
				routing: { send: { type: 'body', property: 'backup_database' } },
			},
			{
				displayName: 'Files',
				name: 'backup_directory',
				type: 'boolean',
				default: true,
				description: `Whether to ${verb} all files of the site`,
				routing: { send: { type: 'body', property: 'backup_directory' } },
			},
		],
	};
}
