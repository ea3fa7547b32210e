// Each vendor folder is the whole vendor: its vendor.json (read by scripts/generate.js before any
// TypeScript is compiled) must say what its module says, and hold every piece a vendor brings.
import { describe, expect, it } from '@jest/globals'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { camelCase, readVendors } from '../scripts/generate.js'
import { loadVendor, VENDOR_IDS } from '../src/vendors/index.js'

const ROOT = new URL('..', import.meta.url).pathname

describe.each(readVendors())('the $id folder', (meta) => {
  it('names the vendor, its aliases and its regions as its module does', async () => {
    const vendor = await loadVendor(meta.id)
    expect(vendor.id).toBe(meta.id)
    expect(vendor.name).toBe(meta.name)
    expect(meta.regions ?? []).toEqual(Object.keys(vendor.location.regions ?? {}))
    for (const alias of meta.aliases) expect((await loadVendor(alias)).id).toBe(meta.id)
  })

  it('declares in its least-privilege row exactly what its module can', async () => {
    const vendor = await loadVendor(meta.id)
    const declared = meta.leastPrivilege ?? {}
    const administrative =
      (vendor.roles.kind !== 'none' && vendor.roles.administrative) ||
      (vendor.permissions.kind === 'reported' && vendor.permissions.administrative)
    expect({
      administrative: Boolean(declared.administrative),
      mintToken: Boolean(declared.mintToken),
      oidc: Boolean(declared.oidc)
    }).toEqual({
      administrative: Boolean(administrative),
      mintToken: typeof vendor.mint === 'function',
      oidc: vendor.oidc !== undefined
    })
  })

  it('holds its module, fake, test-table case, scenarios and page', async () => {
    const folder = join(ROOT, 'src', 'vendors', meta.id)
    for (const file of ['index.ts', 'fake.js', 'case.ts', 'scenarios.js', 'README.md'])
      expect({ file, present: existsSync(join(folder, file)) }).toEqual({ file, present: true })
    const fake = (await import(join(folder, 'fake.js'))) as Record<string, { id: string }>
    expect(fake[camelCase(meta.id)]?.id).toBe(meta.id)
    // The page stands on its own: it opens with the vendor's name as its title.
    expect(readFileSync(join(folder, 'README.md'), 'utf8').split('\n')[0]).toBe(`# ${meta.name}`)
  })
})

describe('the vendor folders', () => {
  it('are every registered vendor, in their order', () => {
    expect(readVendors().map((meta) => meta.id)).toEqual(VENDOR_IDS)
  })
})
