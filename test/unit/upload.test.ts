import { randomBytes } from 'node:crypto';

import { jsonBodyWithBase64Content } from '../../nodes/RocketNet/shared/upload';

describe('jsonBodyWithBase64Content', () => {
	const fields = { path: 'wp-content/uploads', filename: 'café "1".bin' };

	it.each([0, 1, 2, 3, 4, 196_607, 196_608, 196_609, 1_000_001])(
		'writes the same JSON as JSON.stringify for a %i-byte file',
		(size) => {
			const file = randomBytes(size);
			const body = jsonBodyWithBase64Content(fields, file);

			expect(body.toString('utf8')).toBe(
				JSON.stringify({ ...fields, binary: true, content: file.toString('base64') }),
			);
		},
	);

	it('allocates exactly the body, with no spare bytes', () => {
		const file = randomBytes(1000);
		const expected = JSON.stringify({ ...fields, binary: true, content: file.toString('base64') });

		expect(jsonBodyWithBase64Content(fields, file)).toHaveLength(Buffer.byteLength(expected));
	});
});
