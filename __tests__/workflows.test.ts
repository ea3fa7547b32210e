// Every workflow a user may copy from this repository is checked by GitHub's own workflow parser
// (the schema the runner's service uses), so a typo fails here rather than in someone's pipeline.
// On top of the schema: values that may be secret or attacker-controlled reach `run:` scripts only
// through `env:` (GitHub's security-hardening guide), and every `with:` given to this action names
// one of its inputs.
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { load } from 'js-yaml'
import {
  NoOperationTraceWriter,
  convertWorkflowTemplate,
  parseWorkflow
} from '@actions/workflow-parser'
import { parseAction } from '@actions/workflow-parser/actions/action-parser'
import { VENDOR_CASES } from './vendors/cases.generated.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const actionYml = readFileSync(join(ROOT, 'action.yml'), 'utf8')
const action = load(actionYml) as {
  name?: unknown
  description?: unknown
  inputs: Record<string, Record<string, unknown>>
  outputs: Record<string, Record<string, unknown>>
  runs: Record<string, unknown>
}
const ACTION_INPUTS = new Set(Object.keys(action.inputs))
const ACTION_OUTPUTS = new Set(Object.keys(action.outputs))
/** Outputs that hold the credential: masked, so GitHub drops a job output that carries one. */
const MASKED_OUTPUTS = Object.entries(action.outputs)
  .filter(([, spec]) => /\(masked\)/.test(String(spec.description)))
  .map(([name]) => name)

interface Source {
  name: string
  content: string
}

/** Schema and expression errors, as GitHub would report them when the workflow is pushed. */
async function schemaErrors(source: Source): Promise<string[]> {
  const parsed = parseWorkflow(source, new NoOperationTraceWriter())
  const errors = parsed.context.errors.getErrors().map((error) => error.message)
  if (errors.length === 0 && parsed.value) {
    // Conversion catches what the schema cannot: job ids, `needs:` that name no job, and so on.
    const template = await convertWorkflowTemplate(parsed.context, parsed.value)
    for (const error of template.errors ?? []) errors.push(error.Message)
  }
  return [...new Set(errors)]
}

// Contexts whose values are secret, or chosen by whoever opens a pull request or calls the
// workflow: expanded inside `run:`, they become part of the script itself.
const UNSAFE_IN_RUN =
  /\$\{\{[^}]*?\b(steps\.[^}]*\.outputs|needs\.[^}]*\.outputs|inputs\.|github\.event\.|github\.head_ref|secrets\.)/

interface Step {
  id?: unknown
  name?: unknown
  run?: unknown
  uses?: unknown
  with?: Record<string, unknown>
  env?: Record<string, unknown>
}

interface Job {
  steps?: Step[]
  outputs?: Record<string, unknown>
  needs?: string | string[]
  uses?: string
  env?: Record<string, unknown>
}

function jobsOf(content: string): Record<string, Job> {
  return (load(content) as { jobs?: Record<string, Job> } | null)?.jobs ?? {}
}

const isThisAction = (step: Step): boolean =>
  typeof step.uses === 'string' && /^(\.\/?|[\w.-]+\/scanner-login@.+)$/.test(step.uses)

/** Every string in a YAML value, however deep. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsIn)
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn)
  return []
}

function stepsOf(workflow: unknown): { job: string; index: number; step: Step }[] {
  const jobs = (workflow as { jobs?: Record<string, { steps?: Step[] }> } | null)?.jobs ?? {}
  return Object.entries(jobs).flatMap(([job, body]) =>
    (body?.steps ?? []).map((step, index) => ({ job, index, step }))
  )
}

/** `run:` scripts that expand a secret or user-controlled context instead of reading `env:`. */
function unsafeRunInterpolations(content: string): string[] {
  return stepsOf(load(content)).flatMap(({ job, index, step }) => {
    if (typeof step.run !== 'string') return []
    const match = UNSAFE_IN_RUN.exec(step.run)
    return match
      ? [`jobs.${job}.steps[${index}].run expands ${match[1]}: pass it through env:`]
      : []
  })
}

/** This action's steps: every `with:` key must be one of its inputs, and `vendor` is required. */
function actionInputMistakes(content: string): string[] {
  return stepsOf(load(content)).flatMap(({ job, index, step }) => {
    if (!isThisAction(step)) return []
    const where = `jobs.${job}.steps[${index}]`
    const given = Object.keys(step.with ?? {})
    const mistakes = given
      .filter((key) => !ACTION_INPUTS.has(key))
      .map((key) => `${where}: "${key}" is not an input of this action`)
    if (!given.includes('vendor')) mistakes.push(`${where}: the vendor input is required`)
    return mistakes
  })
}

/**
 * The outputs a reusable workflow that a job calls declares, when that workflow is one of the
 * examples (matched by file name); undefined when it is not here to read.
 */
function calledWorkflowOutputs(uses: string): Set<string> | undefined {
  const file = /\/([\w.-]+\.ya?ml)@/.exec(uses)?.[1]
  const path = file && join(ROOT, 'examples', file)
  if (!path || !existsSync(path)) return undefined
  const on = (load(readFileSync(path, 'utf8')) as { on?: Record<string, unknown> }).on
  const call = on?.workflow_call as { outputs?: Record<string, unknown> } | undefined
  return new Set(Object.keys(call?.outputs ?? {}))
}

/**
 * Outputs that are read but never written: `steps.<id>.outputs.<name>` must name a step of the same
 * job (and, for this action, one of its outputs), `needs.<job>.outputs.<name>` a job in `needs:`
 * and an output that job declares. A job output must not carry a masked output of this action:
 * GitHub drops it ("Skip output ... since it may contain secret"), so the next job gets ''.
 */
function outputReferenceMistakes(content: string): string[] {
  const jobs = jobsOf(content)
  return Object.entries(jobs).flatMap(([jobId, job]) => {
    const steps = job.steps ?? []
    const ours = new Set(steps.filter(isThisAction).map((step) => String(step.id)))
    const ids = new Set(steps.map((step) => step.id).filter((id) => typeof id === 'string'))
    const needs = new Set(typeof job.needs === 'string' ? [job.needs] : (job.needs ?? []))
    const mistakes: string[] = []
    const where = `jobs.${jobId}`
    for (const text of stringsIn({ steps, outputs: job.outputs, env: job.env })) {
      for (const [, id, name] of text.matchAll(/\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        if (!ids.has(id!)) mistakes.push(`${where}: steps.${id} names no step of this job`)
        else if (ours.has(id!) && !ACTION_OUTPUTS.has(name!))
          mistakes.push(`${where}: "${name}" is not an output of this action`)
      }
      for (const [, other, name] of text.matchAll(/\bneeds\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        const target = jobs[other!]
        if (!needs.has(other!) || !target) {
          mistakes.push(`${where}: needs.${other} is not in this job's needs:`)
          continue
        }
        const declared = target.uses
          ? calledWorkflowOutputs(target.uses)
          : new Set(Object.keys(target.outputs ?? {}))
        if (declared && !declared.has(name!))
          mistakes.push(`${where}: job ${other} declares no output "${name}"`)
      }
    }
    for (const [output, value] of Object.entries(job.outputs ?? {})) {
      for (const [, id, name] of String(value).matchAll(/\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        if (ours.has(id!) && MASKED_OUTPUTS.includes(name!))
          mistakes.push(
            `${where}.outputs.${output} carries the masked ${name} output, which GitHub drops at the job's end: log in again in the job that needs it`
          )
      }
    }
    return mistakes
  })
}

/** Each vendor id and alias, to the variables that vendor's step may export. */
const EXPORTS_BY_NAME = new Map<string, ReadonlySet<string>>(
  VENDOR_CASES.flatMap((vendorCase) => {
    const file = join(ROOT, 'src', 'vendors', vendorCase.vendor, 'vendor.json')
    const { aliases = [] } = JSON.parse(readFileSync(file, 'utf8')) as { aliases?: string[] }
    const exported = new Set(vendorCase.exportable)
    return [vendorCase.vendor, ...aliases].map((name): [string, ReadonlySet<string>] => [
      name.toLowerCase(),
      exported
    ])
  })
)
const EVERY_EXPORT = new Set([...EXPORTS_BY_NAME.values()].flatMap((names) => [...names]))

/**
 * A `run:` script that reads a vendor's variable (`$TSC_URL`) the job never gets: no earlier step
 * of this action logs in to that vendor (by its static `vendor:`), and no `env:` sets it.
 */
function exportedVariableMistakes(content: string): string[] {
  const workflowEnv = (load(content) as { env?: Record<string, unknown> } | null)?.env ?? {}
  return Object.entries(jobsOf(content)).flatMap(([jobId, job]) => {
    const available = new Set([...Object.keys(workflowEnv), ...Object.keys(job.env ?? {})])
    const exported = new Set<string>()
    const mistakes: string[] = []
    for (const [index, step] of (job.steps ?? []).entries()) {
      if (isThisAction(step)) {
        const vendor = String(step.with?.vendor ?? '').toLowerCase()
        // A vendor chosen by an expression (a matrix) may be any of them.
        const names = /\$\{\{/.test(vendor) ? EVERY_EXPORT : EXPORTS_BY_NAME.get(vendor)
        for (const name of names ?? []) {
          available.add(name)
          exported.add(name)
        }
        continue
      }
      const stepEnv = new Set(Object.keys(step.env ?? {}))
      // A step's own env: wins over GITHUB_ENV: it would replace the verified (or minted) credential.
      for (const name of stepEnv)
        if (exported.has(name))
          mistakes.push(
            `jobs.${jobId}.steps[${index}].env sets ${name}, replacing what the login step exported`
          )
      if (typeof step.run !== 'string') continue
      for (const [, name] of step.run.matchAll(/\$\{?([A-Z][A-Z0-9_]*)/g)) {
        if (EVERY_EXPORT.has(name!) && !available.has(name!) && !stepEnv.has(name!))
          mistakes.push(
            `jobs.${jobId}.steps[${index}].run reads $${name}, which no earlier login step of this job exports`
          )
      }
    }
    return [...new Set(mistakes)]
  })
}

async function problems(source: Source): Promise<string[]> {
  const errors = await schemaErrors(source)
  // The semantic checks need a document the schema accepted.
  if (errors.length) return errors
  return [
    ...unsafeRunInterpolations(source.content),
    ...actionInputMistakes(source.content),
    ...outputReferenceMistakes(source.content),
    ...exportedVariableMistakes(source.content)
  ]
}

/**
 * A page's ```yaml blocks. A block that is a list of steps is wrapped in a minimal workflow
 * (indented, so YAML errors keep their meaning); one with `jobs:` is a workflow already.
 */
function readmeSnippets(readme: string, page = 'README.md'): Source[] {
  const blocks = [...readme.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)]
  return blocks.map((block, i) => {
    const text = block[1] ?? ''
    const line = readme.slice(0, block.index).split('\n').length + 1
    const name = `${page} yaml block ${i + 1} (line ${line})`
    if (/^jobs:/m.test(text)) return { name, content: text }
    const indented = text.replace(/^(?=.)/gm, '      ')
    return {
      name,
      content: `on: push\njobs:\n  snippet:\n    runs-on: ubuntu-latest\n    steps:\n${indented}`
    }
  })
}

function workflowFiles(): Source[] {
  const dirs = ['.github/workflows', 'examples']
  return dirs.flatMap((dir) => {
    const path = join(ROOT, dir)
    if (!existsSync(path)) return []
    return readdirSync(path)
      .filter((file) => /\.ya?ml$/.test(file))
      .map((file) => ({
        name: `${dir}/${file}`,
        content: readFileSync(join(path, file), 'utf8')
      }))
  })
}

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
/** Each vendor's page (src/vendors/<id>/README.md), which the README's vendor table links. */
const vendorPages = readdirSync(join(ROOT, 'src', 'vendors'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => `src/vendors/${entry.name}/README.md`)
  .filter((page) => existsSync(join(ROOT, page)))
  .map((page) => ({ page, text: readFileSync(join(ROOT, page), 'utf8') }))

describe('workflows in the repository', () => {
  const files = workflowFiles()

  it('has the CI, end-to-end and CodeQL workflows and the examples', () => {
    const names = files.map((file) => file.name)
    expect(names).toEqual(
      expect.arrayContaining([
        '.github/workflows/ci.yml',
        '.github/workflows/e2e.yml',
        '.github/workflows/codeql.yml'
      ])
    )
    expect(names.filter((name) => name.startsWith('examples/')).length).toBeGreaterThanOrEqual(5)
  })

  it.each(files.map((file): [string, Source] => [file.name, file]))(
    '%s is valid and safe',
    async (_name, file) => {
      expect(await problems(file)).toEqual([])
    }
  )
})

describe('workflows that run on pull_request', () => {
  const onPullRequest = [
    ...workflowFiles(),
    ...readmeSnippets(readme).filter((snippet) => /^on:/m.test(snippet.content))
  ].filter((file) => /^on:[\s\S]*?\bpull_request\b(?!_target)/m.test(file.content))

  it('are there to check', () => {
    expect(onPullRequest.map((file) => file.name)).toEqual(
      expect.arrayContaining(['examples/pre-scan-gate.yml'])
    )
  })

  it.each(onPullRequest.map((file): [string, Source] => [file.name, file]))(
    '%s skips each scanner-login step when the secret is absent (forks, Dependabot)',
    (_name, file) => {
      const workflow = load(file.content) as {
        jobs: Record<string, { steps?: { uses?: string; if?: string }[] }>
      }
      const unguarded = Object.values(workflow.jobs)
        .flatMap((job) => job.steps ?? [])
        .filter((step) => /scanner-login@/.test(step.uses ?? ''))
        .filter((step) => !/^env\.\w+ != ''$/.test(step.if ?? ''))
      expect(unguarded).toEqual([])
    }
  )

  it('none runs on pull_request_target, which would hand a fork the secrets', () => {
    const triggers = (file: Source): string[] => {
      const on = (load(file.content) as { on?: unknown }).on
      return typeof on === 'string' ? [on] : Array.isArray(on) ? on : Object.keys(on ?? {})
    }
    const all = [...workflowFiles(), ...readmeSnippets(readme)]
    expect(all.filter((file) => triggers(file).includes('pull_request_target'))).toEqual([])
  })
})

describe("the repository's own workflows", () => {
  it('pin every action by full commit SHA, with the version in a comment', () => {
    const unpinned = workflowFiles()
      .filter((file) => file.name.startsWith('.github/'))
      .flatMap((file) =>
        [...file.content.matchAll(/^\s*(?:- )?uses: (\S+)(.*)$/gm)]
          .filter(([, target]) => !target?.startsWith('./'))
          .filter(
            ([, target, rest]) => !/@[0-9a-f]{40}$/.test(target ?? '') || !/# v\d/.test(rest ?? '')
          )
          .map(([line]) => `${file.name}: ${line?.trim()}`)
      )
    expect(unpinned).toEqual([])
  })
})

describe('README and vendor page yaml blocks', () => {
  const snippets = [
    ...readmeSnippets(readme),
    ...vendorPages.flatMap(({ page, text }) => readmeSnippets(text, page))
  ]

  it('has examples to check', () => {
    expect(snippets.length).toBeGreaterThanOrEqual(5)
  })

  it.each(snippets.map((snippet): [string, Source] => [snippet.name, snippet]))(
    '%s is valid and safe',
    async (_name, snippet) => {
      expect(await problems(snippet)).toEqual([])
    }
  )

  it('uses one owner placeholder for this action everywhere', () => {
    const everything = [
      readme,
      ...vendorPages.map(({ text }) => text),
      ...workflowFiles().map((file) => file.content)
    ].join('\n')
    const owners = new Set(
      [...everything.matchAll(/uses: ([\w.-]+)\/scanner-login@/g)].map((m) => m[1])
    )
    expect([...owners]).toEqual(['acme'])
  })
})

describe('the checks themselves', () => {
  const snippet = (steps: string): Source =>
    readmeSnippets('```yaml\n' + steps + '```\n')[0] as Source

  it('accepts a correct step', async () => {
    const source = snippet(
      [
        '- uses: acme/scanner-login@v1',
        '  id: scanner',
        '  with:',
        '    vendor: invicti',
        '    api-key: ${{ secrets.INVICTI_API_KEY }}',
        '- run: curl -H "$AUTH_HEADER" https://example.invalid',
        '  env:',
        '    AUTH_HEADER: ${{ steps.scanner.outputs.auth-header }}',
        ''
      ].join('\n')
    )
    expect(await problems(source)).toEqual([])
  })

  it('fails a typo in a step key', async () => {
    const source = snippet(
      ['- uses: acme/scanner-login@v1', '  wiht:', '    vendor: invicti', ''].join('\n')
    )
    expect((await problems(source)).join('\n')).toMatch(/Unexpected value 'wiht'/)
  })

  it('fails a typo in a workflow key and an unclosed expression', async () => {
    const source: Source = {
      name: 'broken.yml',
      content: [
        'on: pushh',
        'jobs:',
        '  gate:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: echo ${{ steps.x.outputs.y',
        ''
      ].join('\n')
    }
    const found = (await problems(source)).join('\n')
    expect(found).toMatch(/Unexpected value 'pushh'/)
    expect(found).toMatch(/Unexpected end of expression|expression/i)
  })

  it('fails the invalid YAML that an unquoted "Authorization: Bearer" line makes', async () => {
    const source = snippet(
      '- run: curl -H "Authorization: Bearer $INFRACAST_TOKEN" "$INFRACAST_URL/api"\n'
    )
    expect((await problems(source)).length).toBeGreaterThan(0)
  })

  it('fails outputs, secrets and event text expanded inside run:', async () => {
    for (const expression of [
      'steps.scanner.outputs.auth-header',
      'needs.gate.outputs.username',
      'inputs.url',
      'github.event.pull_request.title',
      'secrets.TSC_PASSWORD'
    ]) {
      const source = snippet(`- run: echo "\${{ ${expression} }}"\n`)
      expect(await problems(source)).toContainEqual(expect.stringContaining('pass it through env:'))
    }
  })

  it('fails an if: expression GitHub cannot parse', async () => {
    const source = snippet(
      [
        '- uses: acme/scanner-login@v1',
        "  if: env.TSC_ACCESS_KEY != '' &&",
        '  with:',
        '    vendor: tenable-sc',
        ''
      ].join('\n')
    )
    expect((await problems(source)).join('\n')).toMatch(/Unexpected end of expression: '&&'/)
  })

  it('fails an output this action does not have, and a step id the job lacks', async () => {
    const source = snippet(
      [
        '- uses: acme/scanner-login@v1',
        '  id: scanner',
        '  with:',
        '    vendor: invicti',
        '- run: curl -H "$AUTH_HEADER" "$URL"',
        '  env:',
        '    AUTH_HEADER: ${{ steps.scanner.outputs.auth_header }}',
        '    URL: ${{ steps.login.outputs.url }}',
        ''
      ].join('\n')
    )
    expect(await problems(source)).toEqual([
      'jobs.snippet: "auth_header" is not an output of this action',
      'jobs.snippet: steps.login names no step of this job'
    ])
  })

  it('fails a masked output passed to another job, and a job output nobody declares', async () => {
    const source: Source = {
      name: 'gate.yml',
      content: [
        'on: push',
        'jobs:',
        '  gate:',
        '    runs-on: ubuntu-latest',
        '    outputs:',
        '      auth-header: ${{ steps.scanner.outputs.auth-header }}',
        '      username: ${{ steps.scanner.outputs.username }}',
        '    steps:',
        '      - uses: acme/scanner-login@v1',
        '        id: scanner',
        '        with:',
        '          vendor: invicti',
        '  scan:',
        '    needs: gate',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - run: echo "$WHO $ROLES"',
        '        env:',
        '          WHO: ${{ needs.gate.outputs.username }}',
        '          ROLES: ${{ needs.gate.outputs.roles }}',
        ''
      ].join('\n')
    }
    expect(await problems(source)).toEqual([
      "jobs.gate.outputs.auth-header carries the masked auth-header output, which GitHub drops at the job's end: log in again in the job that needs it",
      'jobs.scan: job gate declares no output "roles"'
    ])
  })

  it("fails a script that reads another vendor's variables, or reads them before the login", async () => {
    const source = snippet(
      [
        '- run: echo "$INVICTI_URL"',
        '- uses: acme/scanner-login@v1',
        '  with:',
        '    vendor: invicti',
        '- run: curl -fsS "$INVICTI_API_KEY" "${TSC_URL}/rest/currentUser"',
        ''
      ].join('\n')
    )
    expect(await problems(source)).toEqual([
      'jobs.snippet.steps[0].run reads $INVICTI_URL, which no earlier login step of this job exports',
      'jobs.snippet.steps[2].run reads $TSC_URL, which no earlier login step of this job exports'
    ])
  })

  it('fails a later step whose own env: replaces a variable the login exported', async () => {
    const source = snippet(
      [
        '- uses: acme/scanner-login@v1',
        '  with:',
        '    vendor: sonarqube',
        '    api-token: ${{ secrets.SONAR_TOKEN }}',
        '    mint-token: true',
        '- uses: SonarSource/sonarqube-scan-action@v5',
        '  env:',
        '    SONAR_TOKEN: ${{ secrets.SONAR_TOKEN }}',
        ''
      ].join('\n')
    )
    expect(await problems(source)).toEqual([
      'jobs.snippet.steps[1].env sets SONAR_TOKEN, replacing what the login step exported'
    ])
  })

  it('fails an input this action does not have, and a missing vendor', async () => {
    const source = snippet(
      ['- uses: acme/scanner-login@v1', '  with:', '    apikey: x', ''].join('\n')
    )
    expect(await problems(source)).toEqual([
      'jobs.snippet.steps[0]: "apikey" is not an input of this action',
      'jobs.snippet.steps[0]: the vendor input is required'
    ])
  })
})

describe('action.yml', () => {
  it('is valid for GitHub (action schema)', () => {
    const parsed = parseAction(
      { name: 'action.yml', content: actionYml },
      new NoOperationTraceWriter()
    )
    expect(parsed.context.errors.getErrors().map((error) => error.message)).toEqual([])
  })

  it('the action schema catches a runtime GitHub does not know', () => {
    const broken = actionYml.replace('using: node24', 'using: node99')
    const parsed = parseAction(
      { name: 'action.yml', content: broken },
      new NoOperationTraceWriter()
    )
    expect(
      parsed.context.errors
        .getErrors()
        .map((error) => error.message)
        .join('\n')
    ).toMatch(/node99/)
  })

  it('runs main and post from the node24 bundle, post always', () => {
    expect(action.runs).toEqual({
      using: 'node24',
      main: 'dist/index.js',
      post: 'dist/post.js',
      'post-if': 'always()'
    })
  })

  it('has a name and description for the Marketplace', () => {
    expect(action.name).toBe('scanner-login')
    expect(typeof action.description).toBe('string')
  })

  it('names inputs and outputs in kebab-case, each with a description', () => {
    for (const [name, spec] of [
      ...Object.entries(action.inputs),
      ...Object.entries(action.outputs)
    ]) {
      expect({ name, kebab: /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name) }).toEqual({
        name,
        kebab: true
      })
      expect({ name, description: typeof spec.description }).toEqual({
        name,
        description: 'string'
      })
    }
  })

  it('requires only vendor, and gives string defaults', () => {
    const required = Object.entries(action.inputs)
      .filter(([, spec]) => spec.required === true)
      .map(([name]) => name)
    expect(required).toEqual(['vendor'])
    for (const [name, spec] of Object.entries(action.inputs)) {
      if ('default' in spec)
        expect({ name, type: typeof spec.default }).toEqual({ name, type: 'string' })
    }
  })
})

describe('.github/dependabot.yml', () => {
  const config = load(readFileSync(join(ROOT, '.github/dependabot.yml'), 'utf8')) as {
    version: number
    updates: {
      'package-ecosystem': string
      groups: Record<string, { 'dependency-type'?: string; 'update-types': string[] }>
    }[]
  }

  it('groups minor and patch updates for npm production, npm development and GitHub Actions', () => {
    expect(config.version).toBe(2)
    const groups = config.updates.flatMap((update) =>
      Object.values(update.groups).map((group) => ({
        ecosystem: update['package-ecosystem'],
        type: group['dependency-type'] ?? 'all',
        updates: [...group['update-types']].sort()
      }))
    )
    expect(groups).toEqual([
      { ecosystem: 'npm', type: 'production', updates: ['minor', 'patch'] },
      { ecosystem: 'npm', type: 'development', updates: ['minor', 'patch'] },
      { ecosystem: 'github-actions', type: 'all', updates: ['minor', 'patch'] }
    ])
  })
})

// The examples that write identity outputs into the job summary run as written, with a hostile
// server's identity: nothing it sent may become a link, an image or markup there.
describe('examples that put identity outputs in the job summary', () => {
  const HOSTILE =
    '</code></pre>[Your scanner key expired: re-enter it](https://evil.example/login) <img src="https://evil.example/t.png"> & *x*'
  const cases: { file: string; step: string; env: Record<string, string> }[] = [
    {
      file: 'examples/matrix-vendors.yml',
      step: 'Record who the credentials belong to',
      env: {
        VENDOR: 'invicti-platform',
        IDENTITY: JSON.stringify({ username: HOSTILE, displayName: HOSTILE })
      }
    },
    {
      file: 'examples/reusable-scan-caller.yml',
      step: 'Say who scanned',
      env: { SCANNED_BY: HOSTILE }
    }
  ]
  it.each(cases)('$file: $step', ({ file, step: name, env }) => {
    const content = readFileSync(join(ROOT, file), 'utf8')
    const step = stepsOf(load(content)).find(({ step }) => step.name === name)?.step
    expect(typeof step?.run).toBe('string')
    const summary = join(mkdtempSync(join(tmpdir(), 'scanner-login-summary-')), 'summary.md')
    writeFileSync(summary, '')
    execFileSync('bash', ['-e', '-c', step!.run as string], {
      env: { PATH: process.env.PATH ?? '', GITHUB_STEP_SUMMARY: summary, ...env }
    })
    const written = readFileSync(summary, 'utf8')
    expect(written).toMatch(/^<pre>[^\n]*<\/pre>\n$/)
    const inside = written.slice('<pre>'.length, -'</pre>\n'.length)
    expect(inside).not.toMatch(/[<>"]/)
    expect(inside).toContain('&lt;img src=&quot;https://evil.example/t.png&quot;&gt;')
  })
})
