import type { SeedOptions } from '../types';
import { addBackup } from './backups';
import { isoSeconds, stableUuid } from './ids';
import { addSite } from './sites';
import type { SimulatorState, SiteRecord } from './state';
import { startTask } from './tasks';

interface DemoSite {
	domain: string;
	label: string;
	createdAt: string;
	locationId: number;
	phpVersion: string;
	staging?: boolean;
}

const DEMO_SITES: DemoSite[] = [
	{
		domain: 'blue-harbor.example.com',
		label: 'Blue Harbor Marina',
		createdAt: '2024-03-04T09:15:00Z',
		locationId: 1,
		phpVersion: '8.2',
		staging: true,
	},
	{
		domain: 'copper-falls.example.com',
		label: 'Copper Falls Outfitters',
		createdAt: '2024-05-21T14:02:00Z',
		locationId: 4,
		phpVersion: '8.3',
		staging: true,
	},
	{
		domain: 'quiet-meadow.example.com',
		label: 'Quiet Meadow Yoga',
		createdAt: '2024-08-12T07:40:00Z',
		locationId: 2,
		phpVersion: '8.2',
	},
	{
		domain: 'north-star-bakery.example.com',
		label: 'North Star Bakery',
		createdAt: '2024-11-02T18:25:00Z',
		locationId: 5,
		phpVersion: '8.1',
	},
	{
		domain: 'silver-lake.example.com',
		label: 'Silver Lake Dental',
		createdAt: '2025-01-17T11:05:00Z',
		locationId: 1,
		phpVersion: '8.3',
	},
];

const ADJECTIVES = [
	'amber',
	'bright',
	'calm',
	'crimson',
	'dusty',
	'early',
	'golden',
	'green',
	'hidden',
	'iron',
	'jade',
	'lucky',
	'misty',
	'noble',
	'olive',
	'proud',
	'rapid',
	'royal',
	'silent',
	'sunny',
];
const NOUNS = [
	'anchor',
	'bay',
	'bridge',
	'canyon',
	'cedar',
	'cove',
	'creek',
	'field',
	'forest',
	'garden',
	'grove',
	'hill',
	'island',
	'lantern',
	'meadow',
	'orchard',
	'peak',
	'river',
	'summit',
	'valley',
];

const GENERATED_EPOCH = Date.parse('2023-01-01T00:00:00Z');
const HOUR_MS = 60 * 60 * 1000;

function addStaging(state: SimulatorState, site: SiteRecord): SiteRecord {
	const staging = addSite(state, {
		domain: `staging.${site.domain}`,
		createdAt: isoSeconds(Date.parse(site.created_at) + 30 * 24 * HOUR_MS),
		label: site.label,
		locationId: site.location_id,
		phpVersion: site.settings.current_php_version,
		production: site.id,
	});
	site.staging_id = staging.id;
	return staging;
}

function seedHistory(state: SimulatorState, stepMs: number, sites: SiteRecord[]): void {
	const [harbor, falls, meadow] = sites;
	const backups: Array<[SiteRecord, string, string, string | undefined]> = [
		[harbor, 'Before theme update', '2025-01-10T08:00:00Z', undefined],
		[harbor, 'Weekly manual backup', '2025-02-03T06:30:00Z', undefined],
		[harbor, 'Before PHP 8.3 test', '2025-02-20T16:45:00Z', 'Backup failed: not enough disk space'],
		[meadow, 'Launch day', '2024-08-20T10:00:00Z', undefined],
	];
	for (const [site, label, at, failMessage] of backups) {
		const createdAt = Date.parse(at);
		const task = startTask(
			state,
			stepMs,
			{ level: 'site', type: 'backup', siteId: site.id, createdAt, failMessage, history: true },
			createdAt,
		);
		const backup = addBackup(state, { siteId: site.id, label, taskId: task.id, createdAt });
		backup.status = failMessage ? 'ERROR' : 'DONE';
	}

	const history: Array<[SiteRecord, string, string, string | undefined]> = [
		[harbor, 'staging', '2024-04-03T09:15:00Z', undefined],
		[falls, 'staging', '2024-06-20T14:02:00Z', undefined],
		[falls, 'publish', '2024-07-01T12:00:00Z', undefined],
		[meadow, 'restore', '2024-09-02T21:10:00Z', 'task execution timed out'],
	];
	for (const [site, type, at, failMessage] of history) {
		const createdAt = Date.parse(at);
		startTask(
			state,
			stepMs,
			{ level: 'site', type, siteId: site.id, createdAt, failMessage, history: true },
			createdAt,
		);
	}

	const templateCreated = Date.parse('2024-07-15T10:30:00Z');
	const template = {
		template_id: stableUuid('template:copper-falls-shop'),
		name: 'Copper Falls Shop',
		notes: 'WooCommerce storefront with the outfitters theme and SEO plugins.',
		tags: ['woocommerce', 'shop'],
		created_from: { site_id: falls.id, domain: falls.domain },
		created_at: isoSeconds(templateCreated),
		updated_at: isoSeconds(templateCreated),
		ready: true,
	};
	state.templates.set(template.template_id, template);
	startTask(
		state,
		stepMs,
		{
			level: 'account',
			type: 'create_site_template',
			meta: { site_id: falls.id, template_id: template.template_id },
			createdAt: templateCreated,
			history: true,
		},
		templateCreated,
	);
}

/** A believable small agency account: five sites, two staging copies, backups and task history. */
export function seedDemo(state: SimulatorState, stepMs: number): void {
	const sites = DEMO_SITES.map((demo) => {
		const site = addSite(state, {
			domain: demo.domain,
			createdAt: demo.createdAt,
			label: demo.label,
			locationId: demo.locationId,
			phpVersion: demo.phpVersion,
		});
		if (demo.staging) addStaging(state, site);
		return site;
	});
	seedHistory(state, stepMs, sites);
}

/** Adds `count` sites with deterministic ids and domains, continuing earlier generated sites. */
export function seedGeneratedSites(state: SimulatorState, count: number): void {
	for (let index = 0; index < count; index += 1) {
		const n = state.generatedSites + 1;
		state.generatedSites = n;
		const adjective = ADJECTIVES[n % ADJECTIVES.length];
		const noun = NOUNS[Math.floor(n / ADJECTIVES.length) % NOUNS.length];
		addSite(state, {
			domain: `${adjective}-${noun}-${n}.example.com`,
			createdAt: isoSeconds(GENERATED_EPOCH + n * HOUR_MS),
			label: `Generated site ${n}`,
			locationId: (n % 8) + 1,
		});
	}
}

export function applySeed(
	state: SimulatorState,
	stepMs: number,
	options: SeedOptions & { demo: boolean },
): void {
	if (options.demo) seedDemo(state, stepMs);
	if (options.sites) seedGeneratedSites(state, options.sites);
}
