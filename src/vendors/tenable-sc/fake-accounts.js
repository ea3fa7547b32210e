// The Tenable.sc fake's accounts (./fake.js): its organizations, roles and groups, and the users
// the sandbox knows, with their keys.
import { createHash } from 'node:crypto'

const ORGANIZATIONS = {
  admin: { id: 0, name: 'Tenable.sc Administration', description: '' },
  acme: { id: '1', name: 'Acme Security', description: 'Sandbox organization' }
}

export const ROLES = {
  1: { id: '1', name: 'Administrator', description: 'Administrator' },
  2: { id: '2', name: 'Security Manager', description: 'Security Manager' },
  3: { id: '3', name: 'Security Analyst', description: 'Security Analyst' },
  4: { id: '4', name: 'Vulnerability Analyst', description: 'Vulnerability Analyst' }
}

const GROUPS = {
  full: { id: '0', name: 'Full Access', description: 'Full Access group' },
  web: { id: '2', name: 'Web Servers', description: '' }
}

/** Deterministic 32-hex keys, so the README can list them. */
const hex32 = (seed) =>
  createHash('sha256').update(`tenable-sc-sandbox:${seed}`).digest('hex').slice(0, 32)

/** Sandbox users. `maxSessions` is the per-user session limit; `openSessions` are held elsewhere. */
export const USERS = [
  {
    account: 'admin',
    id: '1',
    username: 'admin',
    password: 'sandbox-admin-password',
    firstname: 'Ada',
    lastname: 'Admin',
    email: 'admin@acme.example',
    role: '1',
    organization: ORGANIZATIONS.admin,
    group: undefined,
    maxSessions: 5
  },
  {
    account: 'manager',
    id: '4',
    username: 'sam.manager',
    password: 'sandbox-manager-password',
    firstname: 'Sam',
    lastname: 'Manager',
    email: 'sam.manager@acme.example',
    role: '2',
    organization: ORGANIZATIONS.acme,
    group: GROUPS.full,
    maxSessions: 5
  },
  {
    account: 'analyst',
    id: '5',
    username: 'ana.analyst',
    password: 'sandbox-analyst-password',
    firstname: 'Ana',
    lastname: 'Analyst',
    email: 'ana.analyst@acme.example',
    role: '3',
    organization: ORGANIZATIONS.acme,
    group: GROUPS.web,
    maxSessions: 5
  },
  {
    account: 'locked',
    id: '6',
    username: 'lee.locked',
    password: 'sandbox-locked-password',
    firstname: 'Lee',
    lastname: 'Locked',
    email: 'lee.locked@acme.example',
    role: '3',
    organization: ORGANIZATIONS.acme,
    group: GROUPS.web,
    locked: true,
    maxSessions: 5
  },
  {
    account: 'busy',
    id: '7',
    username: 'bo.busy',
    password: 'sandbox-busy-password',
    firstname: 'Bo',
    lastname: 'Busy',
    email: 'bo.busy@acme.example',
    role: '4',
    organization: ORGANIZATIONS.acme,
    group: GROUPS.web,
    maxSessions: 1,
    openSessions: 1
  }
].map((user) => ({
  ...user,
  accessKey: hex32(`${user.account}:access`),
  secretKey: hex32(`${user.account}:secret`)
}))

/** An access key that was regenerated: it no longer exists in the database. */
export const REGENERATED = {
  accessKey: hex32('manager:access:previous'),
  secretKey: hex32('manager:secret:previous')
}
