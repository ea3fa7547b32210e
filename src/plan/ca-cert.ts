/** The ca-cert input: the certificates a private CA adds to the public roots. */
import { ActionFailure } from '../core/failure.js'
import { certificateBlocks, InvalidCertificateError, type CertificateBlocks } from '../net/pem.js'

/**
 * The ca-cert input: PEM text or a path to a PEM file. Only its CERTIFICATE blocks are used or
 * kept; anything else (a private key pasted along) is dropped, and `droppedOther` says so, so the
 * caller can warn. A block that is not a readable certificate fails, naming the input.
 */
export function readCaCert(
  input: string,
  readFile: (path: string) => string
): { certificates: string[]; droppedOther: boolean } | undefined {
  if (!input) return undefined
  const pem = input.includes('-----BEGIN') ? input : readPemFile(input, readFile)
  let blocks: CertificateBlocks
  try {
    blocks = certificateBlocks(pem)
  } catch (error) {
    if (!(error instanceof InvalidCertificateError)) throw error
    throw new ActionFailure(
      `The ca-cert input holds a block that is not a valid certificate: ${error.message}. Give the CA certificate in PEM form (-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----).`
    )
  }
  if (blocks.certificates.length === 0) {
    throw new ActionFailure(
      'The ca-cert input holds no PEM certificate (-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----).'
    )
  }
  return blocks
}

function readPemFile(path: string, readFile: (path: string) => string): string {
  try {
    return readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable'
    throw new ActionFailure(
      `The ca-cert input is neither PEM text nor a readable file: "${path}" (${code}). Give the PEM text itself or a path relative to the workspace.`
    )
  }
}
