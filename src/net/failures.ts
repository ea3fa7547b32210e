/**
 * What the client tells the user when a request ends without a usable answer: the network, TLS,
 * proxy, redirect, upgrade and size failures, each with the fix that fits an action's user (who
 * controls inputs and the runner's environment, not how Node is started). The client loads this
 * module only when a request fails, so a run that succeeds never reads these texts. A proxy setting
 * that is no URL, or that this Node cannot route through, is refused before any request, by
 * ./proxy.ts; one of a scheme Node cannot use (socks5://) is not refused, only named here when a
 * request fails, since the request went direct.
 */
import type { IncomingMessage } from 'node:http'
import {
  ActionFailure,
  answeredInItsPlace,
  CA_CERT_HINT,
  PROXY_HINT,
  TIMEOUT_HINT
} from '../core/failure.js'
import { serverText } from '../core/sanitize.js'
import { oneLine } from './excerpt.js'
import { certificateBlocks } from './pem.js'
import { isProxyConnectionError, redactUrlCredentials } from './proxy.js'
import { refusedHeaderLines } from './refused-header.js'
import { certificateNames, isTlsCode, TLS_CHAIN_CODES } from './tls.js'
import type { HttpResponse, NetworkError } from './types.js'

/** What a failure names: the vendor, the server, the CA it was given and the proxy in between. */
export interface FailureContext {
  /** Vendor display name. */
  vendor: string
  /** Base URL without a trailing slash. */
  baseUrl: string
  /** False when the base URL is not the url input's (a region, the credentials, the default). */
  urlFromInput?: boolean
  /**
   * Who reached this server at this URL before this request: the main step (the post step's
   * requests), or the login of this same check (a session ended right after it).
   */
  reachedEarlier?: 'main step' | 'login' | undefined
  caPem: string | undefined
  /** The proxy the client's requests go through, or undefined for direct connections. */
  proxy: string | undefined
  /** A proxy setting that would apply but that Node cannot use, so the request went direct. */
  unusableProxy?: { variable: string; scheme: string } | undefined
  /** Removes every registered secret from text that may reach a message. */
  redact: (text: string) => string
}

/**
 * The failure for an attempt that got no answer. `heldBack`: the error was transient, but the
 * request was not sent again because it may have reached the server (RequestOptions.creates).
 */
export function networkFailure(
  context: FailureContext,
  error: NetworkError,
  endpoint: string,
  attempts: number,
  heldBack: boolean
): ActionFailure {
  if (error instanceof ActionFailure) return error
  const { vendor, proxy } = context
  const base = new URL(context.baseUrl)
  const host = base.host
  const code = error.code ?? ''
  const tried = attempts > 1 ? ` after ${attempts} attempts` : ''
  const detail = oneLine(withoutNodeOnlyAdvice(context.redact(error.message)))
  const viaProxy = proxy ? ` through the proxy ${redactUrlCredentials(proxy)}` : ''
  // A host the step chose itself (a region's, the credentials', the vendor's default) has no url
  // input to correct: what fails is the runner's way out to the vendor's cloud.
  const fromInput = isFromInput(context)
  // In the post step, the main step reached this very server: no input is to blame for a server
  // that no longer answers, and "check the url input" would send the user after the wrong thing.
  const reachFix = (fix: string): string =>
    context.reachedEarlier
      ? `Fix: ${context.reachedEarlier === 'login' ? `the login reached ${host} at this URL moments before` : `the main step reached ${host} at this URL earlier in the job`}, so the inputs are not the cause: check that the server is still running and that the runner can still reach it (a restart, or a firewall, VPN or DNS change since).`
      : fix
  let lines: string[]
  if (proxy && isProxyConnectionError(error)) {
    lines = [
      `${vendor}: could not connect to the proxy ${redactUrlCredentials(proxy)}${tried}: ${detail} (${code}), so the request never reached ${host}.`,
      `Fix: check the proxy URL in HTTPS_PROXY / HTTP_PROXY (its host name, port and scheme) and that the runner can reach the proxy; or list ${base.hostname} in NO_PROXY if the runner reaches it directly.`
    ]
  } else if (proxy && code === 'ERR_PROXY_TUNNEL') {
    lines = tunnelRefusedLines(vendor, proxy, host, error.statusCode, tried)
  } else if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    lines = [
      `${vendor}: could not resolve the host name ${base.hostname} (DNS ${code})${tried}.`,
      reachFix(
        fromInput
          ? 'Fix: check the url input for a typo, and that the runner can resolve internal names (self-hosted runner or VPN for on-premises servers).'
          : `Fix: check that the runner can resolve public host names (its DNS, or HTTPS_PROXY if it reaches the internet only through a proxy); ${base.hostname} is ${vendor}'s own host, not a typo.`
      )
    ]
  } else if (code === 'SCANNER_LOGIN_TIMEOUT') {
    lines = [
      `${vendor}: ${endpoint} timed out${viaProxy}${tried}: ${detail}.`,
      `Fix: ${TIMEOUT_HINT}`
    ]
  } else if (
    (code === 'EPROTO' || code === 'ERR_SSL_WRONG_VERSION_NUMBER') &&
    /wrong version number/i.test(error.message)
  ) {
    // Direct, Node reports EPROTO; through a CONNECT tunnel, ERR_SSL_WRONG_VERSION_NUMBER.
    lines = [
      `${vendor}: ${host} did not answer the TLS handshake: the port speaks plain HTTP, not HTTPS (${code}).`,
      // A host the step chose itself is the vendor's HTTPS address: what spoke HTTP is in between.
      fromInput
        ? "Fix: set the url input to the server's HTTPS address (its TLS port), or check that a proxy in between does not end TLS on this port."
        : `Fix: check that nothing between the runner and ${host} (a proxy, a firewall or a captive portal) answers for it in plain HTTP.`,
      ...(proxy?.startsWith('https://')
        ? [
            `The proxy ${redactUrlCredentials(proxy)} is reached over TLS too: if it speaks plain HTTP, write its URL with http://.`
          ]
        : [])
    ]
  } else if (isTlsCode(code)) {
    lines = [...tlsFailureLines(context, error, code, host, detail), ...httpsProxyNote(proxy)]
  } else if (code === 'ERR_INVALID_CHAR') {
    lines = refusedHeaderLines(`${vendor}: ${endpoint} was not sent: ${detail} (${code}).`, error)
  } else if (code === 'ECONNREFUSED') {
    lines = [
      // Through a proxy, a refused connection is the proxy's (the first branch).
      `${vendor}: ${host} refused the connection${tried} (${code}).`,
      reachFix(
        fromInput
          ? 'Fix: check the url input (host and port) and that the server is running and reachable from the runner.'
          : `Fix: check that the runner can reach ${host} (a firewall in between, or HTTPS_PROXY if it reaches the internet only through a proxy).`
      )
    ]
  } else if (
    base.protocol === 'http:' &&
    !proxy &&
    code === 'ECONNRESET' &&
    !context.reachedEarlier
  ) {
    // A TLS port closes a plain-HTTP connection without a word; http:// is for loopback only.
    lines = [
      `${vendor}: ${endpoint} failed${tried}: ${detail} (${code}): ${host} closed the connection without an answer, as a port that speaks HTTPS does to plain HTTP.`,
      `Fix: if the server speaks HTTPS on this port, write the url input with https://; otherwise check that it is running and reachable from the runner.`
    ]
  } else {
    lines = [
      `${vendor}: ${endpoint} failed${viaProxy}${tried}: ${detail}${code ? ` (${code})` : ''}.`,
      reachFix(
        fromInput
          ? `Fix: check the url input and the runner's network access to ${host}.`
          : `Fix: check the runner's network access to ${host}.`
      )
    ]
  }
  // Not for a header Node refused: that request never left the runner, directly or otherwise.
  if (context.unusableProxy && code !== 'ERR_INVALID_CHAR') {
    const { variable, scheme } = context.unusableProxy
    lines.push(
      `${variable} names a ${scheme}:// proxy, which this step cannot use (only http:// and https:// proxies), so it connected directly: if the runner reaches ${host} only through that proxy, give ${variable} an http:// proxy instead.`
    )
  }
  if (heldBack) {
    lines.splice(
      1,
      0,
      'It was not sent again: the request may have reached the server, and repeating a login could open a second session or use up a single-use token.'
    )
  }
  return new ActionFailure(lines.join('\n'))
}

/** The proxy answered CONNECT with a refusal: 407 asks for credentials, anything else for access. */
function tunnelRefusedLines(
  vendor: string,
  proxy: string,
  host: string,
  status: number | undefined,
  tried: string
): string[] {
  return [
    `${vendor}: the proxy ${redactUrlCredentials(proxy)} refused to open a connection to ${host}${status ? ` (HTTP ${status} to CONNECT)` : ''}${tried}.`,
    status === 407
      ? 'Fix: the proxy asks for credentials: put them in the proxy URL (http://user:password@proxy.example.com:3128, special characters percent-encoded), or have the proxy allow this host without them.'
      : `Fix: ${PROXY_HINT}`
  ]
}

/**
 * A job's way to trust the runner machine's own store, for a CA it holds. The doctor, on a machine
 * whose Node may predate the variable, says its own (../doctor/words.ts).
 */
export const SYSTEM_TRUST_STORE_HINT =
  "if that CA is installed in the runner machine's own trust store (a self-hosted runner), NODE_USE_SYSTEM_CA: 1 in the job's env makes this step, and later Node steps, trust that store"

function tlsFailureLines(
  context: FailureContext,
  error: NetworkError,
  code: string,
  host: string,
  detail: string
): string[] {
  const { vendor, caPem } = context
  const lastResort = 'Set tls-verify: false only as a last resort.'
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    const names = certificateNames(error.cert)
    const hostname = new URL(context.baseUrl).hostname
    const headline = `${vendor}: the TLS certificate of ${host} is not valid for the host name ${hostname}${names ? `; it covers ${names}` : ''} (${code}).`
    if (isFromInput(context)) {
      return [
        headline,
        `Fix: set the url input to a host name the certificate covers${names ? '' : ' (see its subject alternative names)'}, or have the certificate reissued for this name. ${lastResort}`
      ]
    }
    // A host the step chose itself (a region's, the vendor's default) has a certificate for its own
    // name: another server answered, one in between or one the runner's name lookup led to. There
    // is no url input to correct, and turning verification off would hand that server the
    // credentials.
    return [
      headline,
      `Fix: check ${notTheApi(context).check}, and that the runner's DNS (or hosts file) does not send ${hostname} elsewhere: ${hostname} is ${vendor}'s own host, whose certificate covers its name. Do not set tls-verify: false: the credentials would go to the server that answered.`
    ]
  }
  if (code === 'CERT_HAS_EXPIRED') {
    return [
      `${vendor}: the TLS certificate of ${host} has expired (${code}).`,
      `Fix: the server's administrator must renew its certificate. ${lastResort}`
    ]
  }
  if (code === 'CERT_NOT_YET_VALID') {
    return [
      `${vendor}: the TLS certificate of ${host} is not valid yet (${code}).`,
      `Fix: check the clock of the runner and of the server. ${lastResort}`
    ]
  }
  if (TLS_CHAIN_CODES.has(code) && caPem) {
    const leaf = noCaAmong(caPem)
    return [
      `${vendor}: the TLS connection to ${host} failed: the CA given in ca-cert did not verify the server's certificate chain: ${detail} (${code}).`,
      leaf
        ? `Fix: ca-cert holds no CA: its certificate for ${leaf} is a server's own (CA:FALSE), which trusts nothing. Give in ca-cert the CA that issued the server's certificate, not the certificate itself. ${lastResort}`
        : `Fix: give in ca-cert the CA that issued the server's certificate (not another CA); if the server does not send its intermediate certificate, add that intermediate to ca-cert too. ${lastResort}`
    ]
  }
  if (TLS_CHAIN_CODES.has(code)) {
    // Node's own advice (--use-system-ca) is a flag no step can pass to the runner's Node; its
    // environment variable is one a job can set (Node 22.19 and 24.6 on).
    return [
      `${vendor}: the TLS connection to ${host} failed: ${detail} (${code}).`,
      `Fix: if the server uses a private or self-signed certificate, give its CA in the ca-cert input (PEM text or a path to a PEM file); ${SYSTEM_TRUST_STORE_HINT}. ${lastResort}`
    ]
  }
  return [
    `${vendor}: the TLS connection to ${host} failed: ${detail} (${code}).`,
    `Fix: ${CA_CERT_HINT}`
  ]
}

/**
 * Through an https:// proxy, a certificate failure may be the proxy's own: Node checks it against
 * the job's trust store only (its roots and NODE_EXTRA_CA_CERTS), never ca-cert or tls-verify.
 */
function httpsProxyNote(proxy: string | undefined): string[] {
  if (!proxy?.startsWith('https://')) return []
  return [
    `The proxy ${redactUrlCredentials(proxy)} is reached over TLS too, and the certificate at fault may be the proxy's: ca-cert and tls-verify apply to the server only. For the proxy's own CA, add it to NODE_EXTRA_CA_CERTS in the runner's environment (a self-hosted runner's .env), or use an http:// proxy URL.`
  ]
}

/**
 * Removes Node's advice to run Node with --use-system-ca: users of an action cannot pass the runner's
 * Node a flag (the fix names the environment variable that does the same).
 */
function withoutNodeOnlyAdvice(message: string): string {
  const at = message.indexOf('--use-system-ca')
  if (at === -1) return message
  // Node appends it as a clause: "unable to verify ...; if the root CA is installed locally, try
  // running Node.js with --use-system-ca". Drop that clause (or sentence), keep the rest.
  const clause = message.lastIndexOf(';', at)
  const start = clause !== -1 ? clause : message.lastIndexOf('. ', at) + 1
  const next = message.indexOf(';', at)
  const end = next === -1 ? message.length : next
  return `${message.slice(0, start)}${message.slice(end)}`.trim()
}

/**
 * A 101 upgrade, or a 1xx given as the final answer. Its reason phrase is quoted as server text,
 * which is redacted whole before it is cut (serverText).
 */
export function upgradeFailure(
  context: FailureContext,
  endpoint: string,
  res: IncomingMessage
): ActionFailure {
  const { vendor } = context
  const status = res.statusCode ?? 101
  const statusText = res.statusMessage ? ` ${serverText(res.statusMessage)}` : ''
  const what =
    status === 101
      ? 'a switch to another protocol that this API never asks for'
      : 'an interim status as its final answer'
  return new ActionFailure(
    [
      `${vendor}: ${endpoint} answered HTTP ${status}${statusText}, ${what}; the connection was closed.`,
      isFromInput(context)
        ? 'Likely cause: the url input points at something other than the API (a WebSocket or tunnel endpoint, or a proxy in between).'
        : `Likely cause: ${notTheApi(context).cause}.`,
      checkServerAndProxy(context)
    ].join('\n')
  )
}

/** More than `limit` 1xx interim answers and no final one. */
export function interimFloodFailure(
  context: FailureContext,
  endpoint: string,
  status: number,
  limit: number
): ActionFailure {
  return new ActionFailure(
    [
      `${context.vendor}: ${endpoint} sent more than ${limit} interim answers (HTTP ${status}) and no final one.`,
      checkServerAndProxy(context)
    ].join('\n')
  )
}

export function redirectFailure(context: FailureContext, response: HttpResponse): ActionFailure {
  // Redacted whole, then cut: a secret the server echoed across the cut must not leave its start.
  const location = serverText(
    context.redact(String(response.headers.location ?? '(no Location header)'))
  )
  return new ActionFailure(
    [
      `${context.vendor}: ${response.endpoint} answered with a redirect (HTTP ${response.status}) to ${location}.`,
      'Credentials are never sent on to a redirect target, so the redirect was not followed.',
      isFromInput(context)
        ? 'Fix: set the url input to the API base URL the server expects (a redirect usually means http:// instead of https://, a missing path, or a login page in front of the API).'
        : `Fix: check ${notTheApi(context).check}.`
    ].join('\n')
  )
}

/** A body over `limitBytes`, declared or counted while it arrived. */
export function oversizeFailure(
  context: FailureContext,
  endpoint: string,
  status: number,
  limitBytes: number
): ActionFailure {
  return new ActionFailure(
    [
      `${context.vendor}: ${endpoint} (HTTP ${status}) sent a response body over ${limitBytes / 1024 / 1024} MiB; it was cut off.`,
      ...(isFromInput(context)
        ? [
            'An identity check answers with a few kilobytes, so this is not the API the url input should point at.',
            'Fix: check the url input.'
          ]
        : [
            `An identity check answers with a few kilobytes, so this is not the API: ${notTheApi(context).cause}.`,
            `Fix: check ${notTheApi(context).check}.`
          ])
    ].join('\n')
  )
}

/**
 * Whether the url input chose the server. A host the step chose itself (a region's, the
 * credentials', the vendor's default) is the vendor's API: what answers unlike it is in between.
 */
function isFromInput(context: FailureContext): boolean {
  return context.urlFromInput !== false
}

function notTheApi(context: FailureContext): { cause: string; check: string } {
  return answeredInItsPlace({ url: context.baseUrl, urlFromInput: isFromInput(context) }, 'the API')
}

function checkServerAndProxy(context: FailureContext): string {
  const where = isFromInput(context) ? 'the url input' : notTheApi(context).check
  return `Fix: check ${where}, and the proxy settings (HTTPS_PROXY / NO_PROXY) if the runner uses one.`
}

/**
 * The subject of ca-cert's first certificate when none of them is a CA or self-signed: a server's
 * own certificate given where its CA belongs (Node verifies a chain only up to a CA it trusts, so
 * the leaf alone verifies nothing). Undefined when one may anchor the chain, or nothing parses.
 */
function noCaAmong(caPem: string): string | undefined {
  const { X509Certificate } = process.getBuiltinModule('node:crypto')
  try {
    const certificates = certificateBlocks(caPem).certificates.map(
      (block) => new X509Certificate(block)
    )
    if (!certificates.length || certificates.some((c) => c.ca || c.checkIssued(c))) return undefined
    return serverText(certificates[0]!.subject.replace(/\n/g, ', '), 200)
  } catch {
    return undefined
  }
}
