// The benchmark's arithmetic, kept free of I/O so it can be tested on its own: quantiles, per-round
// paired ratios, the per-scenario summary, the Markdown tables, and the comparison of two runs.
//
// Why paired ratios: on a shared or virtualised machine the cost of starting a process drifts by
// tens of percent within seconds. Every round runs each scenario once, in random order, with a bare
// `node -e 0` between every two scenarios; dividing a run by the bare starts on either side of it
// cancels most of the drift, and the median of those per-round ratios is what a run quotes.

/**
 * @typedef {{ median: number, p25: number, p75: number, min: number, max: number, n: number }} Summary
 * @typedef {{ id: string, name: string, floor: string | null, wallMs: Summary, ratioToBare: Summary,
 *             ratioToBareInterval: { low: number, high: number } | null, ratioToFloor: Summary | null,
 *             peakRssMiB: number | null }} ScenarioResult
 */

/**
 * The q-quantile (0 ≤ q ≤ 1) of numbers already sorted ascending, interpolating linearly between the
 * two nearest ranks (the usual "type 7" definition, as in R and NumPy).
 * @param {readonly number[]} sorted
 * @param {number} q
 */
export function quantile(sorted, q) {
  if (sorted.length === 0) throw new Error('quantile of no values')
  if (!(q >= 0 && q <= 1)) throw new Error(`quantile ${q} is outside [0, 1]`)
  const position = (sorted.length - 1) * q
  const below = Math.floor(position)
  const above = Math.ceil(position)
  const low = /** @type {number} */ (sorted[below])
  const high = /** @type {number} */ (sorted[above])
  return low + (high - low) * (position - below)
}

/**
 * Median, quartiles and range of a sample.
 * @param {readonly number[]} values
 * @returns {Summary}
 */
export function summarise(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return {
    median: quantile(sorted, 0.5),
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    min: /** @type {number} */ (sorted[0]),
    max: /** @type {number} */ (sorted[sorted.length - 1]),
    n: sorted.length
  }
}

/**
 * One round's runs in the order they ran, e.g. bare, A, bare, C, bare, B, bare.
 * @typedef {{ id: string, ms: number }[]} Round
 */

/**
 * Each run of a round divided by the mean of the bare `node -e 0` runs just before and just after it,
 * so that a scenario is compared with bare starts that met the same load. Bare runs between two other
 * bare runs get the same treatment: their spread is the noise of one such pairing.
 * @param {Round} round
 * @param {string} bare  the id of the bare runs
 * @returns {{ scenarios: Map<string, number>, bare: number[] }}
 */
export function neighbourRatios(round, bare) {
  /** @type {Map<string, number>} */
  const scenarios = new Map()
  /** @type {number[]} */
  const bareRatios = []
  round.forEach((run, index) => {
    const before = nearestBare(round, bare, index - 1, -1)
    const after = nearestBare(round, bare, index + 1, +1)
    if (before === undefined || after === undefined) return
    const ratio = run.ms / ((before + after) / 2)
    if (run.id === bare) bareRatios.push(ratio)
    else scenarios.set(run.id, ratio)
  })
  return { scenarios, bare: bareRatios }
}

/**
 * The nearest bare run's time from `index` on, in direction `step`.
 * @param {Round} round @param {string} bare @param {number} index @param {number} step
 */
function nearestBare(round, bare, index, step) {
  for (let i = index; i >= 0 && i < round.length; i += step) {
    const run = /** @type {{ id: string, ms: number }} */ (round[i])
    if (run.id === bare) return run.ms
  }
  return undefined
}

/**
 * Summarises one run of the benchmark. Every scenario's ratio to bare node is the median over rounds
 * of its neighbour ratio; its ratio to its floor is the median over rounds of (its neighbour ratio /
 * the floor's neighbour ratio in the same round).
 * @param {{ scenarios: readonly { id: string, name: string, floor: string | null }[],
 *           rounds: readonly Round[], peakRssKiB: Readonly<Record<string, readonly number[]>>,
 *           bare: string }} run
 * @returns {ScenarioResult[]}
 */
export function summariseRun({ scenarios, rounds, peakRssKiB, bare }) {
  const paired = rounds.map((round) => neighbourRatios(round, bare))
  return scenarios.map((scenario) => {
    const wall = rounds.flatMap((round) =>
      round.filter((r) => r.id === scenario.id).map((r) => r.ms)
    )
    const toBare =
      scenario.id === bare
        ? paired.flatMap((ratios) => ratios.bare)
        : paired.flatMap((ratios) => present(ratios.scenarios.get(scenario.id)))
    const floor = scenario.floor
    const toFloor = floor
      ? paired.flatMap((ratios) => {
          const own = ratios.scenarios.get(scenario.id)
          const base = ratios.scenarios.get(floor)
          return own !== undefined && base !== undefined ? [own / base] : []
        })
      : []
    const rss = peakRssKiB[scenario.id] ?? []
    if (!wall.length || !toBare.length) throw new Error(`no complete rounds for ${scenario.name}`)
    return {
      id: scenario.id,
      name: scenario.name,
      floor,
      wallMs: summarise(wall),
      ratioToBare: summarise(toBare),
      ratioToBareInterval: medianInterval(toBare),
      ratioToFloor: toFloor.length ? summarise(toFloor) : null,
      peakRssMiB: rss.length ? summarise(rss).median / 1024 : null
    }
  })
}

/** @param {number | undefined} value */
function present(value) {
  return value === undefined ? [] : [value]
}

/**
 * A distribution-free 95 % confidence interval for the median (order statistics of a binomial
 * approximation), or null below 6 values. Its half-width says how far two runs may drift apart.
 * @param {readonly number[]} values
 */
export function medianInterval(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const n = sorted.length
  if (n < 6) return null
  const spread = (1.96 * Math.sqrt(n)) / 2
  const low = Math.max(0, Math.floor(n / 2 - spread))
  const high = Math.min(n - 1, Math.ceil(n / 2 + spread) - 1)
  return { low: /** @type {number} */ (sorted[low]), high: /** @type {number} */ (sorted[high]) }
}

/** "2.05 [1.95–2.28]": the median with the interquartile range. @param {Summary} s */
export function formatRatio(s) {
  return `${s.median.toFixed(2)} [${s.p25.toFixed(2)}–${s.p75.toFixed(2)}]`
}

/**
 * The README table: one row per scenario.
 * @param {readonly ScenarioResult[]} results
 */
export function markdownTable(results) {
  const rows = results.map((r) =>
    [
      r.name,
      r.wallMs.median.toFixed(1),
      formatRatio(r.ratioToBare),
      r.ratioToFloor ? formatRatio(r.ratioToFloor) : '–',
      r.peakRssMiB === null ? 'n/a' : r.peakRssMiB.toFixed(1)
    ].join(' | ')
  )
  return [
    '| scenario | median ms | × `node -e 0`, median [p25–p75] | × floor, median [p25–p75] | peak RSS MiB |',
    '|---|---:|---:|---:|---:|',
    ...rows.map((row) => `| ${row} |`)
  ].join('\n')
}

/**
 * Two runs side by side: per scenario, each run's median ratio to `node -e 0` and the difference.
 * Scenarios present in only one run are listed with a dash.
 * @param {readonly ScenarioResult[]} first
 * @param {readonly ScenarioResult[]} second
 */
export function compareRuns(first, second) {
  const other = new Map(second.map((r) => [r.id, r]))
  const ids = [
    ...first.map((r) => r.id),
    ...second.filter((r) => !first.some((f) => f.id === r.id)).map((r) => r.id)
  ]
  return ids.map((id) => {
    const a = first.find((r) => r.id === id)
    const b = other.get(id)
    const name = (a ?? b)?.name ?? id
    const difference = a && b ? b.ratioToBare.median - a.ratioToBare.median : null
    return {
      id,
      name,
      first: a?.ratioToBare.median ?? null,
      second: b?.ratioToBare.median ?? null,
      difference
    }
  })
}

/** @param {ReturnType<typeof compareRuns>} rows */
export function comparisonTable(rows) {
  const cell = (/** @type {number | null} */ value, signed = false) =>
    value === null ? '–' : `${signed && value >= 0 ? '+' : ''}${value.toFixed(2)}`
  return [
    '| scenario | run 1 × `node -e 0` | run 2 × `node -e 0` | difference |',
    '|---|---:|---:|---:|',
    ...rows.map(
      (r) => `| ${r.name} | ${cell(r.first)} | ${cell(r.second)} | ${cell(r.difference, true)} |`
    )
  ].join('\n')
}

/**
 * Shuffles in place (Fisher–Yates) with the given source of numbers in [0, 1).
 * @template T
 * @param {T[]} items
 * @param {() => number} random
 */
export function shuffle(items, random = Math.random) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const item = /** @type {T} */ (items[i])
    items[i] = /** @type {T} */ (items[j])
    items[j] = item
  }
  return items
}
