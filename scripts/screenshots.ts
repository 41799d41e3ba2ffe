/**
 * npm run screenshots: the README's pictures of the n8n editor, taken with Debian's Chromium from
 * the instance `npm start` runs. N8N_URL, N8N_EMAIL and N8N_PASSWORD point it elsewhere;
 * CHROMIUM_PATH names another Chromium.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

import { chromium, type BrowserContext, type Page } from 'playwright-core';

const N8N_URL = (process.env.N8N_URL || 'http://localhost:5678').replace(/\/$/, '');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const LOGIN = {
	emailOrLdapLoginId: process.env.N8N_EMAIL || 'demo@example.com',
	password: process.env.N8N_PASSWORD || 'Rocketnet-demo-1',
};
const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	// Without these Chromium waits on the network at start and hangs on an offline machine.
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

const WORKFLOW_NAME = 'Rocket.net: nightly backup, then purge the cache';
const NODE_NAME = 'Back Up Site';
const VIEWPORT = { width: 1440, height: 900 };
const IMAGES_DIR = join(__dirname, '..', 'docs', 'images');
const STEP_TIMEOUT_MS = 30_000;
/** Long enough for the canvas' zoom animation and the panel's slide-in to end. */
const SETTLE_MS = 1000;

const say = (line: string) => console.log(`screenshots: ${line}`);

function checkChromium(): void {
	if (existsSync(CHROMIUM_PATH)) return;
	throw new Error(
		`Chromium is missing at ${CHROMIUM_PATH}; install it with apt-get install chromium ` +
			'(or set CHROMIUM_PATH)',
	);
}

async function checkN8n(): Promise<void> {
	const response = await fetch(`${N8N_URL}/rest/settings`).catch(() => undefined);
	if (response?.ok) return;
	throw new Error(`n8n is not reachable at ${N8N_URL}; start it with npm start first`);
}

/** Runs `use` in a Chromium with a fresh profile, and closes it and removes the profile after. */
async function withChromium(use: (context: BrowserContext) => Promise<void>): Promise<void> {
	const userDataDir = mkdtempSync(join(tmpdir(), 'rocketnet-screenshots-'));
	try {
		const context = await chromium.launchPersistentContext(userDataDir, {
			executablePath: CHROMIUM_PATH,
			args: CHROMIUM_ARGS,
			viewport: VIEWPORT,
			timeout: STEP_TIMEOUT_MS,
		});
		try {
			context.setDefaultTimeout(STEP_TIMEOUT_MS);
			await use(context);
		} finally {
			await context.close();
		}
	} finally {
		rmSync(userDataDir, { recursive: true, force: true });
	}
}

/** Logs in through the REST API; the session cookie lands in the browser context. */
async function signIn(context: BrowserContext): Promise<void> {
	const response = await context.request.post(`${N8N_URL}/rest/login`, { data: LOGIN });
	if (response.ok()) return;
	throw new Error(
		`n8n refused the login of ${LOGIN.emailOrLdapLoginId} (${response.status()}); ` +
			'set N8N_EMAIL and N8N_PASSWORD to the owner npm start printed',
	);
}

async function findWorkflowId(context: BrowserContext, name: string): Promise<string> {
	const response = await context.request.get(`${N8N_URL}/rest/workflows`);
	const { data } = (await response.json()) as { data: Array<{ id: string; name: string }> };
	const workflow = data.find((candidate) => candidate.name === name);
	if (workflow) return workflow.id;
	throw new Error(`n8n has no workflow "${name}"; npm start imports it from examples/`);
}

/** Closes whatever n8n lays over the editor on a first visit: surveys, notices, toasts. */
async function dismissPopups(page: Page): Promise<void> {
	await page.keyboard.press('Escape');
	const closers = page.locator(
		[
			'.el-dialog:visible .el-dialog__headerbtn',
			'.el-notification:visible .el-notification__closeBtn',
			'[data-test-id="banner-close-button"]:visible',
		].join(', '),
	);
	for (const closer of await closers.all()) await closer.click().catch(() => undefined);
}

/** Moves the mouse off the canvas and waits, so that no hover effect or animation shows. */
async function settle(page: Page): Promise<void> {
	await page.mouse.move(VIEWPORT.width / 2, 20);
	await page.waitForTimeout(SETTLE_MS);
}

async function save(page: Page, file: string): Promise<void> {
	await settle(page);
	const path = join(IMAGES_DIR, file);
	await page.screenshot({ path, type: 'png' });
	say(`saved ${relative(process.cwd(), path)} (${Math.round(statSync(path).size / 1024)} KB)`);
}

async function shootWorkflow(page: Page, workflowId: string): Promise<void> {
	await page.goto(`${N8N_URL}/workflow/${workflowId}`);
	await page.locator('[data-test-id="canvas-node"]').first().waitFor();
	await dismissPopups(page);
	await page.locator('[data-test-id="zoom-to-fit"]').click();
	// One step back: zoom to fit leaves out the loop's edges that run below the nodes.
	await page.locator('[data-test-id="zoom-out-button"]').click();
	await save(page, 'example-workflow.png');
}

async function shootNodePanel(page: Page): Promise<void> {
	await page.locator(`[data-test-id="canvas-node"][data-node-name="${NODE_NAME}"]`).dblclick();
	await page.locator('[data-test-id="ndv"] [data-test-id="node-parameters"]').waitFor();
	await save(page, 'node-panel.png');
}

async function main(): Promise<void> {
	checkChromium();
	await checkN8n();
	mkdirSync(IMAGES_DIR, { recursive: true });

	await withChromium(async (context) => {
		await signIn(context);
		const workflowId = await findWorkflowId(context, WORKFLOW_NAME);
		const page = context.pages()[0] ?? (await context.newPage());
		await shootWorkflow(page, workflowId);
		await shootNodePanel(page);
	});
}

main().catch((error: Error) => {
	console.error(`screenshots: ${error.message}`);
	process.exit(1);
});
