/** Minimal Lexical documents for seeded and generated content. */
type TextNode = { type: 'text'; text: string; format: number; style: ''; mode: 'normal'; detail: 0; version: 1 }
type BlockNode = {
  type: 'paragraph' | 'heading'
  tag?: 'h2'
  children: TextNode[]
  format: ''
  indent: 0
  version: 1
  direction: 'ltr'
  textFormat?: 0
  textStyle?: ''
}

export type RichTextDocument = {
  root: { type: 'root'; children: BlockNode[]; format: ''; indent: 0; version: 1; direction: 'ltr' }
}

const text = (value: string): TextNode => ({
  type: 'text',
  text: value,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})

const block = (type: BlockNode['type'], value: string): BlockNode => ({
  type,
  ...(type === 'heading' ? { tag: 'h2' as const } : { textFormat: 0 as const, textStyle: '' as const }),
  children: [text(value)],
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
})

/** Paragraphs; a line starting with "## " becomes a heading. */
export function richText(...lines: string[]): RichTextDocument {
  return {
    root: {
      type: 'root',
      children: lines.map((line) =>
        line.startsWith('## ') ? block('heading', line.slice(3)) : block('paragraph', line),
      ),
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
    },
  }
}

/** The text of a Lexical document, blocks separated by newlines. */
export function plainText(document: unknown): string {
  const walk = (node: unknown): string => {
    if (!node || typeof node !== 'object') return ''
    const { text: value, children } = node as { text?: string; children?: unknown[] }
    if (typeof value === 'string') return value
    return (children ?? []).map(walk).join('')
  }
  const root = (document as { root?: { children?: unknown[] } } | null)?.root
  return (root?.children ?? []).map(walk).join('\n')
}
