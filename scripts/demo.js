#!/usr/bin/env node
// `npm run demo`: starts the sandbox and runs the committed bundle against it exactly as the runner
// would (inputs with action.yml defaults, env files, then the post step with the saved state), and
// prints what a user would see: the log with masks applied, outputs, exported env, the summary.
// Works on a fresh clone with nothing installed: dist/, sandbox/ and this script need only Node.
import { startSandbox } from '../sandbox/index.js'
import { applyMasks, runAction } from './runner.js'
import { VENDOR_SCENARIOS } from './scenarios.generated.js'

const sandbox = await startSandbox()
// Each vendor's scenarios come from its folder (src/vendors/<id>/scenarios.js), in the vendors' order.
const scenarios = VENDOR_SCENARIOS.flatMap((vendor) =>
  vendor.demo.map((scenario) => ({
    title: scenario.title,
    inputs: scenario.inputs(sandbox),
    // The job's environment a scenario needs besides its inputs (GitHub OIDC's token service).
    env: scenario.env?.(sandbox) ?? {}
  }))
)

const out = []
let unexpected = 0
for (const [index, scenario] of scenarios.entries()) {
  sandbox.reset()
  const { main, post } = await runAction({ inputs: scenario.inputs, env: scenario.env })
  const masks = [...main.masks, ...post.masks]
  const show = (text) => applyMasks(text, masks)
  out.push(
    '',
    `━━ ${index + 1}. ${scenario.title}`,
    `   exit code ${main.exitCode}, ${sandbox.requests.length} request(s): ${sandbox.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`).join(', ')}`
  )
  out.push('   log:')
  for (const line of main.stdout.split('\n').filter((l) => l && !l.startsWith('::add-mask::'))) {
    out.push(`     ${show(line.replace(/%0A/g, '\n       '))}`)
  }
  if (Object.keys(main.outputs).length) {
    out.push('   outputs:')
    for (const [name, value] of Object.entries(main.outputs))
      out.push(`     ${name} = ${show(value)}`)
  }
  if (Object.keys(main.env).length) {
    out.push('   exported env:')
    for (const [name, value] of Object.entries(main.env)) out.push(`     ${name}=${show(value)}`)
  }
  const summary = main.summary
    .replace(/<\/(tr|h\d)>/g, '\n')
    .replace(/<\/t[dh]>/g, ' | ')
    .replace(/<[^>]+>/g, '')
    // As the summary page renders them: the markup escapes every character that could be read as
    // Markdown or HTML (&#95; for _, &#34; for ").
    // Both kinds in one pass, so that a decoded "&" never starts another entity.
    .replace(/&(?:#(\d{1,7})|(amp|lt|gt|quot));/g, (entity, code, name) =>
      code
        ? Number(code) <= 0x10ffff
          ? String.fromCodePoint(Number(code))
          : entity
        : { amp: '&', lt: '<', gt: '>', quot: '"' }[name]
    )
    .trim()
  if (summary) out.push('   summary:', ...summary.split('\n').map((l) => `     ${show(l)}`))
  if (post.stdout.trim())
    out.push(
      '   post step:',
      ...post.stdout
        .trim()
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .map((l) => `     ${show(l)}`)
    )
  if (main.stderr || post.stderr) unexpected++
}
await sandbox.close()
process.stdout.write(out.join('\n') + '\n')
if (unexpected) {
  process.stderr.write(`${unexpected} scenario(s) wrote to stderr\n`)
  process.exit(1)
}
