// `npm run sandbox` (sandbox/cli.js) as a user starts it: a port another program holds is one line
// saying which flag to change, never a stack trace, and the process ends.
import { describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer, type Server } from 'node:net'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { ROOT } from '../scripts/runner.js'

const NODE = existsSync(join(ROOT, 'node_modules', 'node', 'bin', 'node'))
  ? join(ROOT, 'node_modules', 'node', 'bin', 'node')
  : process.execPath

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

function sandboxCli(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, [join(ROOT, 'sandbox', 'cli.js'), ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    // A sandbox that started anyway would run until stopped.
    const timer = setTimeout(() => child.kill('SIGTERM'), 15_000)
    child.on('error', reject)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

async function holdPort(): Promise<{ server: Server; port: number }> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, port: (server.address() as AddressInfo).port }
}

describe('sandbox/cli.js on a busy port', () => {
  it.each(['--http-port', '--https-port'])(
    'says in one line that the port of %s is in use, and exits 1',
    async (flag) => {
      const { server, port } = await holdPort()
      try {
        const run = await sandboxCli([flag, String(port)])
        expect(run.code).toBe(1)
        expect(run.stdout).toBe('')
        expect(run.stderr).toBe(
          `scanner-login sandbox: port ${port} on 127.0.0.1 is in use (another sandbox or another program listens there). Choose another with ${flag}, or leave ${flag} out to take a free port.\n`
        )
      } finally {
        server.close()
      }
    }
  )

  it('refuses a port that is not a number in one line, exit 2', async () => {
    const run = await sandboxCli(['--http-port', 'http'])
    expect(run.code).toBe(2)
    expect(run.stderr).toBe(
      'scanner-login sandbox: --http-port must be a port number from 0 to 65535, not "http".\n'
    )
  })
})
