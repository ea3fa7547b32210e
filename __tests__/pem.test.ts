import { describe, expect, it } from '@jest/globals'
import fc from 'fast-check'
import { X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { rootCertificates } from 'node:tls'
import {
  caBundle,
  certificateBlocks,
  InvalidCertificateError,
  nodeExtraCaFile
} from '../src/net/pem.js'

const certs = new URL('../sandbox/certs/', import.meta.url)
const CA = readFileSync(new URL('ca.pem', certs), 'utf8')
const SERVER_CERT = readFileSync(new URL('server.pem', certs), 'utf8')
const SERVER_KEY = readFileSync(new URL('server.key', certs), 'utf8')

function fingerprints(pemText: string): string[] {
  return [...pemText.matchAll(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g)].map(
    (match) => new X509Certificate(match[0]).fingerprint256
  )
}

const caFingerprint = new X509Certificate(CA).fingerprint256
const serverFingerprint = new X509Certificate(SERVER_CERT).fingerprint256

describe('certificateBlocks', () => {
  it('keeps a lone certificate, normalised, and reports nothing dropped', () => {
    const { certificates, droppedOther } = certificateBlocks(CA)
    expect(droppedOther).toBe(false)
    expect(certificates).toHaveLength(1)
    expect(fingerprints(certificates[0] ?? '')).toEqual([caFingerprint])
    expect(certificates[0]).toMatch(
      /^-----BEGIN CERTIFICATE-----\n([A-Za-z0-9+/=]{1,64}\n)+-----END CERTIFICATE-----\n$/
    )
  })

  it('drops a private key pasted along, and says so', () => {
    const { certificates, droppedOther } = certificateBlocks(`${CA}\n${SERVER_KEY}\n${SERVER_CERT}`)
    expect(droppedOther).toBe(true)
    expect(certificates.flatMap(fingerprints)).toEqual([caFingerprint, serverFingerprint])
    expect(certificates.join('')).not.toContain('PRIVATE KEY')
  })

  it('counts a key cut off before its END line as dropped too', () => {
    const truncatedKey = SERVER_KEY.slice(0, 80)
    expect(certificateBlocks(`${CA}${truncatedKey}`)).toMatchObject({ droppedOther: true })
  })

  it('accepts CRLF line ends, indentation and openssl text around the blocks', () => {
    const messy = `subject=CN = Sandbox CA\r\n${CA.replace(/\n/g, '\r\n    ')}\r\n`
    const { certificates, droppedOther } = certificateBlocks(messy)
    expect(droppedOther).toBe(false)
    expect(certificates.flatMap(fingerprints)).toEqual([caFingerprint])
  })

  it('finds no certificate in text without a CERTIFICATE block', () => {
    expect(certificateBlocks('no pem here')).toEqual({ certificates: [], droppedOther: false })
    expect(certificateBlocks(SERVER_KEY)).toEqual({ certificates: [], droppedOther: true })
  })

  it.each([
    [
      'not base64',
      '-----BEGIN CERTIFICATE-----\nnot*base64\n-----END CERTIFICATE-----',
      'not base64'
    ],
    [
      'base64 that is no certificate',
      '-----BEGIN CERTIFICATE-----\nbm90YmFzZTY0\n-----END CERTIFICATE-----',
      '('
    ]
  ])('refuses a certificate block that is %s, naming its position', (_name, bad, reason) => {
    let caught: unknown
    try {
      certificateBlocks(`${CA}${bad}`)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(InvalidCertificateError)
    expect((caught as InvalidCertificateError).index).toBe(2)
    expect((caught as Error).message).toContain('certificate 2 is not a valid X.509 certificate')
    expect((caught as Error).message).toContain(reason)
  })
})

describe('caBundle', () => {
  it("holds Node's bundled public roots and the given CA, as PEM", () => {
    const bundle = caBundle(certificateBlocks(CA).certificates)
    const found = fingerprints(bundle)
    expect(found).toHaveLength(rootCertificates.length + 1)
    expect(found).toContain(caFingerprint)
    expect(found).toContain(new X509Certificate(rootCertificates[0] ?? '').fingerprint256)
    expect(bundle.endsWith('-----END CERTIFICATE-----\n')).toBe(true)
    expect(bundle).not.toContain('-----END CERTIFICATE----------BEGIN')
  })
})

describe('nodeExtraCaFile', () => {
  const given = certificateBlocks(CA).certificates

  it('is the given CA alone when the job had no NODE_EXTRA_CA_CERTS', () => {
    expect(fingerprints(nodeExtraCaFile(given, undefined))).toEqual([caFingerprint])
  })

  it("keeps the certificates of the job's own file, without its other blocks", () => {
    const existing = `# corporate roots\n${SERVER_CERT}${SERVER_KEY}`
    const file = nodeExtraCaFile(given, existing)
    expect(fingerprints(file)).toEqual([caFingerprint, serverFingerprint])
    expect(file).not.toContain('PRIVATE KEY')
    expect(file).not.toContain('corporate')
  })

  it('writes a certificate present in both only once, whatever its formatting', () => {
    const existing = CA.replace(/\n/g, '\r\n')
    expect(fingerprints(nodeExtraCaFile(given, existing))).toEqual([caFingerprint])
  })

  it("skips a broken block of the job's file instead of failing", () => {
    const existing = '-----BEGIN CERTIFICATE-----\n@@@\n-----END CERTIFICATE-----\n'
    expect(fingerprints(nodeExtraCaFile(given, existing))).toEqual([caFingerprint])
  })
})

describe('a file of certificate headers without an end (a CA file planted by an earlier step)', () => {
  // Up to the 4 MiB read of a PEM file: each header once searched the rest of the text for its end,
  // minutes for such a file; a header without an end after it ends the search.
  const headers = '-----BEGIN CERTIFICATE-----\n'.repeat((4 * 1024 * 1024) / 28)

  it('holds no certificate, and reads as a block other than a certificate', () => {
    expect(certificateBlocks(`${CA}${headers}`)).toEqual({
      certificates: certificateBlocks(CA).certificates,
      droppedOther: true
    })
  })

  it("adds nothing to the job's CA files", () => {
    const given = certificateBlocks(CA).certificates
    expect(fingerprints(nodeExtraCaFile(given, headers))).toEqual([caFingerprint])
    expect(fingerprints(caBundle([], [headers]))).toHaveLength(rootCertificates.length)
  })
})

describe('certificate blocks found in one pass, as the regular expression found them', () => {
  // The expression certificateBlocks used before, the reference for what a block is: from a
  // header to the first end line after it, and any other BEGIN outside them is another block.
  const REFERENCE = /-----BEGIN CERTIFICATE-----\r?\n?([\s\S]*?)-----END CERTIFICATE-----/g
  const fragments = fc.constantFrom(
    CA,
    SERVER_CERT,
    SERVER_KEY,
    '-----BEGIN CERTIFICATE-----\n',
    '-----END CERTIFICATE-----\n',
    '-----BEGIN CERTIFICATE-----',
    '-----BEGIN ',
    'subject=CN = Example CA\n',
    '# a comment\n',
    'TUlJQg==\n',
    '\r\n',
    '-'
  )

  /** Whether the text is refused, and if not, how many certificates and whether it dropped a block. */
  function outcome(text: string): string {
    try {
      const { certificates, droppedOther } = certificateBlocks(text)
      return `${certificates.length} ${droppedOther}`
    } catch (error) {
      return `refused ${(error as InvalidCertificateError).index}`
    }
  }

  function referenceOutcome(text: string): string {
    const genuine = new Set(
      [CA, SERVER_CERT].map((pem) => pem.split('-----')[2]!.replace(/\s+/g, ''))
    )
    const bodies = [...text.matchAll(REFERENCE)].map((match) => match[1]!.replace(/\s+/g, ''))
    const bad = bodies.findIndex((body) => !genuine.has(body))
    if (bad >= 0) return `refused ${bad + 1}`
    return `${bodies.length} ${/-----BEGIN /.test(text.replace(REFERENCE, ''))}`
  }

  it('for any text made of certificates, headers, end lines, keys and comments', () => {
    fc.assert(
      fc.property(fc.array(fragments, { maxLength: 8 }), (parts) => {
        const text = parts.join('')
        expect(outcome(text)).toBe(referenceOutcome(text))
      }),
      { numRuns: 500 }
    )
  })
})
