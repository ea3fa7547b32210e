/**
 * The check every mode ends with: GET /xray/api/v1/system/version with the token, answered
 * `{"xray_version": "3.82.6", "xray_revision": "38d6f6d"}` (JFrog's knowledge base). A 200 carrying
 * `xray_version` proves the token works where the scans run; the user and scopes are then read from
 * the token the platform has just accepted.
 */
import type { Diagnosis } from '../../core/failure.js'
import { emptyIdentity, type Identity } from '../../core/identity.js'
import { checkIdentity, note, type StatusMeanings } from '../../kit/endpoint.js'
import { firstText, type Json } from '../../kit/parse.js'
import type { LoginResult, Note, VendorContext } from '../../kit/types.js'
import { reachesXray, type Credential } from './access-token.js'

export const VERSION_PATH = '/xray/api/v1/system/version'

export async function verifyAtXray(
  context: VendorContext,
  credential: Credential
): Promise<LoginResult> {
  const { plan } = context
  const authorization = `Bearer ${credential.token}`
  const { identity, body } = await checkIdentity(
    context,
    {
      method: 'GET',
      path: VERSION_PATH,
      headers: { authorization },
      meanings: xrayMeanings(context, credential)
    },
    () => identityOf(credential),
    // The version answer names nobody: the token's claims do, or nothing does (a reference token).
    { anonymous: true, isSuccess: (answer) => firstText(answer, ['xray_version']) !== '' }
  )
  const notes = credentialNotes(credential, body)
  for (const n of notes) context.info(`${n.label}: ${n.value}`)
  const { expiresAt } = credential.claims
  return {
    identity,
    authHeader: `Authorization: ${authorization}`,
    token: credential.token,
    ...(expiresAt
      ? credential.shortLived
        ? { expiresAt }
        : { credentialExpiresAt: expiresAt }
      : {}),
    env: { JF_URL: plan.url, JF_ACCESS_TOKEN: credential.token },
    notes
  }
}

/** The user and scopes the token names; permissions stay unreported when it states no scopes. */
export function identityOf({ claims }: Credential): Identity {
  return { ...emptyIdentity(), username: claims.username, permissions: claims.scopes }
}

function credentialNotes({ claims }: Credential, body: Json): Note[] {
  const version = [firstText(body, ['xray_version']), firstText(body, ['xray_revision'])]
  const notes = [note('Xray', `version ${version.filter(Boolean).join(', revision ')}`)]
  if (claims.kind !== 'jwt') {
    notes.push(
      note(
        'Token',
        'a reference token: it does not carry its user or scopes, so username and permissions stay empty'
      )
    )
  } else if (!claims.username) {
    notes.push(note('Token', 'it names no user (its sub claim is empty or absent)'))
  }
  return notes
}

function xrayMeanings(context: VendorContext, credential: Credential): StatusMeanings {
  return {
    401: () => tokenRejected(context, credential),
    403: () => xrayForbidden(credential),
    404: xrayMissing()
  }
}

function tokenRejected(context: VendorContext, { claims, renew }: Credential): Diagnosis {
  return {
    headline: 'the access token was rejected',
    causes: [
      ...(reachesXray(claims.audience)
        ? []
        : [
            `the token is limited to other services (its aud claim: ${claims.audience.join(' ')}), not Xray (jfxr@*)`
          ]),
      'the token was revoked, or has expired',
      `the token belongs to another JFrog Platform than the url input (${context.plan.url})`,
      'the secret holds an incomplete or wrongly copied token (a stray space, quote or line break)'
    ],
    fix: `${renew}, or set url to the platform that issued it.`
  }
}

function xrayForbidden({ claims }: Credential): Diagnosis {
  return {
    headline: 'the access token is valid but may not use Xray',
    causes: [
      `the token's user${claims.username ? ` (${claims.username})` : ''} lacks Xray permissions on this platform`,
      ...(claims.scopes ? [`the token's scopes (${claims.scopes.join(' ')}) leave Xray out`] : []),
      'Xray is not part of this subscription'
    ],
    fix: 'ask a JFrog Platform administrator for Xray access for the user, or create a token whose scope includes it.'
  }
}

function xrayMissing(): Diagnosis {
  return {
    headline: 'no Xray answered at this url',
    causes: [
      'the url input is not the JFrog Platform URL (e.g. it ends with /artifactory, or names a single service)',
      'the platform has no Xray installed or licensed'
    ],
    fix: `set url to the JFrog Platform URL without a path (https://<name>.jfrog.io, or your self-hosted platform), where Xray serves ${VERSION_PATH}.`
  }
}
