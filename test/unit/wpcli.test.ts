import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	asksForJson,
	prepareWpCliCommand,
	splitWpCliCommand,
	wpCliOutputItems,
} from '../../nodes/RocketNet/shared/wpcli';

const node: INode = {
	id: 'rocket',
	name: 'Rocket.net',
	type: 'n8n-nodes-rocketnet.rocketNet',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};

function refusal(command: string): NodeOperationError {
	try {
		prepareWpCliCommand(node, command);
	} catch (error) {
		if (error instanceof NodeOperationError) return error;
		throw error;
	}
	throw new Error(`"${command}" was accepted`);
}

function failure(body: unknown, command = 'plugin list'): NodeOperationError {
	try {
		wpCliOutputItems(node, body, command);
	} catch (error) {
		if (error instanceof NodeOperationError) return error;
		throw error;
	}
	throw new Error('the answer was accepted');
}

const answer = (response: unknown) => ({
	success: true,
	errors: [],
	messages: [],
	result: { response },
});

describe('WP-CLI command guard', () => {
	it('accepts a command with or without a leading wp', () => {
		expect(prepareWpCliCommand(node, '  wp plugin list --format=json ')).toBe(
			'plugin list --format=json',
		);
		expect(prepareWpCliCommand(node, 'plugin list')).toBe('plugin list');
		expect(prepareWpCliCommand(node, 'wpml-config list')).toBe('wpml-config list');
	});

	it.each([
		['core version; rm -rf /', 'a semicolon (;)'],
		['plugin list | grep akismet', 'a pipe (|)'],
		['plugin update --all && cache flush', 'an ampersand (&)'],
		['option get `whoami`', 'a backtick (`)'],
		['option get $HOME', 'a dollar sign ($)'],
		['option get $(whoami)', 'a "$(" command substitution'],
		['core version\nplugin list', 'a line break'],
	])('refuses %j, naming the field and %s', (command, found) => {
		const error = refusal(command);

		expect(error.message).toBe(
			`Command contains ${found}, which Rocket.net does not allow in WP-CLI commands`,
		);
		expect(error.description).toMatch(/without a shell/);
		expect(error.description).toMatch(/over SSH/);
	});

	it('refuses an empty command, or wp alone', () => {
		expect(refusal('   ').message).toBe('Command is empty');
		expect(refusal('wp').message).toBe('Command is empty');
	});

	it('refuses single quotes, which Rocket.net would pass on as they are', () => {
		const error = refusal("post create --post_title='Hello world'");

		expect(error.message).toBe("Command uses single quotes (--post_title='Hello)");
		expect(error.description).toMatch(/double quotes/);
	});

	it('allows an apostrophe inside a word or inside double quotes', () => {
		expect(prepareWpCliCommand(node, 'option update blogname "Jane\'s Bakery"')).toBe(
			'option update blogname "Jane\'s Bakery"',
		);
		expect(prepareWpCliCommand(node, "post list --s=Jane's")).toBe("post list --s=Jane's");
	});

	it('refuses a double quote that is not closed', () => {
		expect(refusal('option update blogname "Acme').message).toBe(
			'Command has a double quote that is not closed',
		);
	});

	it('splits on spaces and keeps double-quoted words together, as Rocket.net does', () => {
		expect(splitWpCliCommand('option update blogname "Acme  Shop" --autoload=no')).toEqual([
			'option',
			'update',
			'blogname',
			'Acme  Shop',
			'--autoload=no',
		]);
		expect(asksForJson('user list --format=json')).toBe(true);
		expect(asksForJson('user list --format=csv')).toBe(false);
	});
});

describe('WP-CLI output', () => {
	it('gives one item per record of a JSON array', () => {
		const body = answer(
			'[{"name":"akismet","status":"active"},{"name":"hello","status":"inactive"}]',
		);

		expect(wpCliOutputItems(node, body, 'plugin list --format=json')).toEqual([
			{ name: 'akismet', status: 'active' },
			{ name: 'hello', status: 'inactive' },
		]);
	});

	it('gives one item for a JSON object and { value } for bare JSON values', () => {
		expect(wpCliOutputItems(node, answer('{"ID":1}'), 'user get 1 --format=json')).toEqual([
			{ ID: 1 },
		]);
		expect(
			wpCliOutputItems(node, answer('"https://a.test"'), 'option get home --format=json'),
		).toEqual([{ value: 'https://a.test' }]);
		expect(
			wpCliOutputItems(
				node,
				answer('["akismet","hello"]'),
				'plugin list --field=name --format=json',
			),
		).toEqual([{ value: 'akismet' }, { value: 'hello' }]);
	});

	it('gives no items for empty JSON output', () => {
		expect(wpCliOutputItems(node, answer('[]'), 'plugin list --format=json')).toEqual([]);
		expect(wpCliOutputItems(node, answer(''), 'plugin list --format=json')).toEqual([]);
	});

	it('skips warnings printed before the JSON', () => {
		const body = answer('Warning: Some code is trying to do a URL redirect.\n[{"ID":1}]');

		expect(wpCliOutputItems(node, body, 'post list --format=json')).toEqual([{ ID: 1 }]);
	});

	it('gives the text as { output } without a JSON format', () => {
		expect(wpCliOutputItems(node, answer('6.7.1\n'), 'core version')).toEqual([
			{ output: '6.7.1' },
		]);
	});

	it('reads output under data, as seen live, whatever status says', () => {
		expect(wpCliOutputItems(node, { status: 1, data: 'Success: Flushed.' }, 'cache flush')).toEqual(
			[{ output: 'Success: Flushed.' }],
		);
		expect(
			wpCliOutputItems(
				node,
				{ success: true, result: { status: 1, data: '[{"a":1}]' } },
				'x --format=json',
			),
		).toEqual([{ a: 1 }]);
	});

	it('fails with the WP-CLI error when a line starts with Error:', () => {
		const error = failure(
			answer("Warning: something\nError: 'foo' is not a registered wp command."),
		);

		expect(error.message).toBe("WP-CLI failed: 'foo' is not a registered wp command.");
		expect(error.description).toMatch(/Check the command/);
	});

	it('fails clearly when JSON was asked for and text came back', () => {
		const error = failure(answer('Not JSON at all'), 'plugin list --format=json');

		expect(error.message).toBe(
			'The command asked for --format=json, but WP-CLI did not answer with JSON',
		);
		expect(error.description).toContain('Not JSON at all');
	});

	it('fails clearly on an answer without any output field', () => {
		const error = failure({ success: true, errors: [], result: { done: true } });

		expect(error.message).toBe('Rocket.net answered the WP-CLI command without any output');
		expect(error.description).toContain('success, errors, result');
	});

	it('fails with Rocket.net messages when success is false', () => {
		expect(failure({ success: false, messages: ['WP-CLI timed out'] }).message).toBe(
			'WP-CLI timed out',
		);
	});
});
