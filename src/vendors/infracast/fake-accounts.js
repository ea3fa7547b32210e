// Infracast fake: who exists. Tenants, users with their tenant roles, API keys with their tenants
// and permissions, and the refresh tokens a user would have stored in a secret, all deterministic
// so the README can list them. What the fake answers is ./fake.js; the tokens it issues and checks
// are ./fake-tokens.js.

export const REFRESH_TOKEN_SECONDS = 7 * 24 * 60 * 60

/** Tenants and a few records each, so list endpoints have something to page through. */
export const TENANTS = {
  prod: { name: 'Production', nodes: 3, findings: 5, jobs: 2 },
  staging: { name: 'Staging', nodes: 2, findings: 1, jobs: 1 },
  dev: { name: 'Development', nodes: 1, findings: 0, jobs: 0 }
}

/** What a tenant role may do in its tenant ("Role doesn't allow this action" is a documented 403). */
export const ROLE_PERMISSIONS = {
  admin: ['admin:*'],
  editor: ['nodes:read', 'nodes:write', 'findings:read', 'jobs:read', 'jobs:write'],
  viewer: ['nodes:read', 'findings:read']
}

export const USERS = [
  {
    id: 'user-ada',
    username: 'ada',
    password: 'ada-sandbox-password',
    email: 'ada@acme.example',
    roles: ['admin'],
    tenants: [
      { id: 'prod', role: 'admin' },
      { id: 'staging', role: 'editor' }
    ]
  },
  {
    id: 'user-victor',
    username: 'victor',
    password: 'victor-sandbox-password',
    email: 'victor@acme.example',
    roles: ['member'],
    tenants: [
      { id: 'prod', role: 'viewer' },
      { id: 'staging', role: 'viewer' }
    ]
  },
  {
    // The documented login example: global roles only, no tenant list.
    id: 'user-olga',
    username: 'olga',
    password: 'olga-sandbox-password',
    email: 'olga@acme.example',
    roles: ['editor'],
    globalTenantRole: 'editor'
  },
  {
    // The server's clock is an hour and a half behind: every token it issues has already expired.
    id: 'user-sid',
    username: 'sid',
    password: 'sid-sandbox-password',
    email: 'sid@acme.example',
    roles: ['member'],
    tenants: [{ id: 'prod', role: 'editor' }],
    clockSkewSeconds: -90 * 60
  }
]

/** API keys: deterministic so the README can list them. */
export const API_KEYS = [
  {
    key: 'ic_live_sbxReader7f3a9c2e41d8b6',
    name: 'reader',
    tenants: ['prod'],
    permissions: ['nodes:read', 'findings:read']
  },
  {
    key: 'ic_live_sbxOps5d1e8a7c3b920f',
    name: 'ops',
    tenants: ['prod', 'staging'],
    permissions: ['nodes:read', 'findings:read', 'jobs:read', 'jobs:write']
  },
  {
    key: 'ic_live_sbxStaging9b4c2d6e1a7f',
    name: 'staging-nodes',
    tenants: ['staging'],
    permissions: ['nodes:read']
  },
  {
    key: 'ic_live_sbxAdmin3e7f1a9d5c2b84',
    name: 'admin',
    tenants: ['*'],
    permissions: ['admin:*']
  },
  {
    key: 'ic_live_sbxRevoked0c4e8a2f6b1d',
    name: 'revoked',
    tenants: ['prod'],
    permissions: ['nodes:read'],
    revoked: true
  },
  {
    key: 'ic_live_sbxExpired2a6c0e4b8d3f',
    name: 'expired',
    tenants: ['prod'],
    permissions: ['nodes:read'],
    expiresAt: '2025-03-16T00:00:00Z'
  }
]

/** Opaque refresh tokens handed out up front, as a user would have stored one in a secret. */
const SEEDED_REFRESH_TOKENS = [
  { token: refreshTokenText('ada'), user: 'user-ada' },
  { token: refreshTokenText('victor'), user: 'user-victor' },
  { token: refreshTokenText('revoked'), user: 'user-ada', revoked: true },
  {
    token: refreshTokenText('expired'),
    user: 'user-ada',
    ageSeconds: REFRESH_TOKEN_SECONDS + 3600
  },
  // Its refresh answer has no expires_at, so a client must read the JWT's exp.
  { token: refreshTokenText('no-expiry'), user: 'user-victor', omitExpiresAt: true },
  // Single-use: the answer carries a new refresh token and the old one stops working.
  { token: refreshTokenText('rotating'), user: 'user-ada', rotate: true }
]

function refreshTokenText(label) {
  return Buffer.from(`sandbox refresh token: ${label}`).toString('base64url')
}

export const now = () => Math.floor(Date.now() / 1000)

/** (Re)issues the seeded refresh tokens, as they were before any test used or revoked one. */
export function seedRefreshTokens(state) {
  state.refreshTokens.clear()
  for (const seeded of SEEDED_REFRESH_TOKENS) {
    state.refreshTokens.set(seeded.token, {
      ...seeded,
      expiresAt: now() + REFRESH_TOKEN_SECONDS - (seeded.ageSeconds ?? 0)
    })
  }
}

/** What `sandbox.accounts.infracast` lists: the credentials a demo, a test or a reader can use. */
export function sandboxAccounts() {
  return {
    ada: {
      username: 'ada',
      password: 'ada-sandbox-password',
      roles: ['admin'],
      tenants: { prod: 'admin', staging: 'editor' },
      refreshToken: refreshTokenText('ada')
    },
    victor: {
      username: 'victor',
      password: 'victor-sandbox-password',
      roles: ['member'],
      tenants: { prod: 'viewer', staging: 'viewer' },
      refreshToken: refreshTokenText('victor')
    },
    olga: {
      username: 'olga',
      password: 'olga-sandbox-password',
      roles: ['editor'],
      note: 'login response lists no tenants (global roles only)'
    },
    sid: {
      username: 'sid',
      password: 'sid-sandbox-password',
      note: 'server clock skew: every token issued has already expired'
    },
    revokedRefreshToken: { refreshToken: refreshTokenText('revoked'), note: 'revoked: 401' },
    expiredRefreshToken: {
      refreshToken: refreshTokenText('expired'),
      note: 'issued 7 days and 1 hour ago: 401'
    },
    noExpiryRefreshToken: {
      refreshToken: refreshTokenText('no-expiry'),
      note: "victor's; the refresh answer has no expires_at (use the JWT exp)"
    },
    rotatingRefreshToken: {
      refreshToken: refreshTokenText('rotating'),
      note: "ada's; single-use, the answer carries a new refresh token"
    },
    ...Object.fromEntries(
      API_KEYS.map((k) => [
        `key-${k.name}`,
        {
          apiKey: k.key,
          tenants: k.tenants,
          permissions: k.permissions,
          ...(k.revoked ? { note: 'revoked: 401' } : {}),
          ...(k.expiresAt ? { note: `expired ${k.expiresAt}: 401` } : {})
        }
      ])
    )
  }
}
