import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

process.env.N8N_USER_FOLDER ??= mkdtempSync(join(tmpdir(), 'rocketnet-n8n-'));
process.env.N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS = 'false';
