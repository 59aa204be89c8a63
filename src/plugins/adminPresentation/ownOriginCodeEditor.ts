import type { Field } from 'payload'

const COMPONENTS = {
  json: '/plugins/adminPresentation/OwnOriginCodeFields#OwnOriginJSONField',
  code: '/plugins/adminPresentation/OwnOriginCodeFields#OwnOriginCodeField',
} as const

/** Every JSON and code field (nested ones too) without a Field component of its own gets the one that loads Monaco from our origin. */
export function withOwnOriginCodeEditor(fields: Field[]): Field[] {
  return fields.map((field): Field => {
    switch (field.type) {
      case 'json':
      case 'code':
        if (field.admin?.components?.Field) return field
        return {
          ...field,
          admin: { ...field.admin, components: { ...field.admin?.components, Field: COMPONENTS[field.type] } },
        } as Field
      case 'row':
      case 'collapsible':
      case 'group':
      case 'array':
        return { ...field, fields: withOwnOriginCodeEditor(field.fields) } as Field
      case 'tabs':
        return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: withOwnOriginCodeEditor(tab.fields) })) }
      case 'blocks':
        return {
          ...field,
          blocks: (field.blocks ?? []).map((block) => ({ ...block, fields: withOwnOriginCodeEditor(block.fields) })),
        }
      default:
        return field
    }
  })
}
