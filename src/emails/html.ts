/** HTML built with the `html` tag: every interpolated value is escaped unless it is itself `html`. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (character) => ESCAPES[character])

const fragment = (value: unknown): string => {
  if (value instanceof SafeHtml) return value.value
  if (Array.isArray(value)) return value.map(fragment).join('')
  if (value === null || value === undefined || value === false) return ''
  return escapeHtml(String(value))
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  return new SafeHtml(
    strings.reduce((out, text, index) => out + text + (index < values.length ? fragment(values[index]) : ''), ''),
  )
}
