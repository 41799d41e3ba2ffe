import type {
	ICredentialDataDecryptedObject,
	ICredentials,
	ICredentialType,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeProperties,
	IRequestOptionsSimplified,
	Workflow,
} from 'n8n-workflow';
import { ICredentialsHelper, isExpression } from 'n8n-workflow';

/** What n8n keeps in its database for one credential: the data, and how often it was refreshed. */
export class CredentialStore {
	data: ICredentialDataDecryptedObject;

	logins = 0;

	constructor(data: ICredentialDataDecryptedObject) {
		this.data = { accessToken: '', ...data };
	}
}

/**
 * Reproduces n8n's CredentialsHelper for one credential type: generic `authenticate` resolved as
 * expressions, `preAuthentication` only when the expirable token is empty or the API said 401,
 * and the new token saved back so later executions reuse it.
 */
export class TestCredentialsHelper extends ICredentialsHelper {
	constructor(
		private readonly store: CredentialStore,
		private readonly type: ICredentialType,
	) {
		super();
	}

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		_typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow?: Workflow,
		node?: INode,
	): Promise<IHttpRequestOptions> {
		const options = requestOptions as IHttpRequestOptions & Record<string, Record<string, unknown>>;
		const authenticate = this.type.authenticate;
		if (!authenticate || typeof authenticate === 'function' || !workflow || !node) return options;

		for (const [outerKey, values] of Object.entries(authenticate.properties)) {
			options[outerKey] ??= {};
			for (const [key, value] of Object.entries(values as Record<string, string>)) {
				options[outerKey][key] = isExpression(value)
					? workflow.expression.getSimpleParameterValue(node, value, 'internal', {
							$credentials: credentials,
						})
					: value;
			}
		}
		return options;
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		_typeName: string,
		_node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const expirable = this.type.properties.find(
			(property) => property.type === 'hidden' && property.typeOptions?.expirable,
		);
		if (!expirable || !this.type.preAuthentication) return undefined;
		if (credentials[expirable.name] !== '' && !credentialsExpired) return undefined;

		const output = await this.type.preAuthentication.call(helpers, credentials);
		if (output[expirable.name] === undefined) return undefined;

		this.store.logins++;
		this.store.data = { ...this.store.data, ...output } as ICredentialDataDecryptedObject;
		return { ...credentials, ...output } as ICredentialDataDecryptedObject;
	}

	async runPreAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		return (await this.type.preAuthentication?.call(helpers, credentials)) as
			| ICredentialDataDecryptedObject
			| undefined;
	}

	async getDecrypted(): Promise<ICredentialDataDecryptedObject> {
		return { ...this.store.data };
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('Not used by these tests');
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(): INodeProperties[] {
		return this.type.properties;
	}
}
