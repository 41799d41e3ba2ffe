import { getAdditionalDomainNames, getAdditionalDomains } from './getAdditionalDomains';
import { getBillingAddresses } from './getBillingAddresses';
import { getFtpAccounts } from './getFtpAccounts';
import { getHostingProducts } from './getHostingProducts';
import { getLocations } from './getLocations';
import { getPlugins } from './getPlugins';
import { getSiteTemplates } from './getSiteTemplates';
import { getSshKeys } from './getSshKeys';
import { getThemes } from './getThemes';

/** Dropdown options loaded from Rocket.net, by method name. */
export const loadOptions = {
	getAdditionalDomainNames,
	getAdditionalDomains,
	getBillingAddresses,
	getFtpAccounts,
	getHostingProducts,
	getLocations,
	getPlugins,
	getSiteTemplates,
	getSshKeys,
	getThemes,
};
