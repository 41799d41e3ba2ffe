import type { ILoadOptionsFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * The site chosen above a dropdown that lists what is on that site. Until one is chosen the
 * dropdown says so (`what` names the list, e.g. "SSH keys").
 */
export function chosenSiteId(context: ILoadOptionsFunctions, what: string): string {
	const siteId = String(context.getCurrentNodeParameter('siteId', { extractValue: true }) ?? '');
	if (!/^[1-9][0-9]*$/.test(siteId.trim())) {
		throw new NodeOperationError(context.getNode(), 'Choose a site first', {
			description: `This list shows the ${what} of the site chosen above.`,
		});
	}
	return siteId.trim();
}
