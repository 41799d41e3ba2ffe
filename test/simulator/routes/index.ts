import type { Router } from '../http/router';
import { registerAccountRoutes } from './account';
import { registerAuthRoutes } from './auth';
import { registerAutomatedBackupRoutes } from './automated-backups';
import { registerBackupRoutes } from './backups';
import { registerCacheRoutes } from './cache';
import { registerCloneRoutes } from './clone';
import { registerCloudBackupRoutes } from './cloud-backups';
import { registerLocationRoutes } from './locations';
import { registerSiteSettingsRoutes } from './site-settings';
import { registerSiteRoutes } from './sites';
import { registerStagingRoutes } from './staging';
import { registerTaskRoutes } from './tasks';
import { registerTemplateRoutes } from './templates';

/**
 * Stateful handlers, one file per resource group. Every other catalogue operation answers
 * generically (routes/generic.ts) until its group gets a file here.
 */
export function registerRoutes(router: Router): void {
	registerAuthRoutes(router);
	registerAccountRoutes(router);
	registerSiteRoutes(router);
	registerSiteSettingsRoutes(router);
	registerLocationRoutes(router);
	registerCloneRoutes(router);
	registerStagingRoutes(router);
	registerBackupRoutes(router);
	registerAutomatedBackupRoutes(router);
	registerCloudBackupRoutes(router);
	registerCacheRoutes(router);
	registerTaskRoutes(router);
	registerTemplateRoutes(router);
}
