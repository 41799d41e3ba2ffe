/**
 * Examples scenario: imports every workflow in examples/ into a real n8n, with its Settings node
 * pointed at the simulator's sink and at the demo account's sites. Runs the scheduled ones with
 * `n8n execute` and checks what the simulator and the sink saw; publishes the trigger ones and
 * runs them live in `n8n start`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { startSimulator, type RequestLogEntry, type Simulator } from '../simulator/server';
import { addWafEvents } from '../simulator/state/waf-events';
import {
	findLoggedRun,
	loggedErrors,
	outputItems,
	runErrorMessage,
	type LoggedRun,
} from './execution-output';
import { dashboard } from './dashboard';
import { everyTenSeconds, n8nId, simulatorCredential } from './fixtures';
import {
	createN8nInstance,
	executeWorkflow,
	exportWorkflow,
	importCredentials,
	importWorkflow,
	installCommunityPackage,
	publishWorkflow,
	startN8n,
	tail,
	type N8nInstance,
} from './n8n-instance';
import { expect, Report, seconds } from './report';
import { simulatorSink, type Sink } from './sink';
import { sleep, waitUntil } from './waiting';
import { onCleanUp, packageManifest, PROJECT_ROOT, type Workspace } from './workspace';

/** The credential id and name the examples refer to. */
const EXAMPLE_CREDENTIAL = { id: 'RocketNetExample', name: 'Rocket.net' };
const TASK_STEP_MS = 50;
const BLUE_HARBOR = 1000001;
const BLUE_HARBOR_STAGING = 1000002;
const FAILED_BACKUP_MESSAGE = 'Backup storage is full';
/** Watched by the WAF example, like blue-harbor; it gets blocks, but fewer than the threshold. */
const QUIET_SITE = 1000003;
const BLOCK_THRESHOLD = 5;
const TRIGGER_TYPE = 'n8n-nodes-rocketnet.rocketNetTrigger';
const START_TIMEOUT_MS = 2 * 60 * 1000;
const ACTIVATION_TIMEOUT_MS = 30 * 1000;
/** n8n's requests further apart than this belong to different polls. */
const QUIET_AFTER_POLL_MS = 2000;
/** The triggers poll every ten seconds; the posts may take two polls and a run to arrive. */
const DELIVERY_TIMEOUT_MS = 45 * 1000;
const SETTLE_MS = 12 * 1000;

interface Workflow {
	id?: string;
	name: string;
	nodes: Array<{ name: string; type: string; parameters: Record<string, unknown> }>;
}

interface Assignment {
	name: string;
	value: unknown;
}

function loadExample(file: string): Workflow {
	return JSON.parse(readFileSync(join(PROJECT_ROOT, 'examples', file), 'utf8')) as Workflow;
}

/** The example with its Settings node's values replaced, as a user would edit them. */
function withSettings(workflow: Workflow, values: Record<string, unknown>): Workflow {
	const settings = workflow.nodes.find((node) => node.name === 'Settings');
	if (!settings) throw new Error(`${workflow.name} has no Settings node`);
	const { assignments } = settings.parameters.assignments as { assignments: Assignment[] };
	for (const [name, value] of Object.entries(values)) {
		const assignment = assignments.find((candidate) => candidate.name === name);
		if (!assignment) throw new Error(`${workflow.name}: Settings has no ${name}`);
		assignment.value = value;
	}
	return { ...workflow, id: n8nId() };
}

interface Context {
	report: Report;
	instance: N8nInstance;
	simulator: Simulator;
	slack: Sink;
	email: Sink;
}

interface ExampleRun {
	run: LoggedRun;
	requests: RequestLogEntry[];
	deliveries: Array<Record<string, unknown>>;
}

async function runExample(context: Context, workflow: Workflow): Promise<ExampleRun> {
	const { report, instance, simulator } = context;
	await importWorkflow(instance, workflow);
	simulator.clearRequests();
	const delivered = simulator.deliveries.length;
	const result = await executeWorkflow(instance, workflow.id as string);
	report.say(
		`"${workflow.name}": n8n execute exited with ${result.code} after ${seconds(result.durationMs)}`,
	);

	const run = findLoggedRun(result.stdout);
	if (!run) {
		const errors = loggedErrors(result.stdout).slice(0, 5).join(' | ');
		throw new Error(`n8n execute logged no run${errors ? `: ${errors}` : ''}`);
	}
	const deliveries = simulator.deliveries.slice(delivered).map((delivery) => delivery.body);
	return { run, requests: [...simulator.requests], deliveries };
}

function expectSucceeded(run: LoggedRun): void {
	const error = runErrorMessage(run);
	expect(run.status === 'success' && !error, `status ${run.status}: ${error ?? 'no error given'}`);
}

function paths(requests: RequestLogEntry[], method: string, pattern: RegExp): string[] {
	return requests
		.filter((request) => request.method === method && pattern.test(request.path))
		.map((request) => request.path);
}

function productionSites(simulator: Simulator) {
	return [...simulator.state.sites.values()]
		.filter((site) => site.production === null)
		.map(({ id, domain }) => ({ id, domain }));
}

function same(got: string[], wanted: string[]): boolean {
	return JSON.stringify([...got].sort()) === JSON.stringify([...wanted].sort());
}

async function nightlyBackup(context: Context): Promise<void> {
	const { report, simulator, slack } = context;
	const sites = productionSites(simulator);
	const failing = sites.find((site) => site.id === BLUE_HARBOR);
	expect(failing !== undefined, 'the demo account has no blue-harbor');
	const workflow = withSettings(loadExample('nightly-backup-then-purge.json'), {
		slackWebhookUrl: slack.url,
	});
	// Sites are backed up in id order, one at a time: the first backup is blue-harbor's.
	simulator.failNextTask(FAILED_BACKUP_MESSAGE, 'backup');
	const { run, requests, deliveries } = await runExample(context, workflow);

	report.check('nightly backup: the run succeeded', () => expectSucceeded(run));
	report.check(`nightly backup: a backup was started for each of the ${sites.length} sites`, () => {
		const backups = paths(requests, 'POST', /^\/sites\/\d+\/backup$/);
		const wanted = sites.map((site) => `/sites/${site.id}/backup`);
		expect(same(backups, wanted), `POST ${backups.join(', ')}`);
	});
	report.check('nightly backup: the cache was purged for every site whose backup finished', () => {
		const purges = paths(requests, 'POST', /\/cache\/purge_everything$/);
		const wanted = sites
			.filter((site) => site !== failing)
			.map((site) => `/sites/${site.id}/cache/purge_everything`);
		expect(same(purges, wanted), `POST ${purges.join(', ')}`);
	});
	report.check('nightly backup: one Slack message names the failed site and the error', () => {
		expect(deliveries.length === 1, `${deliveries.length} messages: ${JSON.stringify(deliveries)}`);
		const text = String(deliveries[0].text);
		expect(text.includes(failing.domain), `"${text}" does not name ${failing.domain}`);
		expect(text.includes(FAILED_BACKUP_MESSAGE), `"${text}" does not give the error`);
	});
}

async function updatePlugins(context: Context): Promise<void> {
	const { report, email } = context;
	const workflow = withSettings(loadExample('update-plugins-on-staging-then-publish.json'), {
		stagingSiteId: String(BLUE_HARBOR_STAGING),
		productionSiteId: String(BLUE_HARBOR),
		emailApiUrl: email.url,
		emailTo: 'ops@example.test',
	});
	const { run, requests, deliveries } = await runExample(context, workflow);

	report.check('plugin updates: the run succeeded', () => expectSucceeded(run));
	const listed = outputItems(run, 'Get Staging Plugins') ?? [];
	const updatable = listed.filter((plugin) => plugin.update === 'available');
	report.check(
		`plugin updates: each of the ${updatable.length} plugins with an update was updated on staging`,
		() => {
			expect(updatable.length > 0, `none of ${listed.length} listed plugins has an update`);
			const updates = requests.filter(
				(request) =>
					request.method === 'PUT' && request.path === `/sites/${BLUE_HARBOR_STAGING}/plugins`,
			);
			const slugs = updates.map((request) => (request.body as { plugin?: string }).plugin ?? '');
			const wanted = updatable.map((plugin) => String(plugin.name));
			expect(same(slugs, wanted), `updated ${slugs.join(', ')}; wanted ${wanted.join(', ')}`);
		},
	);
	report.check('plugin updates: staging was published once, to the production site', () => {
		const publishes = paths(requests, 'POST', /\/staging\/publish$/);
		expect(
			same(publishes, [`/sites/${BLUE_HARBOR}/staging/publish`]),
			`POST ${publishes.join(', ') || 'nothing'}`,
		);
	});
	report.check('plugin updates: one email lists the plugins and the publish status', () => {
		expect(deliveries.length === 1, `${deliveries.length} emails: ${JSON.stringify(deliveries)}`);
		const { to, subject, text } = deliveries[0] as Record<string, string>;
		expect(to === 'ops@example.test', `to ${to}`);
		expect(typeof subject === 'string' && subject.includes('DONE'), `subject "${subject}"`);
		const missing = updatable.filter((plugin) => !String(text).includes(String(plugin.name)));
		expect(missing.length === 0, `text "${text}" misses ${missing.map((plugin) => plugin.name)}`);
		expect(String(text).includes('DONE'), `text "${text}" gives no publish status`);
	});
}

async function weeklyReport(context: Context): Promise<void> {
	const { report, simulator } = context;
	const sites = productionSites(simulator);
	const workflow = withSettings(loadExample('weekly-visitors-and-bandwidth-report.json'), {
		reportDays: 7,
	});
	const { run, requests } = await runExample(context, workflow);

	report.check('weekly report: the run succeeded', () => expectSucceeded(run));
	report.check('weekly report: visitors and bandwidth were read per site for 7 days', () => {
		const visitors = requests.filter((request) => /^\/sites\/\d+\/visitors$/.test(request.path));
		const bandwidth = paths(requests, 'GET', /^\/sites\/\d+\/reporting\/bandwidth$/);
		expect(visitors.length === sites.length, `${visitors.length} visitor reports`);
		expect(bandwidth.length === sites.length, `${bandwidth.length} bandwidth reports`);
		const { date_from: from, date_to: to } = visitors[0].query as Record<string, string>;
		const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
		expect(days === 7, `${from} to ${to} is ${days} days`);
	});
	report.check(`weekly report: one row per site { domain, visitors, bandwidth_mb }`, () => {
		const rows = outputItems(run, 'One Row per Site') ?? [];
		expect(rows.length === sites.length, `${rows.length} rows for ${sites.length} sites`);
		const domains = rows.map((row) => String(row.domain));
		const wanted = sites.map((site) => site.domain);
		expect(same(domains, wanted), `domains ${domains.join(', ')}`);
		const bad = rows.filter(
			(row) =>
				Object.keys(row).join() !== 'domain,visitors,bandwidth_mb' ||
				typeof row.visitors !== 'number' ||
				typeof row.bandwidth_mb !== 'number',
		);
		expect(bad.length === 0, `rows not shaped as wanted: ${JSON.stringify(bad[0])}`);
	});
	report.check('weekly report: the rows became one CSV file', () => {
		const items = run.data.resultData.runData['CSV File']?.[0]?.data?.main?.[0] ?? [];
		expect(items.length === 1, `${items.length} items from CSV File`);
		const file = (items[0] as { binary?: Record<string, Record<string, unknown>> }).binary?.data;
		expect(file !== undefined, 'no binary data');
		expect(String(file.fileName).endsWith('.csv'), `file name ${file.fileName}`);
		expect(String(file.mimeType) === 'text/csv', `MIME type ${file.mimeType}`);
	});
}

/** The workflow with its trigger polling every ten seconds instead of every few minutes. */
function pollingEveryTenSeconds(workflow: Workflow): Workflow {
	const trigger = workflow.nodes.find((node) => node.type === TRIGGER_TYPE);
	if (!trigger) throw new Error(`${workflow.name} has no Rocket.net Trigger`);
	trigger.parameters.pollTimes = everyTenSeconds();
	return workflow;
}

/** Imports a trigger workflow, publishes it while n8n is stopped and checks it was saved active. */
async function importAndPublish(context: Context, file: string, workflow: Workflow) {
	const { report, instance } = context;
	await importWorkflow(instance, workflow);
	await publishWorkflow(instance, workflow.id as string);
	const saved = await exportWorkflow(instance, workflow.id as string);
	report.check(`${file}: saved as active, with every node`, () => {
		const active = saved.active === true || Boolean(saved.activeVersionId);
		expect(active, `active ${saved.active}, activeVersionId ${saved.activeVersionId}`);
		const nodes = (saved.nodes as unknown[] | undefined)?.length;
		expect(nodes === workflow.nodes.length, `${nodes} nodes saved of ${workflow.nodes.length}`);
	});
}

/**
 * Waits for the polls n8n runs when it activates the two triggers: both have asked the simulator
 * (tasks and WAF events) and n8n has then been quiet for a while. They only record where things
 * stand, so anything that happens afterwards is new.
 */
async function waitForActivationPolls(simulator: Simulator, since: number, logFile: string) {
	const { name, version } = packageManifest();
	const ofN8n = () =>
		simulator.requests.filter(
			(request) => request.userAgent === `${name}/${version}` && request.time >= since,
		);
	const polled = await waitUntil(() => {
		const requests = ofN8n();
		const last = requests[requests.length - 1];
		return (
			requests.some((request) => /^\/sites\/\d+\/tasks$/.test(request.path)) &&
			requests.some((request) => request.path.endsWith('/waf/eventlist')) &&
			Date.now() - last.time > QUIET_AFTER_POLL_MS
		);
	}, ACTIVATION_TIMEOUT_MS);
	if (!polled) {
		throw new Error(
			`the triggers did not both poll within ${ACTIVATION_TIMEOUT_MS / 1000}s\n${tail(logFile)}`,
		);
	}
}

/**
 * The trigger examples, live: published, then run by `n8n start`. Once the triggers have polled,
 * a backup fails and the firewall blocks a burst on one watched site and a few requests on the
 * other; the Slack and email steps must post about exactly those.
 */
async function triggerExamples(context: Context, logDir: string): Promise<void> {
	const { report, instance, simulator, slack, email } = context;
	const failedTasks = pollingEveryTenSeconds(
		withSettings(loadExample('failed-tasks-to-slack.json'), { slackWebhookUrl: slack.url }),
	);
	const wafBursts = pollingEveryTenSeconds(
		withSettings(loadExample('waf-block-burst-to-email.json'), {
			emailApiUrl: email.url,
			emailTo: 'security@example.test',
			blockThreshold: BLOCK_THRESHOLD,
		}),
	);
	await importAndPublish(context, 'failed-tasks-to-slack.json', failedTasks);
	await importAndPublish(context, 'waf-block-burst-to-email.json', wafBursts);
	const rocket = await dashboard(simulator);
	const domainOf = (id: number) => simulator.state.sites.get(id)?.domain ?? `site ${id}`;

	const spawnedAt = Date.now();
	const logFile = join(logDir, 'n8n-start.log');
	const server = await startN8n(instance, logFile, START_TIMEOUT_MS);
	const slackBefore = slack.deliveries.length;
	const emailBefore = email.deliveries.length;
	const posted = () =>
		slack.deliveries.length - slackBefore + email.deliveries.length - emailBefore;
	try {
		await waitForActivationPolls(simulator, spawnedAt, logFile);
		report.say(`n8n start: both triggers active and polled (${seconds(Date.now() - spawnedAt)})`);

		simulator.failNextTask(FAILED_BACKUP_MESSAGE, 'backup');
		await rocket.startBackup(QUIET_SITE, 'e2e backup that fails');
		const blocks = (count: number) =>
			Array.from({ length: count }, () => ({ action: 'block' as const }));
		addWafEvents(simulator.state, BLUE_HARBOR, blocks(BLOCK_THRESHOLD + 1));
		addWafEvents(simulator.state, QUIET_SITE, blocks(BLOCK_THRESHOLD - 2));

		const arrived = await waitUntil(() => posted() >= 2, DELIVERY_TIMEOUT_MS);
		// One more poll of each, to see that nothing arrives twice.
		await sleep(SETTLE_MS);
		report.say(
			`${posted()} posts reached the sink` +
				`${arrived ? '' : ` (fewer than 2 within ${DELIVERY_TIMEOUT_MS / 1000}s)`}`,
		);
	} finally {
		const stopped = await server.stop();
		report.say(`stopped n8n; it exited with ${stopped.code ?? stopped.signal}`);
	}

	const messages = slack.deliveries.slice(slackBefore).map((delivery) => delivery.body);
	const emails = email.deliveries.slice(emailBefore).map((delivery) => delivery.body);
	report.check('failed tasks: one Slack message names the task, its site and its message', () => {
		expect(messages.length === 1, `${messages.length} messages: ${JSON.stringify(messages)}`);
		const wanted = `backup task failed on ${domainOf(QUIET_SITE)}: ${FAILED_BACKUP_MESSAGE}`;
		const { text } = messages[0];
		expect(String(text).includes(wanted), `"${text}" is not "${wanted}"`);
	});
	report.check(
		`WAF bursts: one email, for the site with ${BLOCK_THRESHOLD + 1} blocks and not the one below the threshold`,
		() => {
			expect(emails.length === 1, `${emails.length} emails: ${JSON.stringify(emails)}`);
			const { to, subject } = emails[0] as Record<string, string>;
			const wanted = `Firewall blocked ${BLOCK_THRESHOLD + 1} requests on ${domainOf(BLUE_HARBOR)}`;
			expect(to === 'security@example.test', `to ${to}`);
			expect(subject === wanted, `subject "${subject}", wanted "${wanted}"`);
		},
	);
}

export async function runExamples(report: Report, workspace: Workspace): Promise<void> {
	const simulator = await startSimulator({ quiet: true, taskStepMs: TASK_STEP_MS });
	onCleanUp(() => simulator.close());
	const slack = simulatorSink(simulator, 'slack');
	const email = simulatorSink(simulator, 'email');

	let started = Date.now();
	const instance = await createN8nInstance(workspace.runtime, join(workspace.workDir, 'examples'));
	await installCommunityPackage(instance, workspace.tarball);
	await importCredentials(instance, [simulatorCredential(EXAMPLE_CREDENTIAL, simulator)]);
	report.say(
		`installed the package and the "Rocket.net" credential (${seconds(Date.now() - started)})`,
	);

	const context: Context = { report, instance, simulator, slack, email };
	const steps: Array<[string, () => Promise<void>]> = [
		['nightly backup', () => nightlyBackup(context)],
		['plugin updates', () => updatePlugins(context)],
		['weekly report', () => weeklyReport(context)],
		['trigger examples', () => triggerExamples(context, join(workspace.workDir, 'examples'))],
	];
	for (const [name, step] of steps) {
		started = Date.now();
		try {
			await step();
		} catch (error) {
			report.fail(`${name} stopped`, error as Error);
		}
		report.say(`${name} took ${seconds(Date.now() - started)}`);
	}
}
