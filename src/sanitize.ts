/**
 * Server text is data, never commands (contract Behaviour 10). Interim version: the full module
 * (credential grammars, defence at the output boundary) replaces it.
 */
const MAX_LINE = 512

/** One line, no control characters, inert as a workflow command, at most MAX_LINE characters. */
export function serverText(value: string): string {
  let line = value
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/##\[/g, '## [')
  while (/^\s*::/.test(line)) line = line.replace(/^(\s*):/, '$1: ')
  if (line.length > MAX_LINE) line = `${line.slice(0, MAX_LINE)}…`
  return line
}
