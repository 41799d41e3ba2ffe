import { findOperation, listRecords, loadCatalogue } from './catalogue';
import { Router } from './http/router';
import { registerRoutes } from './routes';

const DURATIONS = ['30m', '1h', '6h', '12h', '24h', '72h', '7d', '30d'];

function operation(method: string, path: string) {
	const found = findOperation(method, path);
	if (!found) throw new Error(`Missing ${method} ${path}`);
	return found;
}

describe('catalogue', () => {
	const { operations } = loadCatalogue();

	it('holds all 198 operations of the spec, paths without /v1, each once', () => {
		expect(operations).toHaveLength(198);
		expect(operations.every((op) => op.path.startsWith('/') && !op.path.startsWith('/v1'))).toBe(
			true,
		);
		const keys = new Set(operations.map((op) => `${op.method} ${op.path}`));
		expect(keys.size).toBe(198);
	});

	it('flags the six operations the spec marks as deprecated', () => {
		const deprecated = operations
			.filter((op) => op.deprecated)
			.map((op) => `${op.method} ${op.path}`)
			.sort();
		expect(deprecated).toEqual([
			'GET /reporting/sites/{id}/cdn/cache-top',
			'GET /reporting/sites/{id}/waf/events',
			'GET /sites/{id}/access-logs',
			'GET /sites/{id}/files',
			'POST /sites/templates',
			'POST /sites/{id}/cli',
		]);
	});

	it('marks the operations without bearer security', () => {
		const open = operations
			.filter((op) => !op.auth)
			.map((op) => `${op.method} ${op.path}`)
			.sort();
		expect(open).toEqual([
			'GET /billing/invoices/{invoice_id}/pdf',
			'GET /sites/{id}/backup/{backup_id}',
			'GET /sites/{id}/users/accept',
			'GET /users/accept',
			'POST /login',
			'POST /sites/users/login',
			'POST /sites/users/reset-password',
			'POST /sites/users/{user_id}/password',
			'POST /users/password_strength',
		]);
	});

	it('requires duration with the reporting enum on the WAF event list', () => {
		const duration = operation('GET', '/reporting/sites/{id}/waf/eventlist').query.find(
			(param) => param.name === 'duration',
		);
		expect(duration).toMatchObject({ required: true, type: 'string', enum: DURATIONS });
	});

	it('keeps exact pagination bounds per endpoint', () => {
		const perPage = (path: string) =>
			operation('GET', path).query.find((param) => param.name === 'per_page');
		expect(perPage('/sites')).toMatchObject({ default: 10, minimum: 1, maximum: 1000 });
		expect(perPage('/sites/{id}/tasks')).toMatchObject({ default: 100 });
		expect(perPage('/sites/{id}/backup')).toMatchObject({ default: 100 });
		expect(operation('GET', '/sites').paginated).toBe(true);
		expect(operation('GET', '/sites/{id}/tasks').query.map((param) => param.name)).toEqual([
			'task_id',
			'task_type',
			'task_status',
			'page',
			'per_page',
			'sort',
			'direction',
		]);
	});

	it('knows which calls start tasks, and at which level', () => {
		const starters = operations
			.filter((op) => op.startsTask)
			.map((op) => `${op.method} ${op.path} ${op.startsTask}`);
		expect(starters).toHaveLength(12);
		expect(operation('POST', '/sites/{id}/backup').startsTask).toBe('site');
		expect(operation('POST', '/sites/{id}/clone').startsTask).toBe('site');
		expect(operation('POST', '/site_templates').startsTask).toBe('account');
		expect(operation('POST', '/sites/templates/{template_id}/sites').startsTask).toBe('account');
		expect(operation('GET', '/sites/{id}/cloud_backups/{backup_id}').startsTask).toBeNull();
	});

	it('knows where list records sit', () => {
		expect(operation('GET', '/sites').listPath).toBe('result');
		expect(operation('GET', '/sites/{id}/domains').listPath).toBe('result.additional_domains');
		expect(operation('GET', '/sites/templates').listPath).toBe('result.site_templates');
		expect(operation('GET', '/sites/{id}/password_protection/users').listPath).toBe('result.users');
		expect(operation('GET', '/sites/{id}/ssl/certificates').listPath).toBe('');
		expect(operation('GET', '/sites/all_locations').listPath).toBeNull();

		const domains = operation('GET', '/sites/{id}/domains');
		expect(listRecords(domains, domains.example)).toHaveLength(1);
	});

	it('describes request bodies with exact required fields and types', () => {
		expect(operation('POST', '/sites/{id}/backup').body).toEqual({
			required: ['label'],
			fields: {
				label: expect.objectContaining({ type: 'string' }),
				backup_directory: expect.objectContaining({ type: 'boolean' }),
				backup_database: expect.objectContaining({ type: 'boolean' }),
			},
			additionalProperties: false,
			nullable: false,
		});
		expect(operation('POST', '/login').body?.required).toEqual(['username', 'password']);
		expect(operation('POST', '/sites/{id}/staging').body?.nullable).toBe(true);
		expect(operation('PATCH', '/sites/{id}/settings').body?.fields.new_php_version.enum).toContain(
			'8.4',
		);
	});

	it('builds sample bodies from the response schemas', () => {
		expect(operation('POST', '/login').example).toEqual({ token: expect.any(String) });
		expect(operation('GET', '/sites').example).toMatchObject({
			success: true,
			errors: [],
			messages: [],
			metadata: { page: 1, page_size: 10 },
			result: [expect.objectContaining({ id: expect.any(Number), domain: expect.any(String) })],
		});
		expect(operation('GET', '/reporting/sites/{id}/waf/firewall-events').example).toHaveProperty(
			'blockTotal',
		);
		expect(operation('GET', '/sites/{id}/backup/{backup_id}')).toMatchObject({
			responseType: 'application/gzip',
			example: null,
		});
	});

	it('finds operations by concrete path, preferring literal segments', () => {
		expect(findOperation('GET', '/sites/123/backup/automated')?.path).toBe(
			'/sites/{id}/backup/automated',
		);
		expect(findOperation('GET', '/v1/sites/templates')?.path).toBe('/sites/templates');
		expect(findOperation('GET', '/sites/42')?.path).toBe('/sites/{id}');
		expect(findOperation('PUT', '/sites/42')).toBeUndefined();
	});

	it('gives every task-starting call a stateful simulator handler', () => {
		const router = new Router(operations);
		registerRoutes(router);
		const generic = router.unhandled();
		expect(generic.filter((op) => op.startsTask)).toEqual([]);
		expect(generic.length).toBeLessThan(operations.length);
	});
});
