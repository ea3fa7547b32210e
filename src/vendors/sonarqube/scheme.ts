/**
 * How a SonarQube token travels. SonarQube Cloud and SonarQube Server 10.0+ take it as
 * `Authorization: Bearer <token>`; a SonarQube Server before 10.0 (9.9 LTA) takes it only as HTTP
 * Basic with the token as the login and an empty password (`Basic base64(token + ":")`), and reads a
 * Bearer header as no credentials at all: the call is anonymous (SonarQube 9.x BasicAuthenticator
 * skips any header that does not start with `Basic`). Servers from 10.0 on still accept the Basic
 * form. Sources: docs.sonarsource.com/sonarqube/9.9/extension-guide/web-api, and SonarSource's own
 * Azure DevOps task, which sends Basic `token:` to SonarQube Server and Bearer only to SonarQube
 * Cloud (sonar-scanner-azdo, Endpoint.ts; its PR #471: older versions only took Basic).
 *
 * The check and mint-token send Bearer first (the contract's scheme) and, on a SonarQube Server
 * that refuses or ignores it, Basic once (./verify.ts); SonarQube Cloud only ever gets Bearer.
 */

export type Scheme = 'bearer' | 'basic'

/** SonarQube Cloud's regions; any other host is a SonarQube Server. */
export const CLOUD_REGIONS = { eu: 'https://sonarcloud.io', us: 'https://sonarqube.us' }
const CLOUD_HOSTS = Object.values(CLOUD_REGIONS).map((url) => new URL(url).hostname)

/** Whether `url` (a base URL, or a request's "METHOD url") is SonarQube Cloud. */
export function isSonarCloud(url: string): boolean {
  let host: string
  try {
    host = new URL(url.slice(url.lastIndexOf(' ') + 1)).hostname.toLowerCase()
  } catch {
    return false
  }
  return CLOUD_HOSTS.some((cloud) => host === cloud || host.endsWith(`.${cloud}`))
}

/** The Authorization header value that carries `token` by `scheme`. */
export function authorization(token: string, scheme: Scheme): string {
  return scheme === 'bearer'
    ? `Bearer ${token}`
    : `Basic ${Buffer.from(`${token}:`, 'utf8').toString('base64')}`
}

/** The scheme of an `auth-header` line this vendor wrote ("Authorization: Basic …"). */
export function schemeOf(authHeader: string): Scheme {
  return /^Authorization:\s*Basic\s/i.test(authHeader) ? 'basic' : 'bearer'
}

/** Masks the header value, and for Basic its encoded part alone, before it is sent. */
export function maskAuthorization(mask: (value: string) => void, value: string): void {
  mask(value)
  const encoded = /^Basic\s+(\S+)$/.exec(value)?.[1]
  if (encoded) mask(encoded)
}

/** For messages: how the token was sent. */
export const SCHEME_WORDS: Record<Scheme, string> = {
  bearer: 'Authorization: Bearer',
  basic: 'HTTP Basic (the token as login, an empty password)'
}
