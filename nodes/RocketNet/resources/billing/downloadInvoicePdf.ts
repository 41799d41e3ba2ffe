import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { binaryPropertyField, showFor } from '../../shared/descriptions';
import { downloadTokenOf, fileDownloadRouting } from '../../shared/download';
import { rocketApiRequest } from '../../shared/request';

export const billingDownloadInvoicePdfDescription: INodeProperties[] = [
	{
		...binaryPropertyField(showFor('billing', ['downloadInvoicePdf'])),
		routing: { send: { preSend: [addInvoiceDownloadToken] } },
	},
];

/**
 * The PDF is fetched with the token in the invoice's `download_link`, not with the login token,
 * so the invoice is read first and the link's token goes into the download request.
 */
async function addInvoiceDownloadToken(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const invoiceId = String(this.getNodeParameter('invoiceId')).trim();

	const body = await rocketApiRequest.call(this, 'GET', `/billing/invoices/${invoiceId}`);
	const invoice = (body.result ?? {}) as IDataObject;
	const token = downloadTokenOf(invoice.download_link);
	if (!token) {
		throw new NodeOperationError(this.getNode(), `Invoice ${invoiceId} has no download link`, {
			description:
				'Rocket.net offers no PDF for this invoice. Check the Invoice ID with Billing → Get Many Invoices.',
		});
	}

	requestOptions.qs = { ...(requestOptions.qs ?? {}), token };
	return requestOptions;
}

export function invoicePdfRouting(url: string) {
	return fileDownloadRouting(
		url,
		(context) => `invoice-${String(context.getNodeParameter('invoiceId')).trim()}.pdf`,
	);
}
