/**
 * The settings inputs (everything but the vendor, its location and its credentials): each parsed on
 * its own, all checked together so that every problem is reported at once, naming the input as it
 * is spelled in action.yml. Plain functions rather than a schema library: this runs in every job,
 * and loading zod/mini cost more than the rest of input handling together (see the README's
 * performance section).
 */
import { ActionFailure } from '../core/failure.js'

const MAX_TIMEOUT_SECONDS = 600
const MAX_RETRIES = 10
const MAX_EXPIRY_WARNING_DAYS = 3650
const MINUTE = 60
export const UNIT_SECONDS = { m: MINUTE, h: 60 * MINUTE, d: 24 * 60 * MINUTE } as const
/** A minted credential lives at most a week: one that outlives the job by days is no longer "short-lived". */
export const MAX_TOKEN_LIFETIME_SECONDS = 7 * UNIT_SECONDS.d
/** Long enough for the shortest scan to start with it; vendors round up from here. */
export const MIN_TOKEN_LIFETIME_SECONDS = 5 * MINUTE

/** One settings input: its value, or the message that follows "The <input> input" when it is wrong. */
type SettingParser<T> = (value: string) => { ok: true; value: T } | { ok: false; message: string }

/** A boolean input, spelled as @actions/core's getBooleanInput accepts (YAML 1.2 core schema). */
const booleanInput =
  (fallback: boolean): SettingParser<boolean> =>
  (value) => {
    if (value === '') return { ok: true, value: fallback }
    if (value === 'true' || value === 'True' || value === 'TRUE') return { ok: true, value: true }
    if (value === 'false' || value === 'False' || value === 'FALSE')
      return { ok: true, value: false }
    return { ok: false, message: `must be true or false, not "${value}"` }
  }

const numberInput =
  (fallback: number, min: number, max: number, integer: boolean): SettingParser<number> =>
  (value) => {
    if (value === '') return { ok: true, value: fallback }
    const parsed = Number(value)
    if (
      !Number.isFinite(parsed) ||
      (integer && !Number.isInteger(parsed)) ||
      parsed < min ||
      parsed > max
    ) {
      return {
        ok: false,
        message: `must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, not "${value}"`
      }
    }
    return { ok: true, value: parsed }
  }

/**
 * A lifetime such as `30m`, `6h` or `2d`, in seconds: a whole number and one unit (minutes, hours,
 * days), from 5 minutes to 7 days.
 */
const lifetimeInput =
  (fallback: number): SettingParser<number> =>
  (value) => {
    if (value.trim() === '') return { ok: true, value: fallback }
    const seconds = lifetimeSeconds(value.trim())
    if (seconds >= MIN_TOKEN_LIFETIME_SECONDS && seconds <= MAX_TOKEN_LIFETIME_SECONDS)
      return { ok: true, value: seconds }
    return {
      ok: false,
      message: `must be a whole number of minutes, hours or days such as 30m, 6h or 2d, from 5m to 7d, not "${value}"`
    }
  }

/** A lifetime in the input's grammar (a whole number and one unit), in seconds; NaN otherwise. */
export function lifetimeSeconds(value: string): number {
  const match = /^(\d{1,6})\s*([mhd])$/i.exec(value)
  return match
    ? Number(match[1]) * UNIT_SECONDS[match[2]!.toLowerCase() as keyof typeof UNIT_SECONDS]
    : NaN
}

/**
 * A list input: entries separated by commas or newlines, trimmed, inner runs of white space folded
 * to one space, duplicates dropped. Two shapes users reach for are read as well: a JSON array (the
 * shape of the roles output) and YAML block-list dashes ("- Security Manager"). Text that yields no
 * entry at all (", ,") is an error, not "no requirement": a gate must never switch off silently.
 */
const listInput: SettingParser<string[]> = (value) => {
  if (value.trim() === '') return { ok: true, value: [] }
  const entries = (jsonArray(value) ?? value.split(/[,\n]/))
    .map((entry) =>
      entry
        // Every dash: "- - Admin" left as "- Admin" would read as "Admin" when written back.
        .replace(/^\s*(?:-\s+)+/, '')
        .replace(/\s+/g, ' ')
        .trim()
    )
    .filter(Boolean)
  if (entries.length === 0) {
    return {
      ok: false,
      message: `has text but no entries ("${value.trim()}"); give names separated by commas or newlines, or leave it empty`
    }
  }
  return { ok: true, value: [...new Set(entries)] }
}

function jsonArray(value: string): string[] | undefined {
  if (!value.trim().startsWith('[')) return undefined
  try {
    const parsed: unknown = JSON.parse(value)
    return Array.isArray(parsed) && parsed.every((entry) => typeof entry === 'string')
      ? parsed
      : undefined
  } catch {
    return undefined
  }
}

const SETTINGS = {
  'required-roles': listInput,
  'required-permissions': listInput,
  'allowed-roles': listInput,
  'expiry-warning-days': numberInput(14, 0, MAX_EXPIRY_WARNING_DAYS, true),
  'mint-token': booleanInput(false),
  'token-lifetime': lifetimeInput(6 * UNIT_SECONDS.h),
  'export-env': booleanInput(true),
  logout: booleanInput(true),
  timeout: numberInput(30, 1, MAX_TIMEOUT_SECONDS, false),
  retries: numberInput(2, 0, MAX_RETRIES, true),
  'tls-verify': booleanInput(true)
}
type SettingName = keyof typeof SETTINGS
export type Settings = {
  [Name in SettingName]: (typeof SETTINGS)[Name] extends SettingParser<infer T> ? T : never
}

/** The names of the settings inputs, in the order their problems are reported. */
export const SETTING_NAMES = Object.keys(SETTINGS) as SettingName[]

/**
 * What exactly is wrong with a refused setting, as a clause after its grammar (": it has no
 * unit; write 90m"); kept out of this module, which every step reads, by the caller that has it.
 */
export type SettingHints = Partial<Record<SettingName, (value: string) => string>>

/**
 * Every settings input parsed, or one ActionFailure listing every problem, one line each.
 * `valueOf` gives an input's raw text ('' when not set); `hints` add to a refused input's message.
 */
export function parseSettings(
  valueOf: (name: SettingName) => string,
  hints: SettingHints = {}
): Settings {
  const settings: Record<string, unknown> = {}
  const problems: string[] = []
  for (const name of SETTING_NAMES) {
    const parsed = SETTINGS[name](valueOf(name))
    if (parsed.ok) settings[name] = parsed.value
    else
      problems.push(
        `The ${name} input ${parsed.message}${hints[name]?.(valueOf(name).trim()) ?? ''}.`
      )
  }
  if (problems.length) throw new ActionFailure(problems.join('\n'))
  return settings as Settings
}

/** Parses a boolean input as @actions/core's getBooleanInput would, naming the input when wrong. */
export function parseBooleanInput(input: string, value: string, fallback: boolean): boolean {
  const parsed = booleanInput(fallback)(value)
  if (!parsed.ok)
    throw new ActionFailure(`The ${input} input must be true or false, not "${value}".`)
  return parsed.value
}
