import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { monacoFile, monacoFileRoute } from '@/endpoints/monacoFiles'

const ROOT = path.join(process.cwd(), 'node_modules', 'monaco-editor', 'min', 'vs')
const get = (segments: string[]) =>
  monacoFileRoute(new Request('http://localhost/monaco/vs/x'), { params: Promise.resolve({ path: segments }) })

describe("the code editor's Monaco files", () => {
  it('name only .js and .css files under monaco-editor/min/vs', () => {
    expect(monacoFile(['loader.js'])).toBe(path.join(ROOT, 'loader.js'))
    expect(monacoFile(['editor', 'editor.main.css'])).toBe(path.join(ROOT, 'editor', 'editor.main.css'))
    for (const segments of [
      ['..', 'package.json'],
      ['..', '..', 'dev', 'vs', 'loader.js'],
      ['editor', '..', '..', 'x.js'],
      ['.', 'loader.js'],
      ['a/../../x.js'],
      ['a\\..\\x.js'],
      ['', 'loader.js'],
      ['loader.d.ts'],
      ['editor'],
    ])
      expect(monacoFile(segments), segments.join('/')).toBeUndefined()
  })

  it('serve a file with its type and a day of caching, and 404 for anything else', async () => {
    const loader = await get(['loader.js'])
    expect(loader.status).toBe(200)
    expect(loader.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(loader.headers.get('cache-control')).toBe('public, max-age=86400')
    expect(loader.headers.get('etag')).toBeTruthy()
    expect((await get(['editor', 'editor.main.css'])).headers.get('content-type')).toBe('text/css; charset=utf-8')
    expect((await get(['..', 'package.json'])).status).toBe(404)
    expect((await get(['missing.js'])).status).toBe(404)
  })
})
