/**
 * Every /rest answer of Tenable.sc is an envelope { type, response, error_code, error_msg, warnings,
 * timestamp }: HTTP 200 alone proves nothing, and errors arrive as 400 or 403 with JSON labelled
 * text/html. These read it tolerantly, from the parsed body, whatever the Content-Type said.
 */
import type { HttpResponse } from '../../net/types.js'
import { firstText, isObject, text, type Json } from '../../kit/parse.js'

/** The /rest envelope, read tolerantly; `undefined` when the body is not one. */
export interface Envelope {
  response: unknown
  errorCode: number | undefined
  errorMsg: string
}

/** The envelope fields of a parsed body; `undefined` when the body is not an envelope. */
export function readEnvelope(body: unknown): Envelope | undefined {
  if (!isObject(body)) return undefined
  if (!('error_code' in body) && !('response' in body) && !('error_msg' in body)) return undefined
  const code = Number(text(body.error_code))
  return {
    response: body.response,
    errorCode: text(body.error_code) !== '' && Number.isFinite(code) ? code : undefined,
    errorMsg: typeof body.error_msg === 'string' ? body.error_msg : ''
  }
}

/** The error_code of a parsed body, if it is an envelope that has one. */
export function errorCode(body: unknown): number | undefined {
  return readEnvelope(body)?.errorCode
}

/** HTTP 200 and error_code 0: Tenable.sc's own signal that a request succeeded. */
export function succeeded(response: HttpResponse, body: unknown): boolean {
  return response.status === 200 && errorCode(body) === 0
}

/** The `response` object of a successful envelope, or undefined. */
export function envelopeResponse(body: Json): Json | undefined {
  const response = readEnvelope(body)?.response
  return isObject(response) ? response : undefined
}

/**
 * What Tenable.sc said, quoted in every failure: `error_code 12, error_msg "..."`; for a body that
 * is not the envelope, its own error text.
 */
export function vendorText(body: unknown): string {
  const envelope = readEnvelope(body)
  if (envelope) {
    const message = envelope.errorMsg.replace(/\s*\n\s*/g, ' ').trim()
    return `error_code ${envelope.errorCode ?? '(none)'}, error_msg ${message ? JSON.stringify(message) : '"" (empty)'}`
  }
  const own = firstText(body, ['error', 'message'])
  return `no Tenable.sc envelope (no error_code, no error_msg)${own ? `: ${own}` : ''}`
}
