import type { INodeProperties } from 'n8n-workflow';

import { showFor } from '../../shared/descriptions';

const showOnlyForCreate = showFor('ftpAccount', ['create']);

export const ftpAccountCreateDescription: INodeProperties[] = [
	{
		displayName: 'Username',
		name: 'username',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. designer',
		description: 'The login without the domain: the account logs in as username@domain',
		displayOptions: { show: showOnlyForCreate },
		routing: { send: { type: 'body', property: 'username' } },
	},
	{
		displayName: 'Domain',
		name: 'domain',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. example.com',
		description: 'A domain of the site, added to the username to make the login',
		displayOptions: { show: showOnlyForCreate },
		routing: { send: { type: 'body', property: 'domain' } },
	},
	{
		displayName: 'Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		displayOptions: { show: showOnlyForCreate },
		routing: { send: { type: 'body', property: 'password' } },
	},
	{
		displayName: 'Home Directory',
		name: 'homedir',
		type: 'string',
		required: true,
		default: 'public_html',
		placeholder: 'e.g. public_html/wp-content/themes',
		description: "The folder the account sees as its root, relative to the site's home folder",
		displayOptions: { show: showOnlyForCreate },
		routing: { send: { type: 'body', property: 'homedir' } },
	},
	{
		displayName: 'Quota (MB)',
		name: 'quota',
		type: 'number',
		required: true,
		default: 0,
		typeOptions: { minValue: 0 },
		description: 'Disk space the account may use, in MB; 0 for unlimited',
		displayOptions: { show: showOnlyForCreate },
		routing: { send: { type: 'body', property: 'quota' } },
	},
];
