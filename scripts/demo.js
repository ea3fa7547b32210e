#!/usr/bin/env node
// `npm run demo`: starts the sandbox and runs the committed bundle against it exactly as the runner
// would (inputs with action.yml defaults, env files, then the post step with the saved state), and
// prints what a user would see: the log with masks applied, outputs, exported env, the summary.
// Works on a fresh clone with nothing installed: dist/, sandbox/ and this script need only Node.
import { startSandbox } from '../sandbox/index.js'
import { applyMasks, runAction } from './runner.js'

const sandbox = await startSandbox()
const invicti = sandbox.accounts['invicti-platform']
const tls = { url: sandbox.httpsLocalhostUrl, 'ca-cert': sandbox.caCertPath }
const scenarios = [
  {
    title: 'Invicti Platform: success, role gate passed',
    inputs: {
      vendor: 'invicti',
      url: sandbox.httpUrl,
      'api-key': invicti.alice.apiKey,
      'required-roles': 'Administrator'
    }
  },
  {
    title: 'Invicti Platform: 401, a key that was regenerated',
    inputs: { vendor: 'invicti', url: sandbox.httpUrl, 'api-key': invicti.rexOldKey.apiKey }
  },
  {
    title:
      'Invicti Platform: 403 for an account with several organizations and no organization-id (unconfirmed behaviour, behind a sandbox switch)',
    inputs: {
      vendor: 'invicti',
      url: `${sandbox.httpUrl}/_fault/invicti-multi-org-403`,
      'api-key': invicti.morgan.apiKey
    }
  },
  {
    title: 'Invicti Platform: signed in as a Security Analyst where a Security Manager is required',
    inputs: {
      vendor: 'invicti',
      url: sandbox.httpUrl,
      'api-key': invicti.sam.apiKey,
      'required-roles': 'Security Manager'
    }
  },
  {
    title: 'Tenable.sc: API keys, one request, role gate by name',
    inputs: {
      vendor: 'tenable-sc',
      ...tls,
      'access-key': '25147e3cae2251c7ed2de1b08db0091a',
      'secret-key': '32898fe211cce83f7f6b8c6448e0a503',
      'required-roles': 'Security Manager'
    }
  },
  {
    title: 'Tenable.sc: session login releasing the oldest session; the post step logs out',
    inputs: {
      vendor: 'tenable-sc',
      ...tls,
      username: 'bo.busy',
      password: 'sandbox-busy-password',
      'release-session': 'true'
    }
  },
  {
    title: 'Tenable.sc: regenerated keys (403, error_code 0)',
    inputs: {
      vendor: 'tenable-sc',
      ...tls,
      'access-key': '42b60aea383fac6e9b62bd5d50874bfc',
      'secret-key': '69dcf5db5be4ddcb6b396cf5e749b0be'
    }
  },
  {
    title: 'Infracast: login with a tenant role',
    inputs: {
      vendor: 'infracast',
      url: sandbox.httpUrl,
      username: 'ada',
      password: 'ada-sandbox-password',
      tenant: 'prod',
      'required-roles': 'tenant-admin'
    }
  },
  {
    title: 'Infracast: API key proven by read-only probes',
    inputs: {
      vendor: 'infracast',
      url: sandbox.httpUrl,
      'api-key': 'ic_live_sbxOps5d1e8a7c3b920f',
      tenant: 'staging',
      'required-permissions': 'nodes:read, findings:read, jobs:read'
    }
  },
  {
    title: 'Infracast: API key lacking a permission (403)',
    inputs: {
      vendor: 'infracast',
      url: sandbox.httpUrl,
      'api-key': 'ic_live_sbxReader7f3a9c2e41d8b6',
      tenant: 'prod',
      'required-permissions': 'nodes:read, jobs:read'
    }
  },
  {
    title: 'Invicti Enterprise: user id and API token over HTTP Basic, one request',
    inputs: {
      vendor: 'invicti-enterprise',
      url: `${sandbox.httpUrl}/_vendor/invicti-enterprise`,
      'user-id': sandbox.accounts['invicti-enterprise'].owner.userId,
      'api-token': sandbox.accounts['invicti-enterprise'].owner.apiToken
    }
  },
  {
    title: 'Rapid7 Insight: a key of another region (401 naming every region)',
    inputs: {
      vendor: 'rapid7',
      url: `${sandbox.httpUrl}/_vendor/rapid7`,
      'api-key': sandbox.accounts.rapid7.euKey.apiKey
    }
  },
  {
    title: 'SonarQube: a token that expires in 3 days (validate, users/current, expiry warning)',
    inputs: {
      vendor: 'sonarqube',
      url: `${sandbox.httpUrl}/_vendor/sonarqube`,
      'api-token': sandbox.accounts.sonarqube.expiringSoonToken.token,
      'required-permissions': 'scan'
    }
  },
  {
    title: 'Snyk: OAuth client credentials traded for a short-lived token, then /rest/self',
    inputs: {
      vendor: 'snyk',
      url: `${sandbox.httpUrl}/_vendor/snyk`,
      'client-id': sandbox.accounts.snyk.oauthClient.clientId,
      'client-secret': sandbox.accounts.snyk.oauthClient.clientSecret
    }
  },
  {
    title: 'Checkmarx One: API key exchanged at the IAM, userinfo, role gate passed',
    inputs: {
      vendor: 'cxone',
      url: `${sandbox.httpUrl}/_vendor/checkmarx-one`,
      'api-key': sandbox.accounts['checkmarx-one'].developer.apiKey,
      'required-roles': 'ast-scanner'
    }
  },
  {
    title: 'Veracode: HMAC-signed identity check, credentials expiring soon (warning)',
    inputs: {
      vendor: 'veracode',
      url: `${sandbox.httpUrl}/_vendor/veracode`,
      'access-key': sandbox.accounts.veracode.expiringSoon.apiId,
      'secret-key': sandbox.accounts.veracode.expiringSoon.apiKey
    }
  },
  {
    title: 'Tenable VM: API keys, one request, a Scan Manager passes "Standard or higher"',
    inputs: {
      vendor: 'tenable-vm',
      url: `${sandbox.httpUrl}/_vendor/tenable-vm`,
      'access-key': sandbox.accounts['tenable-vm'].scanManager.accessKey,
      'secret-key': sandbox.accounts['tenable-vm'].scanManager.secretKey,
      'required-roles': 'Standard',
      'required-permissions': 'TIO_BACKEND.SCAN.READ'
    }
  },
  {
    title:
      'Nessus: session login over HTTPS with ca-cert; the post step ends it with DELETE /session',
    inputs: {
      vendor: 'nessus',
      url: `${sandbox.httpsLocalhostUrl}/_vendor/nessus`,
      'ca-cert': sandbox.caCertPath,
      username: sandbox.accounts.nessus.admin.username,
      password: sandbox.accounts.nessus.admin.password,
      'required-roles': 'Standard'
    }
  }
]

const out = []
let unexpected = 0
for (const [index, scenario] of scenarios.entries()) {
  sandbox.reset()
  const { main, post } = await runAction({ inputs: scenario.inputs })
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
