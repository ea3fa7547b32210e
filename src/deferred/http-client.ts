/**
 * @actions/core imports @actions/http-client (and through it undici and tunnel) when it loads, yet
 * uses it only in getIDToken(), which this action never calls. Loading that chain costs about 40 ms
 * on every run, more than Node's own start-up. tsconfig.json's "paths" points the bundle's
 * `@actions/http-client` here; the real client is loaded on first use, so behaviour is unchanged.
 */
import type * as RealModule from '../../node_modules/@actions/http-client/lib/index.js'

type RealHttpClient = InstanceType<typeof RealModule.HttpClient>

export class HttpClient {
  private readonly args: ConstructorParameters<typeof RealModule.HttpClient>
  private real: Promise<RealHttpClient> | undefined

  constructor(...args: ConstructorParameters<typeof RealModule.HttpClient>) {
    this.args = args
  }

  /** The only method @actions/core calls (oidc-utils getCall). */
  async getJson<T>(
    ...args: Parameters<RealHttpClient['getJson']>
  ): Promise<Awaited<ReturnType<RealHttpClient['getJson']>> & { result: T | null }> {
    const client = await this.load()
    return client.getJson<T>(...args)
  }

  private load(): Promise<RealHttpClient> {
    this.real ??= import('../../node_modules/@actions/http-client/lib/index.js').then(
      (module) => new module.HttpClient(...this.args)
    )
    return this.real
  }
}
