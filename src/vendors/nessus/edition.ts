/**
 * Which Nessus edition answers, read after the identity check. Nessus Professional and Expert answer
 * GET /session (and other reads) but refuse scan-launching calls with 412 {"error":"API is not
 * available"}, so the credentials pass a check of /session where the pipeline later fails. GET
 * /server/properties names the edition (`nessus_type`: "Nessus Professional", "Nessus Expert",
 * "Nessus Manager", as client code reads it), and those editions get a warning, not a failure: the
 * credentials are fine. Sources: tenable/pyTenable#757 and #840 (maintainer: the scan launch APIs
 * are not available in Nessus Professional and Expert), seccubus/seccubus#631 (Nessus 7
 * Professional: GET /scans 200, POST /scans 412), vendors-third T6.
 */
import { note, send } from '../../kit/endpoint.js'
import { firstText, isObject, type Json } from '../../kit/parse.js'
import type { Note, VendorContext } from '../../kit/types.js'

const PROPERTIES_PATH = '/server/properties'

/**
 * Editions whose licence refuses scan-launching API calls: Professional and Expert (pyTenable#757,
 * #840), and Essentials, formerly Home (the same restriction, per a Tenable community answer in
 * tenable/nessrest#141). Manager has the full API.
 */
const RESTRICTED_EDITION = /\b(professional|expert|essentials|home)\b/i

/**
 * GET /server/properties, after the identity check: the edition, as a note, and the warning for an
 * edition that will refuse scan launches. The credentials are already verified, so an answer that
 * names no edition only says so; it never fails the step.
 */
export async function readEdition(
  context: VendorContext,
  headers: Record<string, string>
): Promise<{ notes: Note[]; warnings: string[] }> {
  const { response, body } = await send(context, {
    method: 'GET',
    path: PROPERTIES_PATH,
    headers,
    meanings: {}
  })
  const judged =
    response.status >= 200 && response.status < 300
      ? judgeEdition(isObject(body) ? body : undefined)
      : response.status === 412
        ? // The restriction itself, said by this server: the edition's name is not needed.
          {
            notes: [note('Edition', 'not reported (HTTP 412: the API is restricted)')],
            warnings: [restrictedWarning('this Nessus server')]
          }
        : { notes: [note('Edition', `not reported (HTTP ${response.status})`)], warnings: [] }
  for (const n of judged.notes) context.info(`${n.label}: ${n.value}`)
  return judged
}

/** The edition GET /server/properties names (`nessus_type`), and its warning when restricted. */
export function judgeEdition(properties: Json | undefined): { notes: Note[]; warnings: string[] } {
  const edition = firstText(properties, ['nessus_type'])
  if (!edition) return { notes: [note('Edition', 'not reported (no nessus_type)')], warnings: [] }
  if (!RESTRICTED_EDITION.test(edition)) return { notes: [note('Edition', edition)], warnings: [] }
  return {
    notes: [note('Edition', `${edition} (refuses scan-launching API calls)`)],
    warnings: [restrictedWarning(edition)]
  }
}

function restrictedWarning(edition: string): string {
  return `Nessus: the credentials are valid, but ${edition} refuses scan-launching API calls (creating or launching a scan answers HTTP 412 "API is not available"; reading scans and reports works). To launch scans through an API, use Nessus Manager, Tenable VM (vendor: tenable-vm) or Tenable Security Center (vendor: tenable-sc).`
}
