/**
 * The inputs of least exposure, checked before any request: `mint-token` / `token-lifetime`
 * (contract, Behaviour 15) and GitHub OIDC's `oidc-provider` / `oidc-audience` (Behaviour 16). A
 * vendor opts in by implementing `Vendor.mint` or declaring `Vendor.oidc`; any other vendor refuses
 * the input by name, listing the vendors that can.
 */
import { ActionFailure } from '../core/failure.js'
import { isLoopbackHost } from '../net/proxy.js'
import { CREDENTIAL_INPUTS, type GitHubOidc, type Plan, type Vendor } from '../kit/types.js'
import { VENDORS_THAT_CAN } from '../vendors/capabilities.generated.js'
import type { RawInputs } from './input-names.js'
import {
  lifetimeSeconds,
  MAX_TOKEN_LIFETIME_SECONDS,
  MIN_TOKEN_LIFETIME_SECONDS,
  UNIT_SECONDS
} from './settings.js'

/** Words a lifetime is often written in, with the seconds each stands for. */
const UNIT_WORDS: readonly [RegExp, number][] = [
  [/^(?:mins?|minutes?)$/i, UNIT_SECONDS.m],
  [/^(?:hrs?|hours?)$/i, UNIT_SECONDS.h],
  [/^(?:days?)$/i, UNIT_SECONDS.d],
  [/^(?:w|wks?|weeks?)$/i, 7 * UNIT_SECONDS.d]
]

/** A lifetime in seconds as the input takes it: the largest unit that divides it whole. */
function lifetimeText(seconds: number): string {
  if (seconds % UNIT_SECONDS.d === 0) return `${seconds / UNIT_SECONDS.d}d`
  if (seconds % UNIT_SECONDS.h === 0) return `${seconds / UNIT_SECONDS.h}h`
  return `${Math.ceil(seconds / UNIT_SECONDS.m)}m`
}

/**
 * What exactly is wrong with a refused token-lifetime, as a clause after the grammar
 * (SettingHints): out of range, a number without a unit, a unit spelled as a word, or two units;
 * with the value to write instead. Here rather than in settings.ts: a token-lifetime other than its
 * default always loads this module, and no other step needs these texts.
 */
export function lifetimeHint(value: string): string {
  const seconds = lifetimeSeconds(value)
  const range = (s: number): string =>
    s > MAX_TOKEN_LIFETIME_SECONDS
      ? 'longer than the 7-day maximum (a minted credential lives at most a week); write 7d or less'
      : 'shorter than the 5-minute minimum; write 5m or more'
  if (Number.isFinite(seconds)) return `: that is ${range(seconds)}`
  const inRange = (s: number): boolean =>
    s >= MIN_TOKEN_LIFETIME_SECONDS && s <= MAX_TOKEN_LIFETIME_SECONDS
  const suggest = (what: string, s: number): string =>
    inRange(s) ? `: ${what}; write ${lifetimeText(s)}` : `: ${what}, and ${range(s)}`
  if (/^\d{1,6}$/.test(value)) {
    // Only the units that give an accepted lifetime: 90 may be 90m or 90h, never 90d.
    const [first, ...others] = (['m', 'h', 'd'] as const).filter((unit) =>
      inRange(Number(value) * UNIT_SECONDS[unit])
    )
    if (first !== 'm') return `: it has no unit; write m, h or d after the number (5m to 7d)`
    const or = others.map((unit) => `${value}${unit}`).join(', ')
    return `: it has no unit; write ${value}m for minutes${or ? ` (or ${or})` : ''}`
  }
  const worded = /^(\d{1,6})\s*([a-z]+)$/i.exec(value)
  const unit = worded && UNIT_WORDS.find(([words]) => words.test(worded[2]!))?.[1]
  if (worded && unit) return suggest('the unit is one letter, m, h or d', Number(worded[1]) * unit)
  // The second unit may be left off, as on a clock: 1h30 is 1h30m, 1d12 is 1d12h.
  const two = /^(\d{1,6})\s*([hd])\s*(\d{1,6})\s*([mh])?$/i.exec(value)
  if (two) {
    const [, a, ua, b, ub] = two
    const first = ua!.toLowerCase() as 'h' | 'd'
    const s =
      Number(a) * UNIT_SECONDS[first] +
      Number(b) * UNIT_SECONDS[(ub?.toLowerCase() ?? (first === 'h' ? 'm' : 'h')) as 'm' | 'h']
    return suggest('it takes one unit', s)
  }
  return ''
}

/** The job's permission that makes the runner hand out ID tokens, as the workflow writes it. */
export const ID_TOKEN_PERMISSION = 'permissions: id-token: write'

/** mint-token's plan; undefined when it is off. */
export function mintPlan(
  vendor: Vendor,
  settings: { 'mint-token': boolean; 'token-lifetime': number; logout: boolean },
  warnings: string[],
  lifetimeInput: string
): Plan['mint'] {
  if (!settings['mint-token']) {
    // action.yml gives 6h, so only another value shows the user meant something by it.
    if (lifetimeInput.trim() !== '' && lifetimeInput.trim() !== '6h') {
      warnings.push(
        `token-lifetime is "${lifetimeInput.trim()}", but mint-token is not true, so nothing is minted and token-lifetime has no effect.`
      )
    }
    return undefined
  }
  if (!vendor.mint) {
    throw new ActionFailure(
      `The mint-token input cannot be used with ${vendor.name}: it has no API through which a credential creates a shorter-lived, narrower one. Vendors that can: ${VENDORS_THAT_CAN['mint-token'].join(', ')}. Fix: remove mint-token, or set it to false.`
    )
  }
  if (!settings.logout) {
    warnings.push(
      'logout is false, which keeps sessions only: the credential mint-token creates dies with the job, so the post step revokes it all the same. To hand later jobs a credential, turn mint-token off.'
    )
  }
  return { lifetimeSeconds: settings['token-lifetime'] }
}

/**
 * GitHub OIDC's plan; undefined without oidc-provider. It replaces every stored credential, so a
 * credential input given with it is a conflict; the environment fallback is not consulted, and a
 * job that sets it (JF_ACCESS_TOKEN) is told so in the log (unusedEnvNote), not failed: export-env
 * writes the credential this step gets over it.
 */
export function oidcPlan(
  raw: RawInputs,
  vendor: Vendor,
  env: NodeJS.ProcessEnv
): GitHubOidc | undefined {
  const provider = raw['oidc-provider'].trim()
  const audience = raw['oidc-audience'].trim()
  if (!provider) {
    if (audience) {
      throw new ActionFailure(
        'The oidc-audience input is used only with oidc-provider (GitHub OIDC): set oidc-provider too, or remove oidc-audience.'
      )
    }
    return undefined
  }
  if (!vendor.oidc) {
    throw new ActionFailure(
      `The oidc-provider input cannot be used with ${vendor.name}: it does not accept a GitHub ID token in exchange for its own. Vendors that can: ${VENDORS_THAT_CAN.oidc.join(', ')}. Fix: remove oidc-provider and give ${vendor.name}'s credentials.`
    )
  }
  const given = CREDENTIAL_INPUTS.filter((input) => raw[input] !== '')
  if (given.length) {
    throw new ActionFailure(
      `Conflicting credentials for ${vendor.name}: oidc-provider (GitHub OIDC, no stored secret) and the ${given.join(', ')} input${given.length > 1 ? 's' : ''} were both given. Give one: remove ${given.join(', ')} to log in with GitHub OIDC, or remove oidc-provider.`
    )
  }
  if ([...provider].some((c) => c < ' ' || c === '\u007f') || provider.length > 200) {
    throw new ActionFailure(
      'The oidc-provider input must be the name of the OIDC integration, one line of at most 200 characters.'
    )
  }
  const requestUrl = (env.ACTIONS_ID_TOKEN_REQUEST_URL ?? '').trim()
  const requestToken = (env.ACTIONS_ID_TOKEN_REQUEST_TOKEN ?? '').trim()
  if (!requestUrl || !requestToken) {
    throw new ActionFailure(
      [
        `GitHub OIDC needs the job's ID token, but this job cannot request one (ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set): the job lacks ${ID_TOKEN_PERMISSION}.`,
        'Fix: give the job (or the workflow) the permission, keeping what else it needs:',
        '  permissions:',
        '    id-token: write',
        '    contents: read',
        // A run by Dependabot gets a read-only token by default, which the workflow's permissions
        // may raise (GitHub's "Troubleshooting Dependabot on GitHub Actions"): the fix above is its
        // fix too. A pull request from a fork gets no ID token whatever the workflow grants.
        'A reusable workflow needs it in the caller too; a run by Dependabot needs it as well (its token is read-only unless the workflow grants more). Pull requests from forks never get an ID token, whatever the workflow says: skip this step there, and only there:',
        "  if: github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository"
      ].join('\n')
    )
  }
  checkRequestUrl(requestUrl)
  const unusedEnvNote = unusedCredentialEnv(vendor, env, /^false$/i.test(raw['export-env'].trim()))
  return {
    provider,
    audience: audience || vendor.oidc.audience || '',
    requestUrl,
    requestToken,
    ...(unusedEnvNote ? { unusedEnvNote } : {})
  }
}

/**
 * The vendor's credential variables the job sets, which GitHub OIDC leaves unread: one line for the
 * log; undefined when the job sets none. Only names, never a value.
 */
function unusedCredentialEnv(
  vendor: Vendor,
  env: NodeJS.ProcessEnv,
  exportEnvOff: boolean
): string | undefined {
  const names = [...new Set(Object.values(vendor.credentialEnv).flat())].filter((name) =>
    (env[name] ?? '').trim()
  )
  if (!names.length) return undefined
  const them = names.join(', ')
  const one = names.length === 1
  return `${them} ${one ? 'is' : 'are'} set for this job but ${one ? 'was' : 'were'} not used: this step logs in with GitHub OIDC (oidc-provider), which takes no stored credential.${
    exportEnvOff
      ? ` export-env is false, so later steps still see the job's ${them}, not the credential this step verified.`
      : ''
  }`
}

/** The runner's token service is HTTPS; only a loopback one (a local runner) may be plain HTTP. */
function checkRequestUrl(value: string): void {
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    url = undefined
  }
  if (
    url === undefined ||
    url.username ||
    url.password ||
    !(url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname)))
  ) {
    throw new ActionFailure(
      'ACTIONS_ID_TOKEN_REQUEST_URL is not an https:// URL, so the job ID token was not requested: it is set by the runner, and an earlier step may have overwritten it.'
    )
  }
}
