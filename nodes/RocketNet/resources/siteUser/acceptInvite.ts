import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';
import { emailedTokenField } from './shared';

export const siteUserAcceptInviteDescription: INodeProperties[] = [
	emailedTokenField(
		showFor('siteUser', ['acceptInvite']),
		'query',
		'The token from the invitation email',
	),
];
