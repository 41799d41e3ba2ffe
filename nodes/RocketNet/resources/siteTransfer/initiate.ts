import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { validateBodyFormat } from '../../shared/fieldChecks';
import { trimmedValue } from '../../shared/text';

export const siteTransferInitiateDescription: INodeProperties[] = [
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		required: true,
		default: '',
		description: 'Email of the Rocket.net account to transfer the site to',
		displayOptions: { show: showFor('siteTransfer', ['initiate']) },
		routing: {
			send: {
				type: 'body',
				property: 'email',
				value: trimmedValue,
				preSend: [
					validateBodyFormat(
						'email',
						'Email',
						/^[^\s@]+@[^\s@]+\.[^\s@]+$/,
						'Enter the email of the Rocket.net account to transfer the site to.',
					),
				],
			},
		},
	},
];
