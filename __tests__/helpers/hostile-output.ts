// What a step may leave behind when the server (or an input) is hostile, checked the way the runner
// reads it: every line of stdout (the runner also breaks lines at a lone CR) that is a workflow
// command must be one the action writes itself; the env, output and state files hold only the
// action's own keys; and no secret shows up in any encoding outside the ::add-mask:: lines and the
// outputs and variables that exist to carry a credential.
import type { runStep } from '../../scripts/runner.js'
import { VENDOR_CASES } from '../vendors/cases.generated.js'

export type Step = Awaited<ReturnType<typeof runStep>>

/** The commands the action writes: masks, its one failure, warnings, and debug lines. */
const OWN_COMMANDS = /^::(add-mask|error|warning|debug)::/

/** Lines of stdout that the runner would execute as a command the action did not write. */
export function foreignCommands(stdout: string): string[] {
  const found: string[] = []
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const trimmed = line.trim()
    if (trimmed.startsWith('::')) {
      // The runner parses a `::` command first: `##[` inside our own command's data is inert.
      if (!OWN_COMMANDS.test(trimmed)) found.push(line)
    }
    // The runner's older command syntax works anywhere in any other line.
    else if (line.includes('##[')) found.push(line)
  }
  return found
}

/** The contract's outputs (plus ca-bundle); nothing else may appear in GITHUB_OUTPUT. */
export const OUTPUT_KEYS: ReadonlySet<string> = new Set([
  'vendor',
  'url',
  'user-id',
  'username',
  'display-name',
  'email',
  'roles',
  'permissions',
  'organization',
  'identity',
  'auth-header',
  'token',
  'cookie',
  'expires-at',
  'ca-bundle'
])

/** Outputs that exist to hand a credential to later steps (masked in the log). */
export const CREDENTIAL_OUTPUTS: ReadonlySet<string> = new Set(['auth-header', 'token', 'cookie'])

/** The state keys the main step writes (src/runner/state.ts): the session, the CA variables' earlier values. */
export const STATE_KEYS: ReadonlySet<string> = new Set(['logout', 'ca-variables'])

/**
 * Every variable name the contract lets the action export, for any vendor (each vendor's case lists
 * its own), and the CA files' variables: a hostile answer must not add one (NODE_OPTIONS,
 * LD_PRELOAD, BASH_ENV...).
 */
export const ENV_KEYS: ReadonlySet<string> = new Set([
  ...VENDOR_CASES.flatMap((entry) => entry.exportable),
  ...['REQUESTS_CA_BUNDLE', 'CURL_CA_BUNDLE', 'NODE_EXTRA_CA_CERTS']
])

const htmlEntities = (text: string): string =>
  [...text].map((char) => `&#${char.codePointAt(0)};`).join('')
const hexEntities = (text: string): string =>
  [...text].map((char) => `&#x${char.codePointAt(0)!.toString(16)};`).join('')
const unicodeEscapes = (text: string): string =>
  [...text].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')
const lowerHex = (text: string): string =>
  encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase())

/**
 * A lone surrogate cannot cross an environment variable: the step sees U+FFFD in its place. The
 * forms are those of the value the step actually holds.
 */
const wellFormed = (text: string): string =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')

/** The encodings a server may echo a secret in, and in which it must never reach the log. */
export function secretForms(given: string): string[] {
  const secret = wellFormed(given)
  const forms = new Set([
    secret,
    encodeURIComponent(secret),
    lowerHex(secret),
    encodeURIComponent(secret).replace(/%20/g, '+'),
    JSON.stringify(secret).slice(1, -1),
    JSON.stringify(secret).slice(1, -1).replace(/\//g, '\\/'),
    unicodeEscapes(secret),
    htmlEntities(secret),
    hexEntities(secret),
    Buffer.from(secret).toString('base64'),
    Buffer.from(secret).toString('base64url')
  ])
  return [...forms].filter((form) => form.length >= 6)
}

export interface Leak {
  where: string
  form: string
}

/**
 * Where any form of any secret appears outside the places meant to hold it: stdout (but its
 * ::add-mask:: lines), stderr, the summary, outputs other than the credential outputs, env values
 * other than a variable holding exactly the credential the user gave, and state.
 */
export function findLeaks(step: Step, secrets: readonly string[]): Leak[] {
  const places: [string, string][] = [
    [
      'stdout',
      step.stdout
        .split(/\r\n|\r|\n/)
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n')
    ],
    ['stderr', step.stderr],
    ['summary', step.summary],
    ...Object.entries(step.outputs)
      .filter(([name]) => !CREDENTIAL_OUTPUTS.has(name))
      .map(([name, value]): [string, string] => [`output ${name}`, value]),
    ...Object.entries(step.env)
      .filter(([, value]) => !secrets.includes(value))
      .map(([name, value]): [string, string] => [`env ${name}`, value]),
    ...Object.entries(step.state).map(([name, value]): [string, string] => [`state ${name}`, value])
  ]
  const leaks: Leak[] = []
  for (const secret of secrets.filter((value) => value.length >= 6)) {
    for (const form of secretForms(secret)) {
      for (const [where, text] of places) {
        if (text.includes(form)) leaks.push({ where, form: `${form.slice(0, 8)}…` })
      }
    }
  }
  return leaks
}

/** Keys in the env, output and state files that the action does not write. */
export function foreignKeys(step: Step): string[] {
  return [
    ...Object.keys(step.outputs)
      .filter((key) => !OUTPUT_KEYS.has(key))
      .map((key) => `output ${key}`),
    ...Object.keys(step.env)
      .filter((key) => !ENV_KEYS.has(key))
      .map((key) => `env ${key}`),
    ...Object.keys(step.state)
      .filter((key) => !STATE_KEYS.has(key))
      .map((key) => `state ${key}`)
  ]
}

/** Contract 10's grammars for what a server issues, by output (empty means none was issued). */
const OUTPUT_GRAMMARS: Record<string, RegExp> = {
  // A Tenable.sc session token is decimal; a bearer token uses the RFC 6750 b64token characters.
  token: /^[A-Za-z0-9\-._~+/]+=*$/,
  cookie: /^TNS_SESSIONID=[A-Za-z0-9,-]+$/,
  // One header line of printable ASCII: later steps put it into shell commands and headers.
  'auth-header': /^[A-Za-z0-9-]+: [\x21-\x7e][\x20-\x7e]*$/
}

/**
 * Outputs that break contract 10: a server-issued credential outside its grammar (it reaches
 * `run:` scripts through ${{ }}), and control characters in any output (identity outputs carry
 * cleaned text; the JSON outputs escape theirs).
 */
export function malformedOutputs(step: Step): string[] {
  const found: string[] = []
  for (const [name, value] of Object.entries(step.outputs)) {
    const grammar = OUTPUT_GRAMMARS[name]
    if (value !== '' && grammar && !grammar.test(value))
      found.push(`output ${name} outside its grammar: ${JSON.stringify(value.slice(0, 80))}`)
    // eslint-disable-next-line no-control-regex -- control characters are what this looks for
    else if (/[\u0000-\u001f\u007f-\u009f]/.test(value))
      found.push(`control character in output ${name}: ${JSON.stringify(value.slice(0, 80))}`)
  }
  return found
}

/**
 * Everything wrong with one finished step, as a list of findings (empty when it behaved): exit code
 * 0 or 1, exactly one ::error:: when 1 and none when 0, no foreign command, no foreign key, no leak.
 */
export function hostileFindings(step: Step, secrets: readonly string[]): string[] {
  const findings: string[] = []
  if (step.exitCode !== 0 && step.exitCode !== 1) findings.push(`exit code ${step.exitCode}`)
  if (step.exitCode === 1 && step.errors.length !== 1)
    findings.push(`${step.errors.length} ::error:: lines with exit code 1`)
  if (step.exitCode === 0 && step.errors.length !== 0)
    findings.push(`${step.errors.length} ::error:: lines with exit code 0`)
  for (const line of foreignCommands(step.stdout))
    findings.push(`foreign command: ${JSON.stringify(line.slice(0, 120))}`)
  for (const key of foreignKeys(step)) findings.push(`foreign key: ${key}`)
  findings.push(...malformedOutputs(step))
  for (const leak of findLeaks(step, secrets))
    findings.push(`secret in ${leak.where} as ${JSON.stringify(leak.form)}`)
  if (/\n\s+at .+:\d+:\d+/.test(step.errors.join('\n'))) findings.push('stack trace in ::error::')
  return findings
}
