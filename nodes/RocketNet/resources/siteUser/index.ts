import type { INodeProperties } from 'n8n-workflow';

import { deletedOutput, pathIdField, showFor, siteSelector } from '../../shared/descriptions';
import { siteUserAcceptInviteDescription } from './acceptInvite';
import { siteUserGetAllDescription } from './getAll';
import { siteUserGetAllSitesDescription } from './getAllSites';
import { siteUserLoginDescription, siteUserLoginRouting } from './login';
import { siteUserResetPasswordDescription } from './resetPassword';
import { siteUserSetPasswordDescription } from './setPassword';
import { nameAndEmailFields } from './shared';
import { siteUserUpdateDescription } from './update';

const showOnlyForSiteUsers = { resource: ['siteUser'] };

const siteUsers = '=/sites/{{$parameter.siteId}}/users';
const siteUser = `${siteUsers}/{{$parameter.userId}}`;
const accountSiteUser = '=/sites/users/{{$parameter.userId}}';

export const siteUserDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: showOnlyForSiteUsers },
		options: [
			{
				name: 'Accept Invite',
				value: 'acceptInvite',
				action: 'Accept a site invitation with its token',
				description: 'Accept an invitation to a site with the token from the invitation email',
				routing: { request: { method: 'GET', url: `${siteUsers}/accept` } },
			},
			{
				name: 'Accept Invite as Current User',
				value: 'acceptInviteAsCurrentUser',
				action: 'Accept a site invitation as the current user',
				description: 'Accept a pending invitation to a site for the user the credential logs in as',
				routing: { request: { method: 'POST', url: `${siteUsers}/accept` } },
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a site user',
				description: 'Create a person who can be given access to single sites',
				routing: { request: { method: 'POST', url: '/sites/users' } },
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Remove a site user from a site',
				description: "Take away a site user's access to a site",
				routing: {
					request: { method: 'DELETE', url: siteUser },
					output: { postReceive: deletedOutput },
				},
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many site users of a site',
				description: 'List the site users who can access a site, or are invited to it',
				routing: { request: { method: 'GET', url: siteUsers } },
			},
			{
				name: 'Get Many Sites',
				value: 'getAllSites',
				action: 'Get many sites site users can access',
				description: 'List the sites site users can access, with the status of their invitation',
				// Several statuses repeat the key: status=Active&status=Invited.
				routing: { request: { method: 'GET', url: '/sites/users', arrayFormat: 'repeat' } },
			},
			{
				name: 'Invite',
				value: 'invite',
				action: 'Invite a site user to a site',
				description: 'Email a person an invitation to a site; it expires after 7 days',
				routing: { request: { method: 'POST', url: siteUsers } },
			},
			{
				name: 'Log In',
				value: 'login',
				action: 'Log in as a site user',
				description: 'Get an access token for a site user from their email and password',
				routing: siteUserLoginRouting,
			},
			{
				name: 'Re-Invite',
				value: 'reinvite',
				action: 'Send a site user a new invitation',
				description: 'Email a site user a new invitation to a site',
				routing: { request: { method: 'POST', url: `${siteUser}/reinvite` } },
			},
			{
				name: 'Reset Password',
				value: 'resetPassword',
				action: 'Send a site user a password reset',
				description: 'Email a site user a token to set a new password with',
				routing: { request: { method: 'POST', url: '/sites/users/reset-password' } },
			},
			{
				name: 'Set Password',
				value: 'setPassword',
				action: 'Set the password of a site user',
				description: 'Set a password with the token from an invitation or password reset email',
				routing: { request: { method: 'POST', url: `${accountSiteUser}/password` } },
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a site user',
				description: 'Change the name, email or password of a site user',
				routing: { request: { method: 'PATCH', url: accountSiteUser } },
			},
		],
		default: 'getAll',
	},
	siteSelector('siteUser', [
		'acceptInvite',
		'acceptInviteAsCurrentUser',
		'delete',
		'getAll',
		'invite',
		'reinvite',
	]),
	pathIdField(
		'userId',
		'Site User ID',
		'number',
		showFor('siteUser', ['delete', 'reinvite', 'setPassword', 'update']),
		'The site user, as listed by Get Many',
	),
	...nameAndEmailFields(showFor('siteUser', ['create', 'invite'])),
	...siteUserAcceptInviteDescription,
	...siteUserGetAllDescription,
	...siteUserGetAllSitesDescription,
	...siteUserLoginDescription,
	...siteUserResetPasswordDescription,
	...siteUserSetPasswordDescription,
	...siteUserUpdateDescription,
];
