/**
 * Which proxy a request goes through, from HTTPS_PROXY / HTTP_PROXY / NO_PROXY as the job's other
 * tools read them (curl, the runner, @actions/http-client), with one rule of this action on top:
 * loopback is never proxied. The client hands Node the proxy this chooses, and no NO_PROXY, so the
 * choice made here is the one the request follows. A proxy setting that is no URL, or that this
 * Node cannot route through, fails here, before any request; one of a scheme Node cannot use
 * (socks5://) does not: the request goes direct, and a failure says so (unusableProxyFor).
 */
import { ActionFailure } from '../core/failure.js'
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
 * The proxy for this URL, or undefined for a direct connection: loopback never (see
 * isLoopbackHost), a host NO_PROXY lists never (see proxyBypassed), otherwise the variable of the
 * URL's scheme, lower case first, an empty value counting as unset (as Node and curl read them).
 * A value without a scheme (`proxy.corp:3128`, `10.1.2.3:3128`) is an http:// proxy, as
 * @actions/http-client takes it (curl too, though it assumes port 1080 when none is given). A proxy
 * of another scheme (socks5://) is not one Node can use, and the request goes direct, as Node's own
 * agent does; a failure then says so (unusableProxyFor).
 */
export function proxyFor(url: URL, env: NodeJS.ProcessEnv): string | undefined {
  const setting = proxySetting(url, env)
  return setting && isHttpScheme(setting.scheme) ? setting.proxy : undefined
}

/**
 * The variable and scheme of a proxy that would apply to this URL but that Node cannot use
 * (socks5://), so the request went direct; undefined otherwise. A server the job's other tools
 * (curl) reach only through such a proxy then fails here as unreachable, and the failure says why.
 */
export function unusableProxyFor(
  url: URL,
  env: NodeJS.ProcessEnv
): { variable: string; scheme: string } | undefined {
  const setting = proxySetting(url, env)
  return setting && !isHttpScheme(setting.scheme) ? setting : undefined
}

/** The proxy setting that applies to this URL, whatever its scheme; undefined for a direct one. */
function proxySetting(
  url: URL,
  env: NodeJS.ProcessEnv
): { variable: string; proxy: string; scheme: string } | undefined {
  if (isLoopbackHost(url.hostname)) return undefined
  const variable = proxyVariableFor(url, env)
  const setting = variable && env[variable]?.trim()
  if (!variable || !setting) return undefined
  const proxy = /^[a-z][a-z0-9+.-]*:\/\//i.test(setting) ? setting : `http://${setting}`
  const scheme = proxy.slice(0, proxy.indexOf(':')).toLowerCase()
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80
  if (proxyBypassed(host, port, env.no_proxy || env.NO_PROXY)) return undefined
  return { variable, proxy: `${scheme}${proxy.slice(scheme.length)}`, scheme }
}

function isHttpScheme(scheme: string): boolean {
  return scheme === 'http' || scheme === 'https'
}

/**
 * The name of the variable proxyFor reads for this URL's scheme (lower case first, an empty value
 * counting as unset), or undefined when neither is set: a failure names the one that is wrong.
 */
export function proxyVariableFor(url: URL, env: NodeJS.ProcessEnv): string | undefined {
  const names =
    url.protocol === 'https:' ? ['https_proxy', 'HTTPS_PROXY'] : ['http_proxy', 'HTTP_PROXY']
  return names.find((name) => env[name])
}

/**
 * Whether a NO_PROXY list exempts host:port (an IPv6 host without brackets). A host is exempt when
 * any of the rules of Node 24, curl or the runner (@actions/http-client) exempts it, so a server the
 * job's other tools reach directly is reached directly here too. Entries are comma-separated,
 * trimmed and compared without case:
 * - `*` matches every host;
 * - `example.com`, `.example.com` and `*.example.com` match example.com's subdomains, and the
 *   first two example.com itself (`*.` is Node's spelling; curl and the runner read the others);
 * - `host:port` matches that host on that port only (the port is 443 or 80 when the URL has none),
 *   and an IPv6 entry may be written with or without brackets, `[::1]:443` too;
 * - `10.0.0.0/8` (curl, from 7.86) and `10.0.0.0-10.255.255.255` (Node) are IPv4 blocks.
 * IPv6 blocks are not read: list such hosts by address or name.
 */
export function proxyBypassed(host: string, port: number, noProxy: string | undefined): boolean {
  if (!noProxy) return false
  const name = host.toLowerCase()
  for (const raw of noProxy.split(',')) {
    const entry = raw.trim().toLowerCase()
    if (!entry) continue
    if (entry === '*') return true
    const { pattern, entryPort } = splitPort(entry)
    if (entryPort !== undefined && entryPort !== port) continue
    if (matchesName(name, pattern) || inIpv4Block(name, pattern)) return true
  }
  return false
}

/** `host:port` and `[v6]:port` split; an IPv6 address alone (two colons or more) has no port. */
function splitPort(entry: string): { pattern: string; entryPort: number | undefined } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry)
  if (bracketed) {
    return {
      pattern: bracketed[1]!,
      entryPort: bracketed[2] === undefined ? undefined : Number(bracketed[2])
    }
  }
  const withPort = /^([^:]+):(\d+)$/.exec(entry)
  if (withPort) return { pattern: withPort[1]!, entryPort: Number(withPort[2]) }
  return { pattern: entry, entryPort: undefined }
}

function matchesName(name: string, pattern: string): boolean {
  const domain = pattern.startsWith('*.') ? pattern.slice(2) : pattern.replace(/^\./, '')
  if (!domain) return false
  if (name === domain) return !pattern.startsWith('*.')
  return name.endsWith(`.${domain}`)
}

function inIpv4Block(name: string, pattern: string): boolean {
  if (!isIPv4(name)) return false
  const cidr = /^([\d.]+)\/(\d{1,2})$/.exec(pattern)
  if (cidr && isIPv4(cidr[1]!) && Number(cidr[2]) <= 32) {
    const bits = Number(cidr[2])
    const size = 2 ** (32 - bits)
    const start = Math.floor(ipv4ToInt(cidr[1]!) / size) * size
    const value = ipv4ToInt(name)
    return value >= start && value < start + size
  }
  if (!pattern.includes('-')) return false
  const [first = '', last = ''] = pattern.split('-').map((part) => part.trim())
  if (!isIPv4(first) || !isIPv4(last)) return false
  const value = ipv4ToInt(name)
  return value >= ipv4ToInt(first) && value <= ipv4ToInt(last)
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/

function isIPv4(text: string): boolean {
  return IPV4.test(text)
}

function ipv4ToInt(address: string): number {
  return address.split('.').reduce((value, octet) => value * 256 + Number(octet), 0)
}

/**
 * Whether this Node's http agents route through the proxy their proxyEnv names: from 24.5 (and
 * 22.21, where it was backported). An older one ignores the option and connects direct.
 */
export function nodeRoutesThroughProxies(version: string = process.versions.node): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number)
  return major >= 25 || (major === 24 && minor >= 5) || (major === 22 && minor >= 21)
}

/**
 * Connection errors that, through a proxy, can only be the proxy's: the client resolves and
 * connects to the proxy alone, and the proxy reaches the server (its failure to is a CONNECT
 * refusal, ERR_PROXY_TUNNEL).
 */
const PROXY_CONNECTION_CODES: ReadonlySet<string> = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT'
])

export function isProxyConnectionError(error: NetworkError): boolean {
  return PROXY_CONNECTION_CODES.has(error.code ?? '')
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

/** A proxy applies, but this Node (the doctor on an old one) would ignore it and connect direct. */
export function proxyUnsupportedFailure(vendor: string, proxy: string): ActionFailure {
  return new ActionFailure(
    [
      `${vendor}: HTTPS_PROXY / HTTP_PROXY names the proxy ${redactUrlCredentials(proxy)}, but Node ${process.version} cannot send requests through a proxy, so nothing was sent.`,
      // A workflow runs the action on the runner's own Node 24: a user cannot pick another one.
      'Fix: on a self-hosted runner, update the runner to v2.328.0 or newer, whose Node 24 is 24.5 or newer; for the doctor, run it with Node 24.5 or newer (or 22.21 or newer); or unset the proxy variables if this machine reaches the server directly.'
    ].join('\n')
  )
}

/**
 * The proxy variable holds no URL Node can use. Its value is not quoted: it did not parse, so a
 * password in it could not be told apart and replaced. The variable is named, since the lower-case
 * one wins over the upper-case one the user may be looking at.
 */
export function invalidProxyFailure(vendor: string, variable: string | undefined): ActionFailure {
  const name = variable ?? 'HTTPS_PROXY / HTTP_PROXY'
  return new ActionFailure(
    [
      `${vendor}: the proxy in ${name} is not a valid URL (its value is not shown: it may hold a password), so nothing was sent.`,
      `Fix: set ${name} to a URL such as http://proxy.example.com:3128 (special characters of a user name or password percent-encoded), or unset it.`
    ].join('\n')
  )
}
