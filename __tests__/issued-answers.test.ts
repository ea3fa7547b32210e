// Contract Behaviour 10: the raw body of a token or login answer is never quoted, whatever its status
// or content type (it may hold tokens in a form nothing masked). For every vendor, every request
// whose answer issues a credential (a login, a token exchange, a session, a refresh, an OIDC
// exchange, a minting) is answered by a scripted server in front of the sandbox with a body that
// holds a token-like string nothing masks: plain text, an HTML page, and JSON whose only fields are
// undocumented, under 200, 400, 401, 500 and 502. The string must reach neither the failure
// message, the log, nor the job summary. Every other request of the run reaches the vendor's fake.
//
// The request is found by its method and path, so a vendor that stops sending it (or sends it
// elsewhere) fails here rather than passing without being tested.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startSandbox } from '../sandbox/index.js'
import { runMain } from './helpers/action.js'
import { forwardToSandbox, listenOnLoopback, sendForwarded } from './helpers/sandbox-proxy.js'
import { rebase, retargeted } from './helpers/scenario.js'
import { accounts, type Sandbox, type Scenario, type VendorCase } from './vendors/case.js'
import { VENDOR_CASES } from './vendors/cases.generated.js'

/** Shaped like an opaque token; no step was given it, so no redaction knows it. */
const ISSUED = 'tok_live_7Qm2VxK9pL4sN8wR3cY6bH1dF5gJ0aZe'

interface ScriptedAnswer {
  what: string
  contentType: string
  body: string
}

const BODIES: readonly ScriptedAnswer[] = [
  {
    what: 'a body that is not JSON',
    contentType: 'text/plain',
    body: `access_token=${ISSUED}&token_type=bearer&expires_in=3600`
  },
  {
    what: 'an HTML page',
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html><head><title>Session ${ISSUED}</title></head><body><p>Signed in: ${ISSUED}</p></body></html>`
  },
  {
    what: 'JSON with only undocumented fields',
    contentType: 'application/json',
    body: JSON.stringify({
      session: ISSUED,
      internal: { refresh: ISSUED, trace: [ISSUED] },
      hint: `retry with ${ISSUED}`
    })
  }
]
const STATUSES = [200, 400, 401, 500, 502] as const

interface IssuingRequest {
  vendor: string
  /** What the request is, for the test's name. */
  what: string
  method: string
  /** The end of its path (after any /_vendor/<id> prefix). */
  path: RegExp
  /** The step that sends it, every request under `base`. */
  scenario: (sandbox: Sandbox, base: string) => Scenario
}

const CASES = new Map(VENDOR_CASES.map((entry) => [entry.vendor, entry]))
const entryOf = (vendor: string): VendorCase => CASES.get(vendor)!

/** The vendor's success() under `base`, with `inputs` changed. */
function success(vendor: string, inputs: Record<string, string> = {}) {
  return (sandbox: Sandbox, base: string): Scenario => {
    const scenario = retargeted(entryOf(vendor), sandbox, base)
    return { ...scenario, inputs: { ...scenario.inputs, ...inputs } }
  }
}

/** The vendor's mint() under `base`. */
function mint(vendor: string) {
  return (sandbox: Sandbox, base: string): Scenario => {
    const entry = entryOf(vendor)
    const scenario = entry.mint!(sandbox)
    const url = scenario.inputs.url ?? entry.url(sandbox)
    return { ...scenario, inputs: { ...scenario.inputs, url: rebase(url, base) } }
  }
}

const account = (sandbox: Sandbox, vendor: string, name: string): Record<string, string> =>
  accounts(sandbox, vendor)[name]!

/** Every credential-issuing request of every vendor (src/vendors/*): keep in step with them. */
const ISSUING: readonly IssuingRequest[] = [
  {
    vendor: 'black-duck',
    what: 'the API token exchange',
    method: 'POST',
    path: /\/api\/tokens\/authenticate$/,
    scenario: success('black-duck')
  },
  {
    vendor: 'checkmarx-one',
    what: 'the token exchange',
    method: 'POST',
    path: /\/protocol\/openid-connect\/token$/,
    scenario: success('checkmarx-one')
  },
  {
    vendor: 'checkmarx-one',
    what: 'the client credentials exchange',
    method: 'POST',
    path: /\/protocol\/openid-connect\/token$/,
    scenario: (sandbox, base) => {
      const client = account(sandbox, 'checkmarx-one', 'oauthClient')
      return {
        inputs: {
          vendor: 'checkmarx-one',
          url: rebase(entryOf('checkmarx-one').url(sandbox), base),
          'client-id': client.clientId!,
          'client-secret': client.clientSecret!,
          tenant: client.tenant!
        }
      }
    }
  },
  {
    vendor: 'infracast',
    what: 'the login',
    method: 'POST',
    path: /\/api\/v1\/auth\/token$/,
    scenario: success('infracast')
  },
  {
    vendor: 'infracast',
    what: 'the refresh',
    method: 'POST',
    path: /\/api\/v1\/auth\/refresh$/,
    scenario: (sandbox, base) => {
      const { inputs } = success('infracast')(sandbox, base)
      return {
        inputs: {
          vendor: 'infracast',
          url: inputs.url!,
          'refresh-token': account(sandbox, 'infracast', 'ada').refreshToken!,
          tenant: 'prod'
        }
      }
    }
  },
  {
    vendor: 'infracast',
    what: 'the API key minting',
    method: 'POST',
    path: /\/api\/v1\/api-keys$/,
    scenario: mint('infracast')
  },
  {
    vendor: 'jfrog',
    what: 'the GitHub OIDC exchange',
    method: 'POST',
    path: /\/access\/api\/v1\/oidc\/token$/,
    scenario: mint('jfrog')
  },
  {
    vendor: 'jfrog',
    what: 'the access token minting',
    method: 'POST',
    path: /\/access\/api\/v1\/tokens$/,
    scenario: mint('jfrog')
  },
  {
    vendor: 'nessus',
    what: 'the session login',
    method: 'POST',
    path: /\/session$/,
    scenario: success('nessus')
  },
  {
    vendor: 'prisma-cloud',
    what: 'the login',
    method: 'POST',
    path: /\/login$/,
    scenario: success('prisma-cloud')
  },
  {
    vendor: 'snyk',
    what: 'the client credentials exchange',
    method: 'POST',
    path: /\/oauth2\/token$/,
    scenario: (sandbox, base) => {
      const { inputs } = success('snyk')(sandbox, base)
      const client = account(sandbox, 'snyk', 'oauthClient')
      return {
        inputs: {
          vendor: 'snyk',
          url: inputs.url!,
          'client-id': client.clientId!,
          'client-secret': client.clientSecret!
        }
      }
    }
  },
  {
    vendor: 'sonarqube',
    what: 'the token minting',
    method: 'POST',
    path: /\/api\/user_tokens\/generate$/,
    scenario: mint('sonarqube')
  },
  {
    vendor: 'tenable-sc',
    what: 'the session login',
    method: 'POST',
    path: /\/rest\/token$/,
    scenario: (sandbox, base) => {
      const { inputs } = success('tenable-sc')(sandbox, base)
      const admin = account(sandbox, 'tenable-sc', 'admin')
      return {
        inputs: {
          vendor: 'tenable-sc',
          url: inputs.url!,
          username: admin.username!,
          password: admin.password!
        }
      }
    }
  },
  {
    vendor: 'wiz',
    what: 'the client credentials exchange',
    method: 'POST',
    path: /\/oauth\/token$/,
    scenario: success('wiz')
  }
]

/**
 * A loopback server in front of the sandbox: the request `armed` names gets the scripted answer,
 * every other request is forwarded to the fakes (over HTTPS, as some fakes redirect plain HTTP).
 */
interface ScriptedServer {
  url: string
  arm(request: IssuingRequest, answer: ScriptedAnswer, status: number): void
  /** How many requests got the scripted answer since arm(). */
  answered(): number
  close(): Promise<void>
}

async function startScriptedServer(upstream: string): Promise<ScriptedServer> {
  const origin = new URL(upstream)
  let armed: { request: IssuingRequest; answer: ScriptedAnswer; status: number } | undefined
  let answered = 0
  const server = await listenOnLoopback((req, res, body) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    if (armed && req.method === armed.request.method && armed.request.path.test(path)) {
      answered += 1
      res.writeHead(armed.status, { 'content-type': armed.answer.contentType })
      res.end(armed.answer.body)
      return
    }
    void forwardToSandbox(origin, req, body).then((answer) => sendForwarded(res, answer))
  })
  return {
    url: server.url,
    arm(request, answer, status) {
      armed = { request, answer, status }
      answered = 0
    },
    answered: () => answered,
    close: server.close
  }
}

let sandbox: Sandbox
let server: ScriptedServer

beforeAll(async () => {
  sandbox = await startSandbox()
  server = await startScriptedServer(sandbox.httpsUrl)
})
afterAll(async () => {
  await server.close()
  await sandbox.close()
})

describe('a token or login answer is never quoted', () => {
  it('lists a credential-issuing request for every vendor that has one', () => {
    // The vendors whose every request sends the given credential as it is, issuing none.
    const issuesNone = [
      'defectdojo',
      'gitguardian',
      'invicti-enterprise',
      'invicti-platform',
      'rapid7',
      'semgrep',
      'socket',
      'tenable-vm',
      'veracode'
    ]
    const listed = new Set(ISSUING.map((request) => request.vendor))
    expect([...CASES.keys()].filter((vendor) => !listed.has(vendor)).sort()).toEqual(issuesNone)
  })

  it.each(ISSUING.map((request) => [`${request.vendor}: ${request.what}`, request] as const))(
    '%s',
    async (_name, request) => {
      const findings: string[] = []
      for (const answer of BODIES) {
        for (const status of STATUSES) {
          sandbox.reset()
          server.arm(request, answer, status)
          const { inputs, env } = request.scenario(sandbox, server.url)
          const step = await runMain({ ...inputs, timeout: '5', retries: '0' }, env ?? {})
          const at = `HTTP ${status} with ${answer.what}`
          if (server.answered() === 0) findings.push(`${at}: the request was never sent`)
          if (step.exitCode !== 1 || step.errors.length !== 1)
            findings.push(`${at}: exit ${step.exitCode} with ${step.errors.length} errors`)
          // stdout holds every line of the log: ::error::, ::debug:: and ::add-mask:: included.
          if (step.stdout.includes(ISSUED)) findings.push(`${at}: quoted in the log`)
          if (step.summary.includes(ISSUED)) findings.push(`${at}: quoted in the summary`)
        }
      }
      expect(findings).toEqual([])
    },
    120_000
  )
})
