import { getTranslation } from '@payloadcms/translations'
import type { AdminViewServerProps } from 'payload'
import { formatAdminURL } from 'payload/shared'

import type { AdminLanguage } from '@/i18n/languages'
import { translate } from '@/i18n/t'

/** Links to the collections the user may open (what Payload's dashboard showed as tiles), as one plain list. */
export function CollectionLinks({
  initPageResult,
  language,
}: {
  initPageResult: AdminViewServerProps['initPageResult']
  language: AdminLanguage
}) {
  const { req, permissions, visibleEntities } = initPageResult
  const { config } = req.payload
  const collections = config.collections.filter(
    (collection) =>
      visibleEntities.collections.includes(collection.slug) && permissions.collections?.[collection.slug]?.read,
  )
  if (collections.length === 0) return null
  return (
    <nav aria-labelledby="dashboard-collections" style={{ marginTop: 24 }}>
      <h2 id="dashboard-collections" style={{ fontSize: 18, margin: '0 0 8px' }}>
        {translate(language, 'dashboardCollections')}
      </h2>
      <ul style={{ display: 'flex', flexWrap: 'wrap', gap: 8, listStyle: 'none', padding: 0, margin: 0 }}>
        {collections.map((collection) => (
          <li key={collection.slug}>
            <a
              href={formatAdminURL({ adminRoute: config.routes.admin, path: `/collections/${collection.slug}` })}
              style={{
                display: 'inline-block',
                padding: '8px 12px',
                border: '1px solid var(--theme-elevation-150)',
                borderRadius: 4,
              }}
            >
              {getTranslation(collection.labels.plural, req.i18n)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
