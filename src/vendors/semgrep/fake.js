// Semgrep AppSec Platform fake: tokens sent as `Authorization: Bearer <token>`, each belonging to one
// deployment (Semgrep's organization) and carrying scopes: `agent` (Agent (CI), what `semgrep ci`
// needs) and `web_api` (Web API).
//
// From Semgrep's own sources:
//   - `GET /api/agent/deployments/current` answers 200 {"deployment":{"id","name",...}} (the CLI's
//     test data ok_response.json, and the deployment_config fields of semgrep_output_v1.atd: id,
//     name, display_name, slug, organization_id, source_type, default_user_role), and an unknown
//     token 401 {"error":"Not authorized"} (the CLI's test data bad_response.json);
//   - `GET /api/v1/deployments` (Web API) answers {"deployments":[{id, name, slug, findings:{url}}]}
//     (Semgrep's API reference, "Can be found at /deployments"; the field list from a third-party
//     client, gabrielsoltz/steampipe-plugin-semgrep), and a token without the Web API scope 404
//     (Semgrep's knowledge base, "Web API error 404 and token scopes").
// Only assumed: that the agent API answers a token without the Agent (CI) scope with 404 too (the
// contract's reading; Semgrep documents only the Web API's 404), the bodies of both 404s
// ({"error":"Not Found"}), that a revoked token gets the same 401 as an unknown one, that the Web API
// refuses an unknown token with that 401 as well, and that the scheme name is case-insensitive
// (RFC 6750). Tokens are 64 hex characters, the shape of the token in Semgrep's API reference.
import { createHash } from 'node:crypto'

const AGENT_PATH = '/api/agent/deployments/current'
const WEB_API_PATH = '/api/v1/deployments'

const tokenText = (seed) => createHash('sha256').update(`semgrep-sandbox:${seed}`).digest('hex')

const DEPLOYMENTS = {
  acme: {
    id: 4242,
    name: 'acme-corp',
    display_name: 'Acme Corp',
    slug: 'acme-corp',
    organization_id: 4242,
    source_type: 'github',
    default_user_role: 'member'
  },
  globex: {
    id: 5151,
    name: 'globex',
    display_name: 'Globex',
    slug: 'globex',
    organization_id: 5151,
    source_type: 'gitlab',
    default_user_role: 'member'
  }
}

const TOKENS = [
  { name: 'ciToken', scopes: ['agent'], deployment: 'acme' },
  { name: 'webApiToken', scopes: ['web_api'], deployment: 'acme' },
  { name: 'fullToken', scopes: ['agent', 'web_api'], deployment: 'globex' },
  { name: 'revokedToken', scopes: ['agent', 'web_api'], deployment: 'acme', revoked: true }
].map((t) => ({ ...t, token: tokenText(t.name) }))

const NOTES = {
  ciToken: 'Agent (CI) scope: GET /api/agent/deployments/current answers',
  webApiToken: 'Web API scope only: 404 on the agent API, the Web API answers',
  fullToken: 'both scopes',
  revokedToken: 'revoked: 401 everywhere'
}

export const semgrep = {
  id: 'semgrep',
  create() {
    const accounts = Object.fromEntries(
      TOKENS.map((t) => [
        t.name,
        {
          token: t.token,
          scopes: t.scopes.join(' '),
          deployment: DEPLOYMENTS[t.deployment].name,
          note: NOTES[t.name]
        }
      ])
    )
    return { id: 'semgrep', accounts, handle }
  }
}

function handle(request, send) {
  const path = request.path.split('?')[0]
  if (request.method !== 'GET' || (path !== AGENT_PATH && path !== WEB_API_PATH)) return false
  const match = /^bearer +(\S+)$/i.exec(String(request.headers.authorization ?? ''))
  const token = TOKENS.find((t) => match && t.token === match[1])
  if (!token || token.revoked) return send(401, { error: 'Not authorized' })
  const deployment = DEPLOYMENTS[token.deployment]
  if (path === AGENT_PATH) {
    if (!token.scopes.includes('agent')) return send(404, { error: 'Not Found' })
    return send(200, { deployment })
  }
  if (!token.scopes.includes('web_api')) return send(404, { error: 'Not Found' })
  const { id, name, slug } = deployment
  return send(200, {
    deployments: [
      { id, name, slug, findings: { url: `https://semgrep.dev/orgs/${slug}/findings` } }
    ]
  })
}
