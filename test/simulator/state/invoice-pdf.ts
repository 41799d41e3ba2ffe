/** PDF text strings take ASCII here; parentheses and backslashes are escaped. */
function pdfText(text: string): string {
	return text.replace(/[^\x20-\x7e]/g, '?').replace(/[\\()]/g, '\\$&');
}

/**
 * A small, valid one-page PDF (Helvetica, one line per entry of `lines`) with a correct
 * cross-reference table, so that PDF readers open it.
 */
export function onePagePdf(lines: string[]): Buffer {
	const text = lines.map((line) => `(${pdfText(line)}) Tj T*`).join('\n');
	const content = `BT\n/F1 11 Tf\n16 TL\n56 780 Td\n${text}\nET`;
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ' +
			'/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
		`<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`,
	];

	let pdf = '%PDF-1.4\n';
	const offsets: number[] = [];
	objects.forEach((object, index) => {
		offsets.push(Buffer.byteLength(pdf));
		pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
	});

	const xref = Buffer.byteLength(pdf);
	const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`);
	pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries.join('')}`;
	pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return Buffer.from(pdf, 'latin1');
}
