import { searchSites } from './searchSites';

/** Searchable lists for resource locators, by method name. */
export const listSearch = {
	searchSites,
};
