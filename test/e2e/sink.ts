import type { Simulator } from '../simulator/server';
import type { SinkDelivery } from '../simulator/types';

export type Delivery = SinkDelivery;

/** One address of the simulator's sink (POST /__sink/<name>) and what was posted to it. */
export interface Sink {
	url: string;
	readonly deliveries: Delivery[];
}

export function simulatorSink(simulator: Simulator, name: string): Sink {
	const path = `/${name}`;
	return {
		url: `${simulator.sinkUrl}${path}`,
		get deliveries() {
			return simulator.deliveries.filter((delivery) => delivery.path === path);
		},
	};
}
