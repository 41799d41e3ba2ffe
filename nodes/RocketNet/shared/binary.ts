import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

/** The file name a download names itself, preferring the UTF-8 `filename*` form. */
export function fileNameFrom(headers: IDataObject, fallback: string): string {
	const disposition = String(headers['content-disposition'] ?? '');
	const encoded = /filename\*=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition);
	if (encoded) return decodeURIComponent(encoded[1]);
	const plain = /filename="?([^";]+)"?/i.exec(disposition);
	return plain ? plain[1] : fallback;
}

/** Puts a downloaded file into the binary field the user named, keeping its name and type. */
export function fileToBinary(defaultFileName: (context: IExecuteSingleFunctions) => string) {
	return async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const binaryPropertyName = this.getNodeParameter('binaryPropertyName', 'data') as string;
		const headers = (response.headers ?? {}) as IDataObject;
		const fileName = fileNameFrom(headers, defaultFileName(this));
		const mimeType = String(headers['content-type'] ?? 'application/octet-stream').split(';')[0];
		const body = Buffer.isBuffer(response.body)
			? response.body
			: Buffer.from(response.body as string);

		const binary = await this.helpers.prepareBinaryData(body, fileName, mimeType);
		return [
			{
				json: { fileName, mimeType, fileSize: body.length },
				binary: { [binaryPropertyName]: binary },
			},
		];
	};
}
