import type { Simulator } from '../simulator/server';

/** Someone else's requests, not n8n's: the simulator's log tells them apart by this. */
const DASHBOARD_USER_AGENT = 'rocketnet-e2e-dashboard/1';

export interface Backup {
	taskId: string;
	siteId: number;
}

/** Starts backups through the API with a login of its own, as the Rocket.net dashboard would. */
export async function dashboard(simulator: Simulator) {
	const post = async (path: string, body: object, token?: string) => {
		const response = await fetch(`${simulator.apiUrl}${path}`, {
			method: 'POST',
			headers: {
				'Content-Type': 'application/json',
				'User-Agent': DASHBOARD_USER_AGENT,
				...(token ? { Authorization: `Bearer ${token}` } : {}),
			},
			body: JSON.stringify(body),
			signal: AbortSignal.timeout(10 * 1000),
		});
		const answer = (await response.json()) as Record<string, unknown>;
		if (!response.ok) throw new Error(`POST ${path} answered ${response.status}`);
		return answer;
	};

	const { email, password } = simulator.account;
	const { token } = (await post('/login', { username: email, password })) as { token: string };
	return {
		startBackup: async (siteId: number, label: string): Promise<Backup> => {
			const answer = await post(`/sites/${siteId}/backup`, { label }, token);
			const { task_id } = answer.result as { task_id: string };
			return { taskId: task_id, siteId };
		},
	};
}
