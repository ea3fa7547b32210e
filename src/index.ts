// The only top-level side effect: the same bundle runs as the main step and as the post step.
import { isPostStep } from './state.js'

if (isPostStep()) {
  const { cleanup } = await import('./post.js')
  await cleanup()
} else {
  const { run } = await import('./main.js')
  await run()
}
