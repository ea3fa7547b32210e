/**
 * PEM helpers for the ca-cert input: keep only certificates (a private key pasted along must never
 * be used, saved or exported), and build the CA files later steps read (REQUESTS_CA_BUNDLE,
 * NODE_EXTRA_CA_CERTS).
 *
 * `node:crypto` and `node:tls` cost several milliseconds to load, and most runs give no ca-cert, so
 * both are taken only when these helpers are called.
 */
import type { X509Certificate } from 'node:crypto'

const BEGIN_CERTIFICATE = '-----BEGIN CERTIFICATE-----'
const END_CERTIFICATE = '-----END CERTIFICATE-----'
const BASE64_BODY = /^[A-Za-z0-9+/]+={0,2}$/

export interface CertificateBlocks {
  /** Each certificate as a normalised PEM block (64-character lines, trailing newline). */
  certificates: string[]
  /** True when the text held other PEM blocks (a private key, a CSR), complete or cut off. */
  droppedOther: boolean
}

/** The certificate could not be read; `index` is its 1-based position among the certificates. */
export class InvalidCertificateError extends Error {
  override readonly name: string = 'InvalidCertificateError'
  constructor(
    readonly index: number,
    reason: string
  ) {
    super(`certificate ${index} is not a valid X.509 certificate (${reason})`)
  }
}

/**
 * Keeps only the `CERTIFICATE` blocks of `pemText`, each checked to be base64 DER that Node can
 * read. Throws InvalidCertificateError for a certificate block that is not a certificate.
 */
export function certificateBlocks(pemText: string): CertificateBlocks {
  const certificates: string[] = []
  const { bodies, outside } = splitCertificateBlocks(pemText)
  for (const text of bodies) {
    const index = certificates.length + 1
    const body = text.replace(/\s+/g, '')
    if (!BASE64_BODY.test(body)) throw new InvalidCertificateError(index, 'not base64')
    const pem = toPem(body)
    parseCertificate(pem, index)
    certificates.push(pem)
  }
  // Comments and openssl's "subject=" lines around the blocks are harmless; any other block is not.
  return { certificates, droppedOther: outside.includes('-----BEGIN ') }
}

/**
 * The body of each certificate block of the text, from its header to the first end line after it,
 * and the text outside them. Found with indexOf, in one pass: the regular expression it replaces
 * searched the rest of the text for an end from every header, so a file of headers without an end
 * (a CA file an earlier step of the job named or planted, up to 4 MiB) took minutes. A header with
 * no end after it ends the search: none after it has one.
 */
function splitCertificateBlocks(pemText: string): { bodies: string[]; outside: string } {
  const bodies: string[] = []
  let outside = ''
  let from = 0
  for (let start; (start = pemText.indexOf(BEGIN_CERTIFICATE, from)) >= 0;) {
    const end = pemText.indexOf(END_CERTIFICATE, start)
    if (end < 0) break
    outside += pemText.slice(from, start)
    bodies.push(pemText.slice(start + BEGIN_CERTIFICATE.length, end))
    from = end + END_CERTIFICATE.length
  }
  return { bodies, outside: outside + pemText.slice(from) }
}

/**
 * Node's bundled public roots plus the extra certificates, as one PEM file: what Python (requests)
 * and curl need, since a CA bundle there replaces the default trust store instead of adding to it.
 * The certificates of the bundles the job already named (REQUESTS_CA_BUNDLE, CURL_CA_BUNDLE: a
 * corporate CA) are kept, or pointing those variables at this file would drop them. Certificates
 * present twice are written once.
 */
export function caBundle(extraCertificates: string[], earlierBundleTexts: string[] = []): string {
  const tls = process.getBuiltinModule('node:tls')
  const bundle = [...tls.rootCertificates, ...extraCertificates]
  // Normalising 140 roots costs milliseconds: only when there are earlier bundles to merge.
  if (!earlierBundleTexts.length) return joinPem(bundle)
  const written = new Set(bundle.map(normalise))
  for (const certificate of earlierBundleTexts.flatMap(lenientCertificateBlocks)) {
    if (written.has(certificate)) continue
    written.add(certificate)
    bundle.push(certificate)
  }
  return joinPem(bundle)
}

/**
 * The content for NODE_EXTRA_CA_CERTS: the extra certificates plus those of the file the job
 * already pointed NODE_EXTRA_CA_CERTS at (Node reads only one such file, so replacing the variable
 * would drop them). Anything in the old file that is not a certificate is left out; certificates
 * present in both are written once.
 */
export function nodeExtraCaFile(
  extra: string[],
  existingNodeExtraCaCertsText: string | undefined
): string {
  const existing =
    existingNodeExtraCaCertsText === undefined
      ? []
      : lenientCertificateBlocks(existingNodeExtraCaCertsText)
  return joinPem([...new Set([...extra.map(normalise), ...existing])])
}

/** Certificates of a file we did not write: unreadable blocks are skipped, not fatal. */
function lenientCertificateBlocks(pemText: string): string[] {
  const certificates: string[] = []
  for (const text of splitCertificateBlocks(pemText).bodies) {
    const body = text.replace(/\s+/g, '')
    if (BASE64_BODY.test(body)) certificates.push(toPem(body))
  }
  return certificates
}

function parseCertificate(pem: string, index: number): X509Certificate {
  // node:tls first, though only node:crypto is used here: a ca-cert means a TLS connection soon, and
  // Node starts reading its public root certificates on a thread of its own when node:tls loads. So
  // loaded, that reading overlaps the parsing here instead of the secure context waiting for it
  // later: an HTTPS + ca-cert success measured 0.96 of the step loading node:crypto first.
  process.getBuiltinModule('node:tls')
  const crypto = process.getBuiltinModule('node:crypto')
  try {
    return new crypto.X509Certificate(pem)
  } catch (error) {
    throw new InvalidCertificateError(index, (error as Error).message)
  }
}

function normalise(pem: string): string {
  const body = pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '')
  return toPem(body)
}

function toPem(base64: string): string {
  const lines = base64.match(/.{1,64}/g) ?? []
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`
}

function joinPem(blocks: string[]): string {
  return blocks.map((block) => (block.endsWith('\n') ? block : `${block}\n`)).join('')
}
