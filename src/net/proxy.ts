/**
 * Which proxy a request goes through, as Node 24 decides from HTTPS_PROXY / HTTP_PROXY / NO_PROXY,
 * with one rule of this action on top: loopback is never proxied.
 */
import type { NetworkError } from './types.js'

/**
 * Loopback is exactly `localhost`, 127.0.0.0/8 and `[::1]`, as the URL parser canonicalises the
 * host (lower case, `%2e` and the full-width dot as `.`). Such a URL may use http:// and is never
 * proxied. Anything else is a normal host: `localhost.` (which `localhost%2e`, `LOCALHOST.` and
 * `localhost。` become) is not in /etc/hosts, so the resolver asks DNS, and a forged answer would
 * receive the key in clear text.
 */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase()
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host)
}

/**
 * The proxy Node 24 will use for this URL, or undefined for a direct connection: loopback never
 * (see isLoopbackHost), otherwise Node's own choice, which proxyBypassed mirrors.
 */
export function proxyFor(url: URL, env: NodeJS.ProcessEnv): string | undefined {
  if (isLoopbackHost(url.hostname)) return undefined
  const secure = url.protocol === 'https:'
  // Node: lower case first, and an empty value counts as unset.
  const proxy = secure ? env.https_proxy || env.HTTPS_PROXY : env.http_proxy || env.HTTP_PROXY
  if (!proxy) return undefined
  // Node ignores proxies of other schemes (socks5://...) and connects directly.
  if (!proxy.startsWith('http://') && !proxy.startsWith('https://')) return undefined
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname
  const port = url.port ? Number(url.port) : secure ? 443 : 80
  return proxyBypassed(host, port, env.no_proxy || env.NO_PROXY) ? undefined : proxy
}

/**
 * Whether a NO_PROXY list exempts host:port, exactly as Node 24.21's http agent decides
 * (ProxyConfig.shouldUseProxy): comma-separated entries, trimmed and lower-cased; `*` matches
 * all; an entry equal to the host or to `host:port` matches (the port is always present: 443 or
 * 80 when the URL has none; IPv6 hosts have no brackets, so `[::1]:443` never matches);
 * `.example.com` matches example.com and its subdomains; `*.example.com` matches subdomains
 * only; `a.b.c.d-e.f.g.h` is an IPv4 range. A bare `example.com` does not match subdomains, and
 * CIDR blocks are not supported. (Node releases before the fix of nodejs/node#62907 also matched
 * `.example.com` against `notexample.com`.)
 */
export function proxyBypassed(host: string, port: number, noProxy: string | undefined): boolean {
  if (!noProxy) return false
  const name = host.toLowerCase()
  const nameWithPort = `${name}:${port}`
  for (const raw of noProxy.split(',')) {
    const entry = raw.trim().toLowerCase()
    if (entry === '*' || entry === name || entry === nameWithPort) return true
    if (entry.startsWith('.')) {
      const suffix = entry.slice(1)
      if (
        name === suffix ||
        (name.endsWith(suffix) && name[name.length - suffix.length - 1] === '.')
      )
        return true
    }
    if (entry.startsWith('*.') && name.endsWith(entry.slice(1))) return true
    if (entry.includes('-') && isIPv4(name)) {
      const [start = '', end = ''] = entry.split('-').map((part) => part.trim())
      if (isIPv4(start) && isIPv4(end)) {
        const value = ipv4ToInt(name)
        if (value >= ipv4ToInt(start) && value <= ipv4ToInt(end)) return true
      }
    }
  }
  return false
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/

function isIPv4(text: string): boolean {
  return IPV4.test(text)
}

function ipv4ToInt(address: string): number {
  return address.split('.').reduce((value, octet) => value * 256 + Number(octet), 0)
}

/** Whether a connection error names the proxy's address, i.e. the proxy itself refused. */
export function proxyRefused(error: NetworkError, proxy: string): boolean {
  try {
    const proxyUrl = new URL(proxy)
    return error.message.includes(`${proxyUrl.hostname}:${proxyUrl.port || 80}`)
  } catch {
    return false
  }
}

/** The proxy URL for a message, its user name and password replaced. */
export function redactUrlCredentials(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.username || parsed.password) {
      parsed.username = '***'
      parsed.password = ''
    }
    return parsed.toString().replace(/\/$/, '')
  } catch {
    return '(unparseable proxy URL)'
  }
}
