#!/usr/bin/env node
// Tags a release: vX.Y.Z on HEAD, and moves the major tag vX that users pin (uses: ...@v1).
//   node scripts/release.js 1.2.0 [--dry-run] [--remote origin]
// It refuses a dirty tree, a version that does not go forward, a version package.json or the user
// agent (src/core/context.ts) does not name, a CHANGELOG.md without an entry for the version, and a
// dist/ that differs from what the sources build to (the action runs dist/, so a stale bundle
// would ship old code under a new tag). It never pushes: it prints the commands.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { ROOT } from './runner.js'

const SEMVER = /^v?(\d+)\.(\d+)\.(\d+)$/

/** "1.2.0" or "v1.2.0" → its parts and tags; throws on anything else. */
export function parseVersion(text) {
  const match = SEMVER.exec(String(text ?? '').trim())
  if (!match) throw new Error(`"${text}" is not a version: give X.Y.Z, e.g. 1.2.0`)
  const [major, minor, patch] = match.slice(1).map(Number)
  const version = `${major}.${minor}.${patch}`
  return { major, minor, patch, version, tag: `v${version}`, majorTag: `v${major}` }
}

const compare = (a, b) => a.major - b.major || a.minor - b.minor || a.patch - b.patch

/** The newest vX.Y.Z among existing tags, or undefined. */
export function latestRelease(tags) {
  return tags
    .filter((tag) => /^v\d+\.\d+\.\d+$/.test(tag))
    .map(parseVersion)
    .sort(compare)
    .at(-1)
}

/** The version the user agent sends (VERSION in src/core/context.ts), or undefined. */
export function readUserAgentVersion() {
  const source = readFileSync(join(ROOT, 'src', 'core', 'context.ts'), 'utf8')
  return /^export const VERSION = '([^']*)'$/m.exec(source)?.[1]
}

/** Reasons not to release `next`, given the existing tags and the repository's state. */
export function releaseProblems({
  next,
  tags,
  dirty,
  distStale,
  changelog,
  packageVersion,
  userAgentVersion
}) {
  const problems = []
  if (dirty.length) problems.push(`the working tree is not clean:\n  ${dirty.join('\n  ')}`)
  if (distStale.length)
    problems.push(
      `dist/ differs from a fresh build of src/ (run npm run build and commit dist/):\n  ${distStale.join('\n  ')}`
    )
  if (tags.includes(next.tag)) problems.push(`the tag ${next.tag} exists already`)
  const latest = latestRelease(tags)
  if (latest && compare(next, latest) <= 0)
    problems.push(`${next.tag} does not come after the latest release ${latest.tag}`)
  if (packageVersion !== next.version)
    problems.push(`package.json says version ${packageVersion}; set it to ${next.version}`)
  // Every request names the version in its User-Agent, from the bundle: a stale one would have
  // the new tag introduce itself to every vendor as the old release.
  if (userAgentVersion !== next.version)
    problems.push(
      `src/core/context.ts says VERSION ${userAgentVersion}; set it to ${next.version} and rebuild dist/`
    )
  if (!new RegExp(`^## \\[${next.version.replace(/\./g, '\\.')}\\]`, 'm').test(changelog))
    problems.push(`CHANGELOG.md has no "## [${next.version}]" section`)
  // What is still under Unreleased would ship without being in the release notes.
  const unreleased = /^## \[Unreleased\]\n([\s\S]*?)(?=^## \[)/m.exec(changelog)?.[1] ?? ''
  if (unreleased.trim())
    problems.push(
      `CHANGELOG.md's Unreleased section is not empty: move its entries under "## [${next.version}]"`
    )
  return problems
}

/** The git commands that make the release, in order. */
export function releaseCommands(next, remote) {
  return {
    local: [
      ['git', 'tag', '-a', next.tag, '-m', `Release ${next.tag}`],
      ['git', 'tag', '-f', '-a', next.majorTag, '-m', `${next.majorTag} → ${next.tag}`, next.tag]
    ],
    push: [
      ['git', 'push', remote, next.tag],
      ['git', 'push', '-f', remote, next.majorTag]
    ]
  }
}

function git(...args) {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trimEnd()
}

const lines = (text) => text.split('\n').filter(Boolean)

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      remote: { type: 'string', default: 'origin' }
    }
  })
  if (positionals.length !== 1) throw new Error('give exactly one version, e.g. 1.2.0')
  const next = parseVersion(positionals[0])

  const dirty = lines(git('status', '--porcelain'))
  let distStale = []
  // Building rewrites dist/, so it only tells something on a clean tree.
  if (dirty.length === 0) {
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' })
    distStale = lines(git('status', '--porcelain', '--', 'dist'))
  }
  const problems = releaseProblems({
    next,
    tags: lines(git('tag', '--list')),
    dirty,
    distStale,
    changelog: readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'),
    packageVersion: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version,
    userAgentVersion: readUserAgentVersion()
  })
  if (problems.length) throw new Error(`Not releasing ${next.tag}:\n- ${problems.join('\n- ')}`)

  const commands = releaseCommands(next, values.remote)
  for (const command of commands.local) {
    process.stdout.write(`${values['dry-run'] ? 'would run' : 'running'}: ${command.join(' ')}\n`)
    if (!values['dry-run']) execFileSync(command[0], command.slice(1), { cwd: ROOT })
  }
  process.stdout.write(
    `\nThen publish:\n${commands.push.map((c) => `  ${c.join(' ')}`).join('\n')}\n`
  )
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  try {
    main()
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  }
}
