import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** n8n-core writes its settings (an encryption key) into N8N_USER_FOLDER: one folder per run. */
export default function globalSetup() {
	if (process.env.N8N_USER_FOLDER) return;
	process.env.N8N_USER_FOLDER = mkdtempSync(join(tmpdir(), 'rocketnet-n8n-'));
	process.env.ROCKETNET_TEST_USER_FOLDER = process.env.N8N_USER_FOLDER;
}
