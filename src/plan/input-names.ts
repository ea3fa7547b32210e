/** The action's inputs, as action.yml spells them. */
import { CREDENTIAL_INPUTS, VENDOR_OPTION_INPUTS } from '../kit/types.js'

/** Every input in action.yml, in its order. */
export const INPUT_NAMES = [
  'vendor',
  'url',
  'region',
  ...CREDENTIAL_INPUTS,
  ...VENDOR_OPTION_INPUTS,
  'required-roles',
  'required-permissions',
  'allowed-roles',
  'oidc-provider',
  'oidc-audience',
  'mint-token',
  'token-lifetime',
  'expiry-warning-days',
  'export-env',
  'logout',
  'timeout',
  'retries',
  'ca-cert',
  'tls-verify'
] as const
export type InputName = (typeof INPUT_NAMES)[number]
export type RawInputs = Record<InputName, string>
