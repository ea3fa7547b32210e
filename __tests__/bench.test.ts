// The benchmark's arithmetic (scripts/bench-stats.js): quantiles, pairing each run with the bare
// starts around it, the per-scenario summary, and the tables it prints; and that its scenarios
// cover every vendor and the common case of a CA the job already trusts.
import { describe, expect, it } from '@jest/globals'
import {
  compareRuns,
  comparisonTable,
  markdownTable,
  medianInterval,
  neighbourRatios,
  quantile,
  shuffle,
  summarise,
  summariseRun
} from '../scripts/bench-stats.js'
import { scenarios, SUCCESS_PATHS } from '../scripts/bench-scenarios.js'
import { canonicalVendorId, VENDOR_IDS } from '../src/vendors/index.js'

describe('quantile', () => {
  it('interpolates between ranks like R type 7', () => {
    const sorted = [10, 20, 30, 40]
    expect(quantile(sorted, 0)).toBe(10)
    expect(quantile(sorted, 1)).toBe(40)
    expect(quantile(sorted, 0.5)).toBe(25)
    expect(quantile(sorted, 0.25)).toBeCloseTo(17.5)
    expect(quantile([7], 0.9)).toBe(7)
  })

  it('refuses an empty sample and a q outside [0, 1]', () => {
    expect(() => quantile([], 0.5)).toThrow('quantile of no values')
    expect(() => quantile([1, 2], 1.5)).toThrow('outside [0, 1]')
    expect(() => quantile([1, 2], Number.NaN)).toThrow('outside [0, 1]')
  })
})

describe('summarise', () => {
  it('gives median, quartiles and range whatever the input order', () => {
    expect(summarise([5, 1, 4, 2, 3])).toEqual({ median: 3, p25: 2, p75: 4, min: 1, max: 5, n: 5 })
  })
})

describe('neighbourRatios', () => {
  it('divides each scenario by the mean of the bare starts on either side', () => {
    const { scenarios, bare } = neighbourRatios(
      [
        { id: 'bare', ms: 90 },
        { id: 'a', ms: 200 },
        { id: 'bare', ms: 110 },
        { id: 'b', ms: 150 },
        { id: 'bare', ms: 90 }
      ],
      'bare'
    )
    expect(scenarios.get('a')).toBeCloseTo(2)
    expect(scenarios.get('b')).toBeCloseTo(1.5)
    // The middle bare start against its bare neighbours: the noise of one pairing.
    expect(bare).toEqual([110 / 90])
  })

  it('leaves out a run that has no bare start on one side', () => {
    const { scenarios, bare } = neighbourRatios(
      [
        { id: 'a', ms: 200 },
        { id: 'bare', ms: 100 },
        { id: 'b', ms: 150 }
      ],
      'bare'
    )
    expect(scenarios.size).toBe(0)
    expect(bare).toEqual([])
  })
})

describe('summariseRun', () => {
  const scenarios = [
    { id: 'bare', name: 'node -e 0', floor: null },
    { id: 'floor', name: 'floor', floor: null },
    { id: 'check', name: 'check', floor: 'floor' }
  ]
  // Round 2 runs on a machine twice as slow: the ratios must not notice.
  const round = (scale: number, check: number): { id: string; ms: number }[] => [
    { id: 'bare', ms: 100 * scale },
    { id: 'floor', ms: 125 * scale },
    { id: 'bare', ms: 100 * scale },
    { id: 'check', ms: check * scale },
    { id: 'bare', ms: 100 * scale }
  ]

  it('quotes medians of per-round ratios, to bare node and to the floor', () => {
    const [bare, floor, check] = summariseRun({
      scenarios,
      rounds: [round(1, 200), round(2, 250), round(1, 225)],
      peakRssKiB: { check: [58_000, 57_344, 60_000] },
      bare: 'bare'
    })
    expect(check?.ratioToBare.median).toBeCloseTo(2.25)
    expect(check?.ratioToBare.min).toBeCloseTo(2)
    expect(check?.ratioToBare.max).toBeCloseTo(2.5)
    expect(check?.ratioToFloor?.median).toBeCloseTo(1.8)
    expect(check?.wallMs.median).toBe(225)
    expect(check?.peakRssMiB).toBeCloseTo(58_000 / 1024)
    expect(floor?.ratioToBare.median).toBeCloseTo(1.25)
    expect(floor?.ratioToFloor).toBeNull()
    expect(bare?.ratioToBare.median).toBeCloseTo(1)
    expect(bare?.peakRssMiB).toBeNull()
  })

  it('fails when a scenario never ran between two bare starts', () => {
    expect(() =>
      summariseRun({
        scenarios: [...scenarios, { id: 'missing', name: 'missing', floor: null }],
        rounds: [round(1, 200)],
        peakRssKiB: {},
        bare: 'bare'
      })
    ).toThrow('no complete rounds for missing')
  })
})

describe('medianInterval', () => {
  it('needs 6 values and brackets the median', () => {
    expect(medianInterval([1, 2, 3, 4, 5])).toBeNull()
    const values = Array.from({ length: 30 }, (_, i) => i + 1)
    const interval = medianInterval(values)
    expect(interval).not.toBeNull()
    expect(interval!.low).toBeLessThan(15.5)
    expect(interval!.high).toBeGreaterThan(15.5)
    // About ±1.96·√n/2 ≈ ±5.4 ranks around the middle of 30.
    expect(interval).toEqual({ low: 10, high: 21 })
  })
})

describe('tables', () => {
  const summary = (median: number): ReturnType<typeof summarise> => ({
    median,
    p25: median - 0.1,
    p75: median + 0.1,
    min: median - 0.2,
    max: median + 0.2,
    n: 30
  })
  const result = (id: string, ratio: number, floor: number | null) => ({
    id,
    name: `scenario ${id}`,
    floor: floor === null ? null : 'floor',
    wallMs: summary(ratio * 90),
    ratioToBare: summary(ratio),
    ratioToBareInterval: null,
    ratioToFloor: floor === null ? null : summary(floor),
    peakRssMiB: id === 'no-rss' ? null : 56.75
  })

  it('prints one Markdown row per scenario, dashes where there is no floor or RSS', () => {
    const table = markdownTable([result('check', 2.05, 1.2), result('no-rss', 1.5, null)])
    expect(table.split('\n')).toEqual([
      '| scenario | median ms | × `node -e 0`, median [p25–p75] | × floor, median [p25–p75] | peak RSS MiB |',
      '|---|---:|---:|---:|---:|',
      '| scenario check | 184.5 | 2.05 [1.95–2.15] | 1.20 [1.10–1.30] | 56.8 |',
      '| scenario no-rss | 135.0 | 1.50 [1.40–1.60] | – | n/a |'
    ])
  })

  it('compares two runs scenario by scenario, including one only the second run has', () => {
    const rows = compareRuns(
      [result('a', 2.05, null)],
      [result('a', 2.0, null), result('b', 1.1, null)]
    )
    expect(rows.map((r) => [r.id, r.first, r.second])).toEqual([
      ['a', 2.05, 2.0],
      ['b', null, 1.1]
    ])
    expect(rows[0]?.difference).toBeCloseTo(-0.05)
    expect(rows[1]?.difference).toBeNull()
    expect(comparisonTable(rows).split('\n').slice(2)).toEqual([
      '| scenario a | 2.05 | 2.00 | -0.05 |',
      '| scenario b | – | 1.10 | – |'
    ])
  })
})

describe('shuffle', () => {
  it('permutes in place with the given random source', () => {
    const items = [1, 2, 3, 4]
    // Always drawing 0 swaps each item with the first: a deterministic rotation.
    expect(shuffle(items, () => 0)).toBe(items)
    expect(items).toEqual([2, 3, 4, 1])
    expect(shuffle([1, 2, 3, 4], () => 0.999).sort()).toEqual([1, 2, 3, 4])
  })
})

describe('the scenarios (scripts/bench-scenarios.js)', () => {
  it('time a success path of every vendor in the registry', () => {
    // Any property of this stand-in sandbox is the stand-in again: only the vendor names matter.
    const anything: unknown = new Proxy(() => anything, { get: () => anything })
    const timed = new Set(
      SUCCESS_PATHS.flatMap((path) =>
        path.transports.map((transport) =>
          canonicalVendorId(path.inputs(anything as never, transport).vendor as string)
        )
      )
    )
    expect([...timed].sort()).toEqual([...VENDOR_IDS].sort())
  })

  it('time the common case against a floor that trusts the CA the same way', () => {
    // The other vendors' accounts are stand-ins, as above: only the headline vendor's key is read.
    const anything: unknown = new Proxy(() => anything, { get: () => anything })
    const headline = { alice: { apiKey: 'alice-key' }, rexOldKey: { apiKey: 'old-key' } }
    const sandbox = {
      accounts: new Proxy({} as Record<string, unknown>, {
        get: (_, vendor) => (vendor === 'invicti-platform' ? headline : anything)
      }),
      httpUrl: 'http://127.0.0.1:1',
      httpsLocalhostUrl: 'https://localhost:2',
      caCertPath: '/certs/ca.pem'
    }
    const list = scenarios(sandbox as never)
    const trusted = list.find((scenario) => scenario.id === 'invicti-platform-https-trusted')
    const floor = list.find((scenario) => scenario.id === trusted?.floor)
    // No ca-cert input: the step and the floor both trust the CA as Node trusts a root, through
    // NODE_EXTRA_CA_CERTS, and the floor adds no CA of its own.
    expect(trusted?.inputs).toEqual({
      vendor: 'invicti',
      'api-key': 'alice-key',
      url: 'https://localhost:2'
    })
    expect(trusted?.env).toEqual({ NODE_EXTRA_CA_CERTS: '/certs/ca.pem' })
    // It repeats the headline HTTPS success, which npm run profile records in its place.
    const repeated = list.find((scenario) => scenario.id === trusted?.variantOf)
    expect(repeated?.inputs).toEqual({ ...trusted?.inputs, 'ca-cert': '/certs/ca.pem' })
    expect(list.filter((scenario) => scenario.variantOf)).toEqual([trusted])
    expect(floor?.kind).toBe('floor')
    expect(floor?.env).toEqual({
      FLOOR_URL: 'https://localhost:2/api/identity/v1/me',
      FLOOR_AUTH: 'alice-key',
      NODE_EXTRA_CA_CERTS: '/certs/ca.pem'
    })
    // Every other HTTPS row gives ca-cert and trusts nothing through the environment.
    for (const scenario of list.filter(
      (s) => s.inputs?.url?.startsWith('https:') && s !== trusted
    )) {
      expect(scenario.inputs?.['ca-cert']).toBe('/certs/ca.pem')
      expect(scenario.env).toBeUndefined()
    }
  })
})
