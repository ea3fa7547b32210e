// The action's messages in the doctor's words: a workflow's `input: value` as a flag, a secret as
// the environment variable the doctor reads, without touching what a server wrote.
import { describe, expect, it } from '@jest/globals'
import { doctorWords } from '../src/doctor/words.js'
import { infracast } from '../src/vendors/infracast/index.js'
import { invictiPlatform } from '../src/vendors/invicti-platform/index.js'
import { nessus } from '../src/vendors/nessus/index.js'
import { prismaCloud } from '../src/vendors/prisma-cloud/index.js'
import { sonarqube } from '../src/vendors/sonarqube/index.js'
import { socket } from '../src/vendors/socket/index.js'
import { tenableSc } from '../src/vendors/tenable-sc/index.js'
import { veracode } from '../src/vendors/veracode/index.js'
import { wiz } from '../src/vendors/wiz/index.js'
import { readApiOrigin } from '../src/vendors/wiz/hosts.js'

describe('doctorWords: input settings', () => {
  it.each([
    [
      'Set tls-verify: false only as a last resort.',
      'Set --tls-verify false only as a last resort.'
    ],
    [
      'Fix: set release-session: true to end the oldest session, keep logout: true so each run ends its own.',
      'Fix: set --release-session true to end the oldest session, keep --logout true so each run ends its own.'
    ],
    [
      'there is no default (e.g. url: https://sc.example.com).',
      'there is no default (e.g. --url https://sc.example.com).'
    ],
    ['the tenant id to check, e.g. tenant: prod.', 'the tenant id to check, e.g. --tenant prod.'],
    [
      'update the secret before then (expiry-warning-days: 14).',
      'update the secret before then (--expiry-warning-days 14).'
    ],
    [
      'lists no tenants; add required-permissions: nodes:read to prove it)',
      'lists no tenants; add --required-permissions nodes:read to prove it)'
    ],
    [
      'Set url: https://api.gitguardian.com to name the API directly.',
      'Set --url https://api.gitguardian.com to name the API directly.'
    ],
    ['or set region: eu, or give the API ID', 'or set --region eu, or give the API ID'],
    ['Fix: write required-permissions: scan', 'Fix: write --required-permissions scan'],
    [
      'Fix: write required-permissions: scan, provisioning',
      'Fix: write --required-permissions "scan, provisioning"'
    ],
    [
      'Fix: for a Tenable Security Center, set vendor: tenable-sc and its url',
      'Fix: for a Tenable Security Center, set --vendor tenable-sc and its url'
    ]
  ])('%j', (action, doctor) => {
    expect(doctorWords(action, tenableSc)).toBe(doctor)
  })

  it('quotes a value a shell would split or expand', () => {
    expect(doctorWords('Set url: https://h.example/a&b to name it.', undefined)).toBe(
      `Set --url "https://h.example/a&b" to name it.`
    )
    expect(doctorWords('Set url: https://h.example/$x to name it.', undefined)).toBe(
      `Set --url 'https://h.example/$x' to name it.`
    )
    // Inside double quotes an interactive bash expands "!"; a single quote must be closed around.
    expect(doctorWords('Set url: https://h.example/a!b to name it.', undefined)).toBe(
      `Set --url 'https://h.example/a!b' to name it.`
    )
    expect(doctorWords("Set url: https://h.example/$x'y to name it.", undefined)).toBe(
      `Set --url 'https://h.example/$x'\\''y' to name it.`
    )
  })

  it('reads prose "name: " as no setting, but names the input as its flag', () => {
    // No word before the name that sets it, so no value is taken from after the colon.
    expect(
      doctorWords(
        'allowed-roles needs required-permissions: the minted key gets exactly the permissions it lists.',
        tenableSc
      )
    ).toBe(
      '--allowed-roles needs --required-permissions: the minted key gets exactly the permissions it lists.'
    )
  })

  it.each([
    // What a server wrote, on its own line or in double quotes.
    'Tenable.sc said: set timeout: 30 and the url input',
    '  Tenable.sc said: set timeout: 30',
    'It begins: Set tls-verify: false',
    'Tenable.sc said: error_code 0, error_msg "set url: https://x.example"',
    'holds "Set region: eu" and "the url input", and this check requires "Admin"',
    // A URL holds no space, so nothing in one reads as a setting.
    'answered with a redirect (HTTP 302) to https://collector.invalid/set/url:https://x?set=region:eu.'
  ])('leaves %j as it is', (text) => {
    expect(doctorWords(text, tenableSc)).toBe(text)
  })

  it('leaves the line where Infracast quotes its answer to a denied probe', () => {
    // ../src/vendors/infracast/probes.ts: "<vendor> said for <permission> (<endpoint>): <its text>".
    const text =
      'Infracast said for findings:read (GET https://infracast.example/api/v1/findings): set url: https://other.example, or the tenant input'
    expect(doctorWords(text, infracast)).toBe(text)
  })

  it('rewrites the action’s text around a quoted stretch, and each line on its own', () => {
    expect(
      doctorWords(
        'The url input "set url: x" is wrong.\nTenable.sc said: the url input\nFix: set url: https://sc.example.com.',
        tenableSc
      )
    ).toBe(
      'The --url flag "set url: x" is wrong.\nTenable.sc said: the url input\nFix: set --url https://sc.example.com.'
    )
  })
})

describe('doctorWords: inputs named', () => {
  it.each([
    [
      'Fix: check the tenant input and the region or url input.',
      'Fix: check the --tenant flag and the --region or --url flag.'
    ],
    [
      'or a url input that points at the web interface',
      'or a --url flag that points at the web interface'
    ],
    ['The url and region inputs were both given', 'The --url and --region flags were both given']
  ])('%j', (action, doctor) => {
    expect(doctorWords(action, undefined)).toBe(doctor)
  })
})

describe('doctorWords: an input set without a value of its own', () => {
  it.each([
    [
      // invicti-platform's rejected key
      'and set region (us, eu, ca) or url to where the key was created.',
      'and set --region (us, eu, ca) or --url to where the key was created.'
    ],
    [
      // sonarqube's rejected token
      'for SonarQube Server set url to your server, for SonarQube Cloud set region (eu, us).',
      'for SonarQube Server set --url to your server, for SonarQube Cloud set --region (eu, us).'
    ],
    [
      // jfrog's refused url
      'Set url to http://127.0.0.1:18380/_vendor/jfrog.',
      'Set --url to http://127.0.0.1:18380/_vendor/jfrog.'
    ],
    ['set region to the stack of your console', 'set --region to the stack of your console'],
    [
      'Fix: set tenant (or CX_TENANT) to the tenant name',
      'Fix: set --tenant (or CX_TENANT) to the tenant name'
    ],
    [
      'Fix: leave url empty and set region (us, eu) for the cloud',
      'Fix: leave --url empty and set --region (us, eu) for the cloud'
    ]
  ])('%j', (action, doctor) => {
    expect(doctorWords(action, undefined)).toBe(doctor)
  })

  it.each([
    // Prose about the url, not a setting; and a server's own words.
    'Fix: for a Tenable Security Center, set vendor: tenable-sc and its url',
    'the url is set to the API',
    'Tenable.sc said: set url to x'
  ])('leaves %j as it is', (text) => {
    expect(doctorWords(text, tenableSc)).toBe(
      text.startsWith('Fix: for') ? text.replace('set vendor: ', 'set --vendor ') : text
    )
  })
})

describe('doctorWords: one of two flags', () => {
  it('names each of the two as its flag', () => {
    // plan/location.ts
    expect(
      doctorWords(
        "The url and region inputs were both given; give one: region picks the vendor's cloud URL for that region, url names a server directly.",
        sonarqube
      )
    ).toBe(
      "The --url and --region flags were both given; give one: --region picks the vendor's cloud URL for that region, --url names a server directly."
    )
  })
})

describe('doctorWords: where a relative ca-cert path is read', () => {
  it('says the current directory, not the workspace, which the doctor has none of', () => {
    expect(
      doctorWords(
        'The ca-cert input is neither PEM text nor a readable file: "certs/ca.pem" (ENOENT). Give the PEM text itself or a path relative to the workspace (a file of the repository needs actions/checkout first).',
        tenableSc
      )
    ).toBe(
      'The --ca-cert flag is neither PEM text nor a readable file: "certs/ca.pem" (ENOENT). Give the PEM text itself or a path relative to the current directory.'
    )
  })
})

describe('doctorWords: credentials', () => {
  it.each([
    [
      invictiPlatform,
      'Fix: copy the current key from User settings > API key into the secret behind the api-key input (or INVICTI_API_KEY), and set region (us, eu, ca) or url to where the key was created.',
      'Fix: copy the current key from User settings > API key into the INVICTI_API_KEY environment variable, and set --region (us, eu, ca) or --url to where the key was created.'
    ],
    [
      tenableSc,
      'Fix: check the secrets behind the username and password inputs, ask a Tenable.sc administrator to unlock the user.',
      'Fix: check the SCANNER_LOGIN_USERNAME and SCANNER_LOGIN_PASSWORD environment variables, ask a Tenable.sc administrator to unlock the user.'
    ],
    [
      tenableSc,
      'Fix: put the current pair into the secrets behind the access-key and secret-key inputs (or TSC_ACCESS_KEY / TSC_SECRET_KEY), and ask an administrator.',
      'Fix: put the current pair into the TSC_ACCESS_KEY and TSC_SECRET_KEY environment variables, and ask an administrator.'
    ],
    [
      prismaCloud,
      'Fix: put the access key ID (before "::") into the secret behind access-key and the secret (after "::") into the one behind secret-key (or PRISMA_ACCESS_KEY / PRISMA_SECRET_KEY).',
      'Fix: put the access key ID (before "::") into the PRISMA_ACCESS_KEY environment variable and the secret (after "::") into the PRISMA_SECRET_KEY environment variable.'
    ],
    [
      // prisma-cloud/meanings.ts: a rejected access key
      prismaCloud,
      '    - the access key ID and secret do not belong together, were swapped (access-key takes the Access Key ID, secret-key the Secret Key), or one was copied wrongly',
      '    - the access key ID and secret do not belong together, were swapped (PRISMA_ACCESS_KEY takes the Access Key ID, PRISMA_SECRET_KEY the Secret Key), or one was copied wrongly'
    ],
    [
      veracode,
      'The access-key input is not a Veracode API ID. Copy the API ID into the secret behind access-key (or VERACODE_API_KEY_ID).',
      'The VERACODE_API_KEY_ID environment variable is not a Veracode API ID. Copy the API ID into the VERACODE_API_KEY_ID environment variable.'
    ],
    [
      veracode,
      'Fix: store the API ID in access-key (or VERACODE_API_KEY_ID) and the key in secret-key (or VERACODE_API_KEY_SECRET).',
      'Fix: store the API ID in VERACODE_API_KEY_ID and the key in VERACODE_API_KEY_SECRET.'
    ],
    [
      infracast,
      'Likely cause: the username or password input is empty or malformed.',
      'Likely cause: the SCANNER_LOGIN_USERNAME or SCANNER_LOGIN_PASSWORD environment variable is empty or malformed.'
    ],
    [
      infracast,
      'Fix: store the refresh_token value from an Infracast login in the secret behind refresh-token.',
      'Fix: store the refresh_token value from an Infracast login in the SCANNER_LOGIN_REFRESH_TOKEN environment variable.'
    ]
  ])('%#: names the variable the doctor reads', (vendor, action, doctor) => {
    expect(doctorWords(action, vendor)).toBe(doctor)
  })

  it('names the variable the credential was read from, among the vendor’s several', () => {
    const text = 'Fix: put it into the secret behind the api-token input (or SOCKET_API_TOKEN).'
    expect(doctorWords(text, socket)).toBe(
      'Fix: put it into the SOCKET_API_TOKEN environment variable.'
    )
    expect(doctorWords(text, socket, { SOCKET_CLI_API_TOKEN: 'sktsec_x' })).toBe(
      'Fix: put it into the SOCKET_CLI_API_TOKEN environment variable.'
    )
    // A variable holding only spaces is empty, as the doctor reads it.
    expect(
      doctorWords(text, socket, { SOCKET_API_TOKEN: '  ', SOCKET_CLI_API_TOKEN: 'sktsec_x' })
    ).toBe('Fix: put it into the SOCKET_CLI_API_TOKEN environment variable.')
  })

  it('leaves a credential the vendor does not use, a quoted one, and any without a vendor', () => {
    for (const [vendor, text] of [
      [invictiPlatform, 'the secret behind the password input'],
      [invictiPlatform, 'Invicti Platform said: the secret behind the api-key input'],
      [invictiPlatform, 'holds "the api-key input (or INVICTI_API_KEY)"'],
      [undefined, 'the secret behind the api-key input (or INVICTI_API_KEY)']
    ] as const) {
      expect(doctorWords(text, vendor)).toBe(text)
    }
  })
})

describe('doctorWords: what a step says of the job', () => {
  it('says a minted credential is revoked as the check ends, not handed to later steps', () => {
    expect(
      doctorWords(
        'Minted a SonarQube global analysis token "scanner-login-1" for later steps; it expires at 2026-11-28T00:00:00Z and is revoked when the job ends.',
        sonarqube
      )
    ).toBe(
      'Minted a SonarQube global analysis token "scanner-login-1"; it expires at 2026-11-28T00:00:00Z, but is revoked as soon as this check ends: the doctor hands nothing on.'
    )
  })

  it.each([
    [
      // plan/least-exposure.ts, around a quoted value
      'token-lifetime is "1h", but mint-token is not true, so nothing is minted and token-lifetime has no effect.',
      '--token-lifetime is "1h", but --mint-token is not true, so nothing is minted and --token-lifetime has no effect.'
    ],
    [
      // sonarqube's refused mint
      'SonarQube: the server refused to create a token for later steps (HTTP 403 Forbidden from POST https://sq.example/api/user_tokens/generate).',
      'SonarQube: the server refused to create a token (HTTP 403 Forbidden from POST https://sq.example/api/user_tokens/generate).'
    ],
    [
      '    - the token the step was given is an analysis token, which may not create tokens: give a user token (squ_)',
      '    - the token the doctor was given is an analysis token, which may not create tokens: give a user token (squ_)'
    ],
    [
      'Fix: grant the user Execute Analysis, shorten token-lifetime, or turn mint-token off to hand later steps the given token.',
      'Fix: grant the user Execute Analysis, shorten --token-lifetime, or leave out --mint-token.'
    ],
    [
      // sonarqube's refused mint with an analysis token: the credential is an environment variable
      'Fix: give the api-token input a user token (squ_) of a user with Execute Analysis, or turn mint-token off to hand later steps the given token.',
      'Fix: give the SONAR_TOKEN environment variable a user token (squ_) of a user with Execute Analysis, or leave out --mint-token.'
    ],
    [
      // jfrog's and infracast's
      'Fix: set token-lifetime within the platform maximum, or turn mint-token off to hand later steps the verified token itself.',
      'Fix: set --token-lifetime within the platform maximum, or leave out --mint-token.'
    ],
    [
      'Fix: ask an Infracast administrator to let the user create API keys, or turn mint-token off to hand later steps the login’s access token.',
      'Fix: ask an Infracast administrator to let the user create API keys, or leave out --mint-token.'
    ],
    ['The mint-token input cannot be used', 'The --mint-token flag cannot be used']
  ])('names mint-token and token-lifetime as flags, and hands nothing on: %#', (action, doctor) => {
    expect(doctorWords(action, sonarqube)).toBe(doctor)
  })

  it('leaves a quoted name and a server’s line alone', () => {
    for (const text of [
      'SonarQube said: turn mint-token off to hand later steps the given token.',
      'holds "mint-token" and "the step was given"'
    ]) {
      expect(doctorWords(text, sonarqube)).toBe(text)
    }
  })

  it.each([
    [
      'SonarQube: ada holds admin, an administrative role; a scan gate needs less. Give the step a key of a user with only the Execute Analysis permission (scan) instead. To accept it, list "sonar-administrators", "sonar-users", "admin" in allowed-roles: it judges every role held, this one included.',
      'SonarQube: ada holds admin, an administrative role; a scan gate needs less. Use a key of a user with only the Execute Analysis permission (scan) instead. To accept it, list "sonar-administrators", "sonar-users", "admin" in --allowed-roles: it judges every role held, this one included.'
    ],
    [
      'Tenable.sc: ada holds Administrator, an administrative role; a scan gate needs less. To accept it, list "Administrator" in allowed-roles.',
      'Tenable.sc: ada holds Administrator, an administrative role; a scan gate needs less. To accept it, list "Administrator" in --allowed-roles.'
    ],
    [
      'X: ada holds admin, an administrative role; a scan gate needs less. allowed-roles cannot accept it: no roles were reported, so allowed-roles could not be verified.',
      'X: ada holds admin, an administrative role; a scan gate needs less. --allowed-roles cannot accept it: no roles were reported, so --allowed-roles could not be verified.'
    ]
  ])('names allowed-roles in the least-privilege advice as the flag: %#', (action, doctor) => {
    expect(doctorWords(action, tenableSc)).toBe(doctor)
  })

  it.each([
    [
      // core/identity.ts: the reason a required role failed
      '    - ana (Ana Analyst) holds "Security Analyst", and this step requires "Security Manger" (required-roles)',
      '    - ana (Ana Analyst) holds "Security Analyst", and this check requires "Security Manger" (--required-roles)'
    ],
    [
      '    - ana lacks "scan" (required-permissions)',
      '    - ana lacks "scan" (--required-permissions)'
    ],
    [
      // core/gate-failure.ts: the fix
      "Fix: use credentials of a user that holds a role that required-roles lists and no role outside allowed-roles, ask a Tenable.sc administrator to change the user's roles, or change required-roles / allowed-roles.",
      "Fix: use credentials of a user that holds a role that --required-roles lists and no role outside --allowed-roles, ask a Tenable.sc administrator to change the user's roles, or change --required-roles / --allowed-roles."
    ],
    [
      // a vendor without individual permissions (tenable-sc, nessus, veracode, prisma-cloud)
      'The required-permissions input cannot be used with Tenable.sc: Tenable.sc reports only the user\'s role, not individual permissions. Use required-roles instead, with the role name or id (e.g. "Security Manager" or "2").',
      'The --required-permissions flag cannot be used with Tenable.sc: Tenable.sc reports only the user\'s role, not individual permissions. Use --required-roles instead, with the role name or id (e.g. "Security Manager" or "2").'
    ]
  ])('names the requirement inputs as their flags: %#', (action, doctor) => {
    expect(doctorWords(action, tenableSc)).toBe(doctor)
  })

  it.each([
    [
      // core/gate-failure.ts and core/identity.ts
      'Tenable.sc: signed in, but the requirements of this step are not met.',
      'Tenable.sc: signed in, but the requirements of this check are not met.'
    ],
    [
      '    - ana holds "Security Analyst", and this step requires "Security Manager" (required-roles)',
      '    - ana holds "Security Analyst", and this check requires "Security Manager" (--required-roles)'
    ],
    [
      "Fix: use credentials that meet the step's requirements, or change required-roles.",
      'Fix: use credentials that meet the requirements, or change --required-roles.'
    ],
    [
      // core/privilege.ts
      'JFrog: admin holds applied-permissions/admin, an administrative scope; a scan gate needs less. Give the step a token scoped to the user (applied-permissions/user) instead.',
      'JFrog: admin holds applied-permissions/admin, an administrative scope; a scan gate needs less. Use a token scoped to the user (applied-permissions/user) instead.'
    ],
    [
      // a vendor's region cause
      '    - the credential belongs to another Snyk region: this step used the url input (https://snyk.example)',
      '    - the credential belongs to another Snyk region: this check used the --url flag (https://snyk.example)'
    ],
    [
      // net/failures.ts
      'Fix: check the url input (host and port) and that the server is running and reachable from the runner.',
      'Fix: check the --url flag (host and port) and that the server is running and reachable from this machine.'
    ],
    [
      "Fix: check the url input and the runner's network access to sq.example.",
      "Fix: check the --url flag and this machine's network access to sq.example."
    ],
    [
      'Fix: run the step again; if it keeps failing, let the url input point at the Nessus server directly.',
      'Fix: run the doctor again; if it keeps failing, let the --url flag point at the Nessus server directly.'
    ],
    [
      // vendors' clock causes (veracode, checkmarx-one, snyk): the clock is this machine's
      "    - this runner's clock is off: the signature carries its time",
      "    - this machine's clock is off: the signature carries its time"
    ],
    [
      'Fix: check the runner clock (NTP) and any proxy in front of the IAM, then run the step again.',
      "Fix: check this machine's clock (NTP) and any proxy in front of the IAM, then run the doctor again."
    ],
    [
      '    - an IP allow-list of the tenant refuses requests from this runner',
      '    - an IP allow-list of the tenant refuses requests from this machine'
    ],
    [
      // net/proxy.ts already speaks of the doctor: the runner there is one
      'Fix: on a self-hosted runner, update the runner to v2.328.0 or newer; for the doctor, run it with Node 24.5 or newer.',
      'Fix: on a self-hosted runner, update the runner to v2.328.0 or newer; for the doctor, run it with Node 24.5 or newer.'
    ]
  ])('speaks of a check on this machine, not a step on a runner: %#', (action, doctor) => {
    expect(doctorWords(action, tenableSc)).toBe(doctor)
  })

  it.each([
    [
      // tenable-sc's and nessus's way out of a session
      'Fix: check the secrets behind the username and password inputs, ask a Nessus administrator to unlock the user, or use API keys (access-key + secret-key), which open no session.',
      'Fix: check the SCANNER_LOGIN_USERNAME and SCANNER_LOGIN_PASSWORD environment variables, ask a Nessus administrator to unlock the user, or use API keys (NESSUS_ACCESS_KEY + NESSUS_SECRET_KEY), which open no session.'
    ],
    [
      '    - the secret holds an incomplete or wrongly copied token (a stray space, quote or line break)',
      '    - the environment variable holds an incomplete or wrongly copied token (a stray space, quote or line break)'
    ],
    [
      // plan/credentials.ts
      'The NESSUS_ACCESS_KEY environment variable is wrapped in double quotes, which the secret holds as part of the value. Fix: store it again without the quotes.',
      'The NESSUS_ACCESS_KEY environment variable is wrapped in double quotes, which the variable holds as part of the value. Fix: set it again without the quotes.'
    ],
    [
      // plan/location.ts
      'The url input must not contain credentials; use the credential inputs instead.',
      "The --url flag must not contain credentials; set the vendor's credential environment variables instead (scanner-login doctor --help)."
    ]
  ])('names a credential as the environment variable it is read from: %#', (action, doctor) => {
    expect(doctorWords(action, nessus)).toBe(doctor)
  })

  it.each([
    [
      // tenable-sc's logout that failed: LEFT_OPEN_FIX ends in its session limit's fix
      'Fix: if sessions left open keep this user from logging in (at its maximum number of sessions), set release-session: true to end the oldest session of this user, keep logout: true so each run ends its own session, or use API keys (access-key + secret-key), which open no session.',
      'Fix: if sessions left open keep this user from logging in (at its maximum number of sessions), set --release-session true to end the oldest session of this user, keep logout: true in the workflows that log in as this user so each step ends its own session (the doctor always ends its own), or use API keys (TSC_ACCESS_KEY + TSC_SECRET_KEY), which open no session.'
    ],
    [
      '    - earlier runs with logout: false (or that were killed) left their sessions open',
      '    - workflow steps with logout: false, or runs that were killed, left their sessions open'
    ],
    [
      // tenable-sc's and nessus's logout that found the session already ended
      'Fix: nothing to do for this job.',
      'Fix: nothing to do.'
    ]
  ])('speaks of the workflows’ logout, which the doctor ignores: %#', (action, doctor) => {
    expect(doctorWords(action, tenableSc)).toBe(doctor)
  })

  it('leaves a server’s line and a quoted allowed-roles alone', () => {
    for (const text of [
      'Tenable.sc said: list it in allowed-roles.',
      'holds "in allowed-roles." and more'
    ]) {
      expect(doctorWords(text, tenableSc)).toBe(text)
    }
  })

  it("names --url, not the step's url, in Wiz's refusal of a host that serves no API", () => {
    let refusal = ''
    try {
      readApiOrigin('https://app.wiz.io')
    } catch (error) {
      refusal = (error as Error).message
    }
    expect(doctorWords(refusal, wiz)).toBe(
      "The --url flag https://app.wiz.io is a Wiz address that serves no API (the portal's, for app.wiz.io); the --url flag names the API host of your tenant's data center. Fix: remove the --url flag (the access token names its data center), or set it to the API endpoint under Wiz > User Settings > Tenant (https://api.<dc>.app.wiz.io)."
    )
  })
})
