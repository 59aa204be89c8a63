/** The layer rule (eslint.layers.mjs) as ESLint applies it: an import against the layers is an error, others are not. */
import path from 'node:path'

import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '../..') })

/** The layer rule's messages for `code` placed at `filePath` (the file need not exist). */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return result.messages.filter((message) => message.ruleId === 'layers/dependencies').map((message) => message.message)
}

const importing = (specifier: string) => `import { thing } from '${specifier}'\n\nexport const used = thing\n`

// The first lint loads ESLint's whole configuration: seconds on a busy machine, past vitest's 5 s default.
describe('the layer rule', { timeout: 60_000 }, () => {
  it.each([
    ['src/services/example.ts', '@/plugins/tierLimits/types', 'src/plugins'],
    ['src/services/limits/example.ts', '../../plugins/tierLimits/types', 'src/plugins'],
    ['src/services/example.ts', '@/endpoints/requestBody', 'src/endpoints'],
    ['src/services/example.ts', '@/collections/StripeEvents', 'src/collections'],
    ['src/services/example.ts', '@/components/admin/billing/billingApi', 'src/components'],
    ['src/services/example.ts', '@/admin/billing/billingApi', 'src/admin'],
    ['src/services/example.ts', '@/app/(frontend)/components/signup/stripeJs', 'src/app'],
    ['src/components/admin/billing/Example.tsx', '@/app/(frontend)/components/signup/stripeJs', 'src/app/(frontend)'],
    ['src/admin/billing/Example.tsx', '../../app/(frontend)/components/signup/stripeJs', 'src/app/(frontend)'],
    ['src/migrations/20270101_000000_example.ts', '@/services/locales', 'src'],
    ['src/migrations/20270101_000000_example.ts', '@payload-config', 'payload.config'],
    ['src/migrations/20270101_000000_example.ts', '../../payload.config.ts', 'payload.config'],
    ['scripts/fakes/example/server.ts', '../../../src/services/locales', 'src'],
    ['scripts/stand-ins/example/server.ts', '@/services/locales', 'src'],
  ])('%s must not import %s', async (filePath, specifier, forbidden) => {
    const errors = await layerErrors(filePath, importing(specifier))
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(`must not import from ${forbidden} ('${specifier}')`)
  })

  it('sees type-only imports, re-exports and dynamic imports too', async () => {
    const code = [
      "import type { LimitRule } from '@/plugins/tierLimits/types'",
      "export { LIMIT_RULES } from '@/plugins/tierLimits/rules'",
      "export const load = () => import('@/plugins/tierLimits')",
      'export type Rule = LimitRule',
      '',
    ].join('\n')
    expect(await layerErrors('src/services/example.ts', code)).toHaveLength(3)
  })

  it.each([
    ['src/services/example.ts', '@/services/locales'],
    ['src/services/limits/example.ts', '../locales'],
    ['src/services/example.ts', 'payload'],
    ['src/components/admin/billing/Example.tsx', '@/services/locales'],
    ['src/admin/billing/Example.tsx', './billingApi'],
    ['src/migrations/20270101_000000_example.ts', '@payloadcms/db-postgres'],
    ['src/migrations/index.ts', './20261125_172750_initial'],
    ['scripts/fakes/example/server.ts', '../../lib/runMain'],
    ['src/endpoints/example.ts', '@/plugins/tierLimits/types'],
  ])('%s may import %s', async (filePath, specifier) => {
    expect(await layerErrors(filePath, importing(specifier))).toEqual([])
  })
})
