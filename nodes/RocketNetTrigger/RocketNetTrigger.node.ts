import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';

import { triggerProperties } from './description';
import { latestNewWafEvent, pollNewWafEvent } from './events/newWafEvent';
import type { NewWafEventState } from './events/newWafEvent';
import { latestSiteHealthChanged, pollSiteHealthChanged } from './events/siteHealthChanged';
import type { SiteHealthState } from './events/siteHealthChanged';
import { latestTaskFinished, pollTaskFinished } from './events/taskFinished';
import type { TaskFinishedState } from './events/taskFinished';
import { getSites } from './loadOptions/getSites';

type EventState = TaskFinishedState | NewWafEventState | SiteHealthState;

const NOTHING_YET: Record<string, string> = {
	taskFinished: 'No finished task matches yet on the watched sites',
	newWafEvent: 'The firewall logged no matching event on the watched sites in the last day',
	siteHealthChanged: 'There is no site to watch yet',
};

function readOptions(context: IPollFunctions) {
	const event = context.getNodeParameter('event') as string;
	const watch =
		event === 'newWafEvent'
			? 'chosenSites'
			: (context.getNodeParameter('watch', 'allSites') as string);
	const siteIds =
		watch === 'chosenSites'
			? (context.getNodeParameter('siteIds', []) as string[]).map(String)
			: [];
	if (watch === 'chosenSites' && siteIds.length === 0) {
		throw new NodeOperationError(context.getNode(), 'No site chosen to watch', {
			description: 'Choose at least one site in Site Names or IDs.',
		});
	}
	// Site IDs go into request paths: only positive whole numbers.
	const wrong = siteIds.find((id) => !/^[1-9][0-9]*$/.test(id.trim()));
	if (wrong !== undefined) {
		throw new NodeOperationError(
			context.getNode(),
			`Site Names or IDs: "${wrong}" is not a site ID`,
			{
				description: 'Choose sites from the list, or give their numeric IDs (e.g. 12345).',
			},
		);
	}

	return {
		event,
		watch,
		siteIds,
		finalStatus: context.getNodeParameter('finalStatus', 'any') as string,
		taskTypes: context.getNodeParameter('taskTypes', []) as string[],
		actions: context.getNodeParameter('actions', []) as string[],
		sources: context.getNodeParameter('sources', []) as string[],
	};
}

type Options = ReturnType<typeof readOptions>;

async function pollEvent(
	this: IPollFunctions,
	options: Options,
	previous: EventState | undefined,
	now: number,
): Promise<{ items: IDataObject[]; state: EventState }> {
	if (options.event === 'newWafEvent') {
		return await pollNewWafEvent.call(this, options, previous as NewWafEventState, now);
	}
	if (options.event === 'siteHealthChanged') {
		return await pollSiteHealthChanged.call(this, options, previous as SiteHealthState, now);
	}
	return await pollTaskFinished.call(this, options, previous as TaskFinishedState, now);
}

async function latestEvent(
	this: IPollFunctions,
	options: Options,
	previous: EventState | undefined,
) {
	if (options.event === 'newWafEvent') return await latestNewWafEvent.call(this, options);
	if (options.event === 'siteHealthChanged') {
		return await latestSiteHealthChanged.call(this, options, previous as SiteHealthState);
	}
	return await latestTaskFinished.call(this, options);
}

export class RocketNetTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Rocket.net Trigger',
		name: 'rocketNetTrigger',
		icon: { light: 'file:../../icons/rocketnet.svg', dark: 'file:../../icons/rocketnet.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["event"]}}',
		description:
			'Starts a workflow when a Rocket.net task finishes, the firewall logs an event or a site health changes',
		defaults: { name: 'Rocket.net Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'rocketNetApi', required: true }],
		properties: triggerProperties,
	};

	methods = { loadOptions: { getSites } };

	/**
	 * Each event fires once: the first poll after activation only records where things stand,
	 * and the state (cursors and the keys already handled) lives in the workflow's static data.
	 * A failed poll changes nothing, so the next one catches up.
	 */
	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const staticData = this.getWorkflowStaticData('node') as IDataObject;
		const options = readOptions(this);
		const settings = JSON.stringify(options);
		const previous =
			staticData.settings === settings ? (staticData.state as EventState | undefined) : undefined;

		if (this.getMode() === 'manual') {
			const latest = await latestEvent.call(this, options, previous);
			if (!latest) {
				throw new NodeOperationError(this.getNode(), NOTHING_YET[options.event], {
					description: 'Make the event happen on Rocket.net (e.g. run a backup), then fetch again.',
				});
			}
			return [this.helpers.returnJsonArray([latest])];
		}

		let result: { items: IDataObject[]; state: EventState };
		try {
			result = await pollEvent.call(this, options, previous, Date.now());
		} catch (error) {
			const workflow = this.getWorkflow();
			this.logger.error(
				`Rocket.net Trigger "${this.getNode().name}" in workflow "${workflow.name ?? workflow.id}" could not poll; the next poll catches up: ${(error as Error).message}`,
				{ workflowId: workflow.id, node: this.getNode().name },
			);
			return null;
		}

		staticData.settings = settings;
		staticData.state = result.state as unknown as IDataObject;
		return result.items.length ? [this.helpers.returnJsonArray(result.items)] : null;
	}
}
