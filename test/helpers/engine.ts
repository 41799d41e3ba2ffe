import type {
	ExecutionError,
	IConnections,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	INodeTypes,
	IRun,
	IRunExecutionData,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';
import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';

import { RocketNet } from '../../nodes/RocketNet/RocketNet.node';
import { CredentialStore, TestCredentialsHelper } from './credentials';

export const ROCKET_NET_TYPE = 'n8n-nodes-rocketnet.rocketNet';

const manualTrigger: INodeType = {
	description: {
		displayName: 'Manual Trigger',
		description: 'Starts the test workflow',
		name: 'manualTrigger',
		group: ['trigger'],
		version: 1,
		defaults: { name: 'Manual Trigger' },
		inputs: [],
		outputs: ['main'],
		properties: [],
	},
	async execute() {
		return [this.getInputData()];
	},
};

const nodeTypeMap: Record<string, INodeType> = {
	'n8n-nodes-base.manualTrigger': manualTrigger,
	[ROCKET_NET_TYPE]: new RocketNet(),
};

export const nodeTypes: INodeTypes = {
	getByName: (type) => nodeTypeMap[type],
	getByNameAndVersion: (type) => nodeTypeMap[type],
	getKnownTypes: () => ({}),
};

export interface RunOptions {
	/** Items the Rocket.net node receives, one request each; default one empty item. */
	input?: IDataObject[];
	continueOnFail?: boolean;
}

export interface RunResult {
	items: INodeExecutionData[];
	error?: ExecutionError;
}

/** A credential as saved in n8n, shared by every execution that uses it. */
export function rocketCredential(baseUrl: string, email: string, password: string) {
	return new CredentialStore({ email, password, baseUrl });
}

/**
 * Runs Manual Trigger → Rocket.net through n8n's WorkflowExecute, as an execution from the
 * editor would, and returns the Rocket.net node's output.
 */
export async function runRocketNet(
	parameters: INodeParameters,
	credential: CredentialStore,
	options: RunOptions = {},
): Promise<RunResult> {
	const nodes: INode[] = [
		{
			id: 'trigger',
			name: 'Start',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		{
			id: 'rocket',
			name: 'Rocket.net',
			type: ROCKET_NET_TYPE,
			typeVersion: 1,
			position: [200, 0],
			parameters,
			credentials: { rocketNetApi: { id: '1', name: 'Rocket.net account' } },
			continueOnFail: options.continueOnFail,
		},
	];
	const connections: IConnections = {
		Start: { main: [[{ node: 'Rocket.net', type: 'main', index: 0 }]] },
	};
	const workflow = new Workflow({ id: 'wf', nodes, connections, nodeTypes, active: false });

	const hooks = new ExecutionLifecycleHooks('manual', 'exec', {
		id: 'wf',
		nodes,
		connections,
	} as never);
	const finished = new Promise<IRun>((resolve) => {
		hooks.addHandler('workflowExecuteAfter', (run) => resolve(run));
	});
	const additionalData = {
		executionId: 'exec',
		hooks,
		credentialsHelper: new TestCredentialsHelper(credential),
		variables: {},
		webhookWaitingBaseUrl: 'http://localhost/webhook-waiting',
		formWaitingBaseUrl: 'http://localhost/form-waiting',
		restApiUrl: 'http://localhost/rest',
		instanceBaseUrl: 'http://localhost/',
	} as unknown as IWorkflowExecuteAdditionalData;

	const input = (options.input ?? [{}]).map((json) => ({ json }));
	const runExecutionData = {
		startData: {},
		resultData: { runData: {} },
		executionData: {
			contextData: {},
			metadata: {},
			waitingExecution: {},
			waitingExecutionSource: null,
			nodeExecutionStack: [{ node: nodes[0], data: { main: [input] }, source: null }],
		},
	} as unknown as IRunExecutionData;

	try {
		await new WorkflowExecute(additionalData, 'manual', runExecutionData).processRunExecutionData(
			workflow,
		);
	} catch (error) {
		// n8n refuses to start a workflow whose node has issues, such as a required field left empty.
		return { items: [], error: error as ExecutionError };
	}
	const run = await finished;

	const nodeRun = run.data.resultData.runData['Rocket.net']?.[0];
	return {
		items: nodeRun?.data?.main?.[0] ?? [],
		error: run.data.resultData.error ?? nodeRun?.error,
	};
}
