import type { PayloadRequest } from 'payload'

import { NotFound } from '../errors'
import type { Locale } from '../locales'
import { queueEmail } from '../mail/queueEmail'
import { platformContactEmail } from '../platformContact'
import { inTransaction } from '../transactions'

export type ContactMessageInput = { platform: string; name: string; email: string; message: string; locale: Locale }

/**
 * Stores a visitor's message for the platform's admins and, in the same transaction, queues its mail to the
 * platform's contact address (none when the platform has no address: the admins read it in the admin). An
 * unknown or inactive platform is NotFound.
 */
export async function submitContactMessage(req: PayloadRequest, input: ContactMessageInput): Promise<{ id: number }> {
  const found = await req.payload.find({
    collection: 'platforms',
    where: { and: [{ code: { equals: input.platform } }, { isActive: { equals: true } }] },
    limit: 1,
    depth: 0,
    req,
  })
  const platform = found.docs[0]
  if (!platform) throw new NotFound('contactPlatformUnknown')
  return inTransaction(req, async () => {
    const row = await req.payload.create({
      collection: 'contact-messages',
      data: {
        platform: platform.id,
        name: input.name,
        email: input.email,
        message: input.message,
        locale: input.locale,
      },
      req,
    })
    const to = platformContactEmail(platform)
    if (to)
      await queueEmail(req, {
        to,
        template: 'contactMessage',
        locale: input.locale,
        platform: platform.code,
        mailId: `contact:${row.id}`,
        vars: { name: input.name, email: input.email, message: input.message, visitorLocale: input.locale },
      })
    return { id: row.id }
  })
}
