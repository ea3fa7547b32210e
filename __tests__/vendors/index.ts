// Every vendor's entry in the shared test table, one line each.
import type { VendorCase } from './case.js'
import { invictiPlatformCase } from './invicti-platform.case.js'
import { nessusCase } from './nessus.case.js'
import { tenableVmCase } from './tenable-vm.case.js'

export const VENDOR_CASES: readonly VendorCase[] = [invictiPlatformCase, tenableVmCase, nessusCase]
