import { describe, expect, it } from 'vitest'

import { ifNoneMatchHits } from '@/services/content/cache/etag'
import { pageShowsPricing, sitePageRoute } from '@/services/site/sitePageRoute'

describe('which paths are content pages', () => {
  it.each([
    ['/', { scope: {}, byHost: true, slug: 'home' }],
    ['/about', { scope: {}, byHost: true, slug: 'about' }],
    ['/platforms/oms', { scope: { platformCode: 'oms' }, byHost: false, slug: 'home' }],
    ['/platforms/oms/pricing', { scope: { platformCode: 'oms' }, byHost: false, slug: 'pricing' }],
    [
      '/platforms/oms/vendors/shop-1/about',
      { scope: { platformCode: 'oms', vendorSlug: 'shop-1' }, byHost: false, slug: 'about' },
    ],
    [
      '/platforms/oms/vendors/shop-1/home',
      { scope: { platformCode: 'oms', vendorSlug: 'shop-1' }, byHost: false, slug: 'home' },
    ],
  ])('%s', (path, route) => {
    expect(sitePageRoute(path)).toEqual(route)
  })

  it.each([
    '/home',
    '/signup',
    '/admin',
    '/admin/login',
    '/api/content-pages/resolve',
    '/sitemap.xml',
    '/robots.txt',
    '/favicon.ico',
    '/_next/static/chunks/a.js',
    '/about/more',
    '/About',
    '/platforms',
    '/platforms/oms/home',
    '/platforms/oms/signup',
    '/platforms/oms/api/content-pages/resolve',
    '/platforms/oms/sitemap.xml',
    '/platforms/oms/robots.txt',
    '/platforms/oms/vendors/shop-1',
    '/platforms/oms/vendors/shop-1/about/more',
    '/platforms/oms/shops/shop-1/about',
  ])('%s is not one', (path) => {
    expect(sitePageRoute(path)).toBeNull()
  })

  it("shows the plans on the platform's home and pricing pages only", () => {
    expect(pageShowsPricing({ platformCode: 'oms' }, 'home')).toBe(true)
    expect(pageShowsPricing({ host: 'oms.example.lu' }, 'pricing')).toBe(true)
    expect(pageShowsPricing({ platformCode: 'oms' }, 'about')).toBe(false)
    expect(pageShowsPricing({ platformCode: 'oms', vendorSlug: 'shop' }, 'pricing')).toBe(false)
  })
})

describe('If-None-Match', () => {
  it.each([
    ['W/"a"', 'W/"a"', true],
    ['"a"', 'W/"a"', true],
    ['W/"a"', '"a"', true],
    ['"b", W/"a"', 'W/"a"', true],
    ['*', '"a"', true],
    ['"b"', '"a"', false],
    ['', '"a"', false],
    [null, '"a"', false],
  ])('%j against %s: %s', (header, etag, hits) => {
    expect(ifNoneMatchHits(header, etag)).toBe(hits)
  })
})
