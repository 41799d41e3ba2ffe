import { getAdditionalDomainNames, getAdditionalDomains } from './getAdditionalDomains';
import { getBackups } from './getBackups';
import { getBillingAddresses } from './getBillingAddresses';
import { getFtpAccounts } from './getFtpAccounts';
import { getHostingProducts } from './getHostingProducts';
import { getLocations } from './getLocations';
import { getPhpVersions } from './getPhpVersions';
import { getPlugins } from './getPlugins';
import { getSiteTemplates } from './getSiteTemplates';
import { getSshKeys } from './getSshKeys';
import { getThemes } from './getThemes';

/** Dropdown options loaded from Rocket.net, by method name. */
export const loadOptions = {
	getAdditionalDomainNames,
	getAdditionalDomains,
	getBackups,
	getBillingAddresses,
	getFtpAccounts,
	getHostingProducts,
	getLocations,
	getPhpVersions,
	getPlugins,
	getSiteTemplates,
	getSshKeys,
	getThemes,
};
