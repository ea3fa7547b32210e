/**
 * Expiry times: read them from whatever a vendor sends (ISO-8601 in any offset, epoch seconds or
 * milliseconds), print them to the second, and judge a long-lived credential's own expiry against
 * expiry-warning-days. Pure: the clock is a parameter.
 */
import { ActionFailure } from './failure.js'

const ISO_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i
const DAY_MS = 24 * 60 * 60 * 1000

/**
 * An expiry as `YYYY-MM-DDTHH:MM:SSZ`: an ISO-8601 string in any offset (a missing offset is read as
 * UTC, as every documented example is), or epoch seconds (milliseconds when it is that large).
 * Fractions of a second are cut, so the reported expiry is never later than the real one.
 */
export function normaliseExpiry(value: unknown): string | undefined {
  let ms: number
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    ms = value > 1e12 ? value : value * 1000
  } else if (typeof value === 'string' && /^\d+$/.test(value.trim())) {
    return normaliseExpiry(Number(value.trim()))
  } else if (typeof value === 'string') {
    const match = ISO_DATE_TIME.exec(value.trim())
    if (!match) return undefined
    let zone = (match[3] ?? 'Z').toUpperCase()
    if (zone !== 'Z') {
      const digits = zone.replace(':', '')
      zone = `${digits.slice(0, 3)}:${digits.slice(3) || '00'}`
    }
    ms = Date.parse(`${match[1]}T${match[2]}${zone}`)
  } else {
    return undefined
  }
  return (Number.isFinite(ms) && isoSeconds(ms)) || undefined
}

/** Milliseconds since the epoch as `YYYY-MM-DDTHH:MM:SSZ`; '' when out of Date's range. */
export function isoSeconds(ms: number): string {
  if (Math.abs(ms) > 8.64e15) return ''
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/**
 * What the credential's own expiry means for this run: a warning when it is nearer than
 * `warningDays` (0 turns that off), a failure when it has passed.
 */
export function judgeCredentialExpiry(
  vendorName: string,
  expiresAt: string,
  warningDays: number,
  now = Date.now()
): string | undefined {
  const at = Date.parse(expiresAt)
  if (!Number.isFinite(at)) return undefined
  if (at <= now) {
    throw new ActionFailure(
      [
        `${vendorName}: the credential expired on ${expiresAt} (this runner's clock says ${isoSeconds(now)}).`,
        `Fix: create a new credential in ${vendorName} and store it in the secret behind the credential input.`
      ].join('\n')
    )
  }
  if (warningDays === 0 || at - now > warningDays * DAY_MS) return undefined
  const days = Math.floor((at - now) / DAY_MS)
  const when = days === 0 ? 'within a day' : `in ${days} day${days === 1 ? '' : 's'}`
  return `The ${vendorName} credential expires ${when}, on ${expiresAt}: create a new one and update the secret before then (expiry-warning-days: ${warningDays}).`
}
