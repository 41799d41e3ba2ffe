export type SiteStatus = 'active' | 'deleting' | 'pending' | 'locked';
export type TaskStatus = 'NEW' | 'PROGRESS' | 'DONE' | 'ERROR';
export type TaskLevel = 'site' | 'account';
export type BackupStatus = 'NEW' | 'PROGRESS' | 'DONE' | 'ERROR' | 'RESTORING';

export interface SiteSettings {
	current_php_version: string;
	wp_activity_log: number;
	wp_admin_sso_default_user_id: number;
	wp_core_auto_updates: number;
	wp_theme_auto_updates: number;
	wp_plugin_auto_updates: number;
	ssh_access: number;
}

export interface SiteRecord {
	id: number;
	domain: string;
	display_domain: string;
	rocket_url: string;
	location_id: number;
	ftp_ip_address: string;
	sftp_username: string;
	disk_usage: number;
	created_at: string;
	/** Set on staging sites: the production site id. */
	production: number | null;
	/** Set on production sites that have a staging copy. */
	staging_id: number | null;
	site_type: number;
	label: string | null;
	metadata: Record<string, unknown>;
	status: SiteStatus;
	status_reason: number;
	settings: SiteSettings;
	credentials: { username: string; password: string };
	usage: { visitors: number; disk: number; bandwidth: number };
}

export interface ManualBackupRecord {
	id: number;
	label: string;
	site_id: number;
	task_id: string;
	status: BackupStatus;
	created: string;
	download_token: string;
	backup_directory: boolean;
	backup_database: boolean;
}

export interface CloudBackupRecord {
	id: string;
	site_id: number;
	label: string;
	includes_files: boolean;
	includes_database: boolean;
	exclude_paths: string[];
	created_at: string;
	status: BackupStatus;
	size: number;
	task_id: string;
	zip_file_name: string;
}

export interface RestorePointRecord {
	recoveryPoint: string;
	site_id: number;
	created_at: string;
	status: 'DONE' | 'RESTORING';
}

export interface TaskEffects {
	/** Runs once when the task enters PROGRESS. */
	progress?(state: SimulatorState): void;
	/** Runs once when the task ends in DONE. */
	done?(state: SimulatorState): void;
	/** Runs once when the task ends in ERROR. */
	error?(state: SimulatorState): void;
}

export interface TaskRecord {
	id: string;
	level: TaskLevel;
	task_type: string;
	site_id: number | null;
	/** Snapshot for `site_info` in GET /account/me, kept if the site is deleted later. */
	site_info: { id: number; domain: string; display_domain: string } | null;
	meta_data: Record<string, unknown>;
	status: TaskStatus;
	perc: number;
	message: string;
	/** Milliseconds since the epoch. */
	createdAt: number;
	updatedAt: number;
	stepMs: number;
	/** Ends in ERROR with this message instead of DONE. */
	failMessage: string | null;
	/** Never finishes on its own (cancel it once it has timed out). */
	stalled: boolean;
	effects: TaskEffects;
}

export interface TemplateRecord {
	template_id: string;
	name: string;
	notes: string;
	tags: string[];
	created_from: { site_id: number; domain: string };
	created_at: string;
	updated_at: string;
	/** False while the create_site_template task runs. */
	ready: boolean;
}

export interface CachePurgeRecord {
	time: number;
	site_id: number;
	everything: boolean;
	files: string[];
	tags: string[];
	staging: boolean;
	domain: string | null;
	include_additional_domains: boolean;
}

export interface IssuedToken {
	jti: string;
	subject: string;
	/** Set on site-scoped tokens from POST /sites/{id}/access_token. */
	siteId: number | null;
	issuedAt: number;
	expiresAt: number;
}

export interface AccountRecord {
	email: string;
	password: string;
	user_id: string;
	account_user_id: number;
	firstname: string;
	lastname: string;
	twofactor_enabled: boolean;
	tax_id: string;
}

export interface PendingTaskRule {
	taskType: string | null;
	failMessage?: string;
	stall?: boolean;
}

export interface SimulatorState {
	account: AccountRecord;
	sites: Map<number, SiteRecord>;
	backups: Map<number, ManualBackupRecord>;
	/** Ids of deleted manual backups: downloading them answers 410. */
	deletedBackups: Set<number>;
	cloudBackups: Map<string, CloudBackupRecord>;
	/** Automated restore points per site, created on first access. */
	restorePoints: Map<number, RestorePointRecord[]>;
	tasks: Map<string, TaskRecord>;
	templates: Map<string, TemplateRecord>;
	cachePurges: CachePurgeRecord[];
	tokens: IssuedToken[];
	pendingTaskRules: PendingTaskRule[];
	nextSiteId: number;
	nextBackupId: number;
	/** How many generated sites exist, so that further seeding continues the sequence. */
	generatedSites: number;
	/** State of the resource groups that keep it in their own module: see `groupState`. */
	groups: Map<string, unknown>;
}

export const FIRST_SITE_ID = 1_000_001;
export const FIRST_BACKUP_ID = 70_001;

export function createEmptyState(account: { email: string; password: string }): SimulatorState {
	return {
		account: {
			email: account.email,
			password: account.password,
			user_id: '5d0f6a52-3c1e-4f7a-9b2d-8e4c6a1f0b37',
			account_user_id: 90_099_099,
			firstname: 'Demo',
			lastname: 'Owner',
			twofactor_enabled: false,
			tax_id: '',
		},
		sites: new Map(),
		backups: new Map(),
		deletedBackups: new Set(),
		cloudBackups: new Map(),
		restorePoints: new Map(),
		tasks: new Map(),
		templates: new Map(),
		cachePurges: [],
		tokens: [],
		pendingTaskRules: [],
		nextSiteId: FIRST_SITE_ID,
		nextBackupId: FIRST_BACKUP_ID,
		generatedSites: 0,
		groups: new Map(),
	};
}

/**
 * The state of one resource group (domains, plugins …), created on first use and emptied with
 * the rest on reset, so that a group's records live in its own module.
 */
export function groupState<T>(state: SimulatorState, group: string, create: () => T): T {
	if (!state.groups.has(group)) state.groups.set(group, create());
	return state.groups.get(group) as T;
}
