import type {
	ExecutionError,
	ICredentialType,
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

import { CredentialStore, TestCredentialsHelper } from './credentials';

export const ROCKET_NET_TYPE = 'n8n-nodes-rocketnet.rocketNet';

const manualTrigger: INodeType = {
	description: {
		displayName: 'Manual Trigger',
		name: 'manualTrigger',
		description: 'Starts the test workflow',
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

/** The package under test: the node and credential from source (jest) or from dist (demo). */
export interface RocketNetPackage {
	node: INodeType;
	credential: ICredentialType;
}

export interface StepResult {
	items: INodeExecutionData[];
	error?: ExecutionError;
}

export interface RunResult extends StepResult {
	/** Output of every Rocket.net step, by node name, in the order they ran. */
	steps: Record<string, StepResult>;
}

export interface RunOptions {
	/** Items the first Rocket.net step receives; default one empty item. */
	input?: IDataObject[];
	continueOnFail?: boolean;
}

export interface WorkflowStep {
	name: string;
	parameters: INodeParameters;
	continueOnFail?: boolean;
}

/** A credential as saved in n8n, shared by every execution that uses it. */
export function rocketCredential(baseUrl: string, email: string, password: string) {
	return new CredentialStore({ email, password, baseUrl });
}

function buildWorkflow(rocketNet: RocketNetPackage, steps: WorkflowStep[]) {
	const nodes: INode[] = [
		{
			id: 'trigger',
			name: 'Start',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		...steps.map((step, index) => ({
			id: `step-${index}`,
			name: step.name,
			type: ROCKET_NET_TYPE,
			typeVersion: 1,
			position: [200 * (index + 1), 0] as [number, number],
			parameters: step.parameters,
			credentials: { rocketNetApi: { id: '1', name: 'Rocket.net account' } },
			continueOnFail: step.continueOnFail,
		})),
	];
	const connections: IConnections = {};
	nodes.slice(1).forEach((node, index) => {
		connections[nodes[index].name] = { main: [[{ node: node.name, type: 'main', index: 0 }]] };
	});

	const types: Record<string, INodeType> = {
		'n8n-nodes-base.manualTrigger': manualTrigger,
		[ROCKET_NET_TYPE]: rocketNet.node,
	};
	const nodeTypes: INodeTypes = {
		getByName: (type) => types[type],
		getByNameAndVersion: (type) => types[type],
		getKnownTypes: () => ({}),
	};
	const workflow = new Workflow({ id: 'wf', nodes, connections, nodeTypes, active: false });
	return { workflow, nodes, connections };
}

/**
 * Runs Manual Trigger → the given Rocket.net steps through n8n's WorkflowExecute, as an
 * execution from the editor would, and returns what each step output.
 */
export async function runWorkflow(
	rocketNet: RocketNetPackage,
	steps: WorkflowStep[],
	credential: CredentialStore,
	input: IDataObject[] = [{}],
): Promise<RunResult> {
	const { workflow, nodes, connections } = buildWorkflow(rocketNet, steps);

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
		credentialsHelper: new TestCredentialsHelper(credential, rocketNet.credential),
		variables: {},
		webhookWaitingBaseUrl: 'http://localhost/webhook-waiting',
		formWaitingBaseUrl: 'http://localhost/form-waiting',
		restApiUrl: 'http://localhost/rest',
		instanceBaseUrl: 'http://localhost/',
	} as unknown as IWorkflowExecuteAdditionalData;

	const runExecutionData = {
		startData: {},
		resultData: { runData: {} },
		executionData: {
			contextData: {},
			metadata: {},
			waitingExecution: {},
			waitingExecutionSource: null,
			nodeExecutionStack: [
				{ node: nodes[0], data: { main: [input.map((json) => ({ json }))] }, source: null },
			],
		},
	} as unknown as IRunExecutionData;

	try {
		await new WorkflowExecute(additionalData, 'manual', runExecutionData).processRunExecutionData(
			workflow,
		);
	} catch (error) {
		// n8n refuses to start a workflow whose node has issues, such as a required field left empty.
		return { items: [], error: error as ExecutionError, steps: {} };
	}
	const run = await finished;

	const stepResults: Record<string, StepResult> = {};
	for (const step of steps) {
		const nodeRun = run.data.resultData.runData[step.name]?.[0];
		if (nodeRun)
			stepResults[step.name] = { items: nodeRun.data?.main?.[0] ?? [], error: nodeRun.error };
	}
	const last = stepResults[steps[steps.length - 1].name];
	return {
		items: last?.items ?? [],
		error: run.data.resultData.error ?? last?.error,
		steps: stepResults,
	};
}
