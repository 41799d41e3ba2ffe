import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { INodeParameters, INodeProperties } from 'n8n-workflow';

import { RocketNet } from '../../nodes/RocketNet/RocketNet.node';
import { RocketNetTrigger } from '../../nodes/RocketNetTrigger/RocketNetTrigger.node';

interface ExampleNode {
	id: string;
	name: string;
	type: string;
	typeVersion: number;
	position: [number, number];
	parameters: INodeParameters;
	credentials?: Record<string, { id: string; name: string }>;
	onError?: string;
}

interface Connection {
	node: string;
	type: string;
	index: number;
}

interface Example {
	name: string;
	nodes: ExampleNode[];
	connections: Record<string, Record<string, Connection[][]>>;
	settings: Record<string, unknown>;
}

const EXAMPLES_DIR = join(__dirname, '../../examples');
const files = readdirSync(EXAMPLES_DIR).filter((file) => file.endsWith('.json'));
const examples = files.map((file): [string, Example] => [
	file,
	JSON.parse(readFileSync(join(EXAMPLES_DIR, file), 'utf8')) as Example,
]);

const ROCKET_NET = 'n8n-nodes-rocketnet.rocketNet';
const ROCKET_NET_TRIGGER = 'n8n-nodes-rocketnet.rocketNetTrigger';
const propertiesOf: Record<string, INodeProperties[]> = {
	[ROCKET_NET]: new RocketNet().description.properties,
	[ROCKET_NET_TRIGGER]: new RocketNetTrigger().description.properties,
};

/** The node's value for a parameter, or the property's default when it is not set. */
function valueOf(node: ExampleNode, name: string, properties: INodeProperties[]): unknown {
	if (name in node.parameters) return node.parameters[name];
	return properties.find((property) => property.name === name)?.default;
}

/** Whether the property shows for these parameters (only `show`, as the node uses). */
function isShown(property: INodeProperties, node: ExampleNode, properties: INodeProperties[]) {
	const show = property.displayOptions?.show ?? {};
	return Object.entries(show).every(([name, allowed]) =>
		(allowed as unknown[]).includes(valueOf(node, name, properties)),
	);
}

function isEmpty(value: unknown): boolean {
	if (value === undefined || value === null || value === '') return true;
	if (Array.isArray(value)) return value.length === 0;
	if (typeof value === 'object' && '__rl' in value)
		return isEmpty((value as unknown as { value: unknown }).value);
	return false;
}

function optionValues(property: INodeProperties | undefined): unknown[] {
	return (property?.options ?? []).map((option) => (option as { value: unknown }).value);
}

function rocketNodes(example: Example) {
	return example.nodes.filter((node) => node.type in propertiesOf);
}

describe('example workflows', () => {
	it('are the five documented examples', () => {
		expect(files.sort()).toEqual([
			'failed-tasks-to-slack.json',
			'nightly-backup-then-purge.json',
			'update-plugins-on-staging-then-publish.json',
			'waf-block-burst-to-email.json',
			'weekly-visitors-and-bandwidth-report.json',
		]);
	});

	describe.each(examples)('%s', (_file, example) => {
		it('has what n8n needs to import it', () => {
			expect(example.name).toMatch(/^Rocket\.net: /);
			expect(example.settings).toEqual(expect.any(Object));
			for (const node of example.nodes) {
				expect(node).toEqual(
					expect.objectContaining({
						id: expect.stringMatching(/^[0-9a-f-]{36}$/),
						name: expect.any(String),
						type: expect.stringMatching(/^n8n-nodes-(base|rocketnet)\.\w+$/),
						typeVersion: expect.any(Number),
						position: [expect.any(Number), expect.any(Number)],
						parameters: expect.any(Object),
					}),
				);
			}
			const names = example.nodes.map((node) => node.name);
			const ids = example.nodes.map((node) => node.id);
			expect(new Set(names).size).toBe(names.length);
			expect(new Set(ids).size).toBe(ids.length);
		});

		it('connects only nodes that exist, and leaves no working node unconnected', () => {
			const names = new Set(example.nodes.map((node) => node.name));
			const reached = new Set<string>();
			for (const [source, outputs] of Object.entries(example.connections)) {
				expect(names).toContain(source);
				for (const target of outputs.main.flat()) {
					expect(names).toContain(target.node);
					expect(target).toEqual({ node: target.node, type: 'main', index: 0 });
					reached.add(target.node);
				}
			}
			const working = example.nodes.filter(
				(node) => node.type !== 'n8n-nodes-base.stickyNote' && !/Trigger$/i.test(node.type),
			);
			expect(working.filter((node) => !reached.has(node.name)).map((node) => node.name)).toEqual(
				[],
			);
		});

		it('has a Settings node right after its triggers', () => {
			const triggers = example.nodes.filter((node) => /trigger$/i.test(node.type));
			expect(triggers.length).toBeGreaterThan(0);
			for (const trigger of triggers) {
				expect(example.connections[trigger.name].main).toEqual([
					[{ node: 'Settings', type: 'main', index: 0 }],
				]);
			}
			expect(example.nodes.find((node) => node.name === 'Settings')?.type).toBe(
				'n8n-nodes-base.set',
			);
		});

		it('uses only resources, operations and events the Rocket.net nodes have', () => {
			expect(rocketNodes(example).length).toBeGreaterThan(0);
			for (const node of rocketNodes(example)) {
				const properties = propertiesOf[node.type];
				if (node.type === ROCKET_NET_TRIGGER) {
					const events = optionValues(properties.find((property) => property.name === 'event'));
					expect(events).toContain(node.parameters.event);
					continue;
				}
				const resources = optionValues(properties.find((p) => p.name === 'resource'));
				expect(resources).toContain(node.parameters.resource);
				const operation = properties.find(
					(property) => property.name === 'operation' && isShown(property, node, properties),
				);
				expect(optionValues(operation)).toContain(node.parameters.operation);
			}
		});

		it('sets every required parameter and only parameters the node shows', () => {
			for (const node of rocketNodes(example)) {
				const properties = propertiesOf[node.type];
				const shown = properties.filter((property) => isShown(property, node, properties));
				const missing = shown
					.filter((property) => property.required && isEmpty(node.parameters[property.name]))
					.map((property) => property.name);
				expect({ node: node.name, missing }).toEqual({ node: node.name, missing: [] });

				const known = new Set([...shown.map((property) => property.name), 'pollTimes']);
				const unknown = Object.keys(node.parameters).filter((name) => !known.has(name));
				expect({ node: node.name, unknown }).toEqual({ node: node.name, unknown: [] });
			}
		});

		it('uses the credential named "Rocket.net"', () => {
			for (const node of rocketNodes(example)) {
				expect(node.credentials).toEqual({
					rocketNetApi: { id: 'RocketNetExample', name: 'Rocket.net' },
				});
			}
		});
	});
});
