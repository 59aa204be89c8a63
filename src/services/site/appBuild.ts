import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'

let build: string | undefined

/**
 * The running build's id (`.next/BUILD_ID`, written by `next build`), which the site pages' ETags include: the same
 * content renders to other markup after a deploy. Without a build (tests, `next dev`) an id of this process, so no
 * version outlives it.
 */
export function appBuild(): string {
  if (build === undefined) {
    const file = path.join(process.cwd(), '.next', 'BUILD_ID')
    try {
      build = readFileSync(/* turbopackIgnore: true */ file, 'utf8').trim()
    } catch {
      build = `process-${randomUUID()}`
    }
  }
  return build
}
