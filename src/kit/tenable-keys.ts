/**
 * What Tenable VM and Nessus share: API keys sent as `X-ApiKeys: accessKey=AK; secretKey=SK;`
 * (two 64-hex-character keys), and roles reported as one numeric level in `permissions`.
 * Sources: developer.tenable.com "Authorization" (the header and its 64-hex example keys), "Roles"
 * (the levels); shared vendor notes §3.1-3.2 and vendors-next §2.2 "7. Tenable Nessus".
 */
import { ActionFailure } from '../core/failure.js'
import type { Identity } from '../core/identity.js'
import { text } from './parse.js'
import type { RoleLevel } from './types.js'

const API_KEY = /^[0-9a-f]{64}$/i
const API_KEY_LENGTH = 64

/** Where the keys are created and which environment variables may hold them, for messages. */
export interface KeySource {
  vendorName: string
  /** e.g. 'Settings > My Account > API Keys > Generate'. */
  generatedAt: string
  /** e.g. 'TIO_ACCESS_KEY / TIO_SECRET_KEY'. */
  envNames: string
}

/**
 * Rejects keys the server would refuse anyway, naming the input that looks wrong: each key is 64
 * hexadecimal characters. Two shapes get their own cause and fix: the whole X-ApiKeys line pasted
 * into a secret, and the 32 + 32 hexadecimal keys of Tenable Security Center (Tenable.sc), whose
 * users reach for "Tenable" first.
 */
export function validateApiKeys(accessKey: string, secretKey: string, source: KeySource): void {
  const keys = [
    ['access-key', accessKey],
    ['secret-key', secretKey]
  ] as const
  const wrong = keys.filter(([, key]) => !API_KEY.test(key))
  if (wrong.length === 0) return
  const described = wrong.map(([input, key]) => `${input} (${keyShape(key)})`)
  const pasted = keys.filter(([, key]) => KEY_LINE.test(key)).map(([input]) => input)
  throw new ActionFailure(
    [
      `${source.vendorName} API keys are ${API_KEY_LENGTH} hexadecimal characters each (0-9, a-f); ${source.vendorName} would reject ${wrong.length > 1 ? 'these' : 'this one'}.`,
      `The input${wrong.length > 1 ? 's' : ''} that look${wrong.length > 1 ? '' : 's'} wrong: ${described.join(' and ')}.`,
      ...(pasted.length
        ? pastedLine(pasted, source)
        : keys.every(([, key]) => SECURITY_CENTER_KEY.test(key))
          ? securityCenterKeys(source)
          : miscopied(wrong, source))
    ].join('\n')
  )
}

/**
 * The whole X-ApiKeys line pasted into one of the two secrets while the other is empty: explained
 * before "the other input is empty" would send the user looking for a key they already gave.
 */
export function explainPastedKeyLine(
  given: Partial<Record<'access-key' | 'secret-key', string>>,
  source: KeySource
): string | undefined {
  const accessKey = given['access-key'] ?? ''
  const secretKey = given['secret-key'] ?? ''
  if (accessKey && secretKey) return undefined
  const line = accessKey || secretKey
  if (!KEY_LINE.test(line)) return undefined
  return pastedLine([accessKey ? 'access-key' : 'secret-key'], source).join('\n')
}

/** `accessKey=` or `secretKey=` (any case, as both Tenable products spell them): a pasted line. */
const KEY_LINE = /(?:access|secret)key\s*=/i
/** Tenable Security Center's API keys: 32 hexadecimal characters each. */
const SECURITY_CENTER_KEY = /^[0-9a-f]{32}$/i

function pastedLine(inputs: readonly string[], source: KeySource): string[] {
  return [
    inputs.length > 1
      ? `The ${inputs.join(' and ')} inputs hold the "accessKey=…; secretKey=…;" line (as the X-ApiKeys header and the API Keys page show it), or parts of it, not one key each.`
      : `The ${inputs[0]} input holds the whole "accessKey=…; secretKey=…;" line (as the X-ApiKeys header and the API Keys page show it), not one key.`,
    `Fix: put each key in its own input: the ${API_KEY_LENGTH} characters after accessKey= into the secret behind access-key, those after secretKey= into the secret behind secret-key (or ${source.envNames}), without the names, "=" or ";".`
  ]
}

function securityCenterKeys(source: KeySource): string[] {
  return [
    `Both keys are 32 hexadecimal characters: the shape of Tenable Security Center (Tenable.sc) API keys, not ${source.vendorName} keys.`,
    `Fix: for a Tenable Security Center, set vendor: tenable-sc and its url; for ${source.vendorName}, copy the keys again from ${source.generatedAt} in ${source.vendorName} into the secrets behind the access-key and secret-key inputs (or ${source.envNames}).`
  ]
}

function miscopied(wrong: readonly (readonly [string, string])[], source: KeySource): string[] {
  const suspicious = wrong.some(([, key]) => /[\s"'`;=]/.test(key))
  return [
    `The usual cause is a stray space, quote or line break copied into the secret${suspicious ? ' (the key contains such a character)' : ''}, the whole "accessKey=…; secretKey=…;" line pasted into one secret, or the two keys swapped for something else.`,
    `Fix: copy the keys again from ${source.generatedAt} in ${source.vendorName} into the secrets behind the access-key and secret-key inputs (or ${source.envNames}).`
  ]
}

/** "12 characters", "64 characters, not all hexadecimal": never the key itself. */
function keyShape(key: string): string {
  return key.length === API_KEY_LENGTH
    ? `${key.length} characters, not all hexadecimal`
    : `${key.length} characters`
}

/** The X-ApiKeys header value, in the documented spelling. */
export function apiKeysHeaderValue(accessKey: string, secretKey: string): string {
  return `accessKey=${accessKey}; secretKey=${secretKey};`
}

/**
 * The role of a user whose `permissions` field is a level number. A documented level gives its
 * name; a level the table does not name still counts for the "at least" comparison, with no name.
 * `extraNames` names levels that are reported but cannot be required (Tenable VM's 0 Read-Only).
 */
export function roleFromLevel(
  value: unknown,
  levels: readonly RoleLevel[],
  extraNames: Readonly<Record<number, string>> = {}
): Pick<Identity, 'roles' | 'roleLevel'> {
  const raw = text(value)
  const level = /^\d{1,6}$/.test(raw) ? Number(raw) : undefined
  if (level === undefined) return { roles: undefined }
  const name = levels.find((l) => l.level === level)?.name ?? extraNames[level]
  return { roles: name ? [name] : [], roleLevel: level }
}
