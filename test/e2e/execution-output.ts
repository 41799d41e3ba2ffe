import type { IDataObject } from 'n8n-workflow';

/** The parts of the run that `n8n execute --rawOutput` logs which these tests read. */
export interface LoggedRun {
	status: string;
	data: {
		resultData: {
			error?: { message?: string; description?: string | null };
			runData: Record<string, NodeRun[]>;
		};
	};
}

interface NodeRun {
	data?: { main?: Array<Array<{ json: IDataObject }> | null> };
}

interface LogEntry {
	level?: string;
	message?: unknown;
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

function logEntries(stdout: string): LogEntry[] {
	return stdout
		.split('\n')
		.map((line) => parseJson(line) as LogEntry | undefined)
		.filter((entry): entry is LogEntry => typeof entry?.message === 'string');
}

/** With N8N_LOG_FORMAT=json, `execute` logs the whole run as the message of one log line. */
export function findLoggedRun(stdout: string): LoggedRun | undefined {
	for (const entry of logEntries(stdout)) {
		const message = entry.message as string;
		if (!message.startsWith('{')) continue;
		const run = parseJson(message) as LoggedRun | undefined;
		if (run?.data?.resultData?.runData) return run;
	}
	return undefined;
}

/** The first line of each error n8n logged, for a failure message. */
export function loggedErrors(stdout: string): string[] {
	return logEntries(stdout)
		.filter((entry) => entry.level === 'error')
		.map((entry) => (entry.message as string).trim().split('\n')[0])
		.filter((line) => line !== '');
}

export function runErrorMessage(run: LoggedRun): string | undefined {
	const error = run.data.resultData.error;
	if (!error) return undefined;
	return [error.message, error.description].filter(Boolean).join(' — ');
}

/** The JSON of the items a node sent to its first output in its first run. */
export function outputItems(run: LoggedRun, nodeName: string): IDataObject[] | undefined {
	const items = run.data.resultData.runData[nodeName]?.[0]?.data?.main?.[0];
	return items?.map((item) => item.json);
}
