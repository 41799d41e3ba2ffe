import type { SimulatorCore } from '../core';
import type { SinkDelivery } from '../types';
import type { Reply } from './reply';

/** Where the sink takes posts: `${url}/__sink/<any name>`, e.g. /__sink/slack. */
export const SINK_PATH = '/__sink/';
/** The oldest deliveries are dropped beyond this, so that a long `npm start` stays small. */
const KEPT_DELIVERIES = 10_000;

function parse(text: string): Record<string, unknown> {
	try {
		const parsed = JSON.parse(text) as unknown;
		if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
			return parsed as Record<string, unknown>;
		}
		return { value: parsed };
	} catch {
		return { unparsed: text };
	}
}

/**
 * A stand-in for a Slack webhook or an email API: keeps every POST under /__sink/ and answers
 * 200, so that example workflows have somewhere to post. Not part of the Rocket.net API.
 */
export function handleSinkRequest(
	core: SimulatorCore,
	method: string,
	path: string,
	rawBody: Buffer,
): Reply {
	if (method !== 'POST') {
		return { status: 405, body: { error: 'The sink takes POST; read it at GET /__admin/sink' } };
	}
	const delivery: SinkDelivery = {
		at: Date.now(),
		path: path.slice(SINK_PATH.length - 1),
		body: parse(rawBody.toString('utf8')),
	};
	core.deliveries.push(delivery);
	if (core.deliveries.length > KEPT_DELIVERIES) core.deliveries.shift();
	return { status: 200, body: { received: true } };
}
