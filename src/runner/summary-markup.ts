/**
 * The job summary's HTML, as @actions/core's `summary` builds it, for the four methods the action
 * uses. core's builder is not taken because loading it loads `fs.promises` (see ./runner-files.ts);
 * __tests__/summary-markup.test.ts checks that the text is byte for byte core's. Every cell and
 * heading handed in is already escaped (./publish.ts escapeMarkup).
 */
import { EOL } from './workflow-commands.js'

export type SummaryCell = string | { data: string; header?: boolean }

export class SummaryMarkup {
  private text = ''

  addHeading(text: string, level: number): this {
    const tag = level >= 1 && level <= 6 && Number.isInteger(level) ? `h${level}` : 'h1'
    return this.addRaw(wrap(tag, text), true)
  }

  addTable(rows: SummaryCell[][]): this {
    const body = rows
      .map((row) =>
        wrap(
          'tr',
          row
            .map((cell) =>
              typeof cell === 'string'
                ? wrap('td', cell)
                : wrap(cell.header ? 'th' : 'td', cell.data)
            )
            .join('')
        )
      )
      .join('')
    return this.addRaw(wrap('table', body), true)
  }

  addRaw(text: string, addEol = false): this {
    this.text += addEol ? text + EOL : text
    return this
  }

  stringify(): string {
    return this.text
  }
}

/** core's wrap(): an empty content gives the opening tag alone. */
function wrap(tag: string, content: string): string {
  return content ? `<${tag}>${content}</${tag}>` : `<${tag}>`
}
