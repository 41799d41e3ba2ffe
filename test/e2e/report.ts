/** Prints what the run does and counts checks; the last line is what CI reads. */
export class Report {
	private passed = 0;

	private failed = 0;

	say(line: string): void {
		console.log(`e2e: ${line}`);
	}

	check(name: string, assertion: () => void): void {
		try {
			assertion();
			this.passed++;
			console.log(`  ok    ${name}`);
		} catch (error) {
			this.fail(name, error as Error);
		}
	}

	fail(name: string, error: Error): void {
		this.failed++;
		console.log(`  FAIL  ${name}: ${error.message}`);
	}

	get succeeded(): boolean {
		return this.failed === 0 && this.passed > 0;
	}

	summary(): string {
		return `e2e: ${this.passed} passed, ${this.failed} failed`;
	}
}

/** Fails the current check with a short message. */
export function expect(condition: boolean, message: string): asserts condition {
	if (!condition) throw new Error(message);
}

export function seconds(ms: number): string {
	return `${(ms / 1000).toFixed(1)}s`;
}
