import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INode,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Rocket.net runs one WP-CLI command without a shell and refuses these characters with a 400:
 * no chaining, pipes, variables, substitutions or second lines.
 */
const FORBIDDEN_CHARACTERS: Array<[string, string]> = [
	['`', 'a backtick (`)'],
	['&', 'an ampersand (&)'],
	['|', 'a pipe (|)'],
	[';', 'a semicolon (;)'],
	['$', 'a dollar sign ($)'],
	['\n', 'a line break'],
	['\r', 'a line break'],
];

/** Where the output may sit: `result.response` per the spec, `data` as seen live. */
const OUTPUT_PATHS: Array<[string, string?]> = [
	['result', 'response'],
	['result', 'data'],
	['result', 'output'],
	['data'],
	['response'],
	['output'],
];

function fail(node: INode, message: string, description: string): never {
	throw new NodeOperationError(node, message, { description });
}

/**
 * Splits a command the way Rocket.net does: on spaces, with double quotes holding words
 * together. Undefined when a double quote is not closed.
 */
export function splitWpCliCommand(command: string): string[] | undefined {
	const words: string[] = [];
	let word = '';
	let quoted = false;
	let started = false;

	for (const character of command) {
		if (character === '"') {
			quoted = !quoted;
			started = true;
		} else if (character === ' ' && !quoted) {
			if (started) words.push(word);
			word = '';
			started = false;
		} else {
			word += character;
			started = true;
		}
	}
	if (started) words.push(word);
	return quoted ? undefined : words;
}

/** Single quotes outside double quotes would reach WP-CLI as part of the value. */
function singleQuotedWord(command: string): string | undefined {
	const outsideDoubleQuotes = command.replace(/"[^"]*"/g, '""');
	return /(?:^|\s)((?:[^\s=]*=)?'\S*)/.exec(outsideDoubleQuotes)?.[1];
}

/**
 * The command as Rocket.net takes it (without a leading `wp`). Whatever Rocket.net would refuse
 * is refused here, naming the field, so that nothing is sent.
 */
export function prepareWpCliCommand(node: INode, input: string, fieldName = 'Command'): string {
	const command = input.trim().replace(/^wp(?:\s+|$)/, '');
	if (command === '') {
		fail(
			node,
			`${fieldName} is empty`,
			'Enter a WP-CLI command, with or without "wp" in front, e.g. plugin list --format=json.',
		);
	}

	const forbidden = FORBIDDEN_CHARACTERS.find(([character]) => command.includes(character));
	if (forbidden) {
		const found =
			forbidden[0] === '$' && command.includes('$(') ? 'a "$(" command substitution' : forbidden[1];
		fail(
			node,
			`${fieldName} contains ${found}, which Rocket.net does not allow in WP-CLI commands`,
			'Rocket.net runs a single WP-CLI command without a shell, so it refuses ` & | ; $ and ' +
				'line breaks. Remove it, or run the command over SSH instead.',
		);
	}

	const quotedWord = singleQuotedWord(command);
	if (quotedWord !== undefined) {
		fail(
			node,
			`${fieldName} uses single quotes (${quotedWord})`,
			'Rocket.net splits the command on spaces and honours double quotes only, so single ' +
				'quotes would reach WP-CLI as part of the value. Use double quotes, e.g. ' +
				'--post_title="Hello world".',
		);
	}

	if (splitWpCliCommand(command) === undefined) {
		fail(
			node,
			`${fieldName} has a double quote that is not closed`,
			'Close the quote, e.g. post create --post_title="Hello world".',
		);
	}
	return command;
}

export function asksForJson(command: string): boolean {
	return (splitWpCliCommand(command) ?? []).includes('--format=json');
}

function outputOf(node: INode, body: unknown): unknown {
	if (typeof body === 'string') return body;
	const root = (body ?? {}) as IDataObject;
	if (typeof root.result === 'string') return root.result;

	for (const [first, second] of OUTPUT_PATHS) {
		const parent = (second ? root[first] : root) as IDataObject | undefined;
		const key = second ?? first;
		if (parent && typeof parent === 'object' && key in parent) return parent[key] ?? '';
	}

	const keys = Object.keys(root).join(', ') || 'nothing';
	return fail(
		node,
		'Rocket.net answered the WP-CLI command without any output',
		`The answer had no result.response or data field (it had: ${keys}). ` +
			'Run the command again, or over SSH to see its output.',
	);
}

function failureOf(body: unknown): string | undefined {
	const root = (body ?? {}) as IDataObject;
	if (root.success !== false) return undefined;
	const messages = Array.isArray(root.messages) ? root.messages.filter(Boolean) : [];
	return messages.length ? messages.join(' ') : 'Rocket.net reported that the command failed';
}

function errorLines(text: string): string[] {
	return text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter((line) => line.startsWith('Error:'));
}

function toItem(value: unknown): IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
		? (value as IDataObject)
		: ({ value } as IDataObject);
}

/** JSON output, skipping any PHP notices or WP-CLI warnings printed before it. */
function parseJsonOutput(node: INode, text: string): unknown {
	const trimmed = text.trim();
	if (trimmed === '') return [];

	const lines = trimmed.split(/\r?\n/);
	const start = lines.findIndex((line) => /^\s*([[{"\d-]|true\b|false\b|null\b)/.test(line));
	try {
		return JSON.parse(lines.slice(Math.max(start, 0)).join('\n'));
	} catch {
		return fail(
			node,
			'The command asked for --format=json, but WP-CLI did not answer with JSON',
			`WP-CLI answered: "${trimmed.slice(0, 200)}". Check that this command supports --format=json.`,
		);
	}
}

/**
 * The output of a WP-CLI run as items: with `--format=json` one item per record (an object is one
 * item, a bare value is `{ value }`), otherwise `{ output }` with the text. Lines starting with
 * `Error:` mean WP-CLI failed.
 */
export function wpCliOutputItems(node: INode, body: unknown, command: string): IDataObject[] {
	const failure = failureOf(body);
	if (failure) fail(node, failure, 'Check the command, or run it over SSH to see why it failed.');

	const output = outputOf(node, body);
	if (typeof output !== 'string') {
		return Array.isArray(output) ? output.map(toItem) : [toItem(output)];
	}

	const errors = errorLines(output);
	if (errors.length) {
		fail(
			node,
			`WP-CLI failed: ${errors.map((line) => line.replace(/^Error:\s*/, '')).join(' ')}`,
			'WP-CLI ran on the site and reported an error. Check the command and its arguments ' +
				'(https://developer.wordpress.org/cli/commands/).',
		);
	}

	if (!asksForJson(command)) return [{ output: output.replace(/\s+$/, '') }];
	const parsed = parseJsonOutput(node, output);
	return Array.isArray(parsed) ? parsed.map(toItem) : [toItem(parsed)];
}

/** preSend: refuses what Rocket.net would refuse, and drops a leading `wp`. */
export async function validateWpCliCommand(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const body = (requestOptions.body ?? {}) as IDataObject;
	body.command = prepareWpCliCommand(this.getNode(), String(body.command ?? ''));
	requestOptions.body = body;
	return requestOptions;
}

/** postReceive: the command's output as items (see `wpCliOutputItems`). */
export async function parseWpCliResponse(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const command = String(this.getNodeParameter('command', ''));
	return items.flatMap((item) =>
		wpCliOutputItems(this.getNode(), item.json, command).map((json) => ({ json })),
	);
}
