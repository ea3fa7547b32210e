// Every vendor's entry in the shared test table, one line each.
import type { VendorCase } from './case.js'
import { invictiPlatformCase } from './invicti-platform.case.js'
import { checkmarxOneCase } from './checkmarx-one.case.js'
import { veracodeCase } from './veracode.case.js'

export const VENDOR_CASES: readonly VendorCase[] = [
  invictiPlatformCase,
  checkmarxOneCase,
  veracodeCase
]
