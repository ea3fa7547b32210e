/**
 * The vendor registry: canonical ids, their aliases, and a loader per vendor, so a run loads only
 * the one module it needs.
 */
import { ActionFailure } from '../failure.js'
import type { Vendor } from './types.js'

interface RegistryEntry {
  aliases: readonly string[]
  load: () => Promise<Vendor>
}

const REGISTRY: Record<string, RegistryEntry> = {
  'invicti-platform': {
    aliases: ['invicti'],
    load: async () => (await import('./invicti-platform.js')).invictiPlatform
  },
  'tenable-sc': {
    aliases: ['tenablesc', 'securitycenter'],
    load: async () => (await import('./tenable-sc.js')).tenableSc
  },
  infracast: { aliases: [], load: async () => (await import('./infracast.js')).infracast },
  'tenable-vm': {
    aliases: ['tenable-io', 'tenable'],
    load: async () => (await import('./tenable-vm.js')).tenableVm
  },
  nessus: { aliases: ['tenable-nessus'], load: async () => (await import('./nessus.js')).nessus }
}

export const VENDOR_IDS = Object.keys(REGISTRY)

/** The canonical id for a `vendor` input, or undefined when it names no known vendor. */
export function canonicalVendorId(input: string): string | undefined {
  const wanted = input.trim().toLowerCase()
  for (const [id, entry] of Object.entries(REGISTRY)) {
    if (id === wanted || entry.aliases.includes(wanted)) return id
  }
  return undefined
}

export async function loadVendor(input: string): Promise<Vendor> {
  const id = canonicalVendorId(input)
  if (id === undefined) {
    const valid = Object.entries(REGISTRY)
      .map(([name, entry]) =>
        entry.aliases.length ? `${name} (or ${entry.aliases.join(', ')})` : name
      )
      .join(', ')
    throw new ActionFailure(
      input.trim() === ''
        ? `The vendor input is required. Valid vendors: ${valid}.`
        : `The vendor input "${input.trim()}" is not a known vendor. Valid vendors: ${valid}.`
    )
  }
  return REGISTRY[id]!.load()
}
