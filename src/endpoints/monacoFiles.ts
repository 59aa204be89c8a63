import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { cachedAnswer } from './cachedJson'
import { errorResponse } from './publicRoute'

/**
 * Monaco, the admin's code editor (JSON and code fields), from our own origin: the `.js` and `.css` files of its AMD
 * build (node_modules/monaco-editor/min/vs) at MONACO_VS_PATH (src/services/monacoPath.ts), loaded by the admin's
 * JSON and code fields (src/plugins/adminPresentation/OwnOriginCodeFields.tsx).
 */
const ROOT = path.join(process.cwd(), 'node_modules', 'monaco-editor', 'min', 'vs')
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
}
// The files change only with the installed monaco-editor; a browser keeps them a day, then revalidates (ETag).
const CACHE_CONTROL = 'public, max-age=86400'

/** Read once per process. */
const loaded = new Map<string, Promise<Buffer>>()

/** The file under ROOT that the URL's segments name, or undefined for anything else (`..`, other types). */
export function monacoFile(segments: string[]): string | undefined {
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..' || /[/\\\0]/.test(segment)))
    return undefined
  const file = path.join(ROOT, ...segments)
  if (!file.startsWith(ROOT + path.sep) || !Object.hasOwn(TYPES, path.extname(file))) return undefined
  return file
}

/** GET {MONACO_VS_PATH}/{path}: a file of Monaco's min/vs folder. */
export async function monacoFileRoute(
  request: Request,
  { params }: { params: Promise<{ path: string[] }> },
): Promise<Response> {
  const segments = (await params).path
  const file = monacoFile(segments)
  const missing = () => errorResponse(404, `No file "${segments.join('/')}" in the code editor.`)
  if (!file) return missing()
  let content = loaded.get(file)
  if (!content) {
    content = readFile(file)
    loaded.set(file, content)
    content.catch(() => loaded.delete(file))
  }
  try {
    return cachedAnswer(request, await content, TYPES[path.extname(file)], { 'Cache-Control': CACHE_CONTROL })
  } catch {
    return missing()
  }
}
