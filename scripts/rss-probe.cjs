// Preloaded by the benchmark (`node --require`) to report the step's peak resident memory on exit.
process.on('exit', () => {
  process.stderr.write(`scanner-login-rss=${process.resourceUsage().maxRSS}\n`)
})
