/**
 * The action's messages in the doctor's words. They are written for a workflow step, whose inputs
 * are YAML (`tls-verify: false`) and whose credentials are secrets; on a command line the same
 * inputs are flags (`--tls-verify false`) and credentials environment variables. Each rule matches
 * only the action's own phrasing, and leaves alone what a server wrote: a line that quotes it
 * (`Tenable.sc said: ...`, `Infracast said for ...: ...`, `It begins: ...`) and any text in double
 * quotes (a user name, a role, a vendor's error text) are never rewritten. URLs hold no spaces, so
 * no rule can match inside one.
 */
import type { CredentialInput, Vendor } from '../kit/types.js'
import { SYSTEM_TRUST_STORE_HINT } from '../net/failures.js'
import { credentialSources, FLAG_INPUTS, type FlagInput } from './args.js'

/**
 * The action's message, as the doctor prints it. `env` is the doctor's environment, to name the
 * variable a credential was read from.
 */
export function doctorWords(
  text: string,
  vendor: Vendor | undefined,
  env: NodeJS.ProcessEnv = {}
): string {
  const rewrite = (part: string): string => {
    const ours = part.replace(SYSTEM_TRUST_STORE_HINT, DOCTOR_TRUST_STORE_HINT)
    const credentials = vendor ? credentialWords(ours, vendor, env) : ours
    return REWRITES.reduce((rewritten, rewriteOne) => rewriteOne(rewritten), credentials)
  }
  return text
    .split('\n')
    .map((line) => (quotesServer(line, vendor) ? line : outsideQuotes(line, rewrite)))
    .join('\n')
}

/**
 * A credential mint-token created is, in a step, handed to later steps and revoked by the post step
 * when the job ends (core/mint.ts). The doctor has neither: it revokes what it minted as soon as the
 * check ends (./index.ts endKept), and hands nothing on.
 */
const MINTED_FOR_THE_JOB =
  / for later steps; it expires at (\S+) and is revoked when the job ends\.$/
const MINTED_FOR_THE_CHECK =
  '; it expires at $1, but is revoked as soon as this check ends: the doctor hands nothing on.'

/**
 * mint-token's messages (plan/least-exposure.ts, each vendor's mint.ts) name its two inputs bare, as
 * prose no other rule reads ("token-lifetime is "1h", but mint-token is not true", "shorten
 * token-lifetime", "turn mint-token off"), and speak of the step and the later steps it hands a
 * token to. Neither name is an English word, so each bare one is the flag; mint-token is off unless
 * given, so turning it off is leaving it out; and the doctor hands nothing on.
 */
function mintWords(text: string): string {
  return text
    .replace(/\bturn mint-token off\b/g, 'leave out --mint-token')
    .replace(MINT_INPUT, '--$&')
    .replace(/ to hand later steps [^.;]*/g, '')
    .replace(/ to create (an? (?:token|API key)) for later steps\b/g, ' to create $1')
    .replace(/\b(?:the|this) step (was given|verified)\b/g, 'the doctor $1')
}
const MINT_INPUT = /(?<![\w-])(?:mint-token|token-lifetime)(?![\w-])/g

/**
 * A ca-cert path that cannot be read (plan/ca-cert.ts): a step reads it relative to its working
 * directory, the workspace (checked out or not); the doctor relative to the directory it was started
 * in.
 */
const IN_THE_WORKSPACE =
  /\bor a path relative to the workspace(?: \(a file of the repository needs actions\/checkout first\))?\./g
const IN_THE_CURRENT_DIRECTORY = 'or a path relative to the current directory.'

/** The rules after the credentials are named, in order: each reads what the one before wrote. */
const REWRITES: readonly ((text: string) => string)[] = [
  inputSettings,
  flagWords,
  bareSettings,
  adviceFlags,
  (text) => text.replace(MINTED_FOR_THE_JOB, MINTED_FOR_THE_CHECK),
  mintWords,
  (text) => text.replace(IN_THE_WORKSPACE, IN_THE_CURRENT_DIRECTORY),
  requirementFlags,
  stepWords,
  secretWords,
  sessionWords
]

/**
 * The least-privilege warnings' advice (core/privilege.ts) names allowed-roles bare, as a step's
 * input: "list "admin" in allowed-roles", "allowed-roles cannot accept it: ..., so allowed-roles
 * could not be verified". On a command line that is the --allowed-roles flag.
 */
function adviceFlags(text: string): string {
  return text.replace(
    /(^|\. |\bin |\bso )allowed-roles(?=[.:]|\s+c(?:annot accept|ould not be verified))/g,
    '$1--allowed-roles'
  )
}

/**
 * The requirement inputs, which the gate's failure (core/identity.ts, core/gate-failure.ts) and the
 * vendors' "Use required-roles instead" name bare: "holds "Analyst", and this step requires
 * "Manager" (required-roles)", "a role that required-roles lists", "or change required-roles".
 * None of the three names is an English word, so each bare one is the flag, as with mint-token.
 */
function requirementFlags(text: string): string {
  return text.replace(REQUIREMENT_INPUT, '--$&')
}
const REQUIREMENT_INPUT =
  /(?<![\w-])(?:required-roles|required-permissions|allowed-roles)(?![\w-])/g

/**
 * A credential is a secret in a step, an environment variable in the doctor: "the secret holds an
 * incomplete or wrongly copied token", "which the secret holds as part of the value. Fix: store it
 * again", "use the credential inputs instead" (a url with a user and password in it).
 */
function secretWords(text: string): string {
  return text
    .replace(/\bwhich the secret holds\b/g, 'which the variable holds')
    .replace(/\b([Tt])he secret holds\b/g, '$1he environment variable holds')
    .replace(/\bFix: store it again without\b/g, 'Fix: set it again without')
    .replace(
      /\buse the credential inputs instead\b/g,
      "set the vendor's credential environment variables instead (scanner-login doctor --help)"
    )
}

/**
 * A session's failures (a vendor at its session limit, a logout that failed) speak of the logout
 * input, which keeps a session past the job with false: "earlier runs with logout: false (or that
 * were killed) left their sessions open", "keep logout: true so each run ends its own session". The
 * doctor ignores --logout and always ends what it opened (./index.ts endKept), so the runs that
 * leave sessions open are the workflows' steps, and it is in their logout input that the fix goes;
 * and it has no job, so there is nothing to do "for this job".
 */
function sessionWords(text: string): string {
  return text
    .replace(
      /\bearlier runs with logout: false \(or that were killed\)/g,
      'workflow steps with logout: false, or runs that were killed,'
    )
    .replace(
      /\bkeep --logout true so each run ends its own session\b/g,
      'keep logout: true in the workflows that log in as this user so each step ends its own session (the doctor always ends its own)'
    )
    .replace(/\bnothing to do for this job\./g, 'nothing to do.')
}

/**
 * The action speaks of itself as a step on a runner: "the requirements of this step are not met",
 * "this step used the url input", "Give the step a key of a user with ...", "run the step again",
 * "reachable from the runner", "the runner's network access", "this runner's clock", "check the
 * runner clock". The doctor is a check run on this machine. "update the runner to v2.328.0"
 * (net/proxy.ts) is about a runner itself, and stays.
 */
function stepWords(text: string): string {
  return text
    .replace(/\b([Tt])his step\b/g, '$1his check')
    .replace(/\bthe step's requirements\b/g, 'the requirements')
    .replace(
      /\b([Gg])ive the step (an?) /g,
      (_m, g: string, a: string) => `${g === 'G' ? 'U' : 'u'}se ${a} `
    )
    .replace(/\brun the step again\b/g, 'run the doctor again')
    .replace(/\b(?:the|this) runner clock\b/g, "this machine's clock")
    .replace(/(?<!\bupdate )\b(?:the|this) runner('s)?(?![\w-]| machine)/g, 'this machine$1')
}

/**
 * The doctor's way to the machine's own trust store. The job's (NODE_USE_SYSTEM_CA in its env)
 * does nothing on the Node 20 the doctor also runs on, and --ca-cert works on every Node.
 */
const DOCTOR_TRUST_STORE_HINT =
  "if that CA is installed in this machine's own trust store (a company CA), export it from there as a PEM file and give its path to --ca-cert"

/**
 * Lines that hold a server's own text after the action's label: "<Vendor> said: ", and Infracast's
 * "<Vendor> said for <permission> (<endpoint>): " for each denied probe.
 */
function quotesServer(line: string, vendor: Vendor | undefined): boolean {
  const text = line.trimStart()
  if (text.startsWith('It begins: ')) return true
  return (
    !!vendor &&
    (text.startsWith(`${vendor.name} said: `) || text.startsWith(`${vendor.name} said for `))
  )
}

/** Applies `change` to the text outside double-quoted stretches, which stay as they are. */
function outsideQuotes(line: string, change: (text: string) => string): string {
  return line
    .split(/("[^"]*")/)
    .map((part, i) => (i % 2 === 1 ? part : change(part)))
    .join('')
}

/**
 * The action's messages name inputs ("The timeout input must be ..."); on a command line they are
 * flags ("The --timeout flag must be ..."). Only inputs the doctor takes as flags are renamed, in
 * the forms the messages use: "the X input", "the X and Y inputs", "the X, Y inputs", "the X or Y
 * input", "a X input".
 */
export function flagWords(text: string): string {
  return text.replace(FLAG_MENTION, (_match, the: string, names: string, plural: string) => {
    const flags = names.replace(FLAG_NAME, '--$&')
    return `${the} ${flags} flag${plural}`
  })
}

/**
 * A credential, which a step reads from a secret through an input ("the secret behind the api-key
 * input (or INVICTI_API_KEY)", "the secrets behind the access-key and secret-key inputs",
 * "the user-id input", "the username or password input", "access-key (or VERACODE_API_KEY_ID)"),
 * and the doctor only from an environment variable: named as that variable, the one set if any,
 * else the one read first. The step's alternatives in parentheses go, since they are that
 * variable. So are the credentials a parenthesis pairs with the vendor's values ("(access-key
 * takes the Access Key ID, secret-key the Secret Key)"). Only the vendor's own credentials are
 * renamed.
 */
function credentialWords(text: string, vendor: Vendor, env: NodeJS.ProcessEnv): string {
  const used = [...new Set(vendor.modes.flatMap((mode) => mode.inputs))]
  if (!used.length) return text
  const name = used.sort((a, b) => b.length - a.length).join('|')
  const names = `((?:${name})(?:(?:,? and |, | or )(?:${name}))*)`
  const variable = (input: string): string => {
    const sources = credentialSources(vendor, input as CredentialInput)
    return sources.find((source) => (env[source] ?? '').trim()) ?? sources[0]!
  }
  const variables = (the: string, inputs: string): string => {
    const list = inputs.match(new RegExp(`(?<![\\w-])(?:${name})(?![\\w-])`, 'g')) ?? []
    // "the username or password input" is either one: so is the variable named for it.
    const either = inputs.includes(' or ')
    const plural = list.length > 1 && !either ? 's' : ''
    return `${the} ${list.map(variable).join(either ? ' or ' : ' and ')} environment variable${plural}`
  }
  return text
    .replace(
      new RegExp(
        `\\b([Tt]he) (?:secrets?|one) behind (?:the )?${names}(?: inputs?)?${ALTERNATIVES}`,
        'g'
      ),
      (_match, the: string, inputs: string) => variables(the, inputs)
    )
    .replace(
      new RegExp(`\\b([Tt]he) ${names} inputs?\\b${ALTERNATIVES}`, 'g'),
      (_match, the: string, inputs: string) => variables(the, inputs)
    )
    .replace(new RegExp(`(?<![\\w-])(${name})${VARIABLES_SOURCE}`, 'g'), (_match, input: string) =>
      variable(input)
    )
    .replace(
      new RegExp(`\\((${name}) takes ([^,)]+), (${name}) ([^,)]+)\\)`, 'g'),
      (_match, first: string, value: string, second: string, other: string) =>
        `(${variable(first)} takes ${value}, ${variable(second)} ${other})`
    )
    .replace(
      new RegExp(`\\(((?:${name})(?: \\+ (?:${name}))+)\\)`, 'g'),
      (_match, inputs: string) => `(${inputs.split(' + ').map(variable).join(' + ')})`
    )
}

/** The step's fallback variables after a credential: " (or TSC_ACCESS_KEY / TSC_SECRET_KEY)". */
const VARIABLES_SOURCE = ' \\(or [A-Z][A-Z0-9_]*(?:(?: / |, | and | or )[A-Z][A-Z0-9_]*)*\\)'
const ALTERNATIVES = `(?:${VARIABLES_SOURCE})?`

/**
 * An input's setting as a step's `with:` writes it, after the words the messages put before one
 * ("Set tls-verify: false", "set release-session: true", "e.g. url: https://sc.example.com",
 * "(expiry-warning-days: 14)"), as the flag and its value: `--tls-verify false`. Without such a
 * word before it, "name: " is prose ("mint-token needs required-permissions: the minted key ..."),
 * and stays. A list ends the sentence ("write required-permissions: scan, provisioning") and is
 * quoted whole; any other value is one word, without the punctuation after it.
 */
function inputSettings(text: string): string {
  const flag = (_match: string, before: string, name: string, value: string): string =>
    `${before}--${name} ${shellWord(value)}`
  return text.replace(LIST_SETTING, flag).replace(SETTING, flag)
}

/**
 * An input named bare after the verb that sets it, without a value of its own: "set url to your
 * server", "set region (us, eu, ca) or url to where the key was created", "set region to the
 * stack", "set tenant (or CX_TENANT) to the tenant name", "leave url empty". On a command line each
 * is the flag: "set --url to your server".
 */
function bareSettings(text: string): string {
  return text
    .replace(BARE_SETTING, '$1--$2')
    .replace(OR_BARE_SETTING, '$1--$2')
    .replace(ONE_OF_TWO, 'give one: --$1 picks $2, --$3 names')
}

/** A value as a shell reads it back: bare when it can be, else quoted. */
function shellWord(value: string): string {
  if (/^[\w.,:/@%+=-]+$/.test(value)) return value
  if (!/["$`\\!]/.test(value)) return `"${value}"`
  return `'${value.replace(/'/g, `'\\''`)}'`
}

/** The inputs whose value is a comma-separated list. */
const LIST_INPUTS: readonly FlagInput[] = [
  'required-roles',
  'required-permissions',
  'allowed-roles'
]

// Longest first, so "token-lifetime" is not read as a shorter name; the names are [a-z-] only.
const FLAG_NAME_SOURCE = [...FLAG_INPUTS].sort((a, b) => b.length - a.length).join('|')
const FLAG_NAME = new RegExp(`(?<![\\w-])(?:${FLAG_NAME_SOURCE})(?![\\w-])`, 'g')
const FLAG_MENTION = new RegExp(
  `\\b([Tt]he|[Aa]) ((?:${FLAG_NAME_SOURCE})(?:(?:,? and |, | or )(?:${FLAG_NAME_SOURCE}))*) input(s?)\\b`,
  'g'
)
/** The words a setting follows: a verb, "e.g.", or an opening parenthesis. */
const SETTING_AFTER = `((?:^|[\\s(])(?:(?:[Ss]et|[Kk]eep|[Aa]dd|[Ww]rite|e\\.g\\.) |\\())`
const SETTING = new RegExp(
  `${SETTING_AFTER}(${FLAG_NAME_SOURCE}): (\\S+?)(?=[.,;:)]*(?:\\s|$))`,
  'g'
)
const LIST_SETTING = new RegExp(
  `${SETTING_AFTER}(${LIST_INPUTS.join('|')}): ([^\\s,]+(?:, [^\\s,]+)+)(?=\\.?$)`,
  'g'
)
const BARE_SETTING = new RegExp(
  `((?:^|[\\s(])(?:[Ss]et|[Ll]eave) )(${FLAG_NAME_SOURCE})(?= \\(| to\\b| empty\\b)`,
  'g'
)
/**
 * Two inputs given where one is allowed (plan/location.ts): "give one: region picks the vendor's
 * cloud URL for that region, url names a server directly". Each is the flag to keep.
 */
const ONE_OF_TWO = new RegExp(
  `\\bgive one: (${FLAG_NAME_SOURCE}) picks ([^,]*), (${FLAG_NAME_SOURCE}) names\\b`,
  'g'
)
/** The second of two: "set --region (us, eu, ca) or url to ...". */
const OR_BARE_SETTING = new RegExp(
  `(\\b[Ss]et --[a-z-]+ \\([^)]*\\) or )(${FLAG_NAME_SOURCE})(?= to\\b)`,
  'g'
)
