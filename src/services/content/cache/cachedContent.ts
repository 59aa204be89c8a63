import type { Payload } from 'payload'

import type { Platform } from '@/payload-types'

import { DEFAULT_LOCALE, type Locale } from '../../locales'
import { findSitePlatform } from '../../site/sitePlatform'
import { contentNavigation, type Navigation } from '../contentNavigation'
import type { ContentScope, ContentSource, ResolvedScope, ScopeFailure } from '../contentScope'
import { type ResolvedPage, type ResolveInput, type ResolveResult, resolveContentPage } from '../resolveContentPage'

import { contentCache } from './contentCache'
import { navigationTag, pageTag, vendorTag } from './contentCacheTags'
import { etagOf } from './etag'
import type { CachedAnswer } from './readCache'

export type ResolvedAnswer = { source: ContentSource; page: ResolvedPage }
export type NavigationAnswer = Omit<Navigation, 'status' | 'scope'>

/** `hit`: from memory; `miss`: read and stored; `bypass`: read, not stored (cache off or not listening). */
export type CacheOutcome = 'hit' | 'miss' | 'bypass'
export type ContentRead<T> = { status: 'found'; answer: CachedAnswer<T>; cache: CacheOutcome }

type Loaded<T> = { value: T; tags: string[] }

/*
 * Keyed on the inputs of resolution exactly as the request gave them (platform code, host, path prefix, vendor,
 * slug, locale), so a change in how resolution uses them stays inside the resolvers. Only answers that were found
 * are stored: a 404 depends on rows that do not exist yet, which no tag can name.
 */
async function readThrough<T, F>(
  payload: Payload,
  key: string,
  load: () => Promise<Loaded<T> | F>,
): Promise<ContentRead<T> | F> {
  const { cache } = contentCache(payload)
  const held = cache.get(key) as CachedAnswer<T> | undefined
  if (held) return { status: 'found', answer: held, cache: 'hit' }
  const ticket = cache.ticket()
  const loaded = await load()
  if (!(loaded && typeof loaded === 'object' && 'tags' in loaded)) return loaded as F
  const { value, tags } = loaded as Loaded<T>
  const body = JSON.stringify(value)
  const answer = { value, body, etag: etagOf(body) }
  if (!cache.enabled) return { status: 'found', answer, cache: 'bypass' }
  cache.set(key, answer, tags, ticket)
  return { status: 'found', answer, cache: 'miss' }
}

const scopeKey = (scope: ContentScope, locale: Locale | undefined) => [
  scope.platformCode ?? null,
  scope.host ?? null,
  scope.prefixCode ?? null,
  scope.vendorSlug ?? null,
  locale ?? DEFAULT_LOCALE,
]

const scopeTags = (scope: ResolvedScope) => (scope.vendor ? [vendorTag(scope.vendor.id)] : [])

/** resolveContentPage through the instance's read cache. */
export function readResolvedPage(
  payload: Payload,
  input: ResolveInput,
): Promise<ContentRead<ResolvedAnswer> | Exclude<ResolveResult, { status: 'found' }>> {
  const key = JSON.stringify(['page', input.slug, ...scopeKey(input, input.locale)])
  return readThrough(payload, key, async () => {
    const result = await resolveContentPage(payload, input)
    if (result.status !== 'found') return result
    return {
      value: { source: result.source, page: result.page },
      tags: [pageTag(result.scope.platform.id, input.slug), ...scopeTags(result.scope)],
    }
  })
}

/** findSitePlatform by code (the branding the sites render) through the read cache; any platform write drops it. */
export function readSitePlatformAnswer(
  payload: Payload,
  code: string,
  locale: Locale,
): Promise<ContentRead<Platform> | null> {
  const key = JSON.stringify(['site-platform', code, locale])
  return readThrough(payload, key, async () => {
    const platform = await findSitePlatform(payload, { platformCode: code }, locale)
    return platform ? { value: platform, tags: [] } : null
  })
}

export async function readSitePlatform(payload: Payload, code: string, locale: Locale): Promise<Platform | null> {
  return (await readSitePlatformAnswer(payload, code, locale))?.answer.value ?? null
}

/** contentNavigation through the instance's read cache. */
export function readNavigation(
  payload: Payload,
  input: ContentScope & { locale?: Locale },
): Promise<ContentRead<NavigationAnswer> | ScopeFailure> {
  const key = JSON.stringify(['navigation', ...scopeKey(input, input.locale)])
  return readThrough(payload, key, async () => {
    const result = await contentNavigation(payload, input)
    if (result.status !== 'found') return result
    const { status: _status, scope, ...value } = result
    return { value, tags: [navigationTag(scope.platform.id), ...scopeTags(scope)] }
  })
}
