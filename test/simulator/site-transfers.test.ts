import type { AxiosInstance } from 'axios';

import { loggedInClient, useSimulator } from './helpers';

const SILVER_LAKE = 1_000_007;
const transfer = `/sites/${SILVER_LAKE}/transfer`;

describe('site transfers', () => {
	const simulator = useSimulator();
	let client: AxiosInstance;

	beforeAll(async () => {
		client = await loggedInClient(simulator());
	});

	beforeEach(() => simulator().reset());

	it('initiates a transfer in status created, then cancels it once', async () => {
		const started = await client.post(transfer, { email: 'new.owner@example.org' });
		expect(started.data.result).toEqual({
			transfer_id: expect.any(String),
			domain: 'silver-lake.example.com',
			requires_plan_upgrade: false,
			transferring_user: { firstname: 'Demo', lastname: 'Owner' },
			transfer_to_user: { email: 'new.owner@example.org' },
			transfer_type: 'outgoing',
			site_id: SILVER_LAKE,
			status: 'created',
			created_at: expect.any(String),
			updated_at: expect.any(String),
		});

		const id = started.data.result.transfer_id;
		const cancelled = await client.post(`${transfer}/${id}/cancel`);
		expect(cancelled.data.result.status).toBe('cancelled');

		const accepted = await client.post(`${transfer}/${id}/accept`);
		expect(accepted.status).toBe(400);
		expect(accepted.data.messages).toEqual(['This transfer was already cancelled']);
	});

	it('allows one pending transfer per site', async () => {
		await client.post(transfer, { email: 'first@example.org' });
		const second = await client.post(transfer, { email: 'second@example.org' });

		expect(second.status).toBe(400);
		expect(second.data.messages[0]).toMatch(/already has a pending transfer/);
	});

	it('refuses an invalid email and the account’s own email', async () => {
		const invalid = await client.post(transfer, { email: 'not-an-email' });
		expect(invalid.data.messages).toEqual(['not-an-email is not a valid email address']);

		const own = await client.post(transfer, { email: simulator().account.email });
		expect(own.status).toBe(400);
	});

	it('answers 404 for a transfer of another site', async () => {
		const started = await client.post(transfer, { email: 'new.owner@example.org' });
		const response = await client.post(
			`/sites/1000001/transfer/${started.data.result.transfer_id}/reject`,
		);
		expect(response.status).toBe(404);
	});
});
