/**
 * A url input that ends in the API's own path (`/api`, `/api/v1`), which the vendor's requests add
 * themselves, read without it (Location.readUrl), with a warning that names what to set instead:
 * sent as given, every request would go to `/api/api/…` and answer 404.
 */
export function withoutApiPath(
  given: string,
  tail: RegExp,
  what: string
): { url: string; warning: string } | undefined {
  const parsed = new URL(given)
  const found = tail.exec(parsed.pathname)?.[0]
  if (!found) return undefined
  parsed.pathname = parsed.pathname.slice(0, -found.length)
  const url = parsed.toString().replace(/(?<!\/)\/+$/, '')
  return {
    url,
    warning: `The url input ${given} ends in ${found.replace(/\/$/, '')}, which this step adds to every request itself, so it uses ${url}. Set url: ${url} to name ${what} directly.`
  }
}
