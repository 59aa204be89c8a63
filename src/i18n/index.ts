export {
  ADMIN_LANGUAGES,
  type AdminLanguage,
  DEFAULT_ADMIN_LANGUAGE,
  isAdminLanguage,
  type Translated,
} from './languages'
export { t, translate, requestLanguage, type Message, type MessageVars } from './t'
