import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { validateWpCliCommand } from '../../shared/wpcli';

export const wordpressRunCliCommandDescription: INodeProperties[] = [
	{
		displayName: 'Command',
		name: 'command',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. plugin list --format=json',
		description:
			'The WP-CLI command, with or without "wp" in front. JSON output becomes one item per record; other output is one item with the text. Pipes, ";", "&", "$" and backticks are not allowed.',
		hint: 'Add --format=json to get items. Put values with spaces in double quotes, e.g. option update blogname "Acme Shop".',
		displayOptions: { show: showFor('wordpress', ['runCliCommand']) },
		routing: { send: { type: 'body', property: 'command', preSend: [validateWpCliCommand] } },
	},
];
