import type {
	ICredentialType,
	IDataObject,
	INode,
	INodeExecutionData,
	INodeType,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';
import { PollContext } from 'n8n-core';

import type { CredentialStore } from './credentials';
import { TestCredentialsHelper } from './credentials';

export const TRIGGER_TYPE = 'n8n-nodes-rocketnet.rocketNetTrigger';

/** The trigger and credential from source (jest) or from dist (benchmarks). */
export interface TriggerPackage {
	trigger: INodeType;
	credential: ICredentialType;
}

export interface PollOutcome {
	items: IDataObject[] | null;
	/** The node's static data after the poll, as n8n would save it. */
	staticData: IDataObject;
	errors: string[];
}

/**
 * Runs one poll of the Rocket.net Trigger through n8n-core's PollContext. The static data is
 * handed in and copied out as JSON, as n8n saves it between polls and restarts.
 */
export async function pollTrigger(
	{ trigger, credential: credentialType }: TriggerPackage,
	parameters: IDataObject,
	credential: CredentialStore,
	staticData: IDataObject = {},
	mode: 'trigger' | 'manual' = 'trigger',
): Promise<PollOutcome> {
	const node: INode = {
		id: 'trigger',
		name: 'Rocket.net Trigger',
		type: TRIGGER_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: parameters as INode['parameters'],
		credentials: { rocketNetApi: { id: '1', name: 'Rocket.net account' } },
	};
	const nodeTypes = {
		getByName: () => trigger,
		getByNameAndVersion: () => trigger,
		getKnownTypes: () => ({}),
	};
	const workflow = new Workflow({
		id: 'wf',
		name: 'Trigger test',
		nodes: [node],
		connections: {},
		nodeTypes,
		active: true,
	});
	const data = JSON.parse(JSON.stringify(staticData)) as IDataObject;
	const errors: string[] = [];
	const additionalData = {
		executionId: 'poll',
		credentialsHelper: new TestCredentialsHelper(credential, credentialType),
		variables: {},
	} as unknown as IWorkflowExecuteAdditionalData;

	const context = new PollContext(
		workflow,
		workflow.getNode(node.name) as INode,
		additionalData,
		mode,
		'activate',
		undefined,
		undefined,
		undefined,
		undefined,
		() => data,
	);
	const record = (message: string) => errors.push(message);
	const quiet = () => {};
	Object.defineProperty(context, 'logger', {
		value: { error: record, warn: record, info: quiet, debug: quiet },
	});

	const poll = trigger.poll as (this: typeof context) => Promise<INodeExecutionData[][] | null>;
	const result = await poll.call(context);
	return {
		items: result ? result[0].map((item) => item.json) : null,
		staticData: JSON.parse(JSON.stringify(data)) as IDataObject,
		errors,
	};
}
