/**
 * TLS for the client: the agent options for ca-cert and tls-verify, which error codes are TLS
 * errors, and the names a certificate covers. node:tls is taken only when a ca-cert is given; the
 * imports here are types.
 */
import type * as https from 'node:https'
import { serverText } from '../core/sanitize.js'
import type { NetworkError } from './types.js'

/** The server's certificate chain did not lead to a trusted CA. */
export const TLS_CHAIN_CODES: ReadonlySet<string> = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE'
])

/** The certificate was read but cannot serve: a wrong purpose, a CA that is not one, a revocation. */
const TLS_UNUSABLE_CERTIFICATE_CODES: ReadonlySet<string> = new Set([
  'INVALID_PURPOSE',
  'INVALID_CA',
  'CERT_CHAIN_TOO_LONG',
  'PATH_LENGTH_EXCEEDED',
  'CERT_REJECTED',
  'CERT_REVOKED',
  'UNABLE_TO_DECRYPT_CERT_SIGNATURE'
])

export function isTlsCode(code: string): boolean {
  return (
    TLS_CHAIN_CODES.has(code) ||
    TLS_UNUSABLE_CERTIFICATE_CODES.has(code) ||
    code === 'CERT_HAS_EXPIRED' ||
    code === 'CERT_NOT_YET_VALID' ||
    code === 'ERR_TLS_CERT_ALTNAME_INVALID' ||
    code.startsWith('ERR_SSL') ||
    code.startsWith('ERR_TLS')
  )
}

/** "localhost, 127.0.0.1" from the certificate Node attaches to a host name mismatch. */
export function certificateNames(cert: NetworkError['cert']): string {
  const altNames = (cert?.subjectaltname ?? '')
    .split(',')
    .map((entry) => entry.trim().replace(/^(DNS|IP Address):/, ''))
    .filter(Boolean)
  const commonName = cert?.subject?.CN
  const names =
    altNames.length > 0 ? altNames : [commonName].flat().filter((name) => name !== undefined)
  return serverText(names.slice(0, 10).join(', '))
}

/**
 * The agent's TLS options. With tls-verify true, certificates are checked whatever the environment
 * says: Node reads NODE_TLS_REJECT_UNAUTHORIZED=0 (a job-level env, or an earlier step's GITHUB_ENV)
 * only when the option is not given, and would send the credential to a server nothing vouched for,
 * with no warning. Only tls-verify: false turns the check off, and that one warns.
 */
export function tlsOptions(options: {
  tlsVerify: boolean
  caPem: string | undefined
}): https.AgentOptions {
  if (!options.tlsVerify) return { rejectUnauthorized: false }
  return {
    rejectUnauthorized: true,
    ...(options.caPem ? extraCaTrust(process.getBuiltinModule('node:tls'), options.caPem) : {})
  }
}

/**
 * TLS options that trust `caPem` in addition to the default roots (Node's bundled ones,
 * NODE_EXTRA_CA_CERTS, the system store when enabled).
 *
 * The fast way adds the CA to a default secure context: Node copies its already parsed root store
 * into that context and adds the CA to the copy, about 2 ms. It goes through the `context` property
 * of a SecureContext, which Node does not document (its own TLS tests use it); a test fails the day
 * it disappears. Without it, the documented way: `ca` replaces the default trust store, so it is
 * given the default roots as PEM along with the CA, and Node parses every one of them again (10 to
 * 30 ms, and the agent's connection-pool key holds the whole list).
 */
export function extraCaTrust(
  tls: Pick<
    typeof import('node:tls'),
    'createSecureContext' | 'getCACertificates' | 'rootCertificates'
  >,
  caPem: string
): https.AgentOptions {
  const secureContext = tls.createSecureContext()
  const native = (secureContext as { context?: { addCACert?: unknown } }).context
  if (typeof native?.addCACert === 'function') {
    native.addCACert(caPem)
    return { secureContext }
  }
  const defaults =
    typeof tls.getCACertificates === 'function'
      ? tls.getCACertificates('default')
      : tls.rootCertificates
  return { ca: [...defaults, caPem] }
}
