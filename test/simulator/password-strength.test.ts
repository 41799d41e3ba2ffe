import type { AxiosInstance } from 'axios';

import { apiClient, loggedInClient, useSimulator } from './helpers';
import { missedRequirements } from './state/password-rules';

describe('password strength', () => {
	const simulator = useSimulator();
	let client: AxiosInstance;

	beforeAll(async () => {
		client = await loggedInClient(simulator());
	});

	it.each([
		['short', 'aB3!', ['minimum_length', 'length']],
		['without a symbol', 'Harborlights42', ['mix_of_characters']],
		['in one case', 'harbor-lights-42', ['mixed_case']],
		['common', 'Password1!', ['length', 'avoid_common_passwords']],
		['repetitive', 'Aaaa1!aaaaaaaa', ['variety']],
		['strong', 'Tide-Pool-42-Lantern!', []],
	])('reads a %s password against the rules', (_kind, password, missed) => {
		expect(missedRequirements(password)).toEqual(missed);
	});

	it('answers the missed requirements with their texts, without auth', async () => {
		const response = await apiClient(simulator()).post('/users/password_strength', {
			password: 'harbor',
		});
		expect(response.data.result).toEqual({
			strong: false,
			missed_requirements: ['minimum_length', 'length', 'mix_of_characters', 'mixed_case'],
			requirements: {
				minimum_length: 'Password must be at least 8 characters long',
				length: 'Increase password length',
				mix_of_characters: 'Use at least 1 number and 1 symbol',
				mixed_case: 'Use at least one UPPER case letter and at least one LOWER case letter',
				use_passphrases:
					'NOTE: Passphrases (multiple words with spaces or dashes in between them) are better than passwords',
			},
		});
	});

	it('answers an empty requirements object for a strong password', async () => {
		const response = await client.post('/users/password_strength', {
			password: 'Tide-Pool-42-Lantern!',
		});
		expect(response.data.result).toEqual({
			strong: true,
			missed_requirements: [],
			requirements: {},
		});
	});

	it('scores passwords from 0 to 100', async () => {
		const strong = await client.post('/password_strength', { password: 'Tide-Pool-42-Lantern!' });
		expect(strong.data.result).toEqual({ strength: 100, strong: true });

		const common = await client.post('/password_strength', { password: 'password' });
		expect(common.data.result).toEqual({ strength: 0, strong: false });
	});

	it('generates passwords of the asked length that meet every rule', async () => {
		for (const length of [16, 40, 72]) {
			const response = await client.post('/users/generate_password', { length });
			const { password } = response.data.result;
			expect(password).toHaveLength(length);
			expect(missedRequirements(password)).toEqual([]);
		}
	});

	it('generates 16 characters without a body, and refuses lengths outside 16..72', async () => {
		const plain = await client.post('/users/generate_password');
		expect(plain.data.result.password).toHaveLength(16);

		expect((await client.post('/users/generate_password', { length: 15 })).status).toBe(400);
		expect((await client.post('/users/generate_password', { length: 73 })).status).toBe(400);
	});
});
