/**
 * Near misses: the name a user meant when they typed another (a role, a vendor). Compared by their
 * letters and digits only, so case, spaces and punctuation never count as a difference.
 */

import { quotedList } from './sanitize.js'

const squeeze = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')

/**
 * The longest candidate a name holds whole, with more around it (an edition, a product or a host
 * added to a vendor's name), or undefined when it holds none.
 */
export function nameWithin(name: string, candidates: readonly string[]): string | undefined {
  const wanted = squeeze(name)
  let best: string | undefined
  for (const candidate of candidates) {
    const other = squeeze(candidate)
    if (other.length >= 3 && wanted.includes(other) && other.length > squeeze(best ?? '').length)
      best = candidate
  }
  return best
}

/** The candidate a name nearly spells, or undefined when none is close enough. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const wanted = squeeze(name)
  let best: { name: string; distance: number } | undefined
  for (const candidate of candidates) {
    const other = squeeze(candidate)
    // Two edits turn "qa" into "pm": a short name may differ by one edit per four characters.
    const allowed = Math.min(2, Math.floor(Math.max(wanted.length, other.length) / 4))
    const distance = levenshtein(wanted, other)
    if (other && distance <= allowed && (!best || distance < best.distance))
      best = { name: candidate, distance }
  }
  return best?.name
}

/**
 * " (did you mean X?)" after a refused name, naming each meant name beside the given one when more
 * than one name was refused (" (did you mean X for "a", Y for "b"?)"), each with the condition under
 * which it is meant, if any (", if it names a group"); '' without a near miss.
 */
export function didYouMean(
  near: readonly (readonly [given: string, meant: string, condition?: string | undefined])[],
  refused: number
): string {
  if (!near.length) return ''
  const named = near.map(
    ([given, meant, condition]) =>
      `${meant}${refused > 1 ? ` for ${quotedList([given])}` : ''}${condition ? `, ${condition}` : ''}`
  )
  return ` (did you mean ${named.join(', ')}?)`
}

/** Edit distance (insertions, deletions, substitutions), for short names only. */
function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)
      )
    }
    previous = current
  }
  return previous[b.length]!
}
