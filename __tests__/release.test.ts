import { describe, expect, it } from '@jest/globals'
import {
  latestRelease,
  parseVersion,
  releaseCommands,
  releaseProblems,
  readUserAgentVersion
} from '../scripts/release.js'
import { VERSION } from '../src/core/context.js'
import { bundledPackageDirs, renderLicences } from '../scripts/bundle-licenses.js'

const CHANGELOG = '# Changelog\n\n## [Unreleased]\n\n## [1.2.0]\n\n- things\n\n## [1.0.0]\n'
const clean = {
  tags: ['v1', 'v1.0.0', 'v1.1.0'],
  dirty: [],
  distStale: [],
  changelog: CHANGELOG,
  packageVersion: '1.2.0',
  userAgentVersion: '1.2.0'
}

describe('release versions', () => {
  it('reads X.Y.Z with or without a leading v, and names both tags', () => {
    expect(parseVersion('1.2.0')).toEqual({
      major: 1,
      minor: 2,
      patch: 0,
      version: '1.2.0',
      tag: 'v1.2.0',
      majorTag: 'v1'
    })
    expect(parseVersion('v10.0.3').majorTag).toBe('v10')
  })

  it('refuses anything that is not X.Y.Z', () => {
    for (const bad of ['1.2', 'v1', '1.2.0-rc.1', 'latest', '', undefined]) {
      expect(() => parseVersion(bad)).toThrow(/is not a version/)
    }
  })

  it('finds the newest release by number, ignoring the major tags', () => {
    expect(latestRelease(['v1', 'v1.9.0', 'v1.10.0', 'v2-beta'])?.tag).toBe('v1.10.0')
    expect(latestRelease(['v1'])).toBeUndefined()
  })
})

describe('release checks', () => {
  it('lets a clean, built, recorded, forward version through', () => {
    expect(releaseProblems({ ...clean, next: parseVersion('1.2.0') })).toEqual([])
  })

  it('refuses a dirty tree and a stale dist/', () => {
    const problems = releaseProblems({
      ...clean,
      next: parseVersion('1.2.0'),
      dirty: [' M src/main.ts'],
      distStale: [' M dist/index.js']
    })
    expect(problems).toEqual([
      expect.stringContaining('the working tree is not clean'),
      expect.stringContaining('dist/ differs from a fresh build')
    ])
  })

  it('refuses a release while the Unreleased section still has entries', () => {
    const changelog = '# Changelog\n\n## [Unreleased]\n\n- a change\n\n## [1.2.0]\n\n- things\n'
    expect(releaseProblems({ ...clean, next: parseVersion('1.2.0'), changelog })).toEqual([
      'CHANGELOG.md\'s Unreleased section is not empty: move its entries under "## [1.2.0]"'
    ])
  })

  it('refuses an existing tag, a step backwards, and a version missing from package.json and the changelog', () => {
    expect(releaseProblems({ ...clean, next: parseVersion('1.1.0') })).toEqual([
      'the tag v1.1.0 exists already',
      'v1.1.0 does not come after the latest release v1.1.0',
      'package.json says version 1.2.0; set it to 1.1.0',
      'src/core/context.ts says VERSION 1.2.0; set it to 1.1.0 and rebuild dist/',
      'CHANGELOG.md has no "## [1.1.0]" section'
    ])
    expect(
      releaseProblems({
        ...clean,
        next: parseVersion('1.0.5'),
        packageVersion: '1.0.5',
        userAgentVersion: '1.0.5'
      })
    ).toEqual([
      'v1.0.5 does not come after the latest release v1.1.0',
      'CHANGELOG.md has no "## [1.0.5]" section'
    ])
  })

  it('refuses a version that package.json has but the user agent (src/core/context.ts) does not', () => {
    // Bumping package.json alone would ship the new tag telling every vendor it is the old version.
    expect(
      releaseProblems({ ...clean, next: parseVersion('1.2.0'), userAgentVersion: '1.0.0' })
    ).toEqual(['src/core/context.ts says VERSION 1.0.0; set it to 1.2.0 and rebuild dist/'])
  })

  it('reads the version the user agent sends from src/core/context.ts', () => {
    expect(readUserAgentVersion()).toBe(VERSION)
  })

  it('tags the version, moves the major tag onto it, and pushes both', () => {
    expect(releaseCommands(parseVersion('2.0.1'), 'origin')).toEqual({
      local: [
        ['git', 'tag', '-a', 'v2.0.1', '-m', 'Release v2.0.1'],
        ['git', 'tag', '-f', '-a', 'v2', '-m', 'v2 → v2.0.1', 'v2.0.1']
      ],
      push: [
        ['git', 'push', 'origin', 'v2.0.1'],
        ['git', 'push', '-f', 'origin', 'v2']
      ]
    })
  })
})

describe('bundle licences', () => {
  it('finds every package in the stats, inside concatenated modules and nested node_modules', () => {
    const stats = {
      modules: [
        {
          name: './node_modules/@actions/core/lib/core.js + 10 modules',
          modules: [{ name: './node_modules/@actions/core/lib/utils.js' }]
        },
        { name: './src/main.ts' }
      ],
      chunks: [
        {
          modules: [
            { name: './node_modules/@actions/http-client/node_modules/undici/index.js' },
            { name: './node_modules/zod/v4/core/core.js' }
          ]
        }
      ]
    }
    expect(bundledPackageDirs(stats)).toEqual([
      'node_modules/@actions/core',
      'node_modules/@actions/http-client/node_modules/undici',
      'node_modules/zod'
    ])
  })

  it("writes each package once, sorted, in ncc's format", () => {
    const zod = { name: 'zod', version: '4.0.0', license: 'MIT', text: 'Z' }
    const core = { name: '@actions/core', version: '3.0.1', license: 'MIT', text: 'C' }
    expect(renderLicences([zod, core, zod])).toBe('@actions/core\nMIT\nC\n\nzod\nMIT\nZ\n')
  })
})
