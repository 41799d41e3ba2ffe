import { jsonOf, onlyRequest, site, useRocketNet } from '../helpers/fixture';

const SILVER_LAKE = 1000007;

describe('Site Transfer', () => {
	const rocket = useRocketNet();

	async function initiate(email = 'new.owner@example.org') {
		const [transfer] = jsonOf(
			await rocket.run({
				resource: 'siteTransfer',
				operation: 'initiate',
				siteId: site(SILVER_LAKE),
				email,
			}),
		);
		rocket.simulator.clearRequests();
		return String(transfer.transfer_id);
	}

	it('initiates a transfer to the email of another account', async () => {
		const [item] = jsonOf(
			await rocket.run({
				resource: 'siteTransfer',
				operation: 'initiate',
				siteId: site(SILVER_LAKE),
				email: ' new.owner@example.org ',
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: `/sites/${SILVER_LAKE}/transfer`,
			body: { email: 'new.owner@example.org' },
		});
		expect(item).toMatchObject({
			transfer_id: expect.any(String),
			domain: 'silver-lake.example.com',
			transfer_to_user: { email: 'new.owner@example.org' },
			transfer_type: 'outgoing',
			status: 'created',
		});
	});

	it('refuses an email without @ before sending anything', async () => {
		const result = await rocket.run({
			resource: 'siteTransfer',
			operation: 'initiate',
			siteId: site(SILVER_LAKE),
			email: 'new.owner',
		});

		expect(result.error?.message).toBe('Email "new.owner" is not valid');
		expect(rocket.apiRequests()).toEqual([]);
	});

	it.each([
		['accept', 'accepted'],
		['reject', 'rejected'],
		['cancel', 'cancelled'],
	])('%ss a pending transfer', async (operation, status) => {
		const transferId = await initiate();

		const [item] = jsonOf(
			await rocket.run({
				resource: 'siteTransfer',
				operation,
				siteId: site(SILVER_LAKE),
				transferId,
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: `/sites/${SILVER_LAKE}/transfer/${transferId}/${operation}`,
		});
		expect(item).toMatchObject({ transfer_id: transferId, status });
	});

	it('shows Rocket.net’s reason when a transfer was already settled', async () => {
		const transferId = await initiate();
		const settle = { resource: 'siteTransfer', siteId: site(SILVER_LAKE), transferId };
		await rocket.run({ ...settle, operation: 'cancel' });

		const result = await rocket.run({ ...settle, operation: 'accept' });

		expect(result.error?.message).toBe('This transfer was already cancelled');
	});
});
