import { bodyOf, siteOf, type RouteContext } from '../http/context';
import { ApiError, ok } from '../http/reply';
import type { Router } from '../http/router';
import { isoSeconds, newUuid } from '../state/ids';
import { groupState, type SimulatorState } from '../state/state';

type TransferStatus = 'created' | 'accepted' | 'rejected' | 'cancelled';

/** CustomerSiteTransfer, kept in the spec's field order. */
interface TransferRecord {
	transfer_id: string;
	domain: string;
	requires_plan_upgrade: boolean;
	transferring_user: { firstname: string; lastname: string };
	transfer_to_user: { email: string };
	transfer_type: 'incoming' | 'outgoing';
	site_id: number;
	status: TransferStatus;
	created_at: string;
	updated_at: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function transfers(state: SimulatorState): Map<string, TransferRecord> {
	return groupState(state, 'siteTransfers', () => new Map<string, TransferRecord>());
}

/** Transfers still waiting for an answer, as GET /account/me lists them. */
export function pendingSiteTransfers(state: SimulatorState): TransferRecord[] {
	return [...transfers(state).values()].filter((transfer) => transfer.status === 'created');
}

function initiateTransfer(context: RouteContext) {
	const site = siteOf(context);
	const email = bodyOf<{ email: string }>(context).email.trim();
	const { account } = context.state;
	if (!EMAIL.test(email)) throw new ApiError(400, `${email} is not a valid email address`);
	if (email.toLowerCase() === account.email.toLowerCase()) {
		throw new ApiError(400, 'A site cannot be transferred to the account that owns it');
	}
	if (site.production !== null) {
		throw new ApiError(400, 'A staging site cannot be transferred. Transfer its production site.');
	}
	const pending = pendingSiteTransfers(context.state).find((open) => open.site_id === site.id);
	if (pending) {
		throw new ApiError(400, `This site already has a pending transfer (${pending.transfer_id})`);
	}

	const stamp = isoSeconds(context.now);
	const transfer: TransferRecord = {
		transfer_id: newUuid(),
		domain: site.domain,
		requires_plan_upgrade: false,
		transferring_user: { firstname: account.firstname, lastname: account.lastname },
		transfer_to_user: { email },
		transfer_type: 'outgoing',
		site_id: site.id,
		status: 'created',
		created_at: stamp,
		updated_at: stamp,
	};
	transfers(context.state).set(transfer.transfer_id, transfer);
	return ok(transfer);
}

// Limitation: the simulator has one account, so it answers for both ends of a transfer: the
// site stays in the account after an accept.
/** Moves a pending transfer to its final status; a settled transfer cannot change again. */
function settleTransfer(status: TransferStatus) {
	return (context: RouteContext) => {
		const transfer = transfers(context.state).get(String(context.params.transfer_id));
		if (!transfer || transfer.site_id !== siteOf(context).id) {
			throw new ApiError(404, 'Site transfer not found');
		}
		if (transfer.status !== 'created') {
			throw new ApiError(400, `This transfer was already ${transfer.status}`);
		}

		transfer.status = status;
		transfer.updated_at = isoSeconds(context.now);
		return ok(transfer);
	};
}

export function registerSiteTransferRoutes(router: Router): void {
	router.on('POST', '/sites/{id}/transfer', initiateTransfer);
	router.on('POST', '/sites/{id}/transfer/{transfer_id}/accept', settleTransfer('accepted'));
	router.on('POST', '/sites/{id}/transfer/{transfer_id}/reject', settleTransfer('rejected'));
	router.on('POST', '/sites/{id}/transfer/{transfer_id}/cancel', settleTransfer('cancelled'));
}
