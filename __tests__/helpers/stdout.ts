// Captures what a step writes to its stdout in-process. The action writes its workflow commands to
// file descriptor 1 with fs.writeSync (src/workflow-commands.ts), and falls back to process.stdout,
// so both are intercepted; nothing else in the test process writes to fd 1 synchronously.
import fs from 'node:fs'

export interface StdoutCapture {
  /** Everything written since start(), in order. */
  text(): string
  /** Puts the real writers back. */
  restore(): void
}

export function captureStdout(): StdoutCapture {
  let stdout = ''
  const streamWrite = process.stdout.write.bind(process.stdout)
  const writeSync = fs.writeSync
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += chunk.toString()
    return true
  }) as typeof process.stdout.write
  fs.writeSync = ((fd: number, data: string | NodeJS.ArrayBufferView, ...rest: unknown[]) => {
    if (fd !== 1) return (writeSync as (...args: unknown[]) => number)(fd, data, ...rest)
    const bytes =
      typeof data === 'string'
        ? Buffer.from(data, 'utf8')
        : Buffer.from(data.buffer, data.byteOffset, data.byteLength)
    stdout += bytes.toString('utf8')
    return bytes.length
  }) as typeof fs.writeSync
  return {
    text: () => stdout,
    restore: () => {
      process.stdout.write = streamWrite
      fs.writeSync = writeSync
    }
  }
}

/** What `body` writes to stdout. */
export function stdoutOf(body: () => void): string {
  const capture = captureStdout()
  try {
    body()
  } finally {
    capture.restore()
  }
  return capture.text()
}
