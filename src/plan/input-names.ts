/** The action's inputs, as action.yml spells them, and the inputs a step was given that it has not. */
import { ActionFailure } from '../core/failure.js'
import { closestName } from '../core/spelling.js'
import { CREDENTIAL_INPUTS, VENDOR_OPTION_INPUTS } from '../kit/types.js'

/** Every input in action.yml, in its order. */
export const INPUT_NAMES = [
  'vendor',
  'url',
  'region',
  ...CREDENTIAL_INPUTS,
  ...VENDOR_OPTION_INPUTS,
  'required-roles',
  'required-permissions',
  'allowed-roles',
  'oidc-provider',
  'oidc-audience',
  'mint-token',
  'token-lifetime',
  'expiry-warning-days',
  'export-env',
  'logout',
  'timeout',
  'retries',
  'ca-cert',
  'tls-verify'
] as const
export type InputName = (typeof INPUT_NAMES)[number]
export type RawInputs = Record<InputName, string>

/** An input name's words, singular: `required_role_names` is required, role, name. */
const wordsOf = (name: string): string[] =>
  name
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.replace(/s$/, ''))

/**
 * The names that share the most words with one no spelling is close to (`permissions`,
 * `verify-tls`, `roles`, `mint`): the names a user reaches for, at most three; none when none
 * shares a word.
 */
export function namesSharingWords(given: string, names: readonly string[]): string[] {
  const wanted = new Set(wordsOf(given))
  let best: string[] = []
  let most = 0
  for (const name of names) {
    const shared = wordsOf(name).filter((word) => wanted.has(word)).length
    if (shared > most) [best, most] = [[name], shared]
    else if (shared === most && shared > 0) best.push(name)
  }
  return best.slice(0, 3)
}

/** The inputs sharing the most words with a name, as "a or b"; undefined when none does. */
function sharingWords(given: string): string | undefined {
  return namesSharingWords(given, INPUT_NAMES).join(' or ') || undefined
}

/** The variable the runner sets for an input (what @actions/core's getInput reads). */
export const inputVariable = (name: string): string =>
  `INPUT_${name.replace(/ /g, '_').toUpperCase()}`

/**
 * Refuses an input the step was given that the action does not have but nearly spells
 * (`required_roles`, `required-role`, `mint_token`). The runner passes it on with only a warning,
 * and the step would run as if it were not set: a misspelled requirement would let the gate pass
 * unchecked, a misspelled mint-token hand on the long-lived credential. An unknown name close to
 * none of ours is left to the runner's own warning.
 */
export function refuseMisspelledInputs(
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform
): void {
  const known = new Set<string>(INPUT_NAMES.map(inputVariable))
  const misspelled: string[] = []
  for (const key of Object.keys(env)) {
    // Windows reads environment names in any case, so there getInput finds INPUT_mint-token too.
    const read = platform === 'win32' ? key.toUpperCase() : key
    if (!key.startsWith('INPUT_') || known.has(read)) continue
    // The runner upper-cases the name and turns spaces into _; show it as it was most likely typed.
    const given = key.slice('INPUT_'.length).toLowerCase()
    const meant = closestName(given, INPUT_NAMES) ?? sharingWords(given)
    // A key in lower case came from env:, not with: (INPUT_mint-token): named as written.
    const upper = key === key.toUpperCase() ? '' : ' The runner sets input variables in upper case'
    if (meant && /^[\w.-]{1,100}$/.test(given))
      misspelled.push(`${upper ? key : given} (did you mean ${meant}?${upper})`)
  }
  if (!misspelled.length) return
  throw new ActionFailure(
    [
      `scanner-login has no input named ${misspelled.join(', ')}. The runner passes an unknown input on without using it, so the step would run as if it were not set (a requirement would not be checked).`,
      "Fix: spell it as action.yml does, in the step's with:."
    ].join('\n')
  )
}
