import type { Access, Where } from 'payload'

/** Version rows keep the document's fields under `version.`: the same Where, re-rooted there. */
export function prefixWhere(where: Where, prefix = 'version.'): Where {
  return Object.fromEntries(
    Object.entries(where).map(([key, value]) =>
      key === 'and' || key === 'or'
        ? [key, (value as Where[]).map((inner) => prefixWhere(inner, prefix))]
        : [`${prefix}${key}`, value],
    ),
  )
}

/** readVersions access from a collection's access function. */
export const forVersions =
  (access: Access): Access =>
  async (args) => {
    const result = await access(args)
    return typeof result === 'object' ? prefixWhere(result) : result
  }
