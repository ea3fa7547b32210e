/**
 * What every vendor's mint() shares (contract, Behaviour 15): a name that ties the minted
 * credential to this run, job and step, so a user who finds it on the server knows where it came
 * from (and a revoke by name hits only it), and the end of its lifetime.
 */
import { ActionFailure } from '../core/failure.js'
import type { Plan, VendorContext } from './types.js'

/** Name characters every vendor accepts: letters, digits, `.`, `_`, `-`. */
const NAME_UNSAFE = /[^A-Za-z0-9._-]+/g

/**
 * `scanner-login-<repository>-<run id>-<attempt>-<job>-<step>-<random>`, cut to `max` characters;
 * outside a workflow (the doctor), `scanner-login-local-<time>-<random>`. The run's names tell a
 * user who finds it on the server where it came from; the random end makes it unique, since the
 * legs of a matrix, and two calls of one reusable workflow, share every run name.
 */
export function mintedName(max: number, env: NodeJS.ProcessEnv = process.env): string {
  const random = Math.random().toString(36).slice(2, 10).padEnd(8, '0')
  const parts = env.GITHUB_RUN_ID
    ? [
        env.GITHUB_REPOSITORY?.split('/').pop(),
        env.GITHUB_RUN_ID,
        env.GITHUB_RUN_ATTEMPT,
        env.GITHUB_JOB,
        env.GITHUB_ACTION
      ]
    : ['local', Date.now().toString(36)]
  const name = ['scanner-login', ...parts.filter(Boolean)]
    .map((part) => part!.replace(NAME_UNSAFE, '_'))
    .join('-')
  // The random end is what makes it unique: the run's names are cut, never it.
  const room = max - random.length - 1
  return `${name.length <= room ? name : name.slice(0, room)}-${random}`
}

/** When a credential minted now for plan.mint's lifetime dies, in milliseconds since the epoch. */
export function lifetimeEnd(plan: Pick<Plan, 'mint'>, now = Date.now()): number {
  return now + (plan.mint?.lifetimeSeconds ?? 0) * 1000
}

/** `2026-12-06T18:30:00.000Z` → `2026-12-07`: the first UTC day that starts at or after `ms`. */
export function roundUpToUtcDay(ms: number): string {
  const day = new Date(ms)
  if (day.getUTCHours() || day.getUTCMinutes() || day.getUTCSeconds() || day.getUTCMilliseconds())
    day.setUTCDate(day.getUTCDate() + 1)
  return day.toISOString().slice(0, 10)
}

/**
 * A duration in words for the log: 6 h, 30 min, 2 d 3 h. Rounded up to whole minutes first, so a
 * part never reads 60 (3599 s is "1 h", not "60 min"; 7199 s "2 h", not "1 h 60 min").
 */
export function durationText(seconds: number): string {
  const minutesInAll = Math.ceil(seconds / 60)
  const days = Math.floor(minutesInAll / 1440)
  const hours = Math.floor((minutesInAll % 1440) / 60)
  const minutes = minutesInAll % 60
  return (
    [days && `${days} d`, hours && `${hours} h`, minutes && `${minutes} min`]
      .filter(Boolean)
      .join(' ') || '0 min'
  )
}

/**
 * Whether the last answer was a 4xx: the server refusing to mint, which created nothing. Anything
 * else that failed (no answer, a 5xx, an answer this step cannot read) may have created it.
 */
export function refusedByServer(context: Pick<VendorContext, 'http'>): boolean {
  const status = context.http.records.at(-1)?.status
  return status !== undefined && status >= 400 && status < 500
}

/**
 * Runs a minting whose credential nothing can revoke if its answer is lost: no answer, a 5xx, or an
 * answer this step cannot read may still have created it (a 4xx is the server refusing, which
 * created nothing). Such a failure then says what to look for on the server and how long it lives,
 * since the id a revoke needs came only with the answer.
 */
export async function mintWithoutRevokeHandle<T>(
  context: Pick<VendorContext, 'http'>,
  mayExist: string,
  mint: () => Promise<T>
): Promise<T> {
  try {
    return await mint()
  } catch (error) {
    if (!(error instanceof ActionFailure) || refusedByServer(context)) throw error
    throw new ActionFailure(`${error.message}\n${mayExist}`)
  }
}
