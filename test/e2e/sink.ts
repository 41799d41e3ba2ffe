import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Delivery {
	/** When it arrived, in ms since the epoch. */
	at: number;
	body: Record<string, unknown>;
}

/** An HTTP server that answers 200 to every POST and keeps what was posted, in order. */
export interface Sink {
	url: string;
	readonly deliveries: Delivery[];
	close(): Promise<void>;
}

function parse(text: string): Record<string, unknown> {
	try {
		return JSON.parse(text) as Record<string, unknown>;
	} catch {
		return { unparsed: text };
	}
}

export async function startSink(): Promise<Sink> {
	const deliveries: Delivery[] = [];
	const server = createServer((request, response) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			if (request.method === 'POST') {
				deliveries.push({ at: Date.now(), body: parse(Buffer.concat(chunks).toString('utf8')) });
			}
			response.writeHead(200, { 'Content-Type': 'application/json' });
			response.end('{"received":true}');
		});
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve());
	});
	const { port } = server.address() as AddressInfo;

	return {
		url: `http://127.0.0.1:${port}/deliveries`,
		deliveries,
		close: () =>
			new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
