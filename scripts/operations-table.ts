/**
 * Writes the README's operation table from the built node description, so the table cannot
 * drift from the node: `npm run docs:operations` (after `npm run build`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import type { INodeProperties, INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';

const root = resolve(__dirname, '..');
const START = '<!-- operations:start -->';
const END = '<!-- operations:end -->';

function loadDescription(): INodeTypeDescription {
	const { RocketNet } = require(join(root, 'dist/nodes/RocketNet/RocketNet.node.js'));
	return new RocketNet().description;
}

function requestOf(option: INodePropertyOptions): string {
	const request = option.routing?.request ?? {};
	const url = String(request.url ?? '')
		.replace(/^=/, '')
		.replace(/\{\{\$parameter\.(\w+)\}\}/g, '{$1}');
	return `\`${String(request.method ?? 'GET')} ${url}\``;
}

export function operationTable(description: INodeTypeDescription): string {
	const resources = description.properties.find((p) => p.name === 'resource')?.options ?? [];
	const rows = ['| Resource | Operation | What it does | Request |', '| --- | --- | --- | --- |'];
	let count = 0;

	for (const resource of resources as INodePropertyOptions[]) {
		const operation = description.properties.find(
			(p: INodeProperties) =>
				p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource.value),
		);
		for (const option of (operation?.options ?? []) as INodePropertyOptions[]) {
			rows.push(
				`| ${resource.name} | ${option.name} | ${option.description ?? ''} | ${requestOf(option)} |`,
			);
			count++;
		}
	}
	return `${rows.join('\n')}\n\n${count} operations.`;
}

function main() {
	const readmePath = join(root, 'README.md');
	const readme = readFileSync(readmePath, 'utf8');
	const start = readme.indexOf(START);
	const end = readme.indexOf(END);
	if (start < 0 || end < start) throw new Error(`README.md needs ${START} and ${END} markers`);

	const table = operationTable(loadDescription());
	const updated = `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
	writeFileSync(readmePath, updated);
	console.log(`README.md operation table: ${table.split('\n').pop()}`);
}

if (require.main === module) main();
