/**
 * Veracode credentials before any request: the shapes Veracode's own libraries check, the region a
 * credential's prefix names (`vera01ei-`: the 7th character, e for EU, f for FedRAMP, g for the US),
 * and the hosts of those regions, as Veracode's own client maps them (veracode/veracode-api-py,
 * constants.py REGIONS: global api.veracode.com, eu api.veracode.eu, fedramp api.veracode.us).
 */
import { ActionFailure } from '../../core/failure.js'
import type { CredentialInput, Plan } from '../../kit/types.js'

export const REGIONS = {
  us: 'https://api.veracode.com',
  eu: 'https://api.veracode.eu',
  fedramp: 'https://api.veracode.us'
}

/** A credential's region prefix: eight characters and a dash; the 7th names the region. */
const PREFIX = /^([A-Za-z0-9]{8})-(.*)$/
const PREFIX_REGIONS: Readonly<Record<string, string>> = { e: 'eu', f: 'fedramp', g: 'us' }

/**
 * The region a credential's prefix names; `unknown` holds a prefix character no region has. Handed
 * the pair, it reads the API ID alone, as Veracode's client picks the region.
 */
export function regionOfCredentials(credentials: Partial<Record<CredentialInput, string>>): {
  region: string | undefined
  unknown?: string
} {
  const prefix = PREFIX.exec(credentials['access-key'] ?? '')?.[1]
  if (!prefix) return { region: undefined }
  const character = prefix[6]!.toLowerCase()
  const region = PREFIX_REGIONS[character]
  return region ? { region } : { region: undefined, unknown: prefix }
}

/** The credential without its region prefix, as Veracode's libraries sign with it. */
export function stripPrefix(credential: string): string {
  return PREFIX.exec(credential)?.[2] ?? credential
}

const HEX = /^[0-9a-fA-F]+$/
/**
 * An identifier that is not hexadecimal: not an HMAC API ID, and most likely the Client ID of OAuth
 * Client credentials (whose format Veracode does not document). A stray space or quote is not this.
 */
const CLIENT_ID_LIKE = /^[A-Za-z0-9._~-]{16,256}$/

function oauthClientRefused(): ActionFailure {
  return new ActionFailure(
    [
      'The access-key input is not a Veracode HMAC API ID (32 to 128 hexadecimal characters): it looks like the Client ID of Veracode OAuth Client credentials.',
      'This action signs each request with HMAC credentials; it does not trade OAuth Client credentials for a token, because Veracode does not publicly document the token endpoint they are exchanged at.',
      'Fix: create HMAC credentials (Veracode > API Credentials > Create API Credentials > HMAC Credentials), and store the API ID in access-key (or VERACODE_API_KEY_ID) and the Secret Key in secret-key (or VERACODE_API_KEY_SECRET).'
    ].join('\n')
  )
}

/** Shapes Veracode's own libraries check, and the region the prefix names; throws naming the input. */
export function validatePlan(plan: Plan): string[] {
  const idInput = plan.credentials['access-key'] ?? ''
  const keyInput = plan.credentials['secret-key'] ?? ''
  const id = stripPrefix(idInput)
  const key = stripPrefix(keyInput)
  const idLooksLikeKey = HEX.test(id) && id.length >= 128
  const keyLooksLikeId = HEX.test(key) && key.length >= 32 && key.length < 128
  if (idLooksLikeKey && keyLooksLikeId) {
    throw new ActionFailure(
      [
        'The access-key and secret-key inputs look swapped: access-key holds a value as long as a Veracode API key (secret), and secret-key one as short as an API ID.',
        'Fix: put the API ID in access-key (or VERACODE_API_KEY_ID) and the API key in secret-key (or VERACODE_API_KEY_SECRET).'
      ].join('\n')
    )
  }
  if (!HEX.test(id) && CLIENT_ID_LIKE.test(id)) throw oauthClientRefused()
  if (!HEX.test(id) || id.length < 32 || id.length > 128) {
    throw new ActionFailure(
      `The access-key input is not a Veracode API ID (32 to 128 hexadecimal characters, perhaps after a region prefix such as vera01ei-). Copy the API ID from Veracode > API Credentials into the secret behind access-key (or VERACODE_API_KEY_ID).`
    )
  }
  if (!HEX.test(key) || key.length < 128 || key.length > 1024 || key.length % 2 !== 0) {
    throw new ActionFailure(
      `The secret-key input is not a Veracode API key (at least 128 hexadecimal characters, perhaps after a region prefix such as vera01es-). Copy the API key (secret) from Veracode > API Credentials into the secret behind secret-key (or VERACODE_API_KEY_SECRET).`
    )
  }

  const fromId = regionOfCredentials({ 'access-key': idInput })
  const fromKey = regionOfCredentials({ 'access-key': keyInput })
  if (fromId.unknown || fromKey.unknown) {
    const prefix = fromId.unknown ?? fromKey.unknown
    if (plan.region !== undefined) {
      throw new ActionFailure(
        `The Veracode credentials carry the prefix ${prefix}-, which names a region this action has no URL for (only ${Object.keys(REGIONS).join(', ')}). Set the url input to that region's API URL.`
      )
    }
  } else if (fromId.region && fromKey.region && fromId.region !== fromKey.region) {
    // Only two prefixes can contradict each other. Veracode's libraries strip each value's prefix
    // on its own and take the region from the API ID alone (veracode-api-py apihelper.py:
    // get_region_for_api_credential(api_key_id)), so a pair with one prefix signs and is sent as
    // they would send it.
    throw new ActionFailure(
      `The access-key and secret-key inputs carry region prefixes of different regions (${fromId.region} and ${fromKey.region}): they are not one pair. Copy both from the same Veracode > API Credentials page.`
    )
  }
  const credentialRegion = fromId.region
  const warnings: string[] = []
  // A url input names no region, but one that is a region's own API host is that region. Any other
  // url is taken as the global default's.
  const urlRegion = Object.entries(REGIONS).find(([, regionUrl]) => regionUrl === plan.url)?.[0]
  const checkedRegion = plan.region ?? urlRegion ?? 'us'
  if (!credentialRegion && fromKey.region && fromKey.region !== checkedRegion) {
    warnings.push(
      `The secret-key carries the prefix of region ${fromKey.region}, but the access-key (API ID) none: Veracode's clients take the region from the API ID alone, so this step uses ${plan.url}. For credentials of region ${fromKey.region}, set region: ${fromKey.region}, or give the API ID with its prefix too.`
    )
  } else if (!credentialRegion && fromKey.region && fromKey.region !== 'us') {
    // The step checks the key's region, as region or url says; the exported API ID (as given)
    // still sends Veracode's own tools in later steps to the global default.
    warnings.push(
      `The secret-key carries the prefix of region ${fromKey.region}, but the access-key (API ID) none: this step checks ${plan.url}, as the ${plan.region ? 'region' : 'url'} input says, but Veracode's own tools in later steps take the region from the API ID alone and would send these credentials to ${REGIONS.us}. Give the API ID with its prefix too.`
    )
  }
  if (credentialRegion && plan.region && plan.region !== credentialRegion) {
    throw new ActionFailure(
      `The Veracode credentials belong to region ${credentialRegion} (their prefix says so), but the region input is ${plan.region}. Remove the region input (the prefix selects ${REGIONS[credentialRegion as keyof typeof REGIONS]}) or use credentials from region ${plan.region}.`
    )
  }
  return warnings
}
