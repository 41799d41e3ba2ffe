import type { CatalogueOperation } from '../catalogue';
import type { RouteContext } from './context';
import type { Reply } from './reply';

export type Handler = (context: RouteContext) => Reply | Promise<Reply>;

interface Route {
	operation: CatalogueOperation;
	pattern: RegExp;
	paramNames: string[];
	literalSegments: number;
	handler?: Handler;
}

export type RouteMatch =
	| { kind: 'found'; route: Route; params: Record<string, string | number> }
	| { kind: 'not-found' }
	| { kind: 'method-not-allowed'; allowed: string[] };

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Compiles a path template the way the API's Flask routing does: integer parameters only
 * match digits, so `/sites/abc` matches no route (404) and `/sites/templates` is never a site id.
 */
function compile(operation: CatalogueOperation): Route {
	const paramNames: string[] = [];
	let literalSegments = 0;
	const source = operation.path
		.split('/')
		.map((segment) => {
			const name = /^\{(.+)\}$/.exec(segment)?.[1];
			if (!name) {
				literalSegments += 1;
				return escape(segment);
			}
			paramNames.push(name);
			const type = operation.pathParams.find((param) => param.name === name)?.type;
			return type === 'integer' ? '(\\d+)' : '([^/]+)';
		})
		.join('/');

	return { operation, pattern: new RegExp(`^${source}$`), paramNames, literalSegments };
}

function decode(value: string): string {
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
}

export class Router {
	private readonly routes: Route[];

	constructor(operations: CatalogueOperation[]) {
		this.routes = operations.map(compile);
	}

	/** Registers the stateful handler of one catalogue operation. */
	on(method: string, path: string, handler: Handler): void {
		const route = this.routes.find(
			({ operation }) => operation.method === method && operation.path === path,
		);
		if (!route) throw new Error(`No catalogue operation ${method} ${path}`);
		if (route.handler) throw new Error(`Handler registered twice for ${method} ${path}`);
		route.handler = handler;
	}

	match(method: string, path: string): RouteMatch {
		const matching = this.routes.filter((route) => route.pattern.test(path));
		if (matching.length === 0) return { kind: 'not-found' };

		const candidates = matching
			.filter((route) => route.operation.method === method)
			.sort((a, b) => b.literalSegments - a.literalSegments);
		if (candidates.length === 0) {
			return {
				kind: 'method-not-allowed',
				allowed: [...new Set(matching.map((route) => route.operation.method))],
			};
		}

		const route = candidates[0];
		const values = route.pattern.exec(path)?.slice(1) ?? [];
		const params = Object.fromEntries(
			route.paramNames.map((name, index) => [name, decode(values[index])]),
		);
		return { kind: 'found', route, params: this.typed(route, params) };
	}

	/** Operations that still answer generically, for reports. */
	unhandled(): CatalogueOperation[] {
		return this.routes.filter((route) => !route.handler).map((route) => route.operation);
	}

	private typed(route: Route, params: Record<string, string>): Record<string, string | number> {
		return Object.fromEntries(
			Object.entries(params).map(([name, value]) => {
				const type = route.operation.pathParams.find((param) => param.name === name)?.type;
				return [name, type === 'integer' ? Number(value) : value];
			}),
		);
	}
}
