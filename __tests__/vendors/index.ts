// Every vendor's entry in the shared test table, one line each.
import type { VendorCase } from './case.js'
import { checkmarxOneCase } from './checkmarx-one.case.js'
import { infracastCase } from './infracast.case.js'
import { invictiEnterpriseCase } from './invicti-enterprise.case.js'
import { invictiPlatformCase } from './invicti-platform.case.js'
import { nessusCase } from './nessus.case.js'
import { rapid7Case } from './rapid7.case.js'
import { snykCase } from './snyk.case.js'
import { sonarqubeCase } from './sonarqube.case.js'
import { tenableScCase } from './tenable-sc.case.js'
import { tenableVmCase } from './tenable-vm.case.js'
import { veracodeCase } from './veracode.case.js'

// prettier-ignore
export const VENDOR_CASES: readonly VendorCase[] = [
  invictiPlatformCase,
  tenableScCase,
  infracastCase,
  tenableVmCase,
  invictiEnterpriseCase,
  nessusCase,
  sonarqubeCase,
  snykCase,
  rapid7Case,
  checkmarxOneCase,
  veracodeCase
]
