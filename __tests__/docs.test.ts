import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { load } from 'js-yaml'
import { INPUT_NAMES } from '../src/plan/input-names.js'
import { readActionInputs } from '../scripts/runner.js'
import { existsSync } from 'node:fs'
import { generate, readVendors, vendorTable } from '../scripts/generate.js'
import { VENDOR_IDS, loadVendor } from '../src/vendors/index.js'

const actionYml = readFileSync(new URL('../action.yml', import.meta.url), 'utf8')
const action = load(actionYml) as {
  inputs: Record<string, { default?: string; required?: boolean }>
  outputs: Record<string, unknown>
  runs: Record<string, string>
}

describe('action.yml', () => {
  it('declares exactly the inputs the code reads, and runs main and post on the node24 bundle', () => {
    expect(Object.keys(action.inputs)).toEqual([...INPUT_NAMES])
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/index.js',
      post: 'dist/post.js',
      'post-if': 'always()'
    })
  })

  it('has a description the Marketplace accepts (under 125 characters)', () => {
    const { description } = action as unknown as { description: string }
    expect(description.trim().length).toBeLessThan(125)
  })

  it("declares the contract's defaults, and no default for any other input", () => {
    // The contract's input table: a default here is behaviour (the runner passes it as the input),
    // so a changed default is a changed interface, even with the generated lists in step.
    const defaults = Object.fromEntries(
      Object.entries(action.inputs)
        .filter(([, input]) => input.default !== undefined)
        .map(([name, input]) => [name, input.default])
    )
    expect(defaults).toEqual({
      'release-session': 'false',
      'mint-token': 'false',
      'token-lifetime': '6h',
      'expiry-warning-days': '14',
      'export-env': 'true',
      logout: 'true',
      timeout: '30',
      retries: '2',
      'tls-verify': 'true'
    })
    expect(
      Object.entries(action.inputs)
        .filter(([, input]) => input.required)
        .map(([name]) => name)
    ).toEqual(['vendor'])
  })

  it('declares every output of the contract', () => {
    expect(Object.keys(action.outputs)).toEqual([
      'vendor',
      'url',
      'user-id',
      'username',
      'display-name',
      'email',
      'roles',
      'permissions',
      'organization',
      'identity',
      'auth-header',
      'token',
      'cookie',
      'expires-at',
      'ca-bundle'
    ])
  })

  it('is read by the runner emulation exactly as a YAML parser reads it', () => {
    const parsed = readActionInputs(actionYml)
    for (const [name, input] of Object.entries(action.inputs)) {
      expect({ name, default: parsed[name]?.default }).toEqual({ name, default: input.default })
    }
  })
})

describe('README', () => {
  it('and every generated list are in step with action.yml and the vendor folders (npm run generate)', async () => {
    expect(await generate({ check: true })).toEqual([])
  })

  it('links the page of every vendor from its table, in registry order', () => {
    expect(readVendors().map((vendor) => vendor.id)).toEqual(VENDOR_IDS)
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    const links = [
      ...readme.matchAll(/^\| \[`([a-z0-9-]+)`\]\((src\/vendors\/[a-z0-9-]+\/README\.md)\)/gm)
    ]
    expect(links.map((link) => link[1])).toEqual(VENDOR_IDS)
    for (const [, id, page] of links) {
      expect(page).toBe(`src/vendors/${id}/README.md`)
      expect(existsSync(new URL(`../${page}`, import.meta.url))).toBe(true)
    }
  })

  it('refuses a vendor folder without a page', () => {
    const vendors = readVendors()
    const withoutPage = { ...vendors[0]!, id: 'not-a-vendor' }
    expect(() => vendorTable([...vendors, withoutPage])).toThrow(
      'vendor folders without a README.md: not-a-vendor'
    )
  })

  it('and every other page link only to files that exist', () => {
    // A relative link resolves from the page's own folder, as GitHub renders it: a vendor page's
    // link to examples/ must climb out of src/vendors/<id>/.
    const pages = [
      'README.md',
      'CONTRIBUTING.md',
      'SECURITY.md',
      'CHANGELOG.md',
      'docs/performance.md',
      ...VENDOR_IDS.map((id) => `src/vendors/${id}/README.md`)
    ]
    const broken: string[] = []
    for (const page of pages) {
      const text = readFileSync(new URL(`../${page}`, import.meta.url), 'utf8')
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const path = target!.split('#')[0]!
        if (!path || /^[a-z]+:/.test(path)) continue
        if (!existsSync(new URL(path, new URL(`../${page}`, import.meta.url)))) {
          broken.push(`${page}: ${target}`)
        }
      }
    }
    expect(broken).toEqual([])
  })

  it("names on each vendor's page, outside its examples, every variable an empty input is read from", async () => {
    // The README sends users to the vendor pages for the fallback variables; a name that only
    // appears in an example's `secrets.NAME` does not tell them the step reads it.
    const unnamed: string[] = []
    for (const id of VENDOR_IDS) {
      const vendor = await loadVendor(id)
      const page = readFileSync(new URL(`../src/vendors/${id}/README.md`, import.meta.url), 'utf8')
      const prose = page.replace(/```[\s\S]*?```/g, '')
      const read = [
        ...Object.values(vendor.credentialEnv).flat(),
        ...(vendor.options ?? []).flatMap((option) => option.env ?? [])
      ]
      for (const name of read) if (!prose.includes(`\`${name}\``)) unnamed.push(`${id}: ${name}`)
    }
    expect(unnamed).toEqual([])
  })

  it('stays a page for users, under 60 KB', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    expect(Buffer.byteLength(readme)).toBeLessThan(60 * 1024)
  })

  it('opens with exactly the demo and test commands', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    const firstBlock = /```\w*\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
    const commands = firstBlock
      .trim()
      .split('\n')
      .map((line) => line.replace(/\s+#.*$/, ''))
    expect(commands).toEqual(['npm run demo', 'npm ci && npm test'])
  })

  it('reads as a Marketplace visitor needs: example, vendors, reference, sandbox, development', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((match) => match[1])
    const order = [
      'Vendors',
      'Inputs',
      'Outputs',
      'The sandbox',
      'Development',
      'Running it locally',
      'Releasing'
    ]
    expect(headings.filter((heading) => order.includes(heading as string))).toEqual(order)
  })
})

describe('package.json', () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    license: string
    engines: { node: string }
  }

  it('names the same author as action.yml and the LICENSE, and no short list of vendors', () => {
    const manifest = pkg as unknown as { author: string; description: string }
    expect(manifest.author).toBe('scanner-login contributors')
    expect((action as unknown as { author: string }).author).toBe(manifest.author)
    expect(manifest.description).toMatch(/and more/)
  })

  it('has the licence the LICENSE file grants', () => {
    expect(pkg.license).toBe('MIT')
    expect(readFileSync(new URL('../LICENSE', import.meta.url), 'utf8')).toMatch(
      /^MIT License\n\nCopyright \(c\) \d{4} scanner-login contributors\n/
    )
  })

  it('asks for the Node the README names', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    const version = /^>=(\d+(?:\.\d+)*)$/.exec(pkg.engines.node)?.[1]
    expect(version).toBeDefined()
    expect(readme.replace(/\s+/g, ' ')).toContain(`Node ${version} or newer (\`engines\`)`)
  })
})
