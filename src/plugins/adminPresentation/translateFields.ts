import type { Field, Tab } from 'payload'

import type { FieldLabels } from '@/i18n/labels'

type Table = Record<string, FieldLabels>

const join = (prefix: string, name: string) => (prefix ? `${prefix}.${name}` : name)

function withTexts<T extends { label?: unknown; admin?: object }>(field: T, texts: FieldLabels | undefined): T {
  if (!texts) return field
  const admin = texts.description ? { ...field.admin, description: texts.description } : field.admin
  return { ...field, label: texts.label, ...(admin ? { admin } : {}) }
}

function translateTab(tab: Tab, table: Table, prefix: string): Tab {
  if ('name' in tab && tab.name) {
    const path = join(prefix, tab.name)
    const texts = table[path]
    return {
      ...tab,
      ...(texts ? { label: texts.label, ...(texts.description ? { description: texts.description } : {}) } : {}),
      fields: translateFields(tab.fields, table, path),
    }
  }
  const texts = typeof tab.label === 'string' ? table[join(prefix, `#${tab.label}`)] : undefined
  return { ...tab, ...(texts ? { label: texts.label } : {}), fields: translateFields(tab.fields, table, prefix) } as Tab
}

/**
 * Sets each field's label, description and option labels from the table, by data path. Fields missing
 * from the table keep what they have (tests/int/admin-labels fails for them). Rows, collapsibles and unnamed
 * tabs add no path segment; a collapsible's or unnamed tab's own label is keyed `<path>.#<English label>`.
 */
export function translateFields(fields: Field[], table: Table, prefix = ''): Field[] {
  return fields.map((field): Field => {
    switch (field.type) {
      case 'row':
        return { ...field, fields: translateFields(field.fields, table, prefix) }
      case 'collapsible': {
        const texts = typeof field.label === 'string' ? table[join(prefix, `#${field.label}`)] : undefined
        return {
          ...field,
          ...(texts ? { label: texts.label } : {}),
          fields: translateFields(field.fields, table, prefix),
        }
      }
      case 'tabs':
        return { ...field, tabs: field.tabs.map((tab) => translateTab(tab, table, prefix)) }
    }
    if (!('name' in field) || !field.name) return field
    const path = join(prefix, field.name)
    const texts = table[path]
    const translated = withTexts(field, texts) as Field
    switch (translated.type) {
      case 'group':
        return { ...translated, fields: translateFields(translated.fields, table, path) }
      case 'array':
        return {
          ...translated,
          ...(texts?.rows ? { labels: texts.rows } : {}),
          fields: translateFields(translated.fields, table, path),
        }
      case 'blocks':
        return {
          ...translated,
          blocks: translated.blocks.map((block) => ({
            ...block,
            fields: translateFields(block.fields, table, join(path, block.slug)),
          })),
        }
      case 'select':
      case 'radio':
        if (!texts?.options) return translated
        return {
          ...translated,
          options: translated.options.map((option) => {
            const value = typeof option === 'string' ? option : option.value
            const label = texts.options?.[value]
            return label ? { label, value } : option
          }),
        } as Field
      default:
        return translated
    }
  })
}
