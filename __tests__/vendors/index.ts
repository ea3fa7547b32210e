// Every vendor's entry in the shared test table, one line each.
import type { VendorCase } from './case.js'
import { invictiPlatformCase } from './invicti-platform.case.js'
import { invictiEnterpriseCase } from './invicti-enterprise.case.js'
import { rapid7Case } from './rapid7.case.js'

export const VENDOR_CASES: readonly VendorCase[] = [
  invictiPlatformCase,
  invictiEnterpriseCase,
  rapid7Case
]
