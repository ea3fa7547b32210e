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
  const keyLike = refuseMistakenShapes(input)
  const pem = input.includes('-----BEGIN') ? input : readPemFile(input, readFile, keyLike)
  let blocks: CertificateBlocks
  try {
    blocks = certificateBlocks(pem)
  } catch (error) {
    if (!(error instanceof InvalidCertificateError)) throw error
    throw new ActionFailure(
      `The ca-cert input holds a block that is not a valid certificate: ${error.message}. Give the CA certificate in PEM form (-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----).`
    )
  }
  if (blocks.certificates.length === 0 && /-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
    throw new ActionFailure(
      [
        'The ca-cert input holds a private key and no certificate. ca-cert needs the CA certificate (-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----), which is public.',
        'A private key does not belong in a CI secret or the repository: remove it, and replace (rotate) it, since whoever could read the secret has it.'
      ].join('\n')
    )
  }
  if (blocks.certificates.length === 0) {
    throw new ActionFailure(
      'The ca-cert input holds no PEM certificate (-----BEGIN CERTIFICATE----- ... -----END CERTIFICATE-----).'
    )
  }
  return blocks
}

/** The largest PEM file read: far above any CA bundle (Mozilla's whole root store is 220 KB). */
const MAX_PEM_FILE_BYTES = 4 * 1024 * 1024

/**
 * The text of a PEM file (the ca-cert input, or a CA bundle an earlier step named). A path that is
 * not a regular file (a FIFO, a device such as /dev/zero, a directory) or is larger than any CA
 * bundle fails at once, naming why, rather than block the step or fill its memory. It is opened
 * without blocking and judged by what was opened, so that a FIFO cannot hold the step first and a
 * file swapped after a check cannot slip past it.
 */
export function readPemFileText(path: string): string {
  const fs = process.getBuiltinModule('node:fs')
  const fd = fs.openSync(path, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0))
  try {
    const stat = fs.fstatSync(fd)
    if (!stat.isFile()) throw Object.assign(new Error(path), { code: 'not a regular file' })
    if (stat.size > MAX_PEM_FILE_BYTES) {
      throw Object.assign(new Error(path), {
        code: `larger than ${MAX_PEM_FILE_BYTES / 1024 / 1024} MiB`
      })
    }
    const bytes = fs.readFileSync(fd)
    // Windows PowerShell 5.1 writes text with `>` and Out-File as UTF-16LE with its byte-order mark
    // (Microsoft's about_Character_Encoding): read such a file as the text it holds.
    return bytes[0] === 0xff && bytes[1] === 0xfe
      ? bytes.toString('utf16le', 2)
      : bytes.toString('utf8')
  } finally {
    fs.closeSync(fd)
  }
}

/**
 * Two ways a secret commonly holds a certificate that is not PEM text or a path: the PEM with its
 * line breaks written as `\n` (pasted from JSON or an escaped string), and the PEM file in base64.
 * Returns whether the input, if no file, must not be quoted as a path: lines, or 64 base64
 * characters or more (a private key pasted without its -----BEGIN and -----END lines is either).
 */
function refuseMistakenShapes(input: string): boolean {
  if (input.includes('-----BEGIN') && !input.includes('\n') && input.includes('\\n')) {
    throw new ActionFailure(
      'The ca-cert input holds PEM text whose line breaks are written as \\n (two characters), as in a JSON string. Store the certificate with real line breaks, e.g. gh secret set CA_CERT < ca.pem.'
    )
  }
  const compact = input.replace(/\s+/g, '')
  const base64 = compact.length >= 64 && /^[A-Za-z0-9+/]+={0,2}$/.test(compact)
  if (
    base64 &&
    !input.includes('-----BEGIN') &&
    Buffer.from(compact, 'base64').toString('latin1').includes('-----BEGIN')
  ) {
    throw new ActionFailure(
      'The ca-cert input is a PEM file encoded in base64. Give the PEM text itself (decode it first: base64 -d < ca.b64 > ca.pem) or a path to the PEM file.'
    )
  }
  // A key's body is base64 (of DER, or of an OpenSSH key); a path to a PEM file has a "." or "-".
  return base64 || input.includes('\n')
}

function readPemFile(path: string, readFile: (path: string) => string, keyLike: boolean): string {
  try {
    return readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable'
    const shown = keyLike
      ? 'a text not quoted, as it may be a key'
      : `"${path.length > 200 ? `${path.slice(0, 200)}…` : path}"`
    // A gate job that reads the CA from the repository must check it out first.
    const checkout =
      code === 'ENOENT' && !keyLike
        ? ' (a file of the repository needs actions/checkout first)'
        : ''
    throw new ActionFailure(
      `The ca-cert input is neither PEM text nor a readable file: ${shown} (${code}). Give the PEM text itself or a path relative to the workspace${checkout}.`
    )
  }
}
