// The post step (action.yml runs.post): the bundle's entry, told which step this is.
process.argv.splice(2, 0, 'post')
await import('./index.js')
