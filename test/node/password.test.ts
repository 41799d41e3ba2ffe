import { jsonOf, onlyRequest, useRocketNet } from '../helpers/fixture';
import { missedRequirements } from '../simulator/state/password-rules';

const STRONG = 'Tide-Pool-42-Lantern!';

describe('Password', () => {
	const rocket = useRocketNet();

	it('checks the strength of a password and outputs only the verdict', async () => {
		const [item] = jsonOf(
			await rocket.run({ resource: 'password', operation: 'checkStrength', password: STRONG }),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: '/password_strength',
			body: { password: STRONG },
		});
		expect(item).toEqual({ strength: 100, strong: true });
	});

	it('lists the password rules a weak password misses, without the password', async () => {
		const [item] = jsonOf(
			await rocket.run({
				resource: 'password',
				operation: 'checkRequirements',
				password: 'harborlights',
			}),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: '/users/password_strength',
			body: { password: 'harborlights' },
		});
		expect(item).toMatchObject({
			strong: false,
			missed_requirements: ['mix_of_characters', 'mixed_case'],
			requirements: { mix_of_characters: 'Use at least 1 number and 1 symbol' },
		});
		expect(JSON.stringify(item)).not.toContain('harborlights');
	});

	it('refuses to check a password mapped from an empty field before sending anything', async () => {
		const result = await rocket.run({
			resource: 'password',
			operation: 'checkStrength',
			password: '={{ $json.newPassword ?? "" }}',
		});

		expect(result.error?.message).toBe('Password is empty');
		expect(rocket.apiRequests()).toEqual([]);
	});

	it('generates a strong password of the asked length', async () => {
		const [item] = jsonOf(
			await rocket.run({ resource: 'password', operation: 'generate', length: 24 }),
		);

		expect(onlyRequest(rocket)).toMatchObject({
			method: 'POST',
			path: '/users/generate_password',
			body: { length: 24 },
		});
		expect(Object.keys(item)).toEqual(['password']);
		expect(item.password).toHaveLength(24);
		expect(missedRequirements(String(item.password))).toEqual([]);
	});

	it.each([15, 73, 20.5])('refuses a length of %s before sending anything', async (length) => {
		const result = await rocket.run({ resource: 'password', operation: 'generate', length });

		expect(result.error?.message).toBe(`Length ${length} is out of range`);
		expect(result.error?.description).toBe('Set Length to a whole number from 16 to 72.');
		expect(rocket.apiRequests()).toEqual([]);
	});
});
