import { describe, expect, it } from 'vitest'

import { translate } from '@/i18n/t'
import { LIMIT_RULES } from '@/services/limitRules'
import { LIMIT_KEYS } from '@/services/tiers/limitKeys'

describe('the limit rules', () => {
  it('name every limit a tier can set, each with a message', () => {
    expect(new Set(LIMIT_RULES.map((rule) => rule.limit))).toEqual(new Set(LIMIT_KEYS))
    for (const rule of LIMIT_RULES)
      expect(translate('en', rule.message, { plan: 'Essential', count: 2 })).toContain(`(${rule.limit})`)
  })
})
