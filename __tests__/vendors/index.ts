// Every vendor's entry in the shared test table, one line each.
import type { VendorCase } from './case.js'
import { invictiPlatformCase } from './invicti-platform.case.js'
import { snykCase } from './snyk.case.js'
import { sonarqubeCase } from './sonarqube.case.js'

export const VENDOR_CASES: readonly VendorCase[] = [invictiPlatformCase, sonarqubeCase, snykCase]
