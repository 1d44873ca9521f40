<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>%n second</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rejected the password for %2. Check it in Accounts → %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the access token for %2. Check it in Accounts → %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the API key for %2. Check it in Accounts → %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rejected the sign-in details for %2. Check them in Accounts → %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s limit of %2 API calls for %3 is used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s API call limit for %2 is used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge will continue after %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge will continue at the next scheduled sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not allow this for %2: &quot;%3&quot;. Ask your %1 administrator for the missing permission, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not allow this for %2. Ask your %1 administrator for the missing permission, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not find what LeadBridge asked for (%2): &quot;%3&quot;. It may have been deleted in %1; check the flow&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not find what LeadBridge asked for (%2). It may have been deleted in %1; check the flow&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the data sent for %2: &quot;%3&quot;. Correct the record or the field mapping, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the data sent for %2. Correct the record or the field mapping, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked LeadBridge to slow down (too many calls for %2). It will try again in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked LeadBridge to slow down (too many calls for %2). It will try again at the next scheduled sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had a problem on its side and did not complete the request for %2. LeadBridge will try again at the next sync; if this keeps happening, check %1&apos;s status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not reach %1 for %2. Check the internet connection and proxy settings, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %3 for %2. LeadBridge will try again at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time for %2. LeadBridge will try again at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer for %2 that LeadBridge could not read. LeadBridge will try again at the next sync; if this keeps happening, send the log to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 for %2 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 server sent an answer larger than %2 for %3; LeadBridge stopped reading it so that this computer does not run out of memory. Sync again later; if it keeps happening, ask %1 support why the answer is so large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) redirected a call to another server (%3). LeadBridge did not follow it, so that your %1 credentials are never sent to %3. Check the server address of the %1 account; if it is right, ask %1 support about the redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected a call more than %2 times, so LeadBridge gave up on it. Check the server address of the %1 account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not save the download from %1 for %2 in %3 (%4). Free disk space there, or point TMPDIR at a folder with room, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not store the answer of %1 for %2 on this computer. Free disk space, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::AboutPage</name>
    <message>
        <source>About LeadBridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps people data flowing between ON24, Act-On, Salesforce and Pipeliner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apache License 2.0. LeadBridge uses Qt under the GNU LGPL version 3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::AccountListModel</name>
    <message>
        <source>Connected to LeadBridge&apos;s built-in sandbox, not to a real %1 account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge is testing the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last connection test failed. Select the account and choose Test connection to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When LeadBridge last reached this account successfully.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region / address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::AccountRepository</name>
    <message>
        <source>The setting “%1” looks like a password, token or key. LeadBridge keeps those in the system keychain only, never in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not save the account “%1”. An account of this kind with the same name may already exist; otherwise see the log for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not save the account “%1”. See the log for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account “%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not read the account from the journal. See the log for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not read the accounts from the journal. See the log for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This account is used by %n flow(s). Delete those flows or link them to another account first.</source>
        <translation>
            <numerusform>This account is used by %n flow. Delete that flow or link it to another account first.</numerusform>
            <numerusform>This account is used by %n flows. Delete those flows or link them to another account first.</numerusform>
        </translation>
    </message>
    <message>
        <source>LeadBridge could not delete the account. See the log for details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::AccountService</name>
    <message>
        <source>access token key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in sandbox (port %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe (EU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North America (NA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act-On cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account called “%1”. Run “leadbridge-cli accounts list” to see the linked accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several accounts are called “%1”. Use the account&apos;s number instead (see “leadbridge-cli accounts list”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a name, for example “%1 marketing”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ON24 client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of your ON24 data centre, or choose North America or Europe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Act-On user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Act-On API client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to sign in to Salesforce: production, sandbox or your own domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the consumer key (client ID) of your Salesforce connected app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Salesforce user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Pipeliner space ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Pipeliner region or enter the address of your Pipeliner server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with Salesforce first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinking “%1” removes it from LeadBridge and deletes its saved %2 from your system keychain. Nothing changes in %3 itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flow uses this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It is used by %n flow(s): %1. Delete those flows or link them to another account first; until then the account stays linked.</source>
        <translation>
            <numerusform>It is used by %n flow: %1. Delete that flow or link it to another account first; until then the account stays linked.</numerusform>
            <numerusform>It is used by %n flows: %1. Delete those flows or link them to another account first; until then the account stays linked.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was unlinked, but LeadBridge could not delete its secrets from the system keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not start the built-in sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 address must not contain a user name or password (the part before “@”). Enter it as %2 and the password in its own field: LeadBridge keeps passwords only in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is used by flows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not make the flows on sandbox accounts forget the old sandbox records. See the log for details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ON24, Act-On, Salesforce and Pipeliner accounts LeadBridge works with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts linked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link your ON24, Act-On, Salesforce or Pipeliner account, or try LeadBridge with the built-in sandbox: four demo accounts that answer like the real systems. Each account appears here with its status: Linked, Needs attention or Checking. Keys, passwords and tokens are kept in your system keychain, never in LeadBridge&apos;s own files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link four demo accounts against emulators built into LeadBridge. Nothing leaves this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an account in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that LeadBridge can reach the selected account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected account&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected account and its saved secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sandbox and linking four demo accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The four sandbox accounts are linked. They answer like the real systems, with demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Sandbox Data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the sandbox&apos;s demo world anew, as on the first try. The sandbox keeps its data between starts until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset Sandbox Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the sandbox data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s demo world is generated anew: records your syncs created or changed in the four sandbox accounts are gone.

The links LeadBridge keeps to sandbox records would no longer match, so the flows on sandbox accounts forget them; their history stays, and their next run is a full sync. Accounts linked to real systems are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting the sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox data was reset: the demo world is as on the first try.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::ActOnConnector</name>
    <message>
        <source>this Act-On account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Act-On user name is saved for %1. Enter it in Accounts → Act-On.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list name is needed to create an Act-On list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act-On says a list named “%1” exists but does not show it for %2. Check the list in Act-On, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Act-On list was chosen to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 has no e-mail address, which Act-On needs to match contacts. Map an e-mail field, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Act-On list was chosen to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column to match contacts on, “%1”, is not among the columns sent to Act-On. Map it, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an Act-On suppression list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 has no Act-On record id, so it cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 has no value in “%2”, which Act-On matches contacts on. Map it, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act-On is still running the import job %1 after %2. It goes on in Act-On by itself; the next sync checks the list again and sends what is still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Act-On list %1 has no column %2. Act-On cannot add columns to an existing list through its API: add the column to the list in Act-On, or take it out of the field map, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Act-On list %1 has no e-mail column, which Act-On needs to merge contacts into it. Choose another list, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act-On did not delete the record %1 from the list: %2. If it is still in the list, delete it there or sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Act-On list was chosen to count.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::ActOnSession</name>
    <message>
        <source>No Act-On password is saved for %1. Enter it in Accounts → Act-On.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act-On allows 5 sign-ins per hour and they are used up for %1. LeadBridge will be able to sign in again after %2; nothing is lost in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act-On did not accept the client ID and client secret saved for %1. Check them in Accounts → Act-On.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act-On allows 5 sign-ins per hour and they are used up for %1. LeadBridge will be able to sign in again within the hour; nothing is lost in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::AddFieldDialog</name>
    <message>
        <source>Add Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an Act-On standard field that is not in the map yet, or name a new custom field and choose its type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example “Webinar Count”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Field name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard fields are offered as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already in the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an Act-On standard field; its type is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom Act-On field of the type chosen below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::AppSession</name>
    <message>
        <source>“%1” needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the sync history to this version of LeadBridge…
This happens once and can take a minute on a long history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::AutoMapper</name>
    <message>
        <source>Same name as the CRM field %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same label as the CRM field %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 usually hold the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 have similar names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The types only partly fit: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard pre-map of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::BuiltInSandbox</name>
    <message>
        <source>This build of LeadBridge has no built-in sandbox. Link your own ON24, Act-On, Salesforce or Pipeliner accounts instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::CallForecast</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incremental run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 API calls: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::CallForecaster</name>
    <message>
        <source>A full run was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account of the flow “%1” no longer exists. Link it again on the Accounts page and check the flow&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of LeadBridge cannot connect to the account “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted before the run; writes are estimated from the records changed on the other side since the last run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not count what the run would read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge cannot count this flow&apos;s records before a run, so this repeats the calls of its last run of the same kind; runs record their calls for all systems together, so each system shows that whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge cannot count this flow&apos;s records before a run, and it has no earlier run of the same kind to go by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge runs, last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::ChangeCsvExport</name>
    <message>
        <source>LeadBridge could not write “%1”: %2. Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not write “%1”: %2. Check the free space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::ChangeListModel</name>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record changes of this run changed while they were shown. Click Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::CommandLine</name>
    <message>
        <source>LeadBridge does not take passwords, tokens or secrets on the command line, where other users and the shell history could see them. Pipe them in on standard input, one name=value per line, or set LEADBRIDGE_SECRET_&lt;NAME&gt; variables (for example LEADBRIDGE_SECRET_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the LeadBridge version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the journal and logs in &lt;dir&gt; instead of the default data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also print technical log messages on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts link: the account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts link: a non-secret setting, e.g. clientId=41750 (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbox: keep the emulators running until Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync: read everything, not only what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history: show the record changes of run &lt;id&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule: run the flow every day at &lt;HH:MM&gt; (local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule: remove the flow&apos;s schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;command&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “leadbridge-cli --help” for the list of commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The --data-dir option needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given. Run “leadbridge-cli --help” for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The info command takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox command takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flows command takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which flow to run, by name or number: “leadbridge-cli sync FLOW”. “leadbridge-cli flows” lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule command takes at most one flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history command takes at most one flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive whole number, e.g. --limit 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--run needs a run number, as “leadbridge-cli history” shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a flow or --run, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run “leadbridge-cli --help” for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this version understands up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do with accounts: list, link, test or unlink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown accounts command “%1”. Use list, link, test or unlink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts list command takes no further arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts linked yet. Link one with “leadbridge-cli accounts link”, or try the built-in sandbox with “leadbridge-cli sandbox”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region / address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which kind of account to link: on24, acton, salesforce or pipeliner, e.g. “leadbridge-cli accounts link on24 --name Webinars --setting clientId=41750”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of account “%1”. Use on24, acton, salesforce or pipeliner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a name with --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each setting as key=value, e.g. --setting clientId=41750.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of standard input is not one of this account&apos;s secrets. Write name=value with a name from: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked “%1” (%2, account %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which account, by name or number: “leadbridge-cli accounts %1 NAME”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinked “%1” and deleted its secrets from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox emulators:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving the sandbox. Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no flow “%1”: no flows are set up yet. Set one up in the LeadBridge window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no flow “%1”. The flows are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several flows are called “%1”; give its number instead (see “leadbridge-cli flows”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM contact sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 deleted, %4 skipped, %5 conflicts, %6 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flows set up yet. Set one up on the Flows page of the LeadBridge window (link accounts first, or try the sandbox with “leadbridge-cli sandbox”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling the run; what is written so far is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 of “%2” (%3): %4. %5; %6 API calls%7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some records could not be synced; “leadbridge-cli history --run %1” lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of --every, --daily and --off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--daily needs a time of day as HH:MM, e.g. --daily 06:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This flow has no schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scheduled runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 of “%2”: %3, %4, %5. %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run recorded no record changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs recorded yet. Run a flow with “leadbridge-cli sync FLOW” or from the LeadBridge window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cre/Upd/Del/Skp/Cnf/Err</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not start the built-in sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n minutes</source>
        <translation>
            <numerusform>every %n minute</numerusform>
            <numerusform>every %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>schedule: run the flow every &lt;interval&gt;: hours (6h), minutes (90m) or both (1h30m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run-due command takes no arguments: it runs every flow that is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which flow: “leadbridge-cli schedule FLOW --every 6h”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--every needs an interval in hours or minutes, e.g. --every 6h, --every 90m or --every 1h30m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failures in a row</source>
        <translation>
            <numerusform>%n failure in a row</numerusform>
            <numerusform>%n failures in a row</numerusform>
        </translation>
    </message>
    <message>
        <source>retry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs attention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling; what is written so far is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: Skipped. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: Failed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: Cancelled before it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2. Run %3: %4; %5 API calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>every %n hours</source>
        <translation>
            <numerusform>every %n hour</numerusform>
            <numerusform>every %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>sandbox: throw the saved demo world away and generate it anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hot-prospects: the Act-On account (name or number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hot-prospects: the Salesforce or Pipeliner account (name or number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hot-prospects: only this sales owner (CRM user id, or a name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hot-prospects: read every Act-On list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hot-prospects command takes no further arguments; choose the accounts with --acton and --crm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive whole number, e.g. --limit 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox data was reset: the demo world is generated anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These flows forgot the old sandbox records (their history stays; their next run is a full sync): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history: show at most &lt;n&gt; runs or changes (default 20 runs, all changes); person: at most &lt;n&gt; changes; hot-prospects: people per owner (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whose changes to show, by e-mail address: “leadbridge-cli person ada@example.com”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
  person EMAIL [--limit N]
                           One person across systems: the record each flow links the address to
                           in each system, and every recorded change to the person in any flow
                           and run, newest first (at most N, default %1). Earlier and later
                           addresses of a changed e-mail are followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address. Give the person&apos;s address, for example “leadbridge-cli person ada@example.com”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (also recorded as %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flow links this person to a record now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 changes (there are more; raise --limit):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge headless engine.

Commands:
  info                     Show the version, data folder, journal, schema version and log folder.
  accounts list            List the linked accounts and their status.
  accounts link KIND --name NAME [--setting key=value ...]
                           Link an account (KIND: on24, acton, salesforce, pipeliner).
                           Secrets come from standard input (name=value per line) or
                           LEADBRIDGE_SECRET_&lt;NAME&gt; variables, never from the command line.
  accounts test NAME|ID    Test an account&apos;s connection.
  accounts unlink NAME|ID  Unlink an account and delete its secrets from the keychain.
  sandbox [--serve] [--reset]
                           Start the built-in emulators, link and test the four demo accounts
                           and print the endpoints; --serve keeps them running until Ctrl+C.
                           The demo world is kept in the data folder between runs; --reset
                           generates it anew, and the flows on sandbox accounts forget the old
                           sandbox records (their history stays).
  flows                    List the flows with their accounts and last run.
  sync FLOW [--full] [--preview]
                           Run a flow (name or number) now; --full reads everything, --preview
                           records the plan without writing. Exit status: 0 succeeded, 1 succeeded
                           with errors, 2 usage, 3 failed, 4 cancelled (Ctrl+C).
  sync FLOW --forecast [--full] [--preview]
                           Print the API calls a run would use per system against each system&apos;s
                           daily allowance, without running it. Exit status: 0, or 1 when the run
                           would exhaust or nearly use up an allowance, 2 usage, 3 failed.
  history [FLOW] [--limit N]
                           List recent runs (of one flow), newest first.
  history --run ID         List the record changes of one run.
  schedule [FLOW --every INTERVAL | --daily HH:MM | --off]
                           Show the schedules, or set or remove one flow&apos;s schedule;
                           INTERVAL is hours (6h), minutes (90m) or both (1h30m), at least 1 hour,
                           4 hours for flows with a Salesforce account.
  run-due                  Run, one after another, every scheduled flow that is due now (or whose
                           retry is due), as the LeadBridge window would; for cron or a systemd
                           timer. Exit status: 0 all succeeded or nothing due, 1 some records
                           failed, 3 a run failed, 4 cancelled (Ctrl+C).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync: print the API calls the run would use per system, without running it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast for “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no published daily limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than 10 % left after the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would exhaust the allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync, undo: record what would change, without writing to any system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The undo command takes one run number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run is the undo of run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  undo RUN [--preview]     Undo a finished run (its number in history): restore the values it
                           replaced and remove the Act-On contacts it added, as a new run; records
                           changed since are left alone with the reason. --preview records and
                           prints the plan without writing. Exit status as for sync.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which run to undo by its number: “leadbridge-cli undo 42”. “leadbridge-cli history” lists the runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The undo would do this:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The undo did this:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts resolve: the value to keep, crm or acton.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
  conflicts [FLOW]         The conflicts held for review (flow rule &quot;Hold for review&quot;): person,
                           field, the CRM and the Act-On value, status.
  conflicts resolve ID [ID ...] --keep crm|acton
                           Keep the CRM or the Act-On value; the flow&apos;s next run writes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which value to keep: “leadbridge-cli conflicts resolve ID --keep crm” or “--keep acton”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a conflict number, as “leadbridge-cli conflicts” shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which conflicts to resolve, by number: “leadbridge-cli conflicts resolve 12 --keep acton”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Keeping the Act-On value of %n conflict(s); the flow&apos;s next run writes it.</source>
        <translation>
            <numerusform>Keeping the Act-On value of %n conflict; the flow&apos;s next run writes it.</numerusform>
            <numerusform>Keeping the Act-On value of %n conflicts; the flow&apos;s next run writes it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keeping the CRM value of %n conflict(s); the flow&apos;s next run writes it.</source>
        <translation>
            <numerusform>Keeping the CRM value of %n conflict; the flow&apos;s next run writes it.</numerusform>
            <numerusform>Keeping the CRM value of %n conflicts; the flow&apos;s next run writes it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conflicts command takes at most one flow, or “resolve ID --keep crm|acton”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keep goes with “leadbridge-cli conflicts resolve ID”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts held for review. A CRM contact sync flow holds fields changed on both sides when its conflict rule is “Hold for review”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act-On value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep Act-On value, applied by the next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep %1 value, applied by the next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied by run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  apply RUN                Apply the plan of preview RUN (its number in history) as a new run that
                           writes exactly the previewed changes; records changed since the preview
                           are not written and are listed with the reason (press Preview again for
                           them). Exit status as for sync; 2 when the preview cannot be applied.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which preview to apply by its run number: “leadbridge-cli apply 42”. “leadbridge-cli history” lists the runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run carried out preview %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record by record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The apply command takes one run number: the preview&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::ConflictRepository</name>
    <message>
        <source>LeadBridge could not store the conflicts held for review. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not record that the decisions made in the Conflicts view were applied. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not record that held conflicts changed since they were found. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which value to keep: the CRM&apos;s or Act-On&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select at least one conflict first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not store the decision. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict %1 was already applied or has changed since, or does not exist. Refresh the list and decide again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not read the conflicts held for review. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no conflict %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::ConflictRules</name>
    <message>
        <source>CRM wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act-On wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest change wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip (leave both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields changed in both the CRM and Act-On, held for you to decide (flow rule &quot;Hold for review&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a flow&apos;s rule for fields changed on both sides is &quot;Hold for review&quot;, such fields are written on neither side and listed here, with both values, for you to choose one. The next run writes the value you keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to switch it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows, a CRM contact sync flow, &quot;When both sides changed:&quot; Hold for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts held for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act-On value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;whole person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds every undecided field of the selected people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the &amp;CRM value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the &amp;Act-On value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the Act-On value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the %1 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Applied by the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Applied by run %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (run %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the %1 value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the fields to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) selected.</source>
        <translation>
            <numerusform>%n field selected.</numerusform>
            <numerusform>%n fields selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadBridge::Connector</name>
    <message>
        <source>“%1” is not a web address. Enter it as https://host.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge only connects to %1 over an encrypted connection. Use an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::CredentialStore</name>
    <message>
        <source>LeadBridge has no saved secret for this account. Enter the password or sign in again in the account settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not reach your system keychain, so it cannot store passwords safely. Start a Secret Service such as GNOME Keyring or KWallet (on a server: run inside dbus-run-session with gnome-keyring-daemon --unlock) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge was not allowed to use your system keychain. Unlock the keychain, allow LeadBridge access when asked, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret saved for this account in your system keychain is incomplete. Enter the password or sign in again to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not use the system keychain because the account or secret name is not valid. Please report this problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your system keychain reported an error, so LeadBridge could not use the saved secret. Try again; if it keeps failing, check your keychain application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>LeadBridge stopped waiting for the system keychain after %n second(s), so the newest sign-in tokens may not be saved and the next run may have to sign in with the password again. Check that the keychain is unlocked and responding.</source>
        <translation>
            <numerusform>LeadBridge stopped waiting for the system keychain after %n second, so the newest sign-in tokens may not be saved and the next run may have to sign in with the password again. Check that the keychain is unlocked and responding.</numerusform>
            <numerusform>LeadBridge stopped waiting for the system keychain after %n seconds, so the newest sign-in tokens may not be saved and the next run may have to sign in with the password again. Check that the keychain is unlocked and responding.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadBridge::CrmContactSyncForm</name>
    <message>
        <source>Two-way: CRM changes flow to Act-On and Act-On changes push to the CRM (per field, see Allow push in the mapping). One-way: only scores push to the CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Push policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When both sides &amp;changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM records synced:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an Act-On list to reuse, or type a new name: LeadBridge creates it at the first run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act-On &amp;list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for a &amp;new list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push &amp;hard bounces to the CRM field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM field for hard bounces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;opt-outs (the Opt-Out row of the field map, e.g. HasOptedOutOfEmail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-outs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Hard Bounce row of the field map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which CRM fields fill which Act-On fields, and what may be pushed back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The common fields are pre-mapped when the flow is created; adjust them with Edit Mapping… afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full sync every so many days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental runs follow the schedule. A full run reads every record again at this cadence and whenever a field is added to the map; Run Full Sync Now on the Flows page starts one at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens to a field changed on both sides since the last sync. &quot;Hold for review&quot; writes neither side and lists the field in Conflicts, where you keep one of the two values; the next run writes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::CrmContactSyncRunner</name>
    <message>
        <source>Reading the flow&apos;s settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This flow needs a linked Act-On account and a linked Salesforce or Pipeliner account. Check the flow&apos;s accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field map of this flow has no e-mail field. Map &quot;E-mail Address&quot; on the flow&apos;s Mapping page and run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This flow reads neither leads nor contacts. Choose at least one in the flow&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to Act-On…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what was synced before…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Act-On list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Act-On opt-outs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Act-On hard bounces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning the changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not report on this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act-On reported this person as opted out or hard-bounced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving where this run stopped…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run stopped because a system did not answer as expected. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to Act-On with the values of the %1 record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address of this person changed in %1 from %2 to %3, but the Act-On list already has another contact with %3. LeadBridge does not merge two contacts: merge or remove one of them in Act-On or %1, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be added to Act-On with the values of the %1 record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the Act-On list after this run&apos;s writes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::CrmIdentityColumns</name>
    <message>
        <source>The Act-On list %1 has no column %2, so the CRM record id and type were not written to it. Add the column to the list in Act-On (as text); the next sync fills it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::CrmKinds</name>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::DemoFlows</name>
    <message>
        <source>Demo: Webinar import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: Salesforce ↔ Act-On contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: Salesforce list sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: Lead handoff to Pipeliner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not add the demo flow “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not save the field map of the demo flow “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not schedule the demo flow “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::EngineWorker</name>
    <message>
        <source>LeadBridge cannot connect to accounts of this kind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::ErrorBanner</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::FieldMapJson</name>
    <message>
        <source>The file is not valid JSON (%1 at character %2). Choose a field map exported by LeadBridge, or repair the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not contain a field map: a JSON object was expected at the top level. Choose a field map exported by LeadBridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a LeadBridge field map (format is %1, expected %2). Choose a file exported from a flow&apos;s field map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field map has no valid format version (expected a whole number such as %1). Export it again from LeadBridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field map was written by a newer LeadBridge (format version %1; this version reads up to %2). Update LeadBridge to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown CRM %1: expected %2 or %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown push policy %1: expected %2 or %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field map has no list of rows (%1). Export it again from LeadBridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has no marketing field name (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2) has an unknown data type %3; use one of boolean, date, datetime, text, number, score, email, multi-text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2): %3 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2) has an unknown system usage %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 says %2 is an Act-On standard field, but there is no standard field of that name. Set %3 to false to import it as a custom field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the standard field %2 has the data type %3, not %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (%2): %3 must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 repeats the marketing field %2 of row %3. Remove one of them and import again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::FieldMapRepository</name>
    <message>
        <source>LeadBridge could not read the field map from the journal. See the log for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved field map of this flow cannot be read (%1). Import a map from a file or map the fields again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not save the field map. Your changes are still in the editor; try again, and see the log for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow no longer exists, so its field map cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not remove the field map. See the log for details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::FieldMapTableModel</name>
    <message>
        <source>%1 (%2) — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score fields always push: the score is computed in Act-On and sending it to the CRM is what a score mapping is for. To stop it, remove the mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow&apos;s push policy is “CRM → Act-On only”, so this field is not pushed. Choose “Two-way” above to push fields whose Allow push is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When on, Act-On changes to this field are written back to existing CRM records. New CRM records always get every mapped field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow push: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow push: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act-On standard field “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom Act-On field “%1”. Double-click to rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 field. Press F2 or start typing to pick one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act-On field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Lead field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Contact field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Act-On contact field: a standard field or a custom one you added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Act-On data type. Only custom fields can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 Lead field that fills the Act-On field. Blank: not read from Leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 Contact field that fills the Act-On field. Blank: not read from Contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether Act-On changes are written back to existing %1 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Act-On score sheet whose score fills this field. To sync several score sheets, add one Score row per sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score rows: which Act-On score sheet&apos;s score is written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default score sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::FieldPickerDelegate</name>
    <message>
        <source>Data type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search, or leave empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only in the CRM: values are read, never pushed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::FlowEditorDialog</name>
    <message>
        <source>New Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing an account clears this flow&apos;s record links and cursors: its next run reads every record again (a full sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON24 &amp;account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act-On acc&amp;ount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM &amp;account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce &amp;account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act-On &amp;account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM acc&amp;ount (leads go to):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 flow needs a linked %2 account. Link one on the Accounts page (or use Try the sandbox there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and a </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::FlowListModel</name>
    <message>
        <source>Webinar import (ON24 → Act-On)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM contact sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unlinked account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source → target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (again when done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the flow does not run by its schedule until you resume it. Sync Now still runs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next run reads every record again (a full sync), because the flow is new, its accounts changed or its field map gained a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow has not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3 created, %4 updated, %5 deleted, %6 errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. When resumed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. No schedule: the flow runs when you click Sync Now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule: the flow runs when you click Sync Now. Schedule… sets one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::FlowLock</name>
    <message>
        <source>“%1” is already running in another LeadBridge process.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::FlowRepository</name>
    <message>
        <source>Give the flow a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting “%1” looks like a password, token or key. LeadBridge keeps those in the system keychain only, never in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not save the flow “%1”. Check that its accounts still exist; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not read the flow from the journal. See the log for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not read the flows from the journal. See the log for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a shorter name: at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another flow is already called “%1”. Choose a different name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not save the change to the flow. See the log for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not copy the flow. See the log for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not delete the flow “%1”. See the log for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a different account to move the flows to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows can only move to another account of the same system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not move the flows to the other account. See the log for details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::FlowRunChart</name>
    <message>
        <source>%1, %2 (%3): %4 created, %5 updated, %6 deleted, %7 errors; took %8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration (right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent runs of the selected flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a flow to see its recent runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has not finished a run yet. Its runs appear here: records moved, errors and how long each took.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last %n run(s) of “%1”</source>
        <translation>
            <numerusform>Last %n run of “%1”</numerusform>
            <numerusform>Last %n runs of “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadBridge::FlowRunner</name>
    <message>
        <source>The run was cancelled. Everything recorded up to then is kept; the next run continues from there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::FlowSettingsCheck</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the %1 account the flow reads from. Link one on the Accounts page if none is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the %1 account the flow writes to. Link one on the Accounts page if none is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ON24 account “%1” has no client id. Enter it in Accounts → ON24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backfill start “%1” is not a date. Enter it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backfill start is in the future. Choose today or an earlier date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON24 publishes on-demand attendance up to 12 hours late. Choose a look-back of at least 12 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a look-back of at most 90 days (2160 hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This flow reads neither leads nor contacts. Choose at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Act-On list to reuse, or type the name of a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one field for “Update existing Salesforce records”, or clear that option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one field for “Update existing list records”, or clear that option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every push and pull option is off, so the list sync would change nothing. Choose at least one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score threshold of the lead handoff is not a number. Enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a score threshold above 0, or every contact on the lists would become a lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead handoff has no lead owner. Choose the user who owns the new leads and contacts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::FlowSettingsForm</name>
    <message>
        <source>LeadBridge has no journal open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::FlowSetup</name>
    <message>
        <source>Save the flow before giving it a schedule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::FlowsPage</name>
    <message>
        <source>Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each flow moves people data between two linked accounts on its own schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flows set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar import — ON24 to Act-On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrants and attendee activity become contacts in one Act-On list per webinar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM contact sync — Salesforce or Pipeliner with Act-On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped fields stay in step both ways, or one way from the CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List sync — Salesforce with an Act-On list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads, contacts, a report or a campaign kept as an Act-On list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead handoff — Act-On to Pipeliner or Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts that reach a score threshold become leads for your sales team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Flow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which CRM fields fill which Act-On fields, and what may be pushed back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field maps belong to CRM contact sync and list sync flows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedu&amp;le…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Full Sync N&amp;ow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flow has its own settings, field map, push policy and schedule. Sync Now and Preview in the toolbar act on the selected flow; Preview shows every planned change before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the flow run by its schedule again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the flow from running by its schedule. Sync Now still runs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every record again now, instead of only what changed since the last run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the flow&apos;s run before deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the flow; its history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was created with its default schedule (%2). Sync Now runs it at once; Preview shows what it would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a copy of “%2” with the same settings, field map and schedule. It starts paused: check it, then click Resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” runs by its schedule again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is paused: it does not run by its schedule until you resume it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the flow “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow, its settings, field map and schedule, its record links and its cursors are deleted: a flow made again later starts with a full sync. Its run history stays in History under its name. Nothing changes in the linked systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was deleted. Its runs stay in History.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::ForecastDialog</name>
    <message>
        <source>Run “%1” with too few API calls left?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1” with few API calls left?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::ForecastView</name>
    <message>
        <source>API calls of the next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API calls per system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync Now and Preview first count what the selected flow&apos;s run would read and show its API calls here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting what a run of “%1” would read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No published daily limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than 10 % left after the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would exhaust the allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to read, %2 to write</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::GuiApplication</name>
    <message>
        <source>Keeps people data flowing between ON24, Act-On, Salesforce and Pipeliner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the journal and logs in &lt;dir&gt; instead of the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on page &lt;name&gt;: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a screenshot of every page as PNG files in &lt;dir&gt;, then exit. Works without a display (QT_QPA_PLATFORM=offscreen) and does not touch your saved settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check that the path is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1. Check that the folder is writable and the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the built-in sandbox: link four demo accounts (as “Try the sandbox” does). With --screenshots, the tour then shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales CRM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::HistoryPage</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each sync did, run by run and record by record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every run is listed here with what started it, when it ran, how many records it created, updated or skipped, and how it ended. Open a run to see each changed field with its old and new value, and any error the other system returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select a flow on the Flows page and press Preview to see what it would change without writing anything, or Sync Now to run it. Runs from the schedule and from leadbridge-cli appear here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search flow, error or run number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs match these filters. Clear the search or choose “All flows” and “All statuses”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search record, field, value or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search record changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the record changes shown below (all of them, not only the loaded rows) as a CSV file for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved 1 record change to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 record changes to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a run above to see its record changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 of “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. %1 created, %2 updated, %3 deleted, %4 skipped, %5 conflicts, %6 errors; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 API call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 API calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was a preview: nothing was written; below is what the run would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadbridge-run-%1-changes.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export record changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person… (e-mail address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a person by e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change to one person in every flow, system and run, with the records each flow links the person to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a &amp;person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a finished run to undo it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync engine is not running, so no run can be undone now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the undo of run %1, show it, and apply it as a new run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run is the undo of run %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every change preview %1 planned, and apply it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a preview to review its plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 is not a preview. Select a run whose mode is Preview, or press Preview on the Flows page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::HistoryQuery</name>
    <message>
        <source>LeadBridge could not read the run history. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no run number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not read the record changes of this run. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::HotProspects</name>
    <message>
        <source>No owner in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not read %1: %2 Check the account on the Accounts page, then refresh again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot Prospects needs an Act-On account and a Salesforce or Pipeliner account. Choose them above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Act-On lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Act-On lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Act-On account has no contact lists yet, so no one has a score to rank. Add people to a list in Act-On, then refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the Act-On lists the flows of these accounts use exists yet (“%1”). Run the flows first, or read every list instead (“All lists” in the window, --all-lists on the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Act-On list “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Act-On list “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Pipeliner contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Pipeliner users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Salesforce contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Salesforce leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Salesforce users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the Act-On lists read has a column “%1”, so no one has a score. Check the Score field of the flow&apos;s field map, or choose other lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::HotProspectsCommand</name>
    <message>
        <source>“%1” is a %2 account, not %3 account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 account is linked. Link an Act-On account and a CRM account first (“leadbridge-cli accounts link”, or try “leadbridge-cli sandbox”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several %1 accounts are linked: %2. Choose one with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  hot-prospects [--acton ACCOUNT] [--crm ACCOUNT] [--owner ID|NAME] [--limit N] [--all-lists]
                           The people with the highest Act-On score per sales owner (20 each,
                           or N), owners read live from Salesforce or Pipeliner by e-mail. Reads the
                           lists the two accounts&apos; flows use (--all-lists: every list). Exit status:
                           0 shown, 2 usage (no such account or owner), 4 the refresh failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a positive whole number, e.g. --limit 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Act-On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act-On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Salesforce or Pipeliner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce or Pipeliner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not start the built-in sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales owner “%1” has a scored person in %2: no owner has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales owner “%1” has a scored person in %2. The owners are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several sales owners are called “%1”; give the owner&apos;s %2 id instead: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n list member(s) are not in %1, so no owner is known for them.</source>
        <translation>
            <numerusform>%n list member is not in %1, so no owner is known for them.</numerusform>
            <numerusform>%n list members are not in %1, so no owner is known for them.</numerusform>
        </translation>
    </message>
    <message>
        <source>No list member has a score yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scored list member is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %n Act-On list(s): %1.</source>
        <translation>
            <numerusform>Read %n Act-On list: %1.</numerusform>
            <numerusform>Read %n Act-On lists: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>These lists have no score column: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::HotProspectsModel</name>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last changed in Act-On on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::HotProspectsPage</name>
    <message>
        <source>Hot Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people with the highest Act-On score, 20 per sales owner, with the owner from your CRM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an Act-On account and a CRM account on the Accounts page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the scores come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Score column of the Act-On lists your flows sync (or of every list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the owners come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner of the Salesforce lead or contact, or of the Pipeliner contact, with the same e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CRM account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Act-On account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ll lists (not only the lists the flows sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the scores from Act-On and the owners from the CRM now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows (or all rows shown) as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh cancelled. The table shows the last complete answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click Refresh to read the scores from Act-On and the owners from the CRM. Each refresh reads the lists and the CRM&apos;s leads and contacts live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No list member has a score yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people shown</source>
        <translation>
            <numerusform>%n person shown</numerusform>
            <numerusform>%n people shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s)</source>
        <translation>
            <numerusform>%n owner</numerusform>
            <numerusform>%n owners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>read from %n Act-On list(s): %1</source>
        <translation>
            <numerusform>read from %n Act-On list: %1</numerusform>
            <numerusform>read from %n Act-On lists: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No scored list member is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n list member(s) are not in %1, so no owner is known for them.</source>
        <translation>
            <numerusform>%n list member is not in %1, so no owner is known for them.</numerusform>
            <numerusform>%n list members are not in %1, so no owner is known for them.</numerusform>
        </translation>
    </message>
    <message>
        <source>These lists have no score column: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not write %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export hot prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadBridge::HotProspectsService</name>
    <message>
        <source>the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain or the engine is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the accounts&apos; passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine is not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::HttpClient</name>
    <message>
        <source>the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::Journal</name>
    <message>
        <source>LeadBridge could not open the journal because it is already open on this connection (%1). Close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not create the folder %1. Check that you may write there, or choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not open the journal %1. Check that the file and its folder may be written, or choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a LeadBridge journal or is damaged, so LeadBridge left it untouched. Move it aside or choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This journal was written by a newer LeadBridge (schema %1; this version understands up to %2). Install the newer version or choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not prepare the journal %1 for use. Check that the folder may be written and is on a local disk, or choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not upgrade the journal %1 to schema %2, so it left the journal as it was (schema %3). Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal %1 is read-only: LeadBridge may not write to the file or to its folder, so it cannot record runs there. Give your user write permission on the folder and the file, or choose another data folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::LeadHandoffForm</name>
    <message>
        <source>Leads go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;these lists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act-On lists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts whose Act-On score reaches this number become leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score &amp;threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your local time, once a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;daily at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead and contact &amp;owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2): a lead named “First Last (List name)” per list, linked to the contact with the same e-mail (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Pipeliner or Salesforce account above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your local time, once a day — the schedule is off now; this turns it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one Act-On list, or choose All lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Act-On list “%1” chosen for the lead handoff no longer exists. Choose the lists again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not among %2. Choose the owner from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::LeadHandoffRunner</name>
    <message>
        <source>Reading the lead handoff settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead handoff needs a linked Act-On account and a linked Pipeliner or Salesforce account. Choose them in the flow settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score threshold of the lead handoff is not a number. Enter a number in the flow settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead handoff has no lead owner. Choose the user who owns the new leads and contacts in the flow settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Act-On lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Act-On list “%1” chosen for the lead handoff no longer exists. Choose the lists again in the flow settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Act-On list “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for existing leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead named “%1” already exists (%2); it is linked instead of creating another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching contacts by e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name from Act-On: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact for a lead handed off from Act-On.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created contact %1 for a lead handed off from Act-On.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed off from the Act-On list “%1”. Contact: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating leads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created lead %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Act-On score changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating lead scores…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The score “%1” of %2 in the Act-On list “%3” is not a number, so LeadBridge cannot tell whether it reaches the threshold. Correct the score in Act-On.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of the Act-On list “%2” has a score of %3 but no e-mail address, so no lead was made for it. Add the address in Act-On.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in the Act-On list “%2” is not a valid e-mail address, so no lead was made for it. Correct the address in Act-On.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Act-On list “%1” has no column “%2”, so LeadBridge cannot tell which members are hot leads. Choose the score field of this list in the flow&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the Act-On lists “%1” has a column “%2”, so LeadBridge cannot tell which members are hot leads. Choose the score field of these lists in the flow&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Act-On list “%1” has no column “%2”, so none of its members was considered for a lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the Pipeliner lead fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeliner leads have no field %1, so the lead handoff cannot write the Act-On score there. Choose an existing lead field as the score field in the flow settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the Pipeliner lead field %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeliner leads lack the fields %1 that the lead handoff writes, and the Pipeliner user of this account may not create fields. Ask a Pipeliner administrator to create them (Administration → Fields &amp; Forms → Lead) or to let this user manage fields, then run the handoff again. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not create the Pipeliner lead fields %1: %2 Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeliner created the lead field %1 as “%2” instead. Rename or create a lead field with the API name %1 in Pipeliner, then run the handoff again. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::LinkAccountDialog</name>
    <message>
        <source>Link Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name you will recognise, e.g. “Marketing ON24”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the entered details with %1 without saving them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In ON24, open Platform Tools → Integrations → API Tokens to create an access token key and secret (your account needs the Connect product). The client ID is the number in your ON24 account details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers only, e.g. 41750</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North America (api.on24.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe (api.eu.on24.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data centre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the Act-On user LeadBridge should act as. The API client ID and secret come from Act-On (request API credentials on developer.act-on.com or from Act-On support).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address you sign in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a different API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge signs in through a Salesforce connected app. Its consumer key is under Setup → App Manager → your app → View → Manage Consumer Details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the &amp;browser (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With user name, password and security token (&amp;legacy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production (login.salesforce.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (test.salesforce.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom domain (My Domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer &amp;key (client ID):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with &amp;Salesforce…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. anna@acme.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Settings → Reset My Security Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Pipeliner, open Administration → Unit, Users &amp; Roles → Applications, create an application and choose Show API Access: it shows the space ID, the API token and the API secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US East (us-east)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EU Central (eu-central)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada Central (ca-central)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asia Pacific Southeast (ap-southeast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Space ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the keychain — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in earlier. Sign in again only to switch users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1. Choose %2 to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving and testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the consumer key (client ID) of your Salesforce connected app first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your Salesforce domain address, e.g. https://yourcompany.my.salesforce.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not open your web browser. Open this address yourself to sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to approve in the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer secret (o&amp;ptional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the connected app requires it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connected app can have “Require Secret for Web Server Flow” (needed to finish the sign-in) and “Require Secret for Refresh Token Flow” (needed to stay signed in) turned on, under Setup → App Manager → your app → Edit → OAuth settings. If either is on, copy the consumer secret from Manage Consumer Details and enter it here before you sign in: LeadBridge sends it with the sign-in and every renewal, and keeps it in your system keychain. If both are off, leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the keychain if you entered one — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::LinkRepository</name>
    <message>
        <source>LeadBridge could not read the links between records of this flow. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record link without an email address cannot be stored. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not store the links between records of this flow. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not remove links between records of this flow. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not read where the last sync of this flow stopped. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not record where this sync stopped. Check that the flow still exists; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not reset where the last sync of this flow stopped. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::ListSyncForm</name>
    <message>
        <source>All Salesforce leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Salesforce contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Salesforce report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Salesforce campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an Act-On list to reuse, or type a new name: LeadBridge creates it with the mapped columns at the first run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act-On &amp;list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for a &amp;new list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push to Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add new list records to Salesforce as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add new records as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update existing Salesforce records with these fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields pushed to Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull from Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd new records from Salesforce to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update existing list records with these &amp;fields:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields pulled from Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;emove list records not found in Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cam&amp;paign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report “%1” is not among the Salesforce reports. Choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign “%1” is not among the Salesforce campaigns. Choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a campaign, the member status (the list’s “Campaign Status” column) is always pushed to Salesforce with this option, whatever fields are ticked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::ListSyncPlanner</name>
    <message>
        <source>This list row has no email address, so it cannot be matched to a Salesforce record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another row of the list (%1) has the same email address, so this one was left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in Salesforce and in the Act-On list since the last sync; Salesforce wins, so the list gets its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Salesforce record has no email address, so it cannot be put on an Act-On list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Salesforce record of the source has the same email address (%1), so this one was left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the Act-On list; the pull option “Add new records to the list” is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in Salesforce; the pull option “Remove records not found in Salesforce” is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in Salesforce; the push option “Add new records to Salesforce” is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid email address, so this list row cannot be matched to a Salesforce record. Correct the address in Act-On.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign status changed in Salesforce and in the Act-On list since the last sync; Salesforce wins, so the list gets its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address of this person changed in Salesforce; the list row keeps its place and gets the new address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::ListSyncRunner</name>
    <message>
        <source>Reading the list sync settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list sync needs a linked Act-On account and a linked Salesforce account. Choose them in the flow settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list sync has no column mapped to the e-mail address, which it matches people on. Map the E-mail Address column, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the Act-On list “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Act-On list “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Salesforce records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up list members in Salesforce…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning the list sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to Salesforce…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to the Act-On list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The write was not confirmed. The next sync tries again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the list sync…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list row gets the id and type of the record just created in Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::ListSyncSettings</name>
    <message>
        <source>The list sync source “%1” is not known. Choose All Leads, All Contacts, a report or a campaign in the flow settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list sync reads a Salesforce report, but no report is chosen. Choose the report in the flow settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list sync reads a Salesforce campaign, but no campaign is chosen. Choose the campaign in the flow settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Salesforce Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Salesforce Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::LookupChecklist</name>
    <message>
        <source>Filter lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act-On lists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::LookupCombo</name>
    <message>
        <source>Type to search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::LookupField</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n found in “%1”.</source>
        <translation>
            <numerusform>%n found in “%1”.</numerusform>
            <numerusform>%n found in “%1”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadBridge::LookupService</name>
    <message>
        <source>This kind of account cannot list %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Act-On lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Salesforce reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Salesforce campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Pipeliner users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Salesforce users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not load %1: %2 Check the account on the Accounts page, then click Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain or the engine is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the engine is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Act-On score sheets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::MainWindow</name>
    <message>
        <source>LeadBridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LeadBridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync engine:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the sync engine is doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scheduled runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the next scheduled sync starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a flow on the Flows page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync the selected flow now. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every change the selected flow would make, without writing anything. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available when the current run has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync the selected flow now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every change the selected flow would make, without writing anything (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the current run; what has been written so far is kept in the history (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel stops a running sync. No sync is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot &amp;Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::MappingEditor</name>
    <message>
        <source>&amp;Reload Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the CRM for its Lead and Contact fields again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a problem (or press Enter) to go to its row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Push policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-way: Act-On changes push to the CRM for fields whose Allow push is on. CRM → Act-On only: nothing pushes except score fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uto-map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill blank sources from the standard pre-map and by matching names, labels and types. Less certain matches are listed for you to accept or reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected fields from the map (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the map with one exported from LeadBridge (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the map as a JSON file, to copy it or keep it in version control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples from the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-map suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less certain matches. Accept the ones that are right; rejected ones are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the changes made since the last save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Field Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field maps (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Field Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field maps (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field mapping — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field Mapping — %1[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 account “%2” ↔ Act-On account “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRM account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This flow has no linked Salesforce or Pipeliner account, so its fields cannot be listed. Link one on the Accounts page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields not loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the %1 fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not list the fields of %1 account “%2”: %3 You can still edit the map; it is checked against %1 again before each run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not list the fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Lead and %2 Contact fields from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see example values from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no %2 field, so there is nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples appear once the %1 fields are loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples cannot be read while the %1 fields are not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 field “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no %2 record has a value yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — loading examples…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — examples could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 problem must be fixed before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 problems must be fixed before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning: the map can be saved, but check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings: the map can be saved, but check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the problems listed above before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the map (Ctrl+S).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map has problems that must be fixed before it can be saved; they are listed above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The next run of “%1” is a full sync, so existing records get %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-map found no blank source it could fill with confidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-map filled %1 blank sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 less certain suggestions are listed on the right: accept or reject each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the %1 fields only the standard pre-map was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ← %2 field %3 (%4 % sure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map could not be written to %1. Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be opened. Check that the file exists and can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported, so the map is unchanged. %2 Details lists every problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made for %2, but this flow talks to %3, so it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 fields from %2. Save to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field map of “%1” has unsaved changes. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::MappingValidator</name>
    <message>
        <source>The map has no email field. Add the standard field %1 and pick the %2 email field as its source; Act-On identifies contacts by email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 source. Pick the email field in the Lead or Contact column (usually %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 source, so %2 records cannot be matched to Act-On contacts. Pick the %2 email field, or clear the other %2 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No score field is mapped to %1. Add a Score field and pick a %1 number or text field to receive it; if there is none, ask your %1 administrator to create one (for example %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has no marketing field. Choose a standard field or type a name for a custom field, or remove the row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is mapped twice (rows %2 and %3). Remove one of the rows or give the custom field another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field %2 (mapped to %3) no longer exists in %4: the %1 has no %5 relationship. Pick another %1 field or clear the %1 column before the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score field %1 is mapped to %2 %3, which is read through a related record and cannot receive the score. Pick an updateable number or text field on the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field %2 (mapped to %3) no longer exists in %4. Pick another %1 field or clear the %1 column before the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 field but %3 field %4 is of type %5: %6. Pick a matching %3 field or change the data type of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is fed by %3 field %4 of type %5: %6. Check that this is intended, or pick a field of a matching type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score field %1 is mapped to %2 field %3, which cannot be changed through the %4 API, so the score can never be pushed. Pick an updateable number or text field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field %2 cannot be changed through the %3 API, so Act-On changes to %4 will not be pushed to it. Turn off Allow push for %4, or pick an updateable field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field %2 would receive pushes from both %3 and %4, and the last one would win. Turn off Allow push on one of them or pick a different %1 field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field %2 feeds both %3 and %4; both will receive the same value. Clear one of them if that is not intended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 field %2 must be filled when a %1 is created in %3, but no marketing field is mapped to it, so creating %1 records will fail. Map a marketing field to %2 in the %1 column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::MarketingFieldTypes</name>
    <message>
        <source>Boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::On24Connector</name>
    <message>
        <source>ON24 client %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ON24 data centre for %1 is not set. Choose North America or Europe in Accounts → ON24, or enter the address ON24 gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ON24 client id for %1 is missing or not a number. Enter the numeric client id from ON24 in Accounts → ON24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ON24 token key or token secret for %1 is missing. Enter both in Accounts → ON24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON24 has deactivated the API token of %1 (ON24 turns tokens off after 60 days without use). Create a new token in ON24 under Platform Tools → Integrations → API Tokens and enter it in Accounts → ON24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North America</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON24 client %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON24 has no “%1” records that LeadBridge can read for %2. Choose registrants, attendees or events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge can only add registrations to ON24 (for %1); it cannot change or delete ON24 records. Use ON24 as a source in this flow, or register people instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not register %1 in ON24 (%2) because no webinar was chosen. Choose the ON24 webinar in the flow&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge can only count ON24 registrants and attendees.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::PersonTimeline</name>
    <message>
        <source>LeadBridge could not read this person&apos;s history from the journal. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not read the query plan of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::PersonTimelineModel</name>
    <message>
        <source>Run %1 of “%2”, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::PersonTimelineView</name>
    <message>
        <source>&amp;Back to runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the list of runs (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked records now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to this person, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the e-mail address of the person to find, for example ada@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address. Type the person&apos;s whole address, for example ada@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up every change to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(also recorded as %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, in “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 of %3, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flows</source>
        <translation>
            <numerusform>%n flow</numerusform>
            <numerusform>%n flows</numerusform>
        </translation>
    </message>
    <message>
        <source>Older changes are not shown; open their runs in the run list to see them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::PipelinerConnector</name>
    <message>
        <source>Pipeliner space %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Pipeliner region for %1 is not set. Choose it in Accounts → Pipeliner, or enter the service URL shown under Show API Access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Pipeliner space id for %1 is missing or not valid. Copy it from Pipeliner (Show API Access) into Accounts → Pipeliner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Pipeliner API token or API secret for %1 is missing. Enter both in Accounts → Pipeliner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeliner has no space “%1” for %2. Check the space id in Accounts → Pipeliner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeliner has no “%1” records that LeadBridge can read for %2. Choose Contacts, Leads, Accounts or Clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeliner space %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeliner has no “%1” records that LeadBridge can map for %2. Choose Leads, Contacts or Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge cannot write “%1” records to Pipeliner for %2. Choose Contacts, Leads or Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not change a Pipeliner record for %1 because it has no Pipeliner id. Sync the record from Pipeliner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge cannot filter Pipeliner records of %1 on “%2” (operator “%3”): filters take a field&apos;s API name, such as email1, and an operator such as ieq. Correct the filter in the flow&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge cannot match Pipeliner records of %1 on “%2”: the key must be a field&apos;s API name, such as email1. Choose the key field again in the flow&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::PlanDialog</name>
    <message>
        <source>Plan of preview %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change the preview planned; nothing has been written. Apply this plan writes exactly these changes. A record that changed in either system since the preview is planned again and listed instead of written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API calls to apply this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search record, field, value or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>The history cannot be read now. Close this window and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview %1 of “%2”, %3: %4 to create, %5 to update, %6 to delete, %7 skipped, %8 conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync engine is not running, so the plan cannot be applied now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 applied this plan: %2 created, %3 updated, %4 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were not written as previewed, because they changed since the preview; the table shows them as Skip with the new plan. Press Preview again to review them.</source>
        <translation>
            <numerusform>%n record was not written as previewed, because it changed since the preview; the table shows it as Skip with the new plan. Press Preview again to review it.</numerusform>
            <numerusform>%n records were not written as previewed, because they changed since the preview; the table shows them as Skip with the new plan. Press Preview again to review them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change was written as previewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What run %1 did (it is in History as “Applies preview %2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the planned changes now, as a new run of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the plan, then click Apply this plan to write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the plan of preview %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::Planner</name>
    <message>
        <source>Another %1 record (%2) has the same email address (%3), so this one was skipped. Merge the duplicates in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 record has no email address, so it cannot be matched to an Act-On contact. Add an email address in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address %1 is already linked to %2 record %3, so this record was skipped. Merge the duplicates in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Act-On contact has no email address, so it cannot be matched to a %1 record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted in %1, so the Act-On contact is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in %1 (record %2), so the Act-On contact is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted in Act-On. LeadBridge never deletes %1 records; the %1 record was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in Act-On, and this flow does not add contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opted out wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act-On gets the %1 value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gets the Act-On value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both values were left as they are until one side changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed in both %2 and Act-On since the last sync. Rule &quot;%3&quot;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid email address, so this %2 record cannot be put on the Act-On list. Correct the address in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %2 was converted in %1 and can no longer be changed there. The Act-On contact is left as it is until %1 has a contact with this e-mail address, which then takes its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer a conflict: the two sides agree now, or the field&apos;s rule is no longer &quot;Hold for review&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: a value changed after the decision. The field was planned as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision made in the Conflicts view for &quot;%1&quot; (keep the %2 value) was not applied: %3 now has &quot;%4&quot; and Act-On &quot;%5&quot;, not the values shown then. The field was planned as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for review: nothing is written until a value is kept in the Conflicts view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept the %1 value of %2, as decided in the Conflicts view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept the Act-On value of %1, as decided in the Conflicts view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::PreviewApplyCheck</name>
    <message>
        <source>Run %1 was not a preview. Only a preview&apos;s plan can be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 previews an undo. Apply it with “Undo run…” on run %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview %1 has not finished yet. Apply it once it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview %1 did not finish, so its plan is incomplete. Press Preview again and apply the new plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview %1 planned no changes, so there is nothing to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no run %1 in the history. Check the preview&apos;s number on the History page or with leadbridge-cli history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow of preview %1 no longer exists, so its plan cannot be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” imports or hands over records as they come; its previews show what Sync Now would do. Press Sync Now to run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview %1 was applied already, by run %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 of “%2” ran after preview %3, so this plan is out of date. Press Preview again and apply the new plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not read the flow&apos;s settings. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was edited after preview %2, so this plan is out of date. Press Preview again and apply the new plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::PreviewGate</name>
    <message>
        <source>Not written: this record changed after preview %1, and the plan for it is now “%2” as shown. Press Preview again to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written: preview %1 did not plan this change; the plan for it is now “%2” as shown. Press Preview again to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written: preview %1 planned “%2” for this record, but it is not needed any more (the systems agree now, or the record is gone).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::PushPolicies</name>
    <message>
        <source>CRM to Act-On only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-way</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::RateLimiter</name>
    <message>
        <source>per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::RecordSpill</name>
    <message>
        <source>LeadBridge could not create a temporary folder for this run (%1). Check the free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not write its temporary files for this run. Check the free disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not read back its temporary files for this run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::RunController</name>
    <message>
        <source>flow %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run of “%1”: %2 — %3 created, %4 updated, %5 deleted, %6 skipped, %7 conflicts, %8 errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waited %1 s for rate limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 queued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot run yet: %2 Click Edit… on the Flows page to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting what a run of “%1” would read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run of “%1” was not started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::RunLauncher</name>
    <message>
        <source>An account of the flow “%1” no longer exists. Link it again on the Accounts page and check the flow&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync engine is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not read the secrets of “%1” from the system keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot run yet: %2 Click Edit… on the Flows page to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::RunListModel</name>
    <message>
        <source>What started the run: you (Manual), the schedule or the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API calls the run used, as the systems count them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records changed on both sides since the last sync; the flow&apos;s conflict rule decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo of run %1 (preview)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo of run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental (changes since the last run), Full (everything), Preview (nothing written) or Undo of run N (the values run N replaced, restored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies preview %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::RunRecorder</name>
    <message>
        <source>LeadBridge could not record the results of this run in its journal. Check that the disk is not full; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not record the preview in its journal. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::RunRepository</name>
    <message>
        <source>LeadBridge could not record the start of the run. Check that the flow still exists; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not record the changes of this run, so none of them were kept. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run can only finish as succeeded, succeeded with errors, failed or cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not record the end of the run. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run has already finished or no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not read the run history. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not read the changes of this run. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not record which run this run undoes. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not record which preview this run carries out; the preview may have been applied already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not record how this run reads. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::RunWords</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::SalesforceConnector</name>
    <message>
        <source>Salesforce counts calls over a rolling 24 hours; other tools connected to the org use the same allowance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Salesforce org of %1 offers API version %2 at most; LeadBridge needs %3 or newer. Ask Salesforce support about the org&apos;s API access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has no value for %1, which Salesforce needs to match it for %2. Check the field mapping, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge cannot update-or-create %1 records in %2 without a matching field. Choose the field (for example Email__c) in the flow&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce had not finished the bulk load for %1 in time (job %2 is still %3). LeadBridge will check the records at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce did not process this record in the bulk load for %1. LeadBridge will send it again at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::SalesforceOAuthSignIn</name>
    <message>
        <source>The Salesforce sign-in for %1 was not completed within %2. Start it again and approve LeadBridge in the browser window that opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not open the local sign-in port %1 for Salesforce. Close the program using it (or another LeadBridge window), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge is signed in to Salesforce. You can close this browser tab and return to LeadBridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Salesforce sign-in for %1 was declined in the browser. Start it again and choose Allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce did not complete the sign-in for %1 (%2). Check the connected app&apos;s callback URL and OAuth settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce does not know the connected app (consumer key) entered for %1. Check the consumer key in Accounts → Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused the sign-in for %1 (%2). Start the sign-in again; if it keeps failing, check the connected app&apos;s callback URL %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce signed %1 in but gave no refresh token, so LeadBridge could not stay signed in. In the connected app, allow the scope “Perform requests at any time (refresh_token, offline_access)”, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Salesforce sign-in for %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce wants the connected app&apos;s consumer secret to finish the sign-in for %1 (the app has “Require Secret for Web Server Flow” turned on). Enter the consumer secret, then sign in again — or ask your Salesforce admin to turn that setting off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce rejected the consumer secret entered for %1. Copy it again from the connected app (Setup → App Manager → your app → View → Manage Consumer Details), then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::SalesforceSession</name>
    <message>
        <source>The Salesforce login address of %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge is not signed in to Salesforce for %1. Open Accounts → Salesforce and choose Sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Salesforce account %1 has no user name or password. Enter them in Accounts → Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce does not know the connected app (consumer key) entered for %1. Check the consumer key in Accounts → Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce rejected the connected app&apos;s consumer secret for %1. Check it in Accounts → Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce no longer accepts LeadBridge&apos;s sign-in for %1 (it may have been revoked or expired). Open Accounts → Salesforce and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce does not allow password sign-in for %1. Use “Sign in with Salesforce” in Accounts → Salesforce instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce needs the password followed by the user&apos;s security token unless LeadBridge&apos;s address is trusted by the org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce wants the user&apos;s security token as well: enter it in Accounts → Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Salesforce password for %1 has expired. Set a new one in Salesforce, then enter it (and the new security token) in Accounts → Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce wants the connected app&apos;s consumer secret to keep %1 signed in (the app has “Require Secret for Refresh Token Flow” turned on). Enter the consumer secret in Accounts → Salesforce, or ask your Salesforce admin to turn that setting off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused the password for %1 with both sign-in methods LeadBridge tried (OAuth and SOAP). Check the password and security token in Accounts → Salesforce. If they are right, the org probably blocks password sign-in (its Login History shows “Username-Password Flow Disabled”): choose “In the browser” in Accounts → Salesforce and sign in there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::Sandbox::DemoDatasetJson</name>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between 0 and 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;lead&quot;, &quot;contact&quot; or &quot;none&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a start and an end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the index of a person in &quot;people&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the demo data file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the demo data file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data file %1 is not a JSON object (%2 at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data file %1 is larger than %2 MB; LeadBridge does not load demo data files that large. Use a smaller data set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data file %1 is not a regular file. Give the path of a JSON file written by --save-data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::Sandbox::EmulatorStateFile</name>
    <message>
        <source>The sandbox could not save its data to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sandbox data in %1 cannot be opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sandbox data in %1 is too large to be LeadBridge&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sandbox data in %1 is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved sandbox data in %1 was written by a newer version of LeadBridge (format %2; this version reads format %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved Act-On sandbox data lacks its lists or users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved ON24 sandbox data lacks its tokens or registrants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved Pipeliner sandbox data lacks its records or credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved Salesforce sandbox data lacks its records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::Sandbox::Reader</name>
    <message>
        <source>The demo data file is not valid: %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be the index of a person in &quot;people&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::Sandbox::Sandbox</name>
    <message>
        <source>The %1 emulator could not start because port %2 on 127.0.0.1 is already in use. Choose another port base, or 0 to let the sandbox pick free ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 emulator could not start: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox data in %1 is in use by another LeadBridge process (process %2). Close the LeadBridge window or the other leadbridge-cli command, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not create its data folder %1. Check that the data folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not lock its data folder %1. Check that the data folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The sandbox did not start, so that nothing is overwritten. To start again with a newly generated demo world, reset the sandbox (Accounts page: Reset sandbox data…, or leadbridge-cli sandbox --reset).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox data file %1 could not be deleted. Check the data folder&apos;s permissions, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::Sandbox::SandboxConfig</name>
    <message>
        <source>Unknown emulator &quot;%1&quot;. Choose from: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No emulator named. Choose one or more of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault settings &quot;%1&quot; name no emulator. Write them as emulator:name=value,… for example acton:latency=50,error=0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown emulator &quot;%1&quot; in the fault settings. Choose from: %2 (or all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault settings for %1 are not valid: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No emulator chosen. Choose one or more of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault settings name an unknown emulator &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data size must be between 1 and %1 people; %2 was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port base %1 is too high: the sandbox needs %1 to %2 and ports end at 65535. Choose a lower port base, or 0 for free ports.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::ScheduleDialog</name>
    <message>
        <source>Schedule of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When “%1” runs by itself. Sync Now runs it at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours between runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Daily at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Off — the flow runs only when you click Sync Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This flow uses a Salesforce account: Salesforce allows a sync at most every 4 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows run at most once an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is paused: it keeps this schedule but does not run by it until you click Resume on the Flows page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::ScheduleRepository</name>
    <message>
        <source>Choose the time of day the flow runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not save the schedule. Check that the flow still exists; details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not remove the schedule. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not read the schedule. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This flow has no schedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not read the schedules. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not store the next run time. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow of this schedule no longer exists. Refresh the list of flows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not store when to retry the flow. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::ScheduleRules</name>
    <message>
        <source>Choose the time of day the flow runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce allows a sync at most every 4 hours. Choose 4 hours or more, or a daily time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an interval of at least 1 hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an interval of at most 7 days (168 hours), or a daily time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::Scheduler</name>
    <message>
        <source>No scheduled runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run: “%1” at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run: “%1” tomorrow at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next run: “%1” on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last %1 scheduled runs failed: %2. Fix it, then click Sync Now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was already queued or running, so its scheduled run was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retry)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences for this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge will use the new language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder holds the sync history and the logs. Passwords and tokens are never stored there: they stay in your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Data Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the data folder in your file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the data folder in a file manager. Open %1 yourself, or install a file manager that handles folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running in the system tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules run while LeadBridge runs. Where the desktop has no system tray, or on a server, run “leadbridge-cli run-due” from cron or a systemd timer instead (see docs/schedules.md).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::SyncEngine</name>
    <message>
        <source>LeadBridge was closed during this run. Everything recorded up to then is kept; the next run continues from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge stopped during this run (it was closed or crashed). Everything recorded up to then is kept; the next run continues from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not read its journal to finish runs that were interrupted. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was cancelled. Everything recorded up to then is kept; the next run continues from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow is new or its field map gained a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not read its journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run of this flow has completed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No full run of this flow has completed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow to run no longer exists. Refresh the list of flows and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of LeadBridge cannot run flows of this kind yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account of this flow no longer exists. Link it again in Accounts and check the flow&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of LeadBridge cannot connect to the account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This flow has no field map yet. Open the flow&apos;s Mapping page, map at least the e-mail and a score field, and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not prepare this flow to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last full run is more than a day old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last full run is more than %1 days old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview %1 belongs to another flow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::SystemForecast</name>
    <message>
        <source>This run would leave less than 10 % of today&apos;s %1 allowance for “%2” (%3 of %4 calls left afterwards). Other flows of this account may run out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run needs about %1 %2 calls but only %3 of today&apos;s %4 are left for “%5”: it would stop when the allowance runs out. Run it later or with fewer records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::SystemUsages</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard bounce</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::TableClipboard</name>
    <message>
        <source>&amp;Copy Selected Rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::Translations</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::TrayIcon</name>
    <message>
        <source>&amp;Open LeadBridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit LeadBridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge — scheduled flows keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled flows keep running. Open LeadBridge or quit it from the tray icon.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::TypeCompatibility</name>
    <message>
        <source>LeadBridge does not know this CRM field type, so values may not convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a record id; owners and accounts are joined automatically and need no mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a record id, not a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a compound field; map its parts (street, city...) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values arrive as text, and text pushed back must still be valid for the CRM field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only values such as true/false or yes/no can be read as Boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only text written as a date can be read as a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time of day is dropped or set to midnight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text values are not checked to be email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several values are joined into one when pushed back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a long text field can hold a score but is hard to filter on in the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some values may be reformatted or rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values that are not numbers cannot be stored in a %1 field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an email or text field can hold email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values cannot be stored in a %2 field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::UndoDialog</name>
    <message>
        <source>Undo run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo writes back the values run %1 replaced and removes the Act-On contacts it added. Records changed since the run are left alone, and LeadBridge never deletes CRM records. Nothing is written until you click Apply undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the undo does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the planned changes now, as a new run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync engine is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the plan; nothing has been written yet. Click Apply undo to write it as a new run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 undid run %2. It is in History as “Undo of run %2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning the undo of run %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying the undo of run %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be undone: every record is left alone (see why).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo of run %1. To restore: %2. To delete: %3. Left alone: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo of run %1. Restored: %2. Deleted: %3. Left alone: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be written; the table says why.</source>
        <translation>
            <numerusform>%n record could not be written; the table says why.</numerusform>
            <numerusform>%n records could not be written; the table says why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadBridge::UndoPlanner</name>
    <message>
        <source>Changed since run %1 by run %2, so it is left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted by run %1. LeadBridge cannot bring it back, because the run did not record all of its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 created this Act-On list. LeadBridge never deletes lists; delete it in Act-On if it should go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to %1 by run %2. LeadBridge never deletes %1 records; delete it in %1 if it should go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in %1, so there is nothing to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by run %1, so it is removed from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is the key of the contact in %1, so LeadBridge does not change it back; change it in %1 if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 did not read the value it replaced (a record that did not change is not read by an incremental run), so there is nothing to restore it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in %1, so there is nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not find this record in %1 (its link is gone), so it is left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since run %1: now “%2”, so it is left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 wrote the value it already had, so there is nothing to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored to the value before run %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::UndoRunCheck</name>
    <message>
        <source>Run %1 was a preview and wrote nothing, so there is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 has not finished yet. Undo it once it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 wrote nothing, so there is nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no run %1 in the history. Check the run&apos;s number on the History page or with leadbridge-cli history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow of run %1 no longer exists, so the run cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account of the flow “%1” is no longer linked. Link it again on the Accounts page to undo run %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::UndoRunner</name>
    <message>
        <source>Reading run %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the values the records hold now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 is a run of another flow than “%2”, so it cannot be undone here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadBridge could not read run %1 from its journal. Details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This flow has no Act-On account, so run %1 cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning the undo of run %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the values back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This flow has no %1 account any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system did not answer for this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the undo…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::UnlinkAccountDialog</name>
    <message>
        <source>Unlink %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n flow(s):</source>
        <translation>
            <numerusform>“%1” is used by %n flow:</numerusform>
            <numerusform>“%1” is used by %n flows:</numerusform>
        </translation>
    </message>
    <message>
        <source>Flows that use the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before unlinking, choose what happens to them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete these flows (their runs stay in History)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move them to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account to move the flows to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other %1 account is linked. Link one on the Accounts page to move the flows there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved flows forget their record links and cursors: their next run reads every record again (a full sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Flows and &amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Flows and &amp;Unlink</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::WebinarImportForm</name>
    <message>
        <source>ON24 client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backfill from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check &amp;late attendance for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ON24 publishes registrants about 15 minutes late, live attendance 30 minutes to 2 hours after the event and on-demand viewing 4 to 12 hours late. Webinars that ended within this time are read again at every run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the ON24 account above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no client id yet. Enter it in Accounts → ON24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1 — %2. One Act-On folder per client, named by its id; one list per webinar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A full run reads from this date to today in %n window(s) of at most six months.</source>
        <translation>
            <numerusform>A full run reads from this date to today in %n window of at most six months.</numerusform>
            <numerusform>A full run reads from this date to today in %n windows of at most six months.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadBridge::WebinarImportPlanner</name>
    <message>
        <source>Webinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ON24 registration %1 of webinar %2 has no e-mail address, so it has no Act-On contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (webinar %2) is not a valid e-mail address, so it has no Act-On contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed the registration for webinar %2 in ON24; the Act-On contact is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ON24 attendance %1 of webinar %2 has no valid e-mail address, so it has no Act-On contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the webinar&apos;s list with the ON24 registration and attendance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the webinar&apos;s list with the ON24 registration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadBridge::WebinarImportRunner</name>
    <message>
        <source>The webinar import “%1” needs a linked ON24 account and a linked Act-On account. Choose both in the flow&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ON24 account “%1” has no client id. Enter it in Accounts → ON24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backfill start “%1” of “%2” is not a date. Enter it as YYYY-MM-DD in the flow&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to ON24 and Act-On…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading ON24 registrants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading ON24 attendees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking recently ended webinars for late attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning the Act-On changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Act-On lists of folder %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading ON24 webinar titles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Act-On list “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to Act-On…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the Act-On list “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Writing %n contacts to “%1”…</source>
        <translation>
            <numerusform>Writing %n contact to “%1”…</numerusform>
            <numerusform>Writing %n contacts to “%1”…</numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagingGuard</name>
    <message>
        <source>%1 sent more than %2 pages of %3, more than any real answer has, so LeadBridge stopped reading them instead of looping for ever. Sync again later; if it happens again, ask %1 support about paging.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kept sending the same pages of %2, so LeadBridge stopped reading them instead of looping for ever. Sync again later; if it happens again, ask %1 support about paging.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leadbridge-sandbox</name>
    <message numerus="yes">
        <source>Serving %n emulator(s) with %1 people. Press Ctrl+C to stop.</source>
        <translation>
            <numerusform>Serving %n emulator with %1 people. Press Ctrl+C to stop.</numerusform>
            <numerusform>Serving %n emulators with %1 people. Press Ctrl+C to stop.</numerusform>
        </translation>
    </message>
</context>
</TS>
