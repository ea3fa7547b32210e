// Hostile server text through every sink, in-process (the source, not the bundle), for every vendor
// of the shared table: a loopback server in front of the sandbox answers one request of a
// successful check with the fake's own answer, its string leaves replaced by hostile text (workflow
// commands, terminal escapes, bidi controls, Markdown and HTML, line breaks). Then each sink must
// hold that text inert:
// - the log: no workflow command the action did not write, and no control character other than the
//   line breaks of our own multi-line messages in any line, command data decoded;
// - the job summary: only the action's own tags, no Markdown or HTML syntax of the server's, no
//   blank line that would end the HTML block, no control character;
// - the outputs and exported variables: no control or bidi character;
// - the doctor's terminal report: no escape sequence, bidi control, CR, or runner command.
import { afterAll, beforeAll, describe, it } from '@jest/globals'
import * as fc from 'fast-check'
import { startSandbox } from '../sandbox/index.js'
import { runDoctor } from '../src/doctor/index.js'
import { CREDENTIAL_INPUTS, type CredentialInput } from '../src/kit/types.js'
import { loadVendor } from '../src/vendors/index.js'
import { runMain } from './helpers/action.js'
import { foreignCommands } from './helpers/hostile-output.js'
import { startHostileServer, type Answer, type HostileServer } from './helpers/hostile-server.js'
import { retargeted } from './helpers/scenario.js'
import type { Sandbox } from './vendors/case.js'
import { VENDOR_CASES } from './vendors/cases.generated.js'

const RUNS = Number(process.env.HOSTILE_SINK_RUNS ?? 3)
/** HOSTILE_SINK_SEED replays a failing run's seed (fast-check prints it). */
const SEED = process.env.HOSTILE_SINK_SEED ? Number(process.env.HOSTILE_SINK_SEED) : undefined

/** Text aimed at each sink: the runner, a terminal, the summary's Markdown and HTML, a shell. */
const PIECES = [
  '\n::set-output name=token::evil\n',
  '::stop-commands::deadbeef',
  '%0A::add-mask::Verified',
  '##[error]forged',
  '\r\n\n',
  '\rscanner-login doctor: verified',
  '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007',
  '\u001b[2J\u001b[H',
  '\u009b31m\u009d0;title\u009c',
  '\u202eevil\u202c\u2066x\u2069\u200f',
  '\u0085\u2028\u2029\u000b\u000c\u0000\u007f',
  '![x](https://evil.example/p.png)',
  '<img src=https://evil.example/p.png>',
  '</code></pre></td></table><h1>x</h1>',
  '<!-- ',
  '| a | b |\n|---|---|',
  '`code` *em* _u_ ~~s~~ # h \\',
  '&lt;script&gt; &#60;b&#62;',
  '[link](javascript:alert(1))',
  '$(touch PWNED) "; id; "',
  'Administrator'
]

const hostileText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) }
    ),
    { minLength: 1, maxLength: 5 }
  )
  .map((parts) => parts.join(''))

/** The fake's answer to one request of the check, every string leaf hostile; the status kept. */
const identityAnswer: fc.Arbitrary<Answer> = fc.record({
  target: fc.nat({ max: 7 }),
  status: fc.constant('keep' as const),
  contentType: fc.constant(undefined),
  headers: fc.constant([]),
  body: fc.record({
    type: fc.constant('mutate' as const),
    // At least one leaf hostile, so that no run leaves the answer as the fake wrote it.
    leaves: fc
      .array(fc.option(hostileText, { nil: undefined, freq: 3 }), { minLength: 1, maxLength: 6 })
      .filter((leaves) => leaves.some((leaf) => leaf !== undefined))
  })
})

const CONTROL =
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/
const ANY_CONTROL =
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/
/** The tags the summary writer itself emits (./src/runner/summary-markup.ts). */
const OWN_TAGS = /<\/?(?:h3|h4|table|tr|th|td|pre|code)>/g

const show = (text: string): string => JSON.stringify(text.slice(0, 160))

function logFindings(stdout: string): string[] {
  const findings = foreignCommands(stdout).map((line) => `foreign command ${show(line)}`)
  for (const line of stdout.split('\n')) {
    const command = /^::[a-z-]+::(.*)$/.exec(line)
    // Command data as the runner decodes it: our own multi-line messages keep their LF (and CR).
    const text = command
      ? command[1]!.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
      : line
    if (CONTROL.test(text.replace(/\r/g, '')))
      findings.push(`control character in log ${show(line)}`)
    if (!command && text.includes('\r')) findings.push(`CR in a log line ${show(line)}`)
  }
  return findings
}

function summaryFindings(summary: string): string[] {
  const findings: string[] = []
  // The failure block is the only place with line breaks inside; elsewhere each element is a line.
  if (/\n[ \t]*\n/.test(summary)) findings.push('blank line in the summary')
  const markup = summary.replace(OWN_TAGS, '')
  if (/&(?!#\d+;)/.test(markup)) findings.push('an & that is not our own character reference')
  const text = markup.replace(/&#\d+;/g, '')
  for (const char of ['<', '>', '[', ']', '|', '`', '!', '\\', '_', '~', '#']) {
    if (text.includes(char)) findings.push(`unescaped ${show(char)} in the summary`)
  }
  if (CONTROL.test(text.replace(/\r/g, ''))) findings.push('control character in the summary')
  return findings
}

function valueFindings(kind: string, values: Record<string, string>): string[] {
  return Object.entries(values)
    .filter(([, value]) => ANY_CONTROL.test(value))
    .map(([name, value]) => `control character in ${kind} ${name}: ${show(value)}`)
}

function doctorFindings(out: string): string[] {
  const findings: string[] = []
  if (out.includes('\r')) findings.push('CR in the doctor report')
  if (CONTROL.test(out)) findings.push(`control character in the doctor report`)
  for (const line of out.split('\n')) {
    if (line.trim().startsWith('::') || line.includes('##['))
      findings.push(`runner command in the doctor report ${show(line)}`)
    if (/^\s*scanner-login doctor:/.test(line) && !out.startsWith(line))
      findings.push(`a second headline in the doctor report ${show(line)}`)
  }
  return findings
}

let sandbox: Sandbox
let server: HostileServer

beforeAll(async () => {
  sandbox = await startSandbox()
  server = await startHostileServer(sandbox.httpsUrl)
  for (const entry of VENDOR_CASES) await loadVendor(entry.vendor)
})
afterAll(async () => {
  await server.close()
  await sandbox.close()
})

/** Inputs the doctor takes from the environment only. */
const CREDENTIALS: ReadonlySet<string> = new Set(CREDENTIAL_INPUTS)

describe.each(VENDOR_CASES.map((entry) => [entry.vendor, entry] as const))(
  '%s',
  (vendor, entry) => {
    it('hostile text in any answer stays inert in the log, summary, outputs, env and doctor', async () => {
      const { requests } = entry.success(sandbox)
      const vendorModule = await loadVendor(vendor)
      await fc.assert(
        fc.asyncProperty(identityAnswer, async (generated) => {
          const scenario = retargeted(entry, sandbox, server.url)
          const inputs = { ...scenario.inputs, timeout: '5', retries: '0' }
          server.arm(generated, requests, [])
          const step = await runMain(inputs, scenario.env ?? {})
          // The request that got the hostile answer was made: the run tested something.
          if (server.seen() <= generated.target % requests)
            throw new Error(`${vendor}: the hostile answer was never served`)
          server.arm(generated, requests, [])
          let report = ''
          const flags = Object.entries(inputs)
            .filter(([name]) => !CREDENTIALS.has(name))
            .flatMap(([name, value]) => [`--${name}`, value])
          const credentials = Object.fromEntries(
            Object.entries(inputs)
              .filter(([name]) => CREDENTIALS.has(name))
              .map(([name, value]) => [
                vendorModule.credentialEnv[name as CredentialInput]?.[0] ??
                  `SCANNER_LOGIN_${name.toUpperCase().replace(/-/g, '_')}`,
                value
              ])
          )
          await runDoctor(
            ['doctor', ...flags].slice(1),
            { PATH: process.env.PATH ?? '', ...scenario.env, ...credentials },
            { stdout: (text) => void (report += text), stderr: (text) => void (report += text) }
          )
          const findings = [
            ...logFindings(step.stdout),
            ...summaryFindings(step.summary),
            ...valueFindings('output', step.outputs),
            ...valueFindings('env', step.env),
            ...doctorFindings(report)
          ]
          if (findings.length) throw new Error(`${vendor}: ${findings.join('; ')}`)
        }),
        { numRuns: RUNS, endOnFailure: true, ...(SEED === undefined ? {} : { seed: SEED }) }
      )
    }, 60_000)
  }
)
