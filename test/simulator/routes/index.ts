import type { Router } from '../http/router';
import { registerAccountRoutes } from './account';
import { registerAccountUserRoutes } from './account-users';
import { registerActivityRoutes } from './activity';
import { registerAuthRoutes } from './auth';
import { registerAutomatedBackupRoutes } from './automated-backups';
import { registerBackupRoutes } from './backups';
import { registerBillingRoutes } from './billing';
import { registerCacheRoutes } from './cache';
import { registerCloneRoutes } from './clone';
import { registerCloudBackupRoutes } from './cloud-backups';
import { registerCustomSslRoutes } from './custom-ssl';
import { registerDomainRoutes } from './domains';
import { registerFileRoutes } from './files';
import { registerFtpAccountRoutes } from './ftp-accounts';
import { registerLocationRoutes } from './locations';
import { registerPasswordProtectionRoutes } from './password-protection';
import { registerPasswordStrengthRoutes } from './password-strength';
import { registerPluginRoutes } from './plugins';
import { registerReportingRoutes } from './reporting';
import { registerShopShieldRoutes } from './shop-shield';
import { registerSiteSettingsRoutes } from './site-settings';
import { registerSiteTransferRoutes } from './site-transfers';
import { registerSiteUserRoutes } from './site-users';
import { registerSiteRoutes } from './sites';
import { registerSshKeyRoutes } from './ssh-keys';
import { registerStagingRoutes } from './staging';
import { registerTaskRoutes } from './tasks';
import { registerTemplateRoutes } from './templates';
import { registerThemeRoutes } from './themes';
import { registerWordPressRoutes } from './wordpress';

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
	registerAccountUserRoutes(router);
	registerSiteUserRoutes(router);
	registerDomainRoutes(router);
	registerCustomSslRoutes(router);
	registerShopShieldRoutes(router);
	registerSiteTransferRoutes(router);
	registerBillingRoutes(router);
	registerPasswordStrengthRoutes(router);
	registerPasswordProtectionRoutes(router);
	registerFileRoutes(router);
	registerFtpAccountRoutes(router);
	registerSshKeyRoutes(router);
	registerPluginRoutes(router);
	registerThemeRoutes(router);
	registerWordPressRoutes(router);
	registerActivityRoutes(router);
	registerReportingRoutes(router);
}
