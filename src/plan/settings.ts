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
const UNIT_SECONDS = { m: MINUTE, h: 60 * MINUTE, d: 24 * 60 * MINUTE } as const
/** A minted credential lives at most a week: one that outlives the job by days is no longer "short-lived". */
const MAX_TOKEN_LIFETIME_SECONDS = 7 * UNIT_SECONDS.d
/** Long enough for the shortest scan to start with it; vendors round up from here. */
const MIN_TOKEN_LIFETIME_SECONDS = 5 * MINUTE

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
    const match = /^(\d{1,6})\s*([mhd])$/i.exec(value.trim())
    const seconds = match
      ? Number(match[1]) * UNIT_SECONDS[match[2]!.toLowerCase() as keyof typeof UNIT_SECONDS]
      : NaN
    if (seconds >= MIN_TOKEN_LIFETIME_SECONDS && seconds <= MAX_TOKEN_LIFETIME_SECONDS)
      return { ok: true, value: seconds }
    return {
      ok: false,
      message: `must be a whole number of minutes, hours or days such as 30m, 6h or 2d, from 5m to 7d, not "${value}"${lifetimeHint(value.trim(), seconds)}`
    }
  }

/** Words a lifetime is often written in, with the seconds each stands for. */
const UNIT_WORDS: readonly [RegExp, number][] = [
  [/^(?:mins?|minutes?)$/i, UNIT_SECONDS.m],
  [/^(?:hrs?|hours?)$/i, UNIT_SECONDS.h],
  [/^(?:days?)$/i, UNIT_SECONDS.d],
  [/^(?:w|wks?|weeks?)$/i, 7 * UNIT_SECONDS.d]
]

/** A lifetime in seconds as the input takes it: the largest unit that divides it whole. */
function lifetimeText(seconds: number): string {
  if (seconds % UNIT_SECONDS.d === 0) return `${seconds / UNIT_SECONDS.d}d`
  if (seconds % UNIT_SECONDS.h === 0) return `${seconds / UNIT_SECONDS.h}h`
  return `${Math.ceil(seconds / UNIT_SECONDS.m)}m`
}

/**
 * What exactly is wrong with a refused lifetime, as a clause after the grammar: out of range, a
 * number without a unit, a unit spelled as a word, or two units; with the value to write instead.
 */
function lifetimeHint(value: string, seconds: number): string {
  const range = (s: number): string =>
    s > MAX_TOKEN_LIFETIME_SECONDS
      ? 'longer than the 7-day maximum (a minted credential lives at most a week); write 7d or less'
      : 'shorter than the 5-minute minimum; write 5m or more'
  if (Number.isFinite(seconds)) return `: that is ${range(seconds)}`
  const inRange = (s: number): boolean =>
    s >= MIN_TOKEN_LIFETIME_SECONDS && s <= MAX_TOKEN_LIFETIME_SECONDS
  const suggest = (what: string, s: number): string =>
    inRange(s) ? `: ${what}; write ${lifetimeText(s)}` : `: ${what}, and ${range(s)}`
  if (/^\d{1,6}$/.test(value))
    return inRange(Number(value) * UNIT_SECONDS.m)
      ? `: it has no unit; write ${value}m for minutes (or ${value}h, ${value}d)`
      : `: it has no unit; write m, h or d after the number (5m to 7d)`
  const worded = /^(\d{1,6})\s*([a-z]+)$/i.exec(value)
  const unit = worded && UNIT_WORDS.find(([words]) => words.test(worded[2]!))?.[1]
  if (worded && unit) return suggest('the unit is one letter, m, h or d', Number(worded[1]) * unit)
  const two = /^(\d{1,6})\s*([hd])\s*(\d{1,6})\s*([mh])$/i.exec(value)
  if (two) {
    const [, a, ua, b, ub] = two
    const s =
      Number(a) * UNIT_SECONDS[ua!.toLowerCase() as 'h' | 'd'] +
      Number(b) * UNIT_SECONDS[ub!.toLowerCase() as 'm' | 'h']
    return suggest('it takes one unit', s)
  }
  return ''
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
        .replace(/^\s*-\s+/, '')
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
 * Every settings input parsed, or one ActionFailure listing every problem, one line each.
 * `valueOf` gives an input's raw text ('' when not set).
 */
export function parseSettings(valueOf: (name: SettingName) => string): Settings {
  const settings: Record<string, unknown> = {}
  const problems: string[] = []
  for (const name of SETTING_NAMES) {
    const parsed = SETTINGS[name](valueOf(name))
    if (parsed.ok) settings[name] = parsed.value
    else problems.push(`The ${name} input ${parsed.message}.`)
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
