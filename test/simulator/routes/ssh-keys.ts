import { createHash } from 'node:crypto';

import { bodyOf, siteOf, type RouteContext } from '../http/context';
import { okList } from '../http/list';
import { ApiError, ok, type Reply } from '../http/reply';
import type { Router } from '../http/router';
import { groupState, type SiteRecord } from '../state/state';

interface SshKeyRecord {
	/** The key's file name, e.g. id_ed25519.pub; also its identifier. */
	name: string;
	key: string;
	authorized: boolean;
	/** Unix seconds. */
	created: number;
	modified: number;
}

type SshKeys = Map<string, SshKeyRecord>;

const INVALID_KEY = "Invalid key. Make sure this is a public SSH key starting with 'ssh-'";
const PUBLIC_KEY =
	/^(ssh-[a-z0-9-]+|ecdsa-sha2-[a-z0-9-]+|sk-[a-z0-9@.-]+) [A-Za-z0-9+/]+={0,2}( .*)?$/;

function authStatus(key: SshKeyRecord): string {
	return key.authorized ? 'authorized' : 'not authorized';
}

const SSH_KEY_SORT = {
	authstatus: authStatus,
	file: (key: SshKeyRecord) => key.name,
	name: (key: SshKeyRecord) => key.name,
};

/** SSHKey as the spec's example shows it: a public key, so `haspub` is 1 and `file` its name. */
function keyView(key: SshKeyRecord) {
	return {
		name: key.name,
		key: key.key,
		authstatus: authStatus(key),
		haspub: 1,
		file: key.name,
		created: key.created,
		modified: key.modified,
	};
}

function fakeKeyMaterial(seed: string, prefix: string, length: number): string {
	let material = prefix;
	for (let round = 0; material.length < length; round += 1) {
		material += createHash('sha256').update(`${seed}:${round}`).digest('base64').replace(/=/g, '');
	}
	return material.slice(0, length);
}

function seedKeys(site: SiteRecord): SshKeys {
	const created = Math.floor(Date.parse(site.created_at) / 1000) + 86_400;
	const keys: SshKeyRecord[] = [
		{
			name: 'deploy_ed25519.pub',
			key: `ssh-ed25519 ${fakeKeyMaterial(`${site.domain}:deploy`, 'AAAAC3NzaC1lZDI1NTE5AAAAI', 68)} deploy@${site.domain}`,
			authorized: true,
			created,
			modified: created,
		},
		{
			name: 'old_laptop_rsa.pub',
			key: `ssh-rsa ${fakeKeyMaterial(`${site.domain}:laptop`, 'AAAAB3NzaC1yc2EAAAADAQABAAABAQ', 372)} laptop@${site.domain}`,
			authorized: false,
			created: created + 3_600,
			modified: created + 7_200,
		},
	];
	return new Map(keys.map((key) => [key.name, key]));
}

function keysOf(context: RouteContext): SshKeys {
	const site = siteOf(context);
	const bySite = groupState(context.state, 'sshKeys', () => new Map<number, SshKeys>());
	let keys = bySite.get(site.id);
	if (!keys) {
		keys = seedKeys(site);
		bySite.set(site.id, keys);
	}
	return keys;
}

function findKey(context: RouteContext, name: unknown): SshKeyRecord {
	const key = keysOf(context).get(String(name));
	if (!key) throw new ApiError(404, `SSH key ${String(name)} not found`);
	return key;
}

function listKeys(context: RouteContext): Reply {
	const search = typeof context.query.search === 'string' ? context.query.search.toLowerCase() : '';
	const keys = [...keysOf(context).values()].filter((key) =>
		key.name.toLowerCase().includes(search),
	);
	return okList(keys, context.query, { defaultSort: 'name', sortBy: SSH_KEY_SORT }, keyView);
}

/** Imports a public key; as in the spec's example, an imported key is authorized at once. */
function importKey(context: RouteContext): Reply {
	const body = bodyOf<{ name: string; key: string; passphrase?: string }>(context);
	if (!/^[A-Za-z0-9._-]+$/.test(body.name)) {
		throw new ApiError(400, `Invalid key name '${body.name}': use letters, digits, . _ and -`);
	}
	const material = body.key.trim();
	if (!PUBLIC_KEY.test(material)) throw new ApiError(400, INVALID_KEY);

	const keys = keysOf(context);
	if (keys.has(body.name)) throw new ApiError(400, `An SSH key named ${body.name} already exists`);

	const now = Math.floor(context.now / 1000);
	const key: SshKeyRecord = {
		name: body.name,
		key: material,
		authorized: true,
		created: now,
		modified: now,
	};
	keys.set(key.name, key);
	return ok(keyView(key));
}

function deleteKey(context: RouteContext): Reply {
	const key = findKey(context, bodyOf<{ name: string }>(context).name);
	keysOf(context).delete(key.name);
	return ok(keyView(key));
}

function setAuthorized(context: RouteContext, authorized: boolean): Reply {
	const key = findKey(context, bodyOf<{ name: string }>(context).name);
	key.authorized = authorized;
	key.modified = Math.floor(context.now / 1000);
	return ok(keyView(key));
}

export function registerSshKeyRoutes(router: Router): void {
	router.on('GET', '/sites/{id}/ssh/keys', listKeys);
	router.on('POST', '/sites/{id}/ssh/keys', importKey);
	router.on('DELETE', '/sites/{id}/ssh/keys', deleteKey);
	router.on('GET', '/sites/{id}/ssh/keys/{name}', (context) =>
		ok(keyView(findKey(context, context.params.name))),
	);
	router.on('POST', '/sites/{id}/ssh/keys/authorize', (context) => setAuthorized(context, true));
	router.on('POST', '/sites/{id}/ssh/keys/deauthorize', (context) => setAuthorized(context, false));
}
