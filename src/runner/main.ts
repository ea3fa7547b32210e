/**
 * The main step: reads the inputs, runs the shared check (./check.ts) and hands its outcome to the
 * runner: identity outputs, credentials and exports, the job summary, and the single failure message.
 * The runner's files are written by ./publish.ts, loaded only once the inputs validated.
 */
import {
  check,
  failureMessage,
  keepFor,
  type CheckFailure,
  type CheckIo,
  type KeptSession
} from '../core/check.js'
import { fail, log, mask, redact } from './log.js'
import { MissingCredentialFailure, errorMessage } from '../core/failure.js'
import { INPUT_NAMES, type RawInputs } from '../plan/input-names.js'
import { SECRET_INPUTS, type Plan, type SavedSession } from '../kit/types.js'
import { saveNoSession } from './state.js'
import { getInput } from './workflow-commands.js'

/** The runner as the check's io: masks through the add-mask command, state for the post step. */
const runnerIo: CheckIo = {
  mask,
  redact,
  info: log.info,
  warning: log.warning,
  debug: log.debug,
  saveSession: saveSessionForLogout,
  forgetSession: (plan) => {
    keepFor(keptSessions, plan)
    saveNoSession()
  }
}

export async function run(): Promise<void> {
  try {
    saveNoSession()
    await login()
  } catch (error) {
    // One of ours from handing the outcome on (the CA files could not be written) says what
    // happened and how to fix it; anything else is reported as unexpected, its stack in the debug log.
    fail(failureMessage(error, runnerIo))
  }
}

/**
 * A session that logout: false keeps past the job. Whether it may be kept is known only once the
 * step is over: when it fails nothing is handed on, so nothing could use it, and it is ended at once
 * (keepOrEndKeptSessions), as the doctor ends what it opens. The post step would not: it reads
 * logout: false from its own inputs. A minted credential is never kept: it dies with the job.
 */
const keptSessions: KeptSession[] = []

async function login(): Promise<void> {
  const { plan, result, gate, records, failure, warnings } = await check(
    readInputs(),
    process.env,
    runnerIo
  )
  // Handed on only once everything was published: a step that fails after its outputs does not
  // run the steps that would read them.
  let handedOn = false
  try {
    // An input that did not validate fails before any request, with no output and no summary.
    if (plan && !failure?.beforeNetwork) {
      const { publishCredentials, publishIdentity, writeSummary } = await publishing()
      // The identity is published once the requirements were judged, even when they failed.
      if (result && gate) publishIdentity(plan, result.identity)
      // A hand-off that fails (the ca-cert files not written) fails the step, after the summary
      // says so as it says any other failure after validation.
      let handoff: string[] = []
      let handoffFailure: unknown
      try {
        if (result && !failure) handoff = await publishCredentials(plan, result)
      } catch (error) {
        handoffFailure = error
      }
      const failed = failure ? failure.error : handoffFailure
      writeSummary({
        plan,
        records,
        ...(result ? { result } : {}),
        ...(gate ? { gate } : {}),
        ...(failed === undefined ? {} : { failure: redact(errorMessage(failed)) }),
        warnings: [...warnings, ...handoff]
      })
      if (handoffFailure !== undefined) throw handoffFailure
      handedOn = result !== undefined && !failure
    }
  } finally {
    await keepOrEndKeptSessions(handedOn)
  }
  if (failure) fail(await stepFailureMessage(failure))
}

/** Reads every input once; secret ones are masked before anything else can print them. */
function readInputs(): RawInputs {
  const raw = {} as RawInputs
  for (const name of INPUT_NAMES) {
    raw[name] = getInput(name)
    if ((SECRET_INPUTS as readonly string[]).includes(name)) mask(raw[name])
  }
  return raw
}

async function saveSessionForLogout(plan: Plan, saved: SavedSession): Promise<void> {
  if (!plan.logout && !saved.minted) {
    keepFor(keptSessions, plan, saved)
    return
  }
  await saveForPostStep(plan, saved)
}

/** logout: false keeps a session only for a step that handed it on. */
async function keepOrEndKeptSessions(handedOn: boolean): Promise<void> {
  for (const { plan, saved } of keptSessions.splice(0)) {
    if (!handedOn) {
      const { endWithPlan } = await import('../core/session.js')
      try {
        if (await endWithPlan(plan, saved, runnerIo))
          log.info(
            'logout is false, but the step failed and handed nothing on, so the session was ended now.'
          )
      } catch (error) {
        log.warning(
          `logout is false and the step failed, so the session was to be ended now, but that failed: ${errorMessage(error)}`
        )
      }
    } else log.info('logout is false: the session stays open after this job.')
  }
}

/** The publishing chunk, its runner files open. */
async function publishing(): Promise<typeof import('./publish.js')> {
  const chunk = await import('./publish.js')
  await chunk.openRunnerFiles()
  return chunk
}

async function saveForPostStep(plan: Plan, saved: SavedSession): Promise<void> {
  const { secrets: session, ids, expiresAt, expiryAsked, minted } = saved
  // The post step rebuilds URL and TLS settings from its own inputs: vendor and url are saved only
  // for comparison, ca-cert never.
  const { saveLogoutState } = await publishing()
  saveLogoutState({
    vendor: plan.vendor.id,
    url: plan.url,
    session,
    ...(ids && Object.keys(ids).length ? { ids } : {}),
    ...(expiresAt ? { expiresAt } : {}),
    ...(expiresAt && expiryAsked ? { expiryAsked: true as const } : {}),
    ...(minted ? { minted } : {})
  })
}

async function stepFailureMessage(failure: CheckFailure): Promise<string> {
  if (failure.error instanceof MissingCredentialFailure) {
    const hint = await emptyCredentialHintSafely()
    return hint ? `${failure.message}\n${hint}` : failure.message
  }
  return failure.message
}

async function emptyCredentialHintSafely(): Promise<string | undefined> {
  try {
    const { emptyCredentialHint } = await import('./secretless-run.js')
    return emptyCredentialHint()
  } catch (error) {
    log.debug(`Could not read the event payload: ${errorMessage(error)}`)
    return undefined
  }
}
