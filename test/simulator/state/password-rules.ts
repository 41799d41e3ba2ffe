import { randomInt } from 'node:crypto';

/** Rocket.net's password requirements, in the words of UserPasswordStrengthRequirements. */
export const PASSWORD_REQUIREMENTS = {
	minimum_length: 'Password must be at least 8 characters long',
	length: 'Increase password length',
	mix_of_characters: 'Use at least 1 number and 1 symbol',
	mixed_case: 'Use at least one UPPER case letter and at least one LOWER case letter',
	avoid_common_passwords: 'Avoid using one of the most common passwords',
	use_passphrases:
		'NOTE: Passphrases (multiple words with spaces or dashes in between them) are better than passwords',
	variety: 'Repeat less characters',
} as const;

export type PasswordRequirement = Exclude<keyof typeof PASSWORD_REQUIREMENTS, 'use_passphrases'>;

const MINIMUM_LENGTH = 8;
const GOOD_LENGTH = 12;

const COMMON_PASSWORDS = new Set([
	'123456',
	'12345678',
	'123456789',
	'abc123',
	'admin',
	'dragon',
	'football',
	'iloveyou',
	'letmein',
	'monkey',
	'p@ssw0rd',
	'p@ssw0rd!',
	'passw0rd',
	'password',
	'password1',
	'password1!',
	'password123',
	'qwerty',
	'qwerty123',
	'welcome',
	'welcome1',
]);

// Limitation: the real rules are not published; these follow the requirement texts of the spec.
/** The requirements a password misses, in the order the spec lists them. */
export function missedRequirements(password: string): PasswordRequirement[] {
	const missed: PasswordRequirement[] = [];
	if (password.length < MINIMUM_LENGTH) missed.push('minimum_length');
	if (password.length < GOOD_LENGTH) missed.push('length');
	if (!/\d/.test(password) || !/[^A-Za-z0-9]/.test(password)) missed.push('mix_of_characters');
	if (!/[a-z]/.test(password) || !/[A-Z]/.test(password)) missed.push('mixed_case');
	if (COMMON_PASSWORDS.has(password.toLowerCase())) missed.push('avoid_common_passwords');
	const distinct = new Set(password).size;
	if (/(.)\1\1/.test(password) || distinct < password.length / 2) missed.push('variety');
	return missed;
}

/** 0 to 100: length and character classes raise it, every missed requirement lowers it. */
export function passwordStrength(password: string): number {
	if (COMMON_PASSWORDS.has(password.toLowerCase())) return 0;
	const classes = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
	const score = Math.min(100, 3 * password.length + 10 * classes);
	return Math.max(0, score - 20 * missedRequirements(password).length);
}

/** The texts of the missed requirements, with the passphrase note; `{}` for a strong password. */
export function requirementTexts(missed: PasswordRequirement[]): Record<string, string> {
	if (missed.length === 0) return {};
	const texts: Record<string, string> = {};
	for (const requirement of missed) texts[requirement] = PASSWORD_REQUIREMENTS[requirement];
	texts.use_passphrases = PASSWORD_REQUIREMENTS.use_passphrases;
	return texts;
}

const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '!@#$%^&*-_=+?';

function pick(characters: string): string {
	return characters[randomInt(characters.length)];
}

/** A random password of `length` characters that meets every requirement. */
export function generatePassword(length: number): string {
	for (;;) {
		const characters = [pick(LOWER), pick(UPPER), pick(DIGITS), pick(SYMBOLS)];
		const all = LOWER + UPPER + DIGITS + SYMBOLS;
		while (characters.length < length) characters.push(pick(all));
		for (let i = characters.length - 1; i > 0; i--) {
			const j = randomInt(i + 1);
			[characters[i], characters[j]] = [characters[j], characters[i]];
		}
		const password = characters.join('');
		if (missedRequirements(password).length === 0) return password;
	}
}
