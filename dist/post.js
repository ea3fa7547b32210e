// The post step (action.yml runs.post): the bundle's entry, told which step this is, when there
// is anything to do: a session the main step saved, or the ca-cert files to remove.
if ((process.env.STATE_logout ?? '') !== '' || (process.env['INPUT_CA-CERT'] ?? '').trim() !== '') {
  process.argv.splice(2, 0, 'post')
  require('./index.js')
}
