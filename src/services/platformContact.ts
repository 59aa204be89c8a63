import type { Platform } from '@/payload-types'

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/

/**
 * The address where a person reaches the people behind a platform (`config.contactEmail`, set per platform in the
 * admin), for messages that tell them to get in touch; null when the platform has none.
 */
export function platformContactEmail(platform: Pick<Platform, 'config'> | null | undefined): string | null {
  const config = platform?.config
  const value =
    config && typeof config === 'object' && !Array.isArray(config)
      ? (config as { contactEmail?: unknown }).contactEmail
      : null
  return typeof value === 'string' && EMAIL.test(value.trim()) ? value.trim() : null
}
