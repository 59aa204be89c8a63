import { describe, expect, it } from 'vitest'

import { siteText } from '@/i18n/site'

describe('site texts', () => {
  it('has every site string in the three languages, none empty', () => {
    const keys = (value: unknown, prefix = ''): string[] =>
      value && typeof value === 'object'
        ? Object.entries(value).flatMap(([key, inner]) => keys(inner, `${prefix}${key}.`))
        : [`${prefix.slice(0, -1)}:${typeof value === 'string' ? value.trim().length > 0 : typeof value}`]
    const english = keys(siteText('en'))
    expect(keys(siteText('fr'))).toEqual(english)
    expect(keys(siteText('de'))).toEqual(english)
    expect(english.filter((key) => key.endsWith(':false'))).toEqual([])
  })
})
