// The vendor input: a near miss is answered with "did you mean" (contract Behaviour 1).
import { describe, expect, it } from '@jest/globals'
import { ActionFailure } from '../src/core/failure.js'
import { closestVendorId, loadVendor } from '../src/vendors/index.js'

describe('the vendor input', () => {
  it.each([
    ['Tenable.sc', 'tenable-sc'],
    ['tenable_sc', 'tenable-sc'],
    ['TENABLE SC', 'tenable-sc'],
    ['sonar-qube', 'sonarqube'],
    ['rapid-7', 'rapid7'],
    ['snyck', 'snyk'],
    ['checkmarx one', 'checkmarx-one'],
    ['Invicti_Enterprise', 'invicti-enterprise'],
    // A vendor's name with more around it: a product, an edition, a host.
    ['SonarQube-Server', 'sonarqube'],
    ['jfrog-artifactory', 'jfrog'],
    ['wiz.io', 'wiz'],
    ['snyk-code', 'snyk'],
    // The longest name held wins: tenable (Tenable VM's alias) is in it too.
    ['tenable-sc-prod', 'tenable-sc'],
    ['invicti-enterprise-cloud', 'invicti-enterprise']
  ])('answers %j with "did you mean %s"', async (input, meant) => {
    expect(closestVendorId(input)).toBe(meant)
    await expect(loadVendor(input)).rejects.toThrow(
      new RegExp(
        `^The vendor input "${input.replace(/[.]/g, '\\.')}" is not a known vendor\\. Did you mean ${meant}\\? Valid vendors: `
      )
    )
  })

  it.each(['qualys', 'burp', 'x', 'zap-baseline'])(
    'suggests nothing for %j, which is nothing like a vendor',
    async (input) => {
      expect(closestVendorId(input)).toBeUndefined()
      const error = await loadVendor(input).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(ActionFailure)
      expect((error as Error).message).not.toContain('Did you mean')
    }
  )
})

// Contract, Vendors table, "also accepted" column: each alias names its vendor, in any case.
describe('the names each vendor is also accepted by', () => {
  it.each([
    ['semgrep-appsec', 'semgrep'],
    ['ggshield', 'gitguardian'],
    ['jfrog-xray', 'jfrog'],
    ['artifactory', 'jfrog'],
    ['blackduck', 'black-duck'],
    ['synopsys', 'black-duck'],
    ['prisma', 'prisma-cloud'],
    ['prismacloud', 'prisma-cloud'],
    ['socket-dev', 'socket'],
    ['dojo', 'defectdojo']
  ])('%j is %s', async (alias, id) => {
    expect((await loadVendor(alias)).id).toBe(id)
    expect((await loadVendor(alias.toUpperCase())).id).toBe(id)
  })
})
