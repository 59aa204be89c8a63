import { loyalty } from './loyalty'
import { oms } from './oms'

export const PLATFORMS = [oms, loyalty]
