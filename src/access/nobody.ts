import type { Access } from 'payload'

/** Written by the app itself only (the Local API with its default overrideAccess). */
export const nobody: Access = () => false
