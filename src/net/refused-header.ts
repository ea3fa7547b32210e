/**
 * A header value Node refused to send (ERR_INVALID_CHAR), before anything went out. Node's message
 * names the header, not the value. The headers the action sends carry the credentials (and inputs
 * such as a tenant) as given, so this is a value pasted with a character a header cannot hold, not
 * the network. A header that is no credential's carries one of the vendor's own inputs (Invicti
 * Platform's organization-id as X-Invicti-OrganizationId): the fix points at that input, not at the
 * secret.
 */
export function refusedHeaderLines(notSent: string, error: Error): string[] {
  const header = /\["([^"\]]+)"\]/.exec(error.message)?.[1]
  return [
    `${notSent} A credential input (or another input sent in that header) holds a character an HTTP header cannot carry: a line break, a control character, or one outside Latin-1 such as a typographic quote.`,
    header && !/auth|key|token|cookie|secret/i.test(header)
      ? `Fix: check the input sent as the ${header} header (such as a tenant or an organization id), and copy its value again, exactly as the vendor shows it and with nothing around it.`
      : 'Fix: copy the credential into its secret again, exactly as the vendor shows it and with nothing around it.'
  ]
}
