/**
 * Finding a vendor by the `vendor` input: canonical ids, their aliases, and a loader per vendor, so a
 * run loads only the one module it needs. The list itself is ./registry.generated.ts, written from
 * the vendor folders by scripts/generate.js.
 */
import { ActionFailure } from '../core/failure.js'
import { closestName, nameWithin } from '../core/spelling.js'
import type { Vendor } from '../kit/types.js'
import { VENDOR_REGISTRY } from './registry.generated.js'
// The kit nearly every vendor module is built from (requests and their answers, bounded JSON, the
// answer parsers) belongs in the entry: imported here, the bundler leaves it out of the vendor chunks.
// Otherwise it goes into a chunk of its own once it passes the bundler's 20 KB split size, one more
// file on every check, or else into each vendor chunk, and chunks are not minified. An import for
// its side effects alone holds it here only while the kit has some (through the client it imports):
// once nothing it imports had any, webpack moved it into a chunk that a failed validation read too
// (__tests__/startup.bundle.test.ts's byte budget for that path is there to catch it).
import '../kit/endpoint.js'

export const VENDOR_IDS = VENDOR_REGISTRY.map((entry) => entry.id)

/** The canonical id for a `vendor` input, or undefined when it names no known vendor. */
export function canonicalVendorId(input: string): string | undefined {
  const wanted = input.trim().toLowerCase()
  return VENDOR_REGISTRY.find((entry) => entry.id === wanted || entry.aliases.includes(wanted))?.id
}

export async function loadVendor(input: string): Promise<Vendor> {
  const id = canonicalVendorId(input)
  const entry = VENDOR_REGISTRY.find((candidate) => candidate.id === id)
  if (entry === undefined) {
    const valid = VENDOR_REGISTRY.map(({ id: name, aliases }) =>
      aliases.length ? `${name} (or ${aliases.join(', ')})` : name
    ).join(', ')
    const closest = closestVendorId(input)
    throw new ActionFailure(
      input.trim() === ''
        ? `The vendor input is required. Valid vendors: ${valid}.`
        : `The vendor input "${input.trim()}" is not a known vendor.${closest ? ` Did you mean ${closest}?` : ''} Valid vendors: ${valid}.`
    )
  }
  return entry.load()
}

/**
 * The vendor a near miss meant: the same letters and digits as an id or alias (`Tenable.sc`,
 * `tenable_sc`, `sonar-qube`), close enough to one (`rapid-7`, `snyck`), or one with more around
 * it (`SonarQube-Server`, an edition; the longest held, so `tenable-sc-prod` means tenable-sc).
 */
export function closestVendorId(input: string): string | undefined {
  const names = VENDOR_REGISTRY.flatMap(({ id, aliases }) => [id, ...aliases])
  const near = closestName(input, names) ?? nameWithin(input, names)
  return VENDOR_REGISTRY.find(({ id, aliases }) => id === near || aliases.includes(near ?? ''))?.id
}
