<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>%n second</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rejected the password for %2. Check it in Accounts → %1.</source>
        <translation>%1 hat das Passwort für %2 abgelehnt. Prüfen Sie es unter Konten → %1.</translation>
    </message>
    <message>
        <source>%1 rejected the access token for %2. Check it in Accounts → %1.</source>
        <translation>%1 hat das Zugriffstoken für %2 abgelehnt. Prüfen Sie es unter Konten → %1.</translation>
    </message>
    <message>
        <source>%1 rejected the API key for %2. Check it in Accounts → %1.</source>
        <translation>%1 hat den API-Schlüssel für %2 abgelehnt. Prüfen Sie ihn unter Konten → %1.</translation>
    </message>
    <message>
        <source>%1 rejected the sign-in details for %2. Check them in Accounts → %1.</source>
        <translation>%1 hat die Anmeldedaten für %2 abgelehnt. Prüfen Sie sie unter Konten → %1.</translation>
    </message>
    <message>
        <source>%1&apos;s limit of %2 API calls for %3 is used up.</source>
        <translation>Das Kontingent von %2 API-Aufrufen bei %1 für %3 ist aufgebraucht.</translation>
    </message>
    <message>
        <source>%1&apos;s API call limit for %2 is used up.</source>
        <translation>Das API-Aufrufkontingent bei %1 für %2 ist aufgebraucht.</translation>
    </message>
    <message>
        <source>LeadBridge will continue after %1.</source>
        <translation>LeadBridge macht nach %1 weiter.</translation>
    </message>
    <message>
        <source>LeadBridge will continue at the next scheduled sync.</source>
        <translation>LeadBridge macht bei der nächsten geplanten Synchronisierung weiter.</translation>
    </message>
    <message>
        <source>%1 did not allow this for %2: &quot;%3&quot;. Ask your %1 administrator for the missing permission, then sync again.</source>
        <translation>%1 hat dies für %2 nicht erlaubt: „%3“. Bitten Sie Ihre %1-Administration um die fehlende Berechtigung und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 did not allow this for %2. Ask your %1 administrator for the missing permission, then sync again.</source>
        <translation>%1 hat dies für %2 nicht erlaubt. Bitten Sie Ihre %1-Administration um die fehlende Berechtigung und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 could not find what LeadBridge asked for (%2): &quot;%3&quot;. It may have been deleted in %1; check the flow&apos;s settings.</source>
        <translation>%1 konnte nicht finden, was LeadBridge angefragt hat (%2): „%3“. Es wurde möglicherweise in %1 gelöscht; prüfen Sie die Einstellungen des Ablaufs.</translation>
    </message>
    <message>
        <source>%1 could not find what LeadBridge asked for (%2). It may have been deleted in %1; check the flow&apos;s settings.</source>
        <translation>%1 konnte nicht finden, was LeadBridge angefragt hat (%2). Es wurde möglicherweise in %1 gelöscht; prüfen Sie die Einstellungen des Ablaufs.</translation>
    </message>
    <message>
        <source>%1 refused the data sent for %2: &quot;%3&quot;. Correct the record or the field mapping, then sync again.</source>
        <translation>%1 hat die für %2 gesendeten Daten abgelehnt: „%3“. Korrigieren Sie den Datensatz oder die Feldzuordnung und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 refused the data sent for %2. Correct the record or the field mapping, then sync again.</source>
        <translation>%1 hat die für %2 gesendeten Daten abgelehnt. Korrigieren Sie den Datensatz oder die Feldzuordnung und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 asked LeadBridge to slow down (too many calls for %2). It will try again in %3.</source>
        <translation>%1 hat LeadBridge gebeten, langsamer zu werden (zu viele Aufrufe für %2). LeadBridge versucht es in %3 erneut.</translation>
    </message>
    <message>
        <source>%1 asked LeadBridge to slow down (too many calls for %2). It will try again at the next scheduled sync.</source>
        <translation>%1 hat LeadBridge gebeten, langsamer zu werden (zu viele Aufrufe für %2). LeadBridge versucht es bei der nächsten geplanten Synchronisierung erneut.</translation>
    </message>
    <message>
        <source>%1 had a problem on its side and did not complete the request for %2. LeadBridge will try again at the next sync; if this keeps happening, check %1&apos;s status page.</source>
        <translation>%1 hatte ein Problem auf seiner Seite und hat die Anfrage für %2 nicht abgeschlossen. LeadBridge versucht es bei der nächsten Synchronisierung erneut; wenn das weiterhin passiert, prüfen Sie die Statusseite von %1.</translation>
    </message>
    <message>
        <source>LeadBridge could not reach %1 for %2. Check the internet connection and proxy settings, then sync again.</source>
        <translation>LeadBridge konnte %1 für %2 nicht erreichen. Prüfen Sie die Internetverbindung und die Proxy-Einstellungen und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>%1 did not answer within %3 for %2. LeadBridge will try again at the next sync.</source>
        <translation>%1 hat für %2 nicht innerhalb von %3 geantwortet. LeadBridge versucht es bei der nächsten Synchronisierung erneut.</translation>
    </message>
    <message>
        <source>%1 did not answer in time for %2. LeadBridge will try again at the next sync.</source>
        <translation>%1 hat für %2 nicht rechtzeitig geantwortet. LeadBridge versucht es bei der nächsten Synchronisierung erneut.</translation>
    </message>
    <message>
        <source>%1 sent an answer for %2 that LeadBridge could not read. LeadBridge will try again at the next sync; if this keeps happening, send the log to support.</source>
        <translation>%1 hat für %2 eine Antwort gesendet, die LeadBridge nicht lesen konnte. LeadBridge versucht es bei der nächsten Synchronisierung erneut; wenn das weiterhin passiert, senden Sie das Protokoll an den Support.</translation>
    </message>
    <message>
        <source>The request to %1 for %2 was cancelled.</source>
        <translation>Die Anfrage an %1 für %2 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 server sent an answer larger than %2 for %3; LeadBridge stopped reading it so that this computer does not run out of memory. Sync again later; if it keeps happening, ask %1 support why the answer is so large.</source>
        <translation>Der %1-Server hat für %3 eine Antwort größer als %2 geschickt; LeadBridge hat aufgehört, sie zu lesen, damit diesem Computer nicht der Speicher ausgeht. Synchronisieren Sie später erneut; wenn es wieder passiert, fragen Sie den %1-Support, warum die Antwort so groß ist.</translation>
    </message>
    <message>
        <source>%1 (%2) redirected a call to another server (%3). LeadBridge did not follow it, so that your %1 credentials are never sent to %3. Check the server address of the %1 account; if it is right, ask %1 support about the redirect.</source>
        <translation>%1 (%2) hat einen Aufruf an einen anderen Server (%3) umgeleitet. LeadBridge ist dem nicht gefolgt, damit Ihre %1-Zugangsdaten nie an %3 gehen. Prüfen Sie die Serveradresse des %1-Kontos; wenn sie stimmt, fragen Sie den %1-Support nach der Umleitung.</translation>
    </message>
    <message>
        <source>%1 redirected a call more than %2 times, so LeadBridge gave up on it. Check the server address of the %1 account.</source>
        <translation>%1 hat einen Aufruf mehr als %2-mal umgeleitet, daher hat LeadBridge ihn aufgegeben. Prüfen Sie die Serveradresse des %1-Kontos.</translation>
    </message>
    <message>
        <source>LeadBridge could not save the download from %1 for %2 in %3 (%4). Free disk space there, or point TMPDIR at a folder with room, then sync again.</source>
        <translation>LeadBridge konnte den Download von %1 für %2 nicht in %3 speichern (%4). Geben Sie dort Speicherplatz frei oder richten Sie TMPDIR auf einen Ordner mit genug Platz, und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>LeadBridge could not store the answer of %1 for %2 on this computer. Free disk space, then sync again.</source>
        <translation>LeadBridge konnte die Antwort von %1 für %2 auf diesem Computer nicht speichern. Geben Sie Speicherplatz frei und synchronisieren Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::AboutPage</name>
    <message>
        <source>About LeadBridge</source>
        <translation>Über LeadBridge</translation>
    </message>
    <message>
        <source>Keeps people data flowing between ON24, Act-On, Salesforce and Pipeliner.</source>
        <translation>Hält Personendaten zwischen ON24, Act-On, Salesforce und Pipeliner in Bewegung.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation>Qt-Version:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Protokollordner:</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Einstellungsdatei:</translation>
    </message>
    <message>
        <source>License:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>Apache License 2.0. LeadBridge uses Qt under the GNU LGPL version 3.</source>
        <translation>Apache-Lizenz 2.0. LeadBridge verwendet Qt unter der GNU LGPL Version 3.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::AccountListModel</name>
    <message>
        <source>Connected to LeadBridge&apos;s built-in sandbox, not to a real %1 account.</source>
        <translation>Mit der eingebauten Sandbox von LeadBridge verbunden, nicht mit einem echten %1-Konto.</translation>
    </message>
    <message>
        <source>LeadBridge is testing the connection.</source>
        <translation>LeadBridge prüft die Verbindung.</translation>
    </message>
    <message>
        <source>The last connection test failed. Select the account and choose Test connection to see why.</source>
        <translation>Die letzte Verbindungsprüfung ist fehlgeschlagen. Wählen Sie das Konto und dann „Verbindung prüfen“, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>When LeadBridge last reached this account successfully.</source>
        <translation>Wann LeadBridge dieses Konto zuletzt erfolgreich erreicht hat.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Region / address</source>
        <translation>Region / Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last successful check</source>
        <translation>Letzte erfolgreiche Prüfung</translation>
    </message>
</context>
<context>
    <name>LeadBridge::AccountRepository</name>
    <message>
        <source>The setting “%1” looks like a password, token or key. LeadBridge keeps those in the system keychain only, never in the journal.</source>
        <translation>Die Einstellung „%1“ sieht wie ein Passwort, Token oder Schlüssel aus. LeadBridge bewahrt solche Angaben nur im Schlüsselbund des Systems auf, nie im Journal.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Geben Sie dem Konto einen Namen.</translation>
    </message>
    <message>
        <source>LeadBridge could not save the account “%1”. An account of this kind with the same name may already exist; otherwise see the log for details.</source>
        <translation>LeadBridge konnte das Konto „%1“ nicht speichern. Möglicherweise gibt es bereits ein Konto dieser Art mit demselben Namen; andernfalls finden Sie Einzelheiten im Protokoll.</translation>
    </message>
    <message>
        <source>LeadBridge could not save the account “%1”. See the log for details.</source>
        <translation>LeadBridge konnte das Konto „%1“ nicht speichern. Einzelheiten finden Sie im Protokoll.</translation>
    </message>
    <message>
        <source>The account “%1” no longer exists.</source>
        <translation>Das Konto „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>LeadBridge could not read the account from the journal. See the log for details.</source>
        <translation>LeadBridge konnte das Konto nicht aus dem Journal lesen. Einzelheiten finden Sie im Protokoll.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Das Konto existiert nicht mehr.</translation>
    </message>
    <message>
        <source>LeadBridge could not read the accounts from the journal. See the log for details.</source>
        <translation>LeadBridge konnte die Konten nicht aus dem Journal lesen. Einzelheiten finden Sie im Protokoll.</translation>
    </message>
    <message numerus="yes">
        <source>This account is used by %n flow(s). Delete those flows or link them to another account first.</source>
        <translation>
            <numerusform>Dieses Konto wird von %n Ablauf verwendet. Löschen Sie diesen Ablauf oder verknüpfen Sie ihn zuerst mit einem anderen Konto.</numerusform>
            <numerusform>Dieses Konto wird von %n Abläufen verwendet. Löschen Sie diese Abläufe oder verknüpfen Sie sie zuerst mit einem anderen Konto.</numerusform>
        </translation>
    </message>
    <message>
        <source>LeadBridge could not delete the account. See the log for details.</source>
        <translation>LeadBridge konnte das Konto nicht löschen. Einzelheiten finden Sie im Protokoll.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::AccountService</name>
    <message>
        <source>access token key</source>
        <translation>Zugriffstoken-Schlüssel</translation>
    </message>
    <message>
        <source>access token secret</source>
        <translation>Zugriffstoken-Geheimnis</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>sign-in token</source>
        <translation>Anmeldetoken</translation>
    </message>
    <message>
        <source>security token</source>
        <translation>Sicherheitstoken</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API-Geheimnis</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Built-in sandbox (port %1)</source>
        <translation>Eingebaute Sandbox (Port %1)</translation>
    </message>
    <message>
        <source>Europe (EU)</source>
        <translation>Europa (EU)</translation>
    </message>
    <message>
        <source>North America (NA)</source>
        <translation>Nordamerika (NA)</translation>
    </message>
    <message>
        <source>Act-On cloud</source>
        <translation>Act-On-Cloud</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Salesforce sandbox</source>
        <translation>Salesforce-Sandbox</translation>
    </message>
    <message>
        <source>Default region</source>
        <translation>Standardregion</translation>
    </message>
    <message>
        <source>There is no account called “%1”. Run “leadbridge-cli accounts list” to see the linked accounts.</source>
        <translation>Es gibt kein Konto namens „%1“. Führen Sie „leadbridge-cli accounts list“ aus, um die verknüpften Konten zu sehen.</translation>
    </message>
    <message>
        <source>Several accounts are called “%1”. Use the account&apos;s number instead (see “leadbridge-cli accounts list”).</source>
        <translation>Mehrere Konten heißen „%1“. Verwenden Sie stattdessen die Nummer des Kontos (siehe „leadbridge-cli accounts list“).</translation>
    </message>
    <message>
        <source>Give the account a name, for example “%1 marketing”.</source>
        <translation>Geben Sie dem Konto einen Namen, zum Beispiel „%1 Marketing“.</translation>
    </message>
    <message>
        <source>Enter the ON24 client ID.</source>
        <translation>Geben Sie die ON24-Client-ID ein.</translation>
    </message>
    <message>
        <source>Enter the address of your ON24 data centre, or choose North America or Europe.</source>
        <translation>Geben Sie die Adresse Ihres ON24-Rechenzentrums ein oder wählen Sie Nordamerika oder Europa.</translation>
    </message>
    <message>
        <source>Enter the Act-On user name.</source>
        <translation>Geben Sie den Act-On-Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter the Act-On API client ID.</source>
        <translation>Geben Sie die Client-ID der Act-On-API ein.</translation>
    </message>
    <message>
        <source>Choose where to sign in to Salesforce: production, sandbox or your own domain.</source>
        <translation>Wählen Sie, wo die Anmeldung bei Salesforce erfolgt: Produktion, Sandbox oder Ihre eigene Domain.</translation>
    </message>
    <message>
        <source>Enter the consumer key (client ID) of your Salesforce connected app.</source>
        <translation>Geben Sie den Consumer Key (Client-ID) Ihrer verbundenen Salesforce-App ein.</translation>
    </message>
    <message>
        <source>Enter the Salesforce user name.</source>
        <translation>Geben Sie den Salesforce-Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter the Pipeliner space ID.</source>
        <translation>Geben Sie die Pipeliner-Space-ID ein.</translation>
    </message>
    <message>
        <source>Choose the Pipeliner region or enter the address of your Pipeliner server.</source>
        <translation>Wählen Sie die Pipeliner-Region oder geben Sie die Adresse Ihres Pipeliner-Servers ein.</translation>
    </message>
    <message>
        <source>Sign in with Salesforce first.</source>
        <translation>Melden Sie sich zuerst bei Salesforce an.</translation>
    </message>
    <message>
        <source>Enter the %1 %2.</source>
        <translation>Füllen Sie das Feld „%2“ für %1 aus.</translation>
    </message>
    <message>
        <source>Unlinking “%1” removes it from LeadBridge and deletes its saved %2 from your system keychain. Nothing changes in %3 itself.</source>
        <translation>Durch das Trennen wird „%1“ aus LeadBridge entfernt, und die gespeicherten Geheimnisse (%2) werden aus dem Schlüsselbund Ihres Systems gelöscht. In %3 selbst ändert sich nichts.</translation>
    </message>
    <message>
        <source>No flow uses this account.</source>
        <translation>Kein Ablauf verwendet dieses Konto.</translation>
    </message>
    <message numerus="yes">
        <source>It is used by %n flow(s): %1. Delete those flows or link them to another account first; until then the account stays linked.</source>
        <translation>
            <numerusform>Es wird von %n Ablauf verwendet: %1. Löschen Sie diesen Ablauf oder verknüpfen Sie ihn zuerst mit einem anderen Konto; bis dahin bleibt das Konto verknüpft.</numerusform>
            <numerusform>Es wird von %n Abläufen verwendet: %1. Löschen Sie diese Abläufe oder verknüpfen Sie sie zuerst mit einem anderen Konto; bis dahin bleibt das Konto verknüpft.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was unlinked, but LeadBridge could not delete its secrets from the system keychain: %2</source>
        <translation>„%1“ wurde getrennt, aber LeadBridge konnte die Geheimnisse nicht aus dem Schlüsselbund des Systems löschen: %2</translation>
    </message>
    <message>
        <source>LeadBridge could not start the built-in sandbox: %1</source>
        <translation>LeadBridge konnte die eingebaute Sandbox nicht starten: %1</translation>
    </message>
    <message>
        <source>Sandbox %1</source>
        <translation>Sandbox %1</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>access token expiry</source>
        <translation>Ablauf des Zugriffstokens</translation>
    </message>
    <message>
        <source>The %1 address must not contain a user name or password (the part before “@”). Enter it as %2 and the password in its own field: LeadBridge keeps passwords only in the system keychain.</source>
        <translation>Die %1-Adresse darf keinen Benutzernamen und kein Passwort enthalten (den Teil vor „@“). Geben Sie sie als %2 ein und das Passwort in seinem eigenen Feld: LeadBridge bewahrt Passwörter nur im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <source>This account is used by flows.</source>
        <translation>Dieses Konto wird von Abläufen verwendet.</translation>
    </message>
    <message>
        <source>LeadBridge could not make the flows on sandbox accounts forget the old sandbox records. See the log for details.</source>
        <translation>LeadBridge konnte die Abläufe auf Sandbox-Konten die alten Sandbox-Datensätze nicht vergessen lassen. Details stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>The ON24, Act-On, Salesforce and Pipeliner accounts LeadBridge works with.</source>
        <translation>Die Konten bei ON24, Act-On, Salesforce und Pipeliner, mit denen LeadBridge arbeitet.</translation>
    </message>
    <message>
        <source>No accounts linked yet</source>
        <translation>Noch keine Konten verknüpft</translation>
    </message>
    <message>
        <source>Link your ON24, Act-On, Salesforce or Pipeliner account, or try LeadBridge with the built-in sandbox: four demo accounts that answer like the real systems. Each account appears here with its status: Linked, Needs attention or Checking. Keys, passwords and tokens are kept in your system keychain, never in LeadBridge&apos;s own files.</source>
        <translation>Verknüpfen Sie Ihr Konto bei ON24, Act-On, Salesforce oder Pipeliner, oder probieren Sie LeadBridge mit der eingebauten Sandbox aus: vier Demokonten, die wie die echten Systeme antworten. Jedes Konto erscheint hier mit seinem Status: Verknüpft, Prüfung nötig oder Wird geprüft. Schlüssel, Passwörter und Tokens liegen im Schlüsselbund Ihres Systems, niemals in den Dateien von LeadBridge.</translation>
    </message>
    <message>
        <source>&amp;Link Account…</source>
        <translation>Konto &amp;verknüpfen…</translation>
    </message>
    <message>
        <source>Try the &amp;Sandbox</source>
        <translation>&amp;Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>Link four demo accounts against emulators built into LeadBridge. Nothing leaves this computer.</source>
        <translation>Vier Demokonten mit den in LeadBridge eingebauten Emulatoren verknüpfen. Nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Unlink…</source>
        <translation>&amp;Trennen…</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>Verknüpfte Konten</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Select an account in the list first.</source>
        <translation>Wählen Sie zuerst ein Konto in der Liste.</translation>
    </message>
    <message>
        <source>Check that LeadBridge can reach the selected account.</source>
        <translation>Prüfen, ob LeadBridge das gewählte Konto erreichen kann.</translation>
    </message>
    <message>
        <source>Change the selected account&apos;s details.</source>
        <translation>Die Angaben des gewählten Kontos ändern.</translation>
    </message>
    <message>
        <source>Remove the selected account and its saved secrets.</source>
        <translation>Das gewählte Konto und seine gespeicherten Geheimnisse entfernen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unlink %1?</source>
        <translation>%1 trennen?</translation>
    </message>
    <message>
        <source>Unlink “%1”?</source>
        <translation>„%1“ trennen?</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Starting the sandbox and linking four demo accounts…</source>
        <translation>Sandbox wird gestartet und vier Demokonten werden verknüpft…</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>The four sandbox accounts are linked. They answer like the real systems, with demo data.</source>
        <translation>Die vier Sandbox-Konten sind verknüpft. Sie antworten wie die echten Systeme, mit Demodaten.</translation>
    </message>
    <message>
        <source>&amp;Reset Sandbox Data…</source>
        <translation>Sandbox-Daten &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Generate the sandbox&apos;s demo world anew, as on the first try. The sandbox keeps its data between starts until then.</source>
        <translation>Die Demowelt der Sandbox neu erzeugen, wie beim ersten Ausprobieren. Bis dahin behält die Sandbox ihre Daten zwischen den Starts.</translation>
    </message>
    <message>
        <source>Reset Sandbox Data</source>
        <translation>Sandbox-Daten zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the sandbox data?</source>
        <translation>Sandbox-Daten zurücksetzen?</translation>
    </message>
    <message>
        <source>The sandbox&apos;s demo world is generated anew: records your syncs created or changed in the four sandbox accounts are gone.

The links LeadBridge keeps to sandbox records would no longer match, so the flows on sandbox accounts forget them; their history stays, and their next run is a full sync. Accounts linked to real systems are not touched.</source>
        <translation>Die Demowelt der Sandbox wird neu erzeugt: Datensätze, die Ihre Synchronisierungen in den vier Sandbox-Konten angelegt oder geändert haben, sind danach weg.

Die Verknüpfungen, die LeadBridge zu Sandbox-Datensätzen hält, würden nicht mehr passen, daher vergessen die Abläufe auf Sandbox-Konten sie; ihr Verlauf bleibt, und ihr nächster Lauf ist eine vollständige Synchronisierung. Konten, die mit echten Systemen verknüpft sind, bleiben unberührt.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Resetting the sandbox…</source>
        <translation>Die Sandbox wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>The sandbox data was reset: the demo world is as on the first try.</source>
        <translation>Die Sandbox-Daten wurden zurückgesetzt: Die Demowelt ist wie beim ersten Ausprobieren.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ActOnConnector</name>
    <message>
        <source>this Act-On account</source>
        <translation>dieses Act-On-Konto</translation>
    </message>
    <message>
        <source>No Act-On user name is saved for %1. Enter it in Accounts → Act-On.</source>
        <translation>Für %1 ist kein Act-On-Benutzername gespeichert. Geben Sie ihn unter Konten → Act-On ein.</translation>
    </message>
    <message>
        <source>A list name is needed to create an Act-On list.</source>
        <translation>Zum Anlegen einer Act-On-Liste wird ein Listenname benötigt.</translation>
    </message>
    <message>
        <source>Act-On says a list named “%1” exists but does not show it for %2. Check the list in Act-On, then sync again.</source>
        <translation>Act-On meldet, dass eine Liste namens „%1“ existiert, zeigt sie für %2 aber nicht an. Prüfen Sie die Liste in Act-On und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>No Act-On list was chosen to read.</source>
        <translation>Es wurde keine Act-On-Liste zum Lesen gewählt.</translation>
    </message>
    <message>
        <source>Record %1 has no e-mail address, which Act-On needs to match contacts. Map an e-mail field, then sync again.</source>
        <translation>Datensatz %1 hat keine E-Mail-Adresse, die Act-On zum Abgleich von Kontakten braucht. Ordnen Sie ein E-Mail-Feld zu und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>No Act-On list was chosen to write to.</source>
        <translation>Es wurde keine Act-On-Liste zum Schreiben gewählt.</translation>
    </message>
    <message>
        <source>The column to match contacts on, “%1”, is not among the columns sent to Act-On. Map it, then sync again.</source>
        <translation>Die Spalte für den Kontaktabgleich, „%1“, gehört nicht zu den an Act-On gesendeten Spalten. Ordnen Sie sie zu und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>“%1” is not an Act-On suppression list.</source>
        <translation>„%1“ ist keine Act-On-Sperrliste.</translation>
    </message>
    <message>
        <source>Record %1 has no Act-On record id, so it cannot be deleted.</source>
        <translation>Datensatz %1 hat keine Act-On-Datensatz-ID und kann daher nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Record %1 has no value in “%2”, which Act-On matches contacts on. Map it, then sync again.</source>
        <translation>Datensatz %1 hat keinen Wert in „%2“, über das Act-On Kontakte abgleicht. Ordnen Sie es zu und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>the contact lists</source>
        <translation>die Kontaktlisten</translation>
    </message>
    <message>
        <source>the list %1</source>
        <translation>die Liste %1</translation>
    </message>
    <message>
        <source>the %1 list</source>
        <translation>die Liste %1</translation>
    </message>
    <message>
        <source>Act-On is still running the import job %1 after %2. It goes on in Act-On by itself; the next sync checks the list again and sends what is still missing.</source>
        <translation>Act-On führt den Importauftrag %1 nach %2 immer noch aus. Er läuft in Act-On von selbst weiter; die nächste Synchronisierung prüft die Liste erneut und sendet, was noch fehlt.</translation>
    </message>
    <message>
        <source>The Act-On list %1 has no column %2. Act-On cannot add columns to an existing list through its API: add the column to the list in Act-On, or take it out of the field map, then sync again.</source>
        <translation>Die Act-On-Liste %1 hat keine Spalte %2. Act-On kann einer vorhandenen Liste über seine API keine Spalten hinzufügen: Fügen Sie die Spalte in Act-On zur Liste hinzu oder nehmen Sie sie aus der Feldzuordnung, und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>The Act-On list %1 has no e-mail column, which Act-On needs to merge contacts into it. Choose another list, then sync again.</source>
        <translation>Die Act-On-Liste %1 hat keine E-Mail-Spalte, die Act-On braucht, um Kontakte in sie zusammenzuführen. Wählen Sie eine andere Liste und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>Act-On did not delete the record %1 from the list: %2. If it is still in the list, delete it there or sync again.</source>
        <translation>Act-On hat den Datensatz %1 nicht aus der Liste gelöscht: %2. Falls er noch in der Liste ist, löschen Sie ihn dort oder synchronisieren Sie erneut.</translation>
    </message>
    <message>
        <source>No Act-On list was chosen to count.</source>
        <translation>Es wurde keine Act-On-Liste zum Zählen gewählt.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ActOnSession</name>
    <message>
        <source>No Act-On password is saved for %1. Enter it in Accounts → Act-On.</source>
        <translation>Für %1 ist kein Act-On-Passwort gespeichert. Geben Sie es unter Konten → Act-On ein.</translation>
    </message>
    <message>
        <source>Act-On allows 5 sign-ins per hour and they are used up for %1. LeadBridge will be able to sign in again after %2; nothing is lost in the meantime.</source>
        <translation>Act-On erlaubt 5 Anmeldungen pro Stunde, und diese sind für %1 aufgebraucht. LeadBridge kann sich nach %2 wieder anmelden; bis dahin geht nichts verloren.</translation>
    </message>
    <message>
        <source>Act-On did not accept the client ID and client secret saved for %1. Check them in Accounts → Act-On.</source>
        <translation>Act-On hat die für %1 gespeicherte Client-ID und das Client-Geheimnis nicht akzeptiert. Prüfen Sie sie unter Konten → Act-On.</translation>
    </message>
    <message>
        <source>Act-On allows 5 sign-ins per hour and they are used up for %1. LeadBridge will be able to sign in again within the hour; nothing is lost in the meantime.</source>
        <translation>Act-On erlaubt 5 Anmeldungen pro Stunde, und diese sind für %1 aufgebraucht. LeadBridge kann sich innerhalb der Stunde wieder anmelden; bis dahin geht nichts verloren.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::AddFieldDialog</name>
    <message>
        <source>Add Field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <source>Add an Act-On standard field that is not in the map yet, or name a new custom field and choose its type.</source>
        <translation>Fügen Sie ein Act-On-Standardfeld hinzu, das noch nicht in der Zuordnung ist, oder benennen Sie ein neues benutzerdefiniertes Feld und wählen Sie seinen Typ.</translation>
    </message>
    <message>
        <source>For example “Webinar Count”</source>
        <translation>Zum Beispiel „Webinar-Anzahl“</translation>
    </message>
    <message>
        <source>&amp;Field name:</source>
        <translation>&amp;Feldname:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Standard fields are offered as you type.</source>
        <translation>Standardfelder werden während der Eingabe vorgeschlagen.</translation>
    </message>
    <message>
        <source>“%1” is already in the map.</source>
        <translation>„%1“ ist bereits in der Zuordnung.</translation>
    </message>
    <message>
        <source>“%1” is an Act-On standard field; its type is %2.</source>
        <translation>„%1“ ist ein Act-On-Standardfeld; sein Typ ist %2.</translation>
    </message>
    <message>
        <source>A custom Act-On field of the type chosen below.</source>
        <translation>Ein benutzerdefiniertes Act-On-Feld des unten gewählten Typs.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::AppSession</name>
    <message>
        <source>“%1” needs attention</source>
        <translation>„%1“ muss geprüft werden</translation>
    </message>
    <message>
        <source>Upgrading the sync history to this version of LeadBridge…
This happens once and can take a minute on a long history.</source>
        <translation>Der Synchronisierungsverlauf wird für diese Version von LeadBridge aktualisiert…
Das geschieht einmal und kann bei einem langen Verlauf eine Minute dauern.</translation>
    </message>
    <message>
        <source>LeadBridge</source>
        <translation>LeadBridge</translation>
    </message>
</context>
<context>
    <name>LeadBridge::AutoMapper</name>
    <message>
        <source>Same name as the CRM field %1.</source>
        <translation>Gleicher Name wie das CRM-Feld %1.</translation>
    </message>
    <message>
        <source>Same label as the CRM field %1.</source>
        <translation>Gleiche Beschriftung wie das CRM-Feld %1.</translation>
    </message>
    <message>
        <source>%1 and %2 usually hold the same data.</source>
        <translation>%1 und %2 enthalten meist dieselben Daten.</translation>
    </message>
    <message>
        <source>%1 and %2 have similar names.</source>
        <translation>%1 und %2 haben ähnliche Namen.</translation>
    </message>
    <message>
        <source>The types only partly fit: %1.</source>
        <translation>Die Typen passen nur teilweise: %1.</translation>
    </message>
    <message>
        <source>Standard pre-map of %1.</source>
        <translation>Standard-Vorzuordnung von %1.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::BuiltInSandbox</name>
    <message>
        <source>This build of LeadBridge has no built-in sandbox. Link your own ON24, Act-On, Salesforce or Pipeliner accounts instead.</source>
        <translation>Diese Ausgabe von LeadBridge enthält keine eingebaute Sandbox. Verknüpfen Sie stattdessen Ihre eigenen Konten bei ON24, Act-On, Salesforce oder Pipeliner.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::CallForecast</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>full run</source>
        <translation>vollständiger Lauf</translation>
    </message>
    <message>
        <source>incremental run</source>
        <translation>inkrementeller Lauf</translation>
    </message>
    <message>
        <source>About %1 API calls: %2 (%3).</source>
        <translation>Etwa %1 API-Aufrufe: %2 (%3).</translation>
    </message>
</context>
<context>
    <name>LeadBridge::CallForecaster</name>
    <message>
        <source>A full run was asked for.</source>
        <translation>Ein vollständiger Lauf wurde angefordert.</translation>
    </message>
    <message>
        <source>An account of the flow “%1” no longer exists. Link it again on the Accounts page and check the flow&apos;s settings.</source>
        <translation>Ein Konto des Ablaufs „%1“ existiert nicht mehr. Verknüpfen Sie es auf der Seite „Konten“ erneut und prüfen Sie die Einstellungen des Ablaufs.</translation>
    </message>
    <message>
        <source>This version of LeadBridge cannot connect to the account “%1”.</source>
        <translation>Diese Version von LeadBridge kann sich nicht mit dem Konto „%1“ verbinden.</translation>
    </message>
    <message>
        <source>Counted before the run; writes are estimated from the records changed on the other side since the last run.</source>
        <translation>Vor dem Lauf gezählt; die Schreibaufrufe sind aus den Datensätzen geschätzt, die sich seit dem letzten Lauf auf der anderen Seite geändert haben.</translation>
    </message>
    <message>
        <source>LeadBridge could not count what the run would read: %1</source>
        <translation>LeadBridge konnte nicht zählen, was der Lauf lesen würde: %1</translation>
    </message>
    <message>
        <source>LeadBridge cannot count this flow&apos;s records before a run, so this repeats the calls of its last run of the same kind; runs record their calls for all systems together, so each system shows that whole.</source>
        <translation>LeadBridge kann die Datensätze dieses Ablaufs nicht vor einem Lauf zählen; daher steht hier die Zahl der Aufrufe seines letzten Laufs derselben Art. Läufe erfassen ihre Aufrufe für alle Systeme zusammen, deshalb zeigt jedes System diese Gesamtzahl.</translation>
    </message>
    <message>
        <source>LeadBridge cannot count this flow&apos;s records before a run, and it has no earlier run of the same kind to go by.</source>
        <translation>LeadBridge kann die Datensätze dieses Ablaufs nicht vor einem Lauf zählen, und es gibt keinen früheren Lauf derselben Art als Anhaltspunkt.</translation>
    </message>
    <message>
        <source>Salesforce limits</source>
        <translation>Salesforce-Limits</translation>
    </message>
    <message>
        <source>LeadBridge runs, last 24 hours</source>
        <translation>LeadBridge-Läufe, letzte 24 Stunden</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ChangeCsvExport</name>
    <message>
        <source>LeadBridge could not write “%1”: %2. Choose another folder or file name.</source>
        <translation>LeadBridge konnte „%1“ nicht schreiben: %2. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>LeadBridge could not write “%1”: %2. Check the free space and try again.</source>
        <translation>LeadBridge konnte „%1“ nicht schreiben: %2. Prüfen Sie den freien Speicherplatz und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ChangeListModel</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Reason or error</source>
        <translation>Grund oder Fehler</translation>
    </message>
    <message>
        <source>The record changes of this run changed while they were shown. Click Refresh.</source>
        <translation>Die Datensatzänderungen dieses Laufs haben sich während der Anzeige geändert. Klicken Sie auf Aktualisieren.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::CommandLine</name>
    <message>
        <source>LeadBridge does not take passwords, tokens or secrets on the command line, where other users and the shell history could see them. Pipe them in on standard input, one name=value per line, or set LEADBRIDGE_SECRET_&lt;NAME&gt; variables (for example LEADBRIDGE_SECRET_PASSWORD).</source>
        <translation>LeadBridge nimmt keine Passwörter, Tokens oder Geheimnisse auf der Befehlszeile entgegen, wo andere Benutzer und der Shell-Verlauf sie sehen könnten. Übergeben Sie sie über die Standardeingabe, ein name=wert pro Zeile, oder setzen Sie Variablen LEADBRIDGE_SECRET_&lt;NAME&gt; (zum Beispiel LEADBRIDGE_SECRET_PASSWORD).</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the LeadBridge version.</source>
        <translation>Die LeadBridge-Version anzeigen.</translation>
    </message>
    <message>
        <source>Keep the journal and logs in &lt;dir&gt; instead of the default data folder.</source>
        <translation>Journal und Protokolle in &lt;dir&gt; statt im Standard-Datenordner ablegen.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>Also print technical log messages on standard error.</source>
        <translation>Zusätzlich technische Protokollmeldungen auf der Standardfehlerausgabe ausgeben.</translation>
    </message>
    <message>
        <source>accounts link: the account&apos;s name.</source>
        <translation>accounts link: der Name des Kontos.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>accounts link: a non-secret setting, e.g. clientId=41750 (repeatable).</source>
        <translation>accounts link: eine nicht geheime Einstellung, z. B. clientId=41750 (wiederholbar).</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>key=value</translation>
    </message>
    <message>
        <source>sandbox: keep the emulators running until Ctrl+C.</source>
        <translation>sandbox: die Emulatoren bis Strg+C laufen lassen.</translation>
    </message>
    <message>
        <source>sync: read everything, not only what changed.</source>
        <translation>sync: alles lesen, nicht nur Geändertes.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>history: show the record changes of run &lt;id&gt;.</source>
        <translation>history: die Datensatzänderungen von Lauf &lt;id&gt; anzeigen.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>schedule: run the flow every day at &lt;HH:MM&gt; (local time).</source>
        <translation>schedule: den Ablauf täglich um &lt;HH:MM&gt; (Ortszeit) ausführen.</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>schedule: remove the flow&apos;s schedule.</source>
        <translation>schedule: den Zeitplan des Ablaufs entfernen.</translation>
    </message>
    <message>
        <source>The command to run (see above).</source>
        <translation>Der auszuführende Befehl (siehe oben).</translation>
    </message>
    <message>
        <source>&lt;command&gt;</source>
        <translation>&lt;command&gt;</translation>
    </message>
    <message>
        <source>Run “leadbridge-cli --help” for the list of commands and options.</source>
        <translation>Führen Sie „leadbridge-cli --help“ aus, um die Liste der Befehle und Optionen zu sehen.</translation>
    </message>
    <message>
        <source>The --data-dir option needs a folder.</source>
        <translation>Die Option --data-dir braucht einen Ordner.</translation>
    </message>
    <message>
        <source>No command given. Run “leadbridge-cli --help” for the list of commands.</source>
        <translation>Kein Befehl angegeben. Führen Sie „leadbridge-cli --help“ aus, um die Liste der Befehle zu sehen.</translation>
    </message>
    <message>
        <source>The info command takes no arguments.</source>
        <translation>Der Befehl info nimmt keine Argumente an.</translation>
    </message>
    <message>
        <source>The sandbox command takes no arguments.</source>
        <translation>Der Befehl sandbox nimmt keine Argumente an.</translation>
    </message>
    <message>
        <source>The flows command takes no arguments.</source>
        <translation>Der Befehl flows nimmt keine Argumente an.</translation>
    </message>
    <message>
        <source>Say which flow to run, by name or number: “leadbridge-cli sync FLOW”. “leadbridge-cli flows” lists them.</source>
        <translation>Geben Sie an, welcher Ablauf laufen soll, per Name oder Nummer: „leadbridge-cli sync FLOW“. „leadbridge-cli flows“ listet sie auf.</translation>
    </message>
    <message>
        <source>The schedule command takes at most one flow.</source>
        <translation>Der Befehl schedule nimmt höchstens einen Ablauf an.</translation>
    </message>
    <message>
        <source>The history command takes at most one flow.</source>
        <translation>Der Befehl history nimmt höchstens einen Ablauf an.</translation>
    </message>
    <message>
        <source>--limit needs a positive whole number, e.g. --limit 50.</source>
        <translation>--limit braucht eine positive ganze Zahl, z. B. --limit 50.</translation>
    </message>
    <message>
        <source>--run needs a run number, as “leadbridge-cli history” shows it.</source>
        <translation>--run braucht eine Laufnummer, wie „leadbridge-cli history“ sie anzeigt.</translation>
    </message>
    <message>
        <source>Give either a flow or --run, not both.</source>
        <translation>Geben Sie entweder einen Ablauf oder --run an, nicht beides.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run “leadbridge-cli --help” for the list of commands.</source>
        <translation>Unbekannter Befehl „%1“. Führen Sie „leadbridge-cli --help“ aus, um die Liste der Befehle zu sehen.</translation>
    </message>
    <message>
        <source>LeadBridge %1</source>
        <translation>LeadBridge %1</translation>
    </message>
    <message>
        <source>Data folder:    %1</source>
        <translation>Datenordner:    %1</translation>
    </message>
    <message>
        <source>Journal:        %1</source>
        <translation>Journal:        %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this version understands up to %2)</source>
        <translation>Schemaversion:  %1 (diese Version versteht bis %2)</translation>
    </message>
    <message>
        <source>Log folder:     %1</source>
        <translation>Protokollordner: %1</translation>
    </message>
    <message>
        <source>Say what to do with accounts: list, link, test or unlink.</source>
        <translation>Geben Sie an, was mit Konten geschehen soll: list, link, test oder unlink.</translation>
    </message>
    <message>
        <source>Unknown accounts command “%1”. Use list, link, test or unlink.</source>
        <translation>Unbekannter Kontobefehl „%1“. Verwenden Sie list, link, test oder unlink.</translation>
    </message>
    <message>
        <source>The accounts list command takes no further arguments.</source>
        <translation>Der Befehl accounts list nimmt keine weiteren Argumente an.</translation>
    </message>
    <message>
        <source>No accounts linked yet. Link one with “leadbridge-cli accounts link”, or try the built-in sandbox with “leadbridge-cli sandbox”.</source>
        <translation>Noch keine Konten verknüpft. Verknüpfen Sie eines mit „leadbridge-cli accounts link“ oder probieren Sie die eingebaute Sandbox mit „leadbridge-cli sandbox“ aus.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last successful check</source>
        <translation>Letzte erfolgreiche Prüfung</translation>
    </message>
    <message>
        <source>Region / address</source>
        <translation>Region / Adresse</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Say which kind of account to link: on24, acton, salesforce or pipeliner, e.g. “leadbridge-cli accounts link on24 --name Webinars --setting clientId=41750”.</source>
        <translation>Geben Sie an, welche Art Konto verknüpft werden soll: on24, acton, salesforce oder pipeliner, z. B. „leadbridge-cli accounts link on24 --name Webinare --setting clientId=41750“.</translation>
    </message>
    <message>
        <source>Unknown kind of account “%1”. Use on24, acton, salesforce or pipeliner.</source>
        <translation>Unbekannte Kontoart „%1“. Verwenden Sie on24, acton, salesforce oder pipeliner.</translation>
    </message>
    <message>
        <source>Give the account a name with --name.</source>
        <translation>Geben Sie dem Konto mit --name einen Namen.</translation>
    </message>
    <message>
        <source>Write each setting as key=value, e.g. --setting clientId=41750.</source>
        <translation>Schreiben Sie jede Einstellung als key=value, z. B. --setting clientId=41750.</translation>
    </message>
    <message>
        <source>Line %1 of standard input is not one of this account&apos;s secrets. Write name=value with a name from: %2.</source>
        <translation>Zeile %1 der Standardeingabe ist keines der Geheimnisse dieses Kontos. Schreiben Sie name=wert mit einem Namen aus: %2.</translation>
    </message>
    <message>
        <source>Linked “%1” (%2, account %3): %4</source>
        <translation>„%1“ verknüpft (%2, Konto %3): %4</translation>
    </message>
    <message>
        <source>Say which account, by name or number: “leadbridge-cli accounts %1 NAME”.</source>
        <translation>Geben Sie das Konto per Name oder Nummer an: „leadbridge-cli accounts %1 NAME“.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Unlinked “%1” and deleted its secrets from the system keychain.</source>
        <translation>„%1“ getrennt und seine Geheimnisse aus dem Schlüsselbund des Systems gelöscht.</translation>
    </message>
    <message>
        <source>Sandbox emulators:</source>
        <translation>Sandbox-Emulatoren:</translation>
    </message>
    <message>
        <source>Sandbox accounts:</source>
        <translation>Sandbox-Konten:</translation>
    </message>
    <message>
        <source>Serving the sandbox. Press Ctrl+C to stop.</source>
        <translation>Die Sandbox läuft. Drücken Sie Strg+C zum Beenden.</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Sandbox beendet.</translation>
    </message>
    <message>
        <source>There is no flow “%1”: no flows are set up yet. Set one up in the LeadBridge window.</source>
        <translation>Es gibt keinen Ablauf „%1“: Es sind noch keine Abläufe eingerichtet. Richten Sie einen im LeadBridge-Fenster ein.</translation>
    </message>
    <message>
        <source>There is no flow “%1”. The flows are: %2.</source>
        <translation>Es gibt keinen Ablauf „%1“. Die Abläufe sind: %2.</translation>
    </message>
    <message>
        <source>Several flows are called “%1”; give its number instead (see “leadbridge-cli flows”).</source>
        <translation>Mehrere Abläufe heißen „%1“; geben Sie stattdessen die Nummer an (siehe „leadbridge-cli flows“).</translation>
    </message>
    <message>
        <source>Webinar import</source>
        <translation>Webinar-Import</translation>
    </message>
    <message>
        <source>CRM contact sync</source>
        <translation>CRM-Kontaktabgleich</translation>
    </message>
    <message>
        <source>List sync</source>
        <translation>Listenabgleich</translation>
    </message>
    <message>
        <source>Lead handoff</source>
        <translation>Lead-Übergabe</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 deleted, %4 skipped, %5 conflicts, %6 errors</source>
        <translation>%1 angelegt, %2 aktualisiert, %3 gelöscht, %4 übersprungen, %5 Konflikte, %6 Fehler</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Nie gelaufen</translation>
    </message>
    <message>
        <source>Disabled; %1</source>
        <translation>Deaktiviert; %1</translation>
    </message>
    <message>
        <source>No flows set up yet. Set one up on the Flows page of the LeadBridge window (link accounts first, or try the sandbox with “leadbridge-cli sandbox”).</source>
        <translation>Noch keine Abläufe eingerichtet. Richten Sie einen auf der Seite „Abläufe“ im LeadBridge-Fenster ein (verknüpfen Sie zuerst Konten oder probieren Sie die Sandbox mit „leadbridge-cli sandbox“ aus).</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source> · %1 calls</source>
        <translation> · %1 Aufrufe</translation>
    </message>
    <message>
        <source> · cancelling…</source>
        <translation> · wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelling the run; what is written so far is kept in the history.</source>
        <translation>Der Lauf wird abgebrochen; was bis jetzt geschrieben wurde, bleibt im Verlauf erhalten.</translation>
    </message>
    <message>
        <source>Run %1 of “%2” (%3): %4. %5; %6 API calls%7.</source>
        <translation>Lauf %1 von „%2“ (%3): %4. %5; %6 API-Aufrufe%7.</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>Some records could not be synced; “leadbridge-cli history --run %1” lists them.</source>
        <translation>Einige Datensätze konnten nicht synchronisiert werden; „leadbridge-cli history --run %1“ listet sie auf.</translation>
    </message>
    <message>
        <source>Choose one of --every, --daily and --off.</source>
        <translation>Wählen Sie eine der Optionen --every, --daily und --off.</translation>
    </message>
    <message>
        <source>--daily needs a time of day as HH:MM, e.g. --daily 06:30.</source>
        <translation>--daily braucht eine Uhrzeit als HH:MM, z. B. --daily 06:30.</translation>
    </message>
    <message>
        <source>daily at %1</source>
        <translation>täglich um %1</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>nächster Lauf %1</translation>
    </message>
    <message>
        <source>This flow has no schedule.</source>
        <translation>Dieser Ablauf hat keinen Zeitplan.</translation>
    </message>
    <message>
        <source>No scheduled runs.</source>
        <translation>Keine geplanten Läufe.</translation>
    </message>
    <message>
        <source>Run %1 of “%2”: %3, %4, %5. %6.</source>
        <translation>Lauf %1 von „%2“: %3, %4, %5. %6.</translation>
    </message>
    <message>
        <source>This run recorded no record changes.</source>
        <translation>Dieser Lauf hat keine Datensatzänderungen aufgezeichnet.</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Alt → neu</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>No runs recorded yet. Run a flow with “leadbridge-cli sync FLOW” or from the LeadBridge window.</source>
        <translation>Noch keine Läufe aufgezeichnet. Führen Sie einen Ablauf mit „leadbridge-cli sync FLOW“ oder im LeadBridge-Fenster aus.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Cre/Upd/Del/Skp/Cnf/Err</source>
        <translation>Neu/Akt/Lös/Übs/Knf/Fhl</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>LeadBridge could not start the built-in sandbox.</source>
        <translation>LeadBridge konnte die eingebaute Sandbox nicht starten.</translation>
    </message>
    <message>
        <source>every hour</source>
        <translation>stündlich</translation>
    </message>
    <message>
        <source>every minute</source>
        <translation>jede Minute</translation>
    </message>
    <message numerus="yes">
        <source>every %n minutes</source>
        <translation>
            <numerusform>jede Minute</numerusform>
            <numerusform>alle %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>schedule: run the flow every &lt;interval&gt;: hours (6h), minutes (90m) or both (1h30m).</source>
        <translation>schedule: den Ablauf alle &lt;interval&gt; ausführen: Stunden (6h), Minuten (90m) oder beides (1h30m).</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>interval</translation>
    </message>
    <message>
        <source>The run-due command takes no arguments: it runs every flow that is due.</source>
        <translation>Der Befehl run-due nimmt keine Argumente an: Er führt jeden fälligen Ablauf aus.</translation>
    </message>
    <message>
        <source>Say which flow: “leadbridge-cli schedule FLOW --every 6h”.</source>
        <translation>Geben Sie den Ablauf an: „leadbridge-cli schedule FLOW --every 6h“.</translation>
    </message>
    <message>
        <source>--every needs an interval in hours or minutes, e.g. --every 6h, --every 90m or --every 1h30m.</source>
        <translation>--every braucht ein Intervall in Stunden oder Minuten, z. B. --every 6h, --every 90m oder --every 1h30m.</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>1 failure</source>
        <translation>1 Fehlschlag</translation>
    </message>
    <message numerus="yes">
        <source>%n failures in a row</source>
        <translation>
            <numerusform>%n Fehlschlag in Folge</numerusform>
            <numerusform>%n Fehlschläge in Folge</numerusform>
        </translation>
    </message>
    <message>
        <source>retry %1</source>
        <translation>erneuter Versuch %1</translation>
    </message>
    <message>
        <source>needs attention: %1</source>
        <translation>Prüfung nötig: %1</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Nichts ist fällig.</translation>
    </message>
    <message>
        <source>Cancelling; what is written so far is kept in the history.</source>
        <translation>Wird abgebrochen; was bis dahin geschrieben wurde, bleibt im Verlauf erhalten.</translation>
    </message>
    <message>
        <source>“%1”: Skipped. %2</source>
        <translation>„%1“: Übersprungen. %2</translation>
    </message>
    <message>
        <source>“%1”: Failed. %2</source>
        <translation>„%1“: Fehlgeschlagen. %2</translation>
    </message>
    <message>
        <source>“%1”: Cancelled before it started.</source>
        <translation>„%1“: Vor dem Start abgebrochen.</translation>
    </message>
    <message>
        <source>“%1”: %2. Run %3: %4; %5 API calls.</source>
        <translation>„%1“: %2. Lauf %3: %4; %5 API-Aufrufe.</translation>
    </message>
    <message>
        <source>Retry at %1.</source>
        <translation>Erneuter Versuch um %1.</translation>
    </message>
    <message>
        <source>Needs attention.</source>
        <translation>Prüfung nötig.</translation>
    </message>
    <message numerus="yes">
        <source>every %n hours</source>
        <translation>
            <numerusform>jede Stunde</numerusform>
            <numerusform>alle %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>sandbox: throw the saved demo world away and generate it anew.</source>
        <translation>sandbox: die gespeicherte Demowelt verwerfen und neu erzeugen.</translation>
    </message>
    <message>
        <source>hot-prospects: the Act-On account (name or number).</source>
        <translation>hot-prospects: das Act-On-Konto (Name oder Nummer).</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>hot-prospects: the Salesforce or Pipeliner account (name or number).</source>
        <translation>hot-prospects: das Salesforce- oder Pipeliner-Konto (Name oder Nummer).</translation>
    </message>
    <message>
        <source>hot-prospects: only this sales owner (CRM user id, or a name).</source>
        <translation>hot-prospects: nur dieser Vertriebsverantwortliche (CRM-Benutzer-ID oder ein Name).</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>hot-prospects: read every Act-On list.</source>
        <translation>hot-prospects: jede Act-On-Liste lesen.</translation>
    </message>
    <message>
        <source>The hot-prospects command takes no further arguments; choose the accounts with --acton and --crm.</source>
        <translation>Der Befehl hot-prospects nimmt keine weiteren Argumente; wählen Sie die Konten mit --acton und --crm.</translation>
    </message>
    <message>
        <source>--limit needs a positive whole number, e.g. --limit 20.</source>
        <translation>--limit braucht eine positive ganze Zahl, z. B. --limit 20.</translation>
    </message>
    <message>
        <source>The sandbox data was reset: the demo world is generated anew.</source>
        <translation>Die Sandbox-Daten wurden zurückgesetzt: Die Demowelt ist neu erzeugt.</translation>
    </message>
    <message>
        <source>These flows forgot the old sandbox records (their history stays; their next run is a full sync): %1</source>
        <translation>Diese Abläufe haben die alten Sandbox-Datensätze vergessen (ihr Verlauf bleibt; ihr nächster Lauf ist vollständig): %1</translation>
    </message>
    <message>
        <source>history: show at most &lt;n&gt; runs or changes (default 20 runs, all changes); person: at most &lt;n&gt; changes; hot-prospects: people per owner (default 20).</source>
        <translation>history: höchstens &lt;n&gt; Läufe oder Änderungen zeigen (Vorgabe 20 Läufe, alle Änderungen); person: höchstens &lt;n&gt; Änderungen; hot-prospects: Personen je Verantwortlichem (Vorgabe 20).</translation>
    </message>
    <message>
        <source>Say whose changes to show, by e-mail address: “leadbridge-cli person ada@example.com”.</source>
        <translation>Geben Sie an, wessen Änderungen gezeigt werden sollen, per E-Mail-Adresse: „leadbridge-cli person ada@example.com“.</translation>
    </message>
    <message>
        <source>
  person EMAIL [--limit N]
                           One person across systems: the record each flow links the address to
                           in each system, and every recorded change to the person in any flow
                           and run, newest first (at most N, default %1). Earlier and later
                           addresses of a changed e-mail are followed.</source>
        <translation>
  person EMAIL [--limit N]
                           Eine Person über alle Systeme: der Datensatz, mit dem jeder Ablauf die
                           Adresse in jedem System verknüpft, und jede aufgezeichnete Änderung an der
                           Person in jedem Ablauf und Lauf, neueste zuerst (höchstens N, Vorgabe %1).
                           Frühere und spätere Adressen einer geänderten E-Mail werden verfolgt.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address. Give the person&apos;s address, for example “leadbridge-cli person ada@example.com”.</source>
        <translation>„%1“ ist keine E-Mail-Adresse. Geben Sie die Adresse der Person an, zum Beispiel „leadbridge-cli person ada@example.com“.</translation>
    </message>
    <message>
        <source>No changes recorded for %1.</source>
        <translation>Für %1 sind keine Änderungen aufgezeichnet.</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source> (also recorded as %1)</source>
        <translation> (auch aufgezeichnet als %1)</translation>
    </message>
    <message>
        <source>No flow links this person to a record now.</source>
        <translation>Derzeit verknüpft kein Ablauf diese Person mit einem Datensatz.</translation>
    </message>
    <message>
        <source>Linked records:</source>
        <translation>Verknüpfte Datensätze:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>in “%1”</source>
        <translation>in „%1“</translation>
    </message>
    <message>
        <source>The newest %1 changes (there are more; raise --limit):</source>
        <translation>Die neuesten %1 Änderungen (es gibt mehr; erhöhen Sie --limit):</translation>
    </message>
    <message>
        <source>Changes, newest first:</source>
        <translation>Änderungen, neueste zuerst:</translation>
    </message>
    <message>
        <source>Run started</source>
        <translation>Laufbeginn</translation>
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
        <translation>LeadBridge-Engine ohne Oberfläche.

Befehle:
  info                     Version, Datenordner, Journal, Schemaversion und Protokollordner anzeigen.
  accounts list            Die verknüpften Konten und ihren Status auflisten.
  accounts link KIND --name NAME [--setting key=value ...]
                           Ein Konto verknüpfen (KIND: on24, acton, salesforce, pipeliner).
                           Geheimnisse kommen aus der Standardeingabe (name=wert pro Zeile) oder
                           aus Variablen LEADBRIDGE_SECRET_&lt;NAME&gt;, nie von der Befehlszeile.
  accounts test NAME|ID    Die Verbindung eines Kontos prüfen.
  accounts unlink NAME|ID  Ein Konto trennen und seine Geheimnisse aus dem Schlüsselbund löschen.
  sandbox [--serve] [--reset]
                           Die eingebauten Emulatoren starten, die vier Demokonten verknüpfen und
                           prüfen und die Endpunkte ausgeben; --serve lässt sie bis Strg+C laufen.
                           Die Demowelt bleibt zwischen den Aufrufen im Datenordner; --reset erzeugt
                           sie neu, und die Abläufe auf Sandbox-Konten vergessen die alten
                           Sandbox-Datensätze (ihr Verlauf bleibt).
  flows                    Die Abläufe mit ihren Konten und dem letzten Lauf auflisten.
  sync FLOW [--full] [--preview]
                           Einen Ablauf (Name oder Nummer) jetzt ausführen; --full liest alles, --preview
                           zeichnet den Plan auf, ohne zu schreiben. Exit-Status: 0 erfolgreich, 1 erfolgreich
                           mit Fehlern, 2 Aufruffehler, 3 fehlgeschlagen, 4 abgebrochen (Strg+C).
  sync FLOW --forecast [--full] [--preview]
                           Die API-Aufrufe, die ein Lauf je System bräuchte, gegen das Tageskontingent
                           jedes Systems ausgeben, ohne ihn zu starten. Exit-Status: 0, oder 1, wenn
                           der Lauf ein Kontingent aufbrauchen oder fast aufbrauchen würde,
                           2 Aufruffehler, 3 fehlgeschlagen.
  history [FLOW] [--limit N]
                           Die letzten Läufe (eines Ablaufs) auflisten, neueste zuerst.
  history --run ID         Die Datensatzänderungen eines Laufs auflisten.
  schedule [FLOW --every INTERVAL | --daily HH:MM | --off]
                           Die Zeitpläne anzeigen oder den Zeitplan eines Ablaufs setzen oder entfernen;
                           INTERVAL sind Stunden (6h), Minuten (90m) oder beides (1h30m), mindestens 1 Stunde,
                           4 Stunden bei Abläufen mit einem Salesforce-Konto.
  run-due                  Nacheinander jeden geplanten Ablauf ausführen, der jetzt fällig ist (oder dessen
                           erneuter Versuch fällig ist), wie es das LeadBridge-Fenster tun würde; für cron oder
                           einen systemd-Timer. Exit-Status: 0 alle erfolgreich oder nichts fällig, 1 einige
                           Datensätze fehlgeschlagen, 3 ein Lauf fehlgeschlagen, 4 abgebrochen (Strg+C).
</translation>
    </message>
    <message>
        <source>sync: print the API calls the run would use per system, without running it.</source>
        <translation>sync: die API-Aufrufe ausgeben, die der Lauf je System bräuchte, ohne ihn zu starten.</translation>
    </message>
    <message>
        <source>Forecast for “%1”: %2</source>
        <translation>Prognose für „%1“: %2</translation>
    </message>
    <message>
        <source>Full run: %1</source>
        <translation>Vollständiger Lauf: %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Used today</source>
        <translation>Heute genutzt</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Daily allowance</source>
        <translation>Tageskontingent</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>no published daily limit</source>
        <translation>kein veröffentlichtes Tageslimit</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>less than 10 % left after the run</source>
        <translation>nach dem Lauf weniger als 10 % übrig</translation>
    </message>
    <message>
        <source>would exhaust the allowance</source>
        <translation>würde das Kontingent aufbrauchen</translation>
    </message>
    <message>
        <source>sync, undo: record what would change, without writing to any system.</source>
        <translation>sync, undo: aufzeichnen, was sich ändern würde, ohne in ein System zu schreiben.</translation>
    </message>
    <message>
        <source>The undo command takes one run number.</source>
        <translation>Der Befehl undo erwartet genau eine Laufnummer.</translation>
    </message>
    <message>
        <source>This run is the undo of run %1.</source>
        <translation>Dieser Lauf macht Lauf %1 rückgängig.</translation>
    </message>
    <message>
        <source>  undo RUN [--preview]     Undo a finished run (its number in history): restore the values it
                           replaced and remove the Act-On contacts it added, as a new run; records
                           changed since are left alone with the reason. --preview records and
                           prints the plan without writing. Exit status as for sync.
</source>
        <translation>  undo RUN [--preview]     Einen beendeten Lauf rückgängig machen (seine Nummer im Verlauf): die
                           ersetzten Werte zurückschreiben und die angelegten Act-On-Kontakte
                           entfernen, als neuer Lauf; seither geänderte Datensätze bleiben mit
                           Grund unverändert. --preview zeichnet den Plan auf und gibt ihn aus, ohne
                           zu schreiben. Exit-Status wie bei sync.
</translation>
    </message>
    <message>
        <source>Say which run to undo by its number: “leadbridge-cli undo 42”. “leadbridge-cli history” lists the runs.</source>
        <translation>Geben Sie die Nummer des Laufs an, der rückgängig gemacht werden soll: „leadbridge-cli undo 42“. „leadbridge-cli history“ listet die Läufe auf.</translation>
    </message>
    <message>
        <source>The undo would do this:</source>
        <translation>Das Rückgängigmachen würde Folgendes tun:</translation>
    </message>
    <message>
        <source>The undo did this:</source>
        <translation>Das Rückgängigmachen hat Folgendes getan:</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>wiederherstellen</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>left alone</source>
        <translation>unverändert gelassen</translation>
    </message>
    <message>
        <source>conflicts resolve: the value to keep, crm or acton.</source>
        <translation>conflicts resolve: der Wert, der bleibt, crm oder acton.</translation>
    </message>
    <message>
        <source>side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>
  conflicts [FLOW]         The conflicts held for review (flow rule &quot;Hold for review&quot;): person,
                           field, the CRM and the Act-On value, status.
  conflicts resolve ID [ID ...] --keep crm|acton
                           Keep the CRM or the Act-On value; the flow&apos;s next run writes it.</source>
        <translation>
  conflicts [FLOW]         Die zur Prüfung zurückgehaltenen Konflikte (Ablaufregel „Zur Prüfung zurückhalten“): Person,
                           Feld, CRM- und Act-On-Wert, Status.
  conflicts resolve ID [ID ...] --keep crm|acton
                           Den CRM- oder den Act-On-Wert behalten; der nächste Lauf des Ablaufs schreibt ihn.</translation>
    </message>
    <message>
        <source>Say which value to keep: “leadbridge-cli conflicts resolve ID --keep crm” or “--keep acton”.</source>
        <translation>Geben Sie an, welcher Wert bleiben soll: „leadbridge-cli conflicts resolve ID --keep crm“ oder „--keep acton“.</translation>
    </message>
    <message>
        <source>“%1” is not a conflict number, as “leadbridge-cli conflicts” shows it.</source>
        <translation>„%1“ ist keine Konfliktnummer, wie „leadbridge-cli conflicts“ sie zeigt.</translation>
    </message>
    <message>
        <source>Say which conflicts to resolve, by number: “leadbridge-cli conflicts resolve 12 --keep acton”.</source>
        <translation>Geben Sie die zu lösenden Konflikte mit ihrer Nummer an: „leadbridge-cli conflicts resolve 12 --keep acton“.</translation>
    </message>
    <message numerus="yes">
        <source>Keeping the Act-On value of %n conflict(s); the flow&apos;s next run writes it.</source>
        <translation>
            <numerusform>Der Act-On-Wert von %n Konflikt bleibt; der nächste Lauf des Ablaufs schreibt ihn.</numerusform>
            <numerusform>Der Act-On-Wert von %n Konflikten bleibt; der nächste Lauf des Ablaufs schreibt ihn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Keeping the CRM value of %n conflict(s); the flow&apos;s next run writes it.</source>
        <translation>
            <numerusform>Der CRM-Wert von %n Konflikt bleibt; der nächste Lauf des Ablaufs schreibt ihn.</numerusform>
            <numerusform>Der CRM-Wert von %n Konflikten bleibt; der nächste Lauf des Ablaufs schreibt ihn.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conflicts command takes at most one flow, or “resolve ID --keep crm|acton”.</source>
        <translation>Der Befehl conflicts nimmt höchstens einen Ablauf oder „resolve ID --keep crm|acton“.</translation>
    </message>
    <message>
        <source>--keep goes with “leadbridge-cli conflicts resolve ID”.</source>
        <translation>--keep gehört zu „leadbridge-cli conflicts resolve ID“.</translation>
    </message>
    <message>
        <source>No conflicts held for review. A CRM contact sync flow holds fields changed on both sides when its conflict rule is “Hold for review”.</source>
        <translation>Keine Konflikte zur Prüfung zurückgehalten. Ein Ablauf zum Abgleich von CRM-Kontakten hält auf beiden Seiten geänderte Felder zurück, wenn seine Konfliktregel „Zur Prüfung zurückhalten“ ist.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>CRM value</source>
        <translation>CRM-Wert</translation>
    </message>
    <message>
        <source>Act-On value</source>
        <translation>Act-On-Wert</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>keep Act-On value, applied by the next run</source>
        <translation>Act-On-Wert bleibt, wird beim nächsten Lauf übernommen</translation>
    </message>
    <message>
        <source>keep %1 value, applied by the next run</source>
        <translation>%1-Wert bleibt, wird beim nächsten Lauf übernommen</translation>
    </message>
    <message>
        <source>applied by run %1</source>
        <translation>übernommen von Lauf %1</translation>
    </message>
    <message>
        <source>superseded: %1</source>
        <translation>überholt: %1</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>  apply RUN                Apply the plan of preview RUN (its number in history) as a new run that
                           writes exactly the previewed changes; records changed since the preview
                           are not written and are listed with the reason (press Preview again for
                           them). Exit status as for sync; 2 when the preview cannot be applied.
</source>
        <translation>  apply RUN                Den Plan der Vorschau RUN (ihre Nummer im Verlauf) als neuen Lauf anwenden,
                           der genau die Änderungen der Vorschau schreibt; seit der Vorschau geänderte
                           Datensätze werden nicht geschrieben und mit dem Grund aufgeführt (für sie
                           erneut eine Vorschau erstellen). Exit-Status wie bei sync; 2, wenn die
                           Vorschau nicht angewendet werden kann.
</translation>
    </message>
    <message>
        <source>Say which preview to apply by its run number: “leadbridge-cli apply 42”. “leadbridge-cli history” lists the runs.</source>
        <translation>Geben Sie die Vorschau an, die angewendet werden soll, mit ihrer Laufnummer: „leadbridge-cli apply 42“. „leadbridge-cli history“ listet die Läufe auf.</translation>
    </message>
    <message>
        <source>This run carried out preview %1.</source>
        <translation>Dieser Lauf hat Vorschau %1 ausgeführt.</translation>
    </message>
    <message>
        <source>Record by record:</source>
        <translation>Datensatz für Datensatz:</translation>
    </message>
    <message>
        <source>The apply command takes one run number: the preview&apos;s.</source>
        <translation>Der Befehl apply nimmt eine Laufnummer: die der Vorschau.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ConflictRepository</name>
    <message>
        <source>LeadBridge could not store the conflicts held for review. Details are in the log.</source>
        <translation>LeadBridge konnte die zur Prüfung zurückgehaltenen Konflikte nicht speichern. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>LeadBridge could not record that the decisions made in the Conflicts view were applied. Details are in the log.</source>
        <translation>LeadBridge konnte nicht festhalten, dass die Entscheidungen aus der Ansicht „Konflikte“ übernommen wurden. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>LeadBridge could not record that held conflicts changed since they were found. Details are in the log.</source>
        <translation>LeadBridge konnte nicht festhalten, dass sich zurückgehaltene Konflikte seit ihrem Auftreten geändert haben. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Choose which value to keep: the CRM&apos;s or Act-On&apos;s.</source>
        <translation>Wählen Sie, welcher Wert bleibt: der des CRM oder der von Act-On.</translation>
    </message>
    <message>
        <source>Select at least one conflict first.</source>
        <translation>Wählen Sie zuerst mindestens einen Konflikt aus.</translation>
    </message>
    <message>
        <source>LeadBridge could not store the decision. Details are in the log.</source>
        <translation>LeadBridge konnte die Entscheidung nicht speichern. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Conflict %1 was already applied or has changed since, or does not exist. Refresh the list and decide again.</source>
        <translation>Konflikt %1 wurde bereits übernommen, hat sich inzwischen geändert oder existiert nicht. Aktualisieren Sie die Liste und entscheiden Sie erneut.</translation>
    </message>
    <message>
        <source>LeadBridge could not read the conflicts held for review. Details are in the log.</source>
        <translation>LeadBridge konnte die zur Prüfung zurückgehaltenen Konflikte nicht lesen. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>There is no conflict %1.</source>
        <translation>Es gibt keinen Konflikt %1.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ConflictRules</name>
    <message>
        <source>CRM wins</source>
        <translation>CRM gewinnt</translation>
    </message>
    <message>
        <source>Act-On wins</source>
        <translation>Act-On gewinnt</translation>
    </message>
    <message>
        <source>Newest change wins</source>
        <translation>Neueste Änderung gewinnt</translation>
    </message>
    <message>
        <source>Skip (leave both)</source>
        <translation>Überspringen (beide belassen)</translation>
    </message>
    <message>
        <source>Hold for review</source>
        <translation>Zur Prüfung zurückhalten</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Fields changed in both the CRM and Act-On, held for you to decide (flow rule &quot;Hold for review&quot;).</source>
        <translation>Felder, die im CRM und in Act-On geändert wurden und auf Ihre Entscheidung warten (Ablaufregel „Zur Prüfung zurückhalten“).</translation>
    </message>
    <message>
        <source>No conflicts held</source>
        <translation>Keine Konflikte zurückgehalten</translation>
    </message>
    <message>
        <source>When a flow&apos;s rule for fields changed on both sides is &quot;Hold for review&quot;, such fields are written on neither side and listed here, with both values, for you to choose one. The next run writes the value you keep.</source>
        <translation>Ist die Regel eines Ablaufs für auf beiden Seiten geänderte Felder „Zur Prüfung zurückhalten“, werden solche Felder auf keiner Seite geschrieben und hier mit beiden Werten aufgeführt, damit Sie einen wählen. Der nächste Lauf schreibt den Wert, der bleibt.</translation>
    </message>
    <message>
        <source>Where to switch it on</source>
        <translation>Wo man es einschaltet</translation>
    </message>
    <message>
        <source>Flows, a CRM contact sync flow, &quot;When both sides changed:&quot; Hold for review.</source>
        <translation>Abläufe, ein Ablauf zum Abgleich von CRM-Kontakten, „Wenn beide Seiten geändert wurden:“ Zur Prüfung zurückhalten.</translation>
    </message>
    <message>
        <source>Conflicts held for review</source>
        <translation>Zur Prüfung zurückgehaltene Konflikte</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>CRM value</source>
        <translation>CRM-Wert</translation>
    </message>
    <message>
        <source>Act-On value</source>
        <translation>Act-On-Wert</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Select &amp;whole person</source>
        <translation>&amp;Ganze Person auswählen</translation>
    </message>
    <message>
        <source>Adds every undecided field of the selected people.</source>
        <translation>Wählt alle noch offenen Felder der ausgewählten Personen dazu aus.</translation>
    </message>
    <message>
        <source>Keep the &amp;CRM value</source>
        <translation>&amp;CRM-Wert behalten</translation>
    </message>
    <message>
        <source>Keep the &amp;Act-On value</source>
        <translation>&amp;Act-On-Wert behalten</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Keeps the Act-On value</source>
        <translation>Act-On-Wert bleibt</translation>
    </message>
    <message>
        <source>Keeps the %1 value</source>
        <translation>%1-Wert bleibt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>%1. Applied by the next run.</source>
        <translation>%1. Wird beim nächsten Lauf übernommen.</translation>
    </message>
    <message>
        <source>%1. Applied by run %2.</source>
        <translation>%1. Übernommen von Lauf %2.</translation>
    </message>
    <message>
        <source>Superseded: %1</source>
        <translation>Überholt: %1</translation>
    </message>
    <message>
        <source>%1 (run %2)</source>
        <translation>%1 (Lauf %2)</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>%1 value</source>
        <translation>%1-Wert</translation>
    </message>
    <message>
        <source>Keep the %1 value</source>
        <translation>%1-Wert behalten</translation>
    </message>
    <message>
        <source>Select the fields to decide.</source>
        <translation>Wählen Sie die Felder aus, über die Sie entscheiden.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) selected.</source>
        <translation>
            <numerusform>%n Feld ausgewählt.</numerusform>
            <numerusform>%n Felder ausgewählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadBridge::Connector</name>
    <message>
        <source>“%1” is not a web address. Enter it as https://host.example.com.</source>
        <translation>„%1“ ist keine Webadresse. Geben Sie sie als https://host.example.com ein.</translation>
    </message>
    <message>
        <source>LeadBridge only connects to %1 over an encrypted connection. Use an https:// address.</source>
        <translation>LeadBridge verbindet sich mit %1 nur über eine verschlüsselte Verbindung. Verwenden Sie eine https://-Adresse.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::CredentialStore</name>
    <message>
        <source>LeadBridge has no saved secret for this account. Enter the password or sign in again in the account settings.</source>
        <translation>LeadBridge hat kein gespeichertes Geheimnis für dieses Konto. Geben Sie das Passwort ein oder melden Sie sich in den Kontoeinstellungen erneut an.</translation>
    </message>
    <message>
        <source>LeadBridge could not reach your system keychain, so it cannot store passwords safely. Start a Secret Service such as GNOME Keyring or KWallet (on a server: run inside dbus-run-session with gnome-keyring-daemon --unlock) and try again.</source>
        <translation>LeadBridge konnte den Schlüsselbund Ihres Systems nicht erreichen und kann Passwörter daher nicht sicher speichern. Starten Sie einen Secret Service wie GNOME Keyring oder KWallet (auf einem Server: in dbus-run-session mit gnome-keyring-daemon --unlock ausführen) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>LeadBridge was not allowed to use your system keychain. Unlock the keychain, allow LeadBridge access when asked, and try again.</source>
        <translation>LeadBridge durfte den Schlüsselbund Ihres Systems nicht verwenden. Entsperren Sie den Schlüsselbund, erlauben Sie LeadBridge den Zugriff, wenn Sie gefragt werden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The secret saved for this account in your system keychain is incomplete. Enter the password or sign in again to replace it.</source>
        <translation>Das im Schlüsselbund Ihres Systems gespeicherte Geheimnis für dieses Konto ist unvollständig. Geben Sie das Passwort ein oder melden Sie sich erneut an, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>LeadBridge could not use the system keychain because the account or secret name is not valid. Please report this problem.</source>
        <translation>LeadBridge konnte den Schlüsselbund des Systems nicht verwenden, weil der Konto- oder Geheimnisname ungültig ist. Bitte melden Sie dieses Problem.</translation>
    </message>
    <message>
        <source>Your system keychain reported an error, so LeadBridge could not use the saved secret. Try again; if it keeps failing, check your keychain application.</source>
        <translation>Der Schlüsselbund Ihres Systems hat einen Fehler gemeldet, daher konnte LeadBridge das gespeicherte Geheimnis nicht verwenden. Versuchen Sie es erneut; wenn es weiterhin fehlschlägt, prüfen Sie Ihre Schlüsselbund-Anwendung.</translation>
    </message>
    <message numerus="yes">
        <source>LeadBridge stopped waiting for the system keychain after %n second(s), so the newest sign-in tokens may not be saved and the next run may have to sign in with the password again. Check that the keychain is unlocked and responding.</source>
        <translation>
            <numerusform>LeadBridge hat nach %n Sekunde aufgehört, auf den Schlüsselbund des Systems zu warten; die neuesten Anmelde-Tokens sind daher vielleicht nicht gespeichert, und der nächste Lauf muss sich eventuell wieder mit dem Passwort anmelden. Prüfen Sie, ob der Schlüsselbund entsperrt ist und antwortet.</numerusform>
            <numerusform>LeadBridge hat nach %n Sekunden aufgehört, auf den Schlüsselbund des Systems zu warten; die neuesten Anmelde-Tokens sind daher vielleicht nicht gespeichert, und der nächste Lauf muss sich eventuell wieder mit dem Passwort anmelden. Prüfen Sie, ob der Schlüsselbund entsperrt ist und antwortet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadBridge::CrmContactSyncForm</name>
    <message>
        <source>Two-way: CRM changes flow to Act-On and Act-On changes push to the CRM (per field, see Allow push in the mapping). One-way: only scores push to the CRM.</source>
        <translation>Beide Richtungen: CRM-Änderungen fließen nach Act-On, und Act-On-Änderungen werden an das CRM übertragen (pro Feld, siehe „Zurückschreiben erlauben“ in der Zuordnung). Nur CRM → Act-On: Nur Scores werden an das CRM übertragen.</translation>
    </message>
    <message>
        <source>&amp;Push policy:</source>
        <translation>&amp;Übertragungsregel:</translation>
    </message>
    <message>
        <source>When both sides &amp;changed:</source>
        <translation>Wenn beide Seiten &amp;geändert wurden:</translation>
    </message>
    <message>
        <source>&amp;Leads</source>
        <translation>Lea&amp;ds</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>Kon&amp;takte</translation>
    </message>
    <message>
        <source>CRM records synced:</source>
        <translation>Synchronisierte CRM-Datensätze:</translation>
    </message>
    <message>
        <source>Choose an Act-On list to reuse, or type a new name: LeadBridge creates it at the first run.</source>
        <translation>Wählen Sie eine vorhandene Act-On-Liste oder geben Sie einen neuen Namen ein: LeadBridge legt die Liste beim ersten Lauf an.</translation>
    </message>
    <message>
        <source>Act-On &amp;list:</source>
        <translation>Act-On-L&amp;iste:</translation>
    </message>
    <message>
        <source>Folder for a &amp;new list:</source>
        <translation>Ordner für eine ne&amp;ue Liste:</translation>
    </message>
    <message>
        <source>Push &amp;hard bounces to the CRM field</source>
        <translation>&amp;Hard Bounces in das CRM-Feld übertragen</translation>
    </message>
    <message>
        <source>CRM field for hard bounces</source>
        <translation>CRM-Feld für Hard Bounces</translation>
    </message>
    <message>
        <source>Bounces:</source>
        <translation>Bounces:</translation>
    </message>
    <message>
        <source>Sync &amp;opt-outs (the Opt-Out row of the field map, e.g. HasOptedOutOfEmail)</source>
        <translation>Ab&amp;meldungen synchronisieren (die Zeile „Abmeldung“ der Feldzuordnung, z. B. HasOptedOutOfEmail)</translation>
    </message>
    <message>
        <source>Opt-outs:</source>
        <translation>Abmeldungen:</translation>
    </message>
    <message>
        <source>Edit &amp;Mapping…</source>
        <translation>&amp;Zuordnung bearbeiten…</translation>
    </message>
    <message>
        <source>Field map:</source>
        <translation>Feldzuordnung:</translation>
    </message>
    <message>
        <source>the Hard Bounce row of the field map</source>
        <translation>die Zeile „Hard Bounce“ der Feldzuordnung</translation>
    </message>
    <message>
        <source>Choose which CRM fields fill which Act-On fields, and what may be pushed back.</source>
        <translation>Wählen Sie, welche CRM-Felder welche Act-On-Felder füllen und was zurückgeschrieben werden darf.</translation>
    </message>
    <message>
        <source>The common fields are pre-mapped when the flow is created; adjust them with Edit Mapping… afterwards.</source>
        <translation>Die üblichen Felder werden beim Anlegen des Ablaufs vorab zugeordnet; passen Sie sie danach mit „Zuordnung bearbeiten…“ an.</translation>
    </message>
    <message>
        <source>every </source>
        <translation>alle </translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Full sync every so many days</source>
        <translation>Tage zwischen vollständigen Synchronisierungen</translation>
    </message>
    <message>
        <source>Incremental runs follow the schedule. A full run reads every record again at this cadence and whenever a field is added to the map; Run Full Sync Now on the Flows page starts one at once.</source>
        <translation>Inkrementelle Läufe folgen dem Zeitplan. Ein vollständiger Lauf liest in diesem Abstand und immer dann, wenn der Zuordnung ein Feld hinzugefügt wird, alle Datensätze erneut; „Jetzt vollständig synchronisieren“ auf der Seite „Abläufe“ startet sofort einen.</translation>
    </message>
    <message>
        <source>&amp;Full sync:</source>
        <translation>&amp;Vollständige Synchronisierung:</translation>
    </message>
    <message>
        <source>What happens to a field changed on both sides since the last sync. &quot;Hold for review&quot; writes neither side and lists the field in Conflicts, where you keep one of the two values; the next run writes it.</source>
        <translation>Was mit einem Feld geschieht, das seit dem letzten Abgleich auf beiden Seiten geändert wurde. „Zur Prüfung zurückhalten“ schreibt keine Seite und führt das Feld unter „Konflikte“ auf, wo Sie einen der beiden Werte behalten; der nächste Lauf schreibt ihn.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::CrmContactSyncRunner</name>
    <message>
        <source>Reading the flow&apos;s settings…</source>
        <translation>Einstellungen des Ablaufs werden gelesen…</translation>
    </message>
    <message>
        <source>This flow needs a linked Act-On account and a linked Salesforce or Pipeliner account. Check the flow&apos;s accounts.</source>
        <translation>Dieser Ablauf braucht ein verknüpftes Act-On-Konto und ein verknüpftes Salesforce- oder Pipeliner-Konto. Prüfen Sie die Konten des Ablaufs.</translation>
    </message>
    <message>
        <source>The field map of this flow has no e-mail field. Map &quot;E-mail Address&quot; on the flow&apos;s Mapping page and run it again.</source>
        <translation>Die Feldzuordnung dieses Ablaufs hat kein E-Mail-Feld. Ordnen Sie „E-mail Address“ auf der Zuordnungsseite des Ablaufs zu und führen Sie ihn erneut aus.</translation>
    </message>
    <message>
        <source>This flow reads neither leads nor contacts. Choose at least one in the flow&apos;s settings.</source>
        <translation>Dieser Ablauf liest weder Leads noch Kontakte. Wählen Sie in den Einstellungen des Ablaufs mindestens eines davon.</translation>
    </message>
    <message>
        <source>Signing in to Act-On…</source>
        <translation>Anmeldung bei Act-On…</translation>
    </message>
    <message>
        <source>Reading what was synced before…</source>
        <translation>Bisher Synchronisiertes wird gelesen…</translation>
    </message>
    <message>
        <source>Reading %1 leads…</source>
        <translation>%1-Leads werden gelesen…</translation>
    </message>
    <message>
        <source>Reading %1 contacts…</source>
        <translation>%1-Kontakte werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the Act-On list…</source>
        <translation>Act-On-Liste wird gelesen…</translation>
    </message>
    <message>
        <source>Reading Act-On opt-outs…</source>
        <translation>Act-On-Abmeldungen werden gelesen…</translation>
    </message>
    <message>
        <source>Reading Act-On hard bounces…</source>
        <translation>Act-On-Hard-Bounces werden gelesen…</translation>
    </message>
    <message>
        <source>Planning the changes…</source>
        <translation>Änderungen werden geplant…</translation>
    </message>
    <message>
        <source>Applying the changes…</source>
        <translation>Änderungen werden angewendet…</translation>
    </message>
    <message>
        <source>%1 did not report on this record.</source>
        <translation>%1 hat zu diesem Datensatz nichts gemeldet.</translation>
    </message>
    <message>
        <source>Act-On reported this person as opted out or hard-bounced.</source>
        <translation>Act-On hat diese Person als abgemeldet oder mit Hard Bounce gemeldet.</translation>
    </message>
    <message>
        <source>Saving where this run stopped…</source>
        <translation>Haltepunkt dieses Laufs wird gespeichert…</translation>
    </message>
    <message>
        <source>The run stopped because a system did not answer as expected. Details are in the log.</source>
        <translation>Der Lauf wurde angehalten, weil ein System nicht wie erwartet geantwortet hat. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Added to Act-On with the values of the %1 record.</source>
        <translation>In Act-On mit den Werten des %1-Datensatzes hinzugefügt.</translation>
    </message>
    <message>
        <source>The e-mail address of this person changed in %1 from %2 to %3, but the Act-On list already has another contact with %3. LeadBridge does not merge two contacts: merge or remove one of them in Act-On or %1, then sync again.</source>
        <translation>Die E-Mail-Adresse dieser Person wurde in %1 von %2 in %3 geändert, aber die Act-On-Liste hat bereits einen anderen Kontakt mit %3. LeadBridge führt keine zwei Kontakte zusammen: Führen Sie sie in Act-On oder %1 zusammen oder entfernen Sie einen, und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Would be added to Act-On with the values of the %1 record.</source>
        <translation>Würde in Act-On mit den Werten des %1-Datensatzes hinzugefügt.</translation>
    </message>
    <message>
        <source>Checking the Act-On list after this run&apos;s writes…</source>
        <translation>Act-On-Liste wird nach den Schreibvorgängen dieses Laufs geprüft…</translation>
    </message>
</context>
<context>
    <name>LeadBridge::CrmIdentityColumns</name>
    <message>
        <source>The Act-On list %1 has no column %2, so the CRM record id and type were not written to it. Add the column to the list in Act-On (as text); the next sync fills it.</source>
        <translation>Die Act-On-Liste %1 hat keine Spalte %2, daher wurden ID und Typ des CRM-Datensatzes nicht in sie geschrieben. Legen Sie die Spalte in Act-On in der Liste an (als Text); die nächste Synchronisierung füllt sie.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::CrmKinds</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
</context>
<context>
    <name>LeadBridge::DemoFlows</name>
    <message>
        <source>Demo: Webinar import</source>
        <translation>Demo: Webinar-Import</translation>
    </message>
    <message>
        <source>Demo: Salesforce ↔ Act-On contacts</source>
        <translation>Demo: Salesforce ↔ Act-On-Kontakte</translation>
    </message>
    <message>
        <source>Demo: Salesforce list sync</source>
        <translation>Demo: Salesforce-Listenabgleich</translation>
    </message>
    <message>
        <source>Demo: Lead handoff to Pipeliner</source>
        <translation>Demo: Lead-Übergabe an Pipeliner</translation>
    </message>
    <message>
        <source>Salesforce contacts</source>
        <translation>Salesforce-Kontakte</translation>
    </message>
    <message>
        <source>LeadBridge could not add the demo flow “%1”: %2</source>
        <translation>LeadBridge konnte den Demo-Ablauf „%1“ nicht hinzufügen: %2</translation>
    </message>
    <message>
        <source>LeadBridge could not save the field map of the demo flow “%1”: %2</source>
        <translation>LeadBridge konnte die Feldzuordnung des Demo-Ablaufs „%1“ nicht speichern: %2</translation>
    </message>
    <message>
        <source>LeadBridge could not schedule the demo flow “%1”: %2</source>
        <translation>LeadBridge konnte für den Demo-Ablauf „%1“ keinen Zeitplan festlegen: %2</translation>
    </message>
</context>
<context>
    <name>LeadBridge::EngineWorker</name>
    <message>
        <source>LeadBridge cannot connect to accounts of this kind.</source>
        <translation>LeadBridge kann sich mit Konten dieser Art nicht verbinden.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ErrorBanner</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>LeadBridge::FieldMapJson</name>
    <message>
        <source>The file is not valid JSON (%1 at character %2). Choose a field map exported by LeadBridge, or repair the file and import it again.</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Zeichen %2). Wählen Sie eine von LeadBridge exportierte Feldzuordnung oder reparieren Sie die Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The file does not contain a field map: a JSON object was expected at the top level. Choose a field map exported by LeadBridge.</source>
        <translation>Die Datei enthält keine Feldzuordnung: Auf oberster Ebene wurde ein JSON-Objekt erwartet. Wählen Sie eine von LeadBridge exportierte Feldzuordnung.</translation>
    </message>
    <message>
        <source>This is not a LeadBridge field map (format is %1, expected %2). Choose a file exported from a flow&apos;s field map.</source>
        <translation>Dies ist keine LeadBridge-Feldzuordnung (Format ist %1, erwartet %2). Wählen Sie eine Datei, die aus der Feldzuordnung eines Ablaufs exportiert wurde.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>The field map has no valid format version (expected a whole number such as %1). Export it again from LeadBridge.</source>
        <translation>Die Feldzuordnung hat keine gültige Formatversion (erwartet wird eine ganze Zahl wie %1). Exportieren Sie sie erneut aus LeadBridge.</translation>
    </message>
    <message>
        <source>This field map was written by a newer LeadBridge (format version %1; this version reads up to %2). Update LeadBridge to import it.</source>
        <translation>Diese Feldzuordnung wurde von einer neueren LeadBridge-Version geschrieben (Formatversion %1; diese Version liest bis %2). Aktualisieren Sie LeadBridge, um sie zu importieren.</translation>
    </message>
    <message>
        <source>Unknown CRM %1: expected %2 or %3.</source>
        <translation>Unbekanntes CRM %1: erwartet %2 oder %3.</translation>
    </message>
    <message>
        <source>Unknown push policy %1: expected %2 or %3.</source>
        <translation>Unbekannte Übertragungsregel %1: erwartet %2 oder %3.</translation>
    </message>
    <message>
        <source>The field map has no list of rows (%1). Export it again from LeadBridge.</source>
        <translation>Die Feldzuordnung hat keine Liste von Zeilen (%1). Exportieren Sie sie erneut aus LeadBridge.</translation>
    </message>
    <message>
        <source>Row %1 is not a JSON object.</source>
        <translation>Zeile %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Row %1 has no marketing field name (%2).</source>
        <translation>Zeile %1 hat keinen Marketingfeldnamen (%2).</translation>
    </message>
    <message>
        <source>Row %1 (%2) has an unknown data type %3; use one of boolean, date, datetime, text, number, score, email, multi-text.</source>
        <translation>Zeile %1 (%2) hat einen unbekannten Datentyp %3; verwenden Sie boolean, date, datetime, text, number, score, email oder multi-text.</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3 must be true or false.</source>
        <translation>Zeile %1 (%2): %3 muss true oder false sein.</translation>
    </message>
    <message>
        <source>Row %1 (%2) has an unknown system usage %3.</source>
        <translation>Zeile %1 (%2) hat eine unbekannte Systemverwendung %3.</translation>
    </message>
    <message>
        <source>Row %1 says %2 is an Act-On standard field, but there is no standard field of that name. Set %3 to false to import it as a custom field.</source>
        <translation>Zeile %1 gibt an, dass %2 ein Act-On-Standardfeld ist, aber es gibt kein Standardfeld dieses Namens. Setzen Sie %3 auf false, um es als benutzerdefiniertes Feld zu importieren.</translation>
    </message>
    <message>
        <source>Row %1: the standard field %2 has the data type %3, not %4.</source>
        <translation>Zeile %1: Das Standardfeld %2 hat den Datentyp %3, nicht %4.</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3 must be text.</source>
        <translation>Zeile %1 (%2): %3 muss Text sein.</translation>
    </message>
    <message>
        <source>Row %1 repeats the marketing field %2 of row %3. Remove one of them and import again.</source>
        <translation>Zeile %1 wiederholt das Marketingfeld %2 aus Zeile %3. Entfernen Sie eine der beiden und importieren Sie erneut.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::FieldMapRepository</name>
    <message>
        <source>LeadBridge could not read the field map from the journal. See the log for details.</source>
        <translation>LeadBridge konnte die Feldzuordnung nicht aus dem Journal lesen. Einzelheiten finden Sie im Protokoll.</translation>
    </message>
    <message>
        <source>The saved field map of this flow cannot be read (%1). Import a map from a file or map the fields again.</source>
        <translation>Die gespeicherte Feldzuordnung dieses Ablaufs kann nicht gelesen werden (%1). Importieren Sie eine Zuordnung aus einer Datei oder ordnen Sie die Felder erneut zu.</translation>
    </message>
    <message>
        <source>LeadBridge could not save the field map. Your changes are still in the editor; try again, and see the log for details.</source>
        <translation>LeadBridge konnte die Feldzuordnung nicht speichern. Ihre Änderungen sind noch im Editor; versuchen Sie es erneut und sehen Sie im Protokoll nach Einzelheiten.</translation>
    </message>
    <message>
        <source>The flow no longer exists, so its field map cannot be saved.</source>
        <translation>Der Ablauf existiert nicht mehr, daher kann seine Feldzuordnung nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>LeadBridge could not remove the field map. See the log for details.</source>
        <translation>LeadBridge konnte die Feldzuordnung nicht entfernen. Einzelheiten finden Sie im Protokoll.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::FieldMapTableModel</name>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) — %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Score fields always push: the score is computed in Act-On and sending it to the CRM is what a score mapping is for. To stop it, remove the mapping.</source>
        <translation>Score-Felder werden immer übertragen: Der Score wird in Act-On berechnet, und ihn an das CRM zu senden ist der Zweck einer Score-Zuordnung. Um das zu beenden, entfernen Sie die Zuordnung.</translation>
    </message>
    <message>
        <source>The flow&apos;s push policy is “CRM → Act-On only”, so this field is not pushed. Choose “Two-way” above to push fields whose Allow push is on.</source>
        <translation>Die Übertragungsregel des Ablaufs ist „Nur CRM → Act-On“, daher wird dieses Feld nicht übertragen. Wählen Sie oben „Beide Richtungen“, um Felder zu übertragen, bei denen „Zurückschreiben erlauben“ aktiv ist.</translation>
    </message>
    <message>
        <source>When on, Act-On changes to this field are written back to existing CRM records. New CRM records always get every mapped field.</source>
        <translation>Wenn aktiv, werden Act-On-Änderungen an diesem Feld in bestehende CRM-Datensätze zurückgeschrieben. Neue CRM-Datensätze erhalten immer jedes zugeordnete Feld.</translation>
    </message>
    <message>
        <source>Allow push: on</source>
        <translation>Zurückschreiben erlauben: an</translation>
    </message>
    <message>
        <source>Allow push: off</source>
        <translation>Zurückschreiben erlauben: aus</translation>
    </message>
    <message>
        <source>Act-On standard field “%1”.</source>
        <translation>Act-On-Standardfeld „%1“.</translation>
    </message>
    <message>
        <source>Custom Act-On field “%1”. Double-click to rename it.</source>
        <translation>Benutzerdefiniertes Act-On-Feld „%1“. Doppelklicken Sie, um es umzubenennen.</translation>
    </message>
    <message>
        <source>No %1 field. Press F2 or start typing to pick one.</source>
        <translation>Kein %1-Feld. Drücken Sie F2 oder beginnen Sie zu tippen, um eines zu wählen.</translation>
    </message>
    <message>
        <source>Act-On field</source>
        <translation>Act-On-Feld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>%1 Lead field</source>
        <translation>%1-Lead-Feld</translation>
    </message>
    <message>
        <source>%1 Contact field</source>
        <translation>%1-Kontaktfeld</translation>
    </message>
    <message>
        <source>Allow push</source>
        <translation>Zurückschreiben erlauben</translation>
    </message>
    <message>
        <source>The Act-On contact field: a standard field or a custom one you added.</source>
        <translation>Das Act-On-Kontaktfeld: ein Standardfeld oder ein von Ihnen hinzugefügtes benutzerdefiniertes Feld.</translation>
    </message>
    <message>
        <source>The Act-On data type. Only custom fields can change it.</source>
        <translation>Der Act-On-Datentyp. Nur benutzerdefinierte Felder können ihn ändern.</translation>
    </message>
    <message>
        <source>The %1 Lead field that fills the Act-On field. Blank: not read from Leads.</source>
        <translation>Das %1-Lead-Feld, das das Act-On-Feld füllt. Leer: nicht aus Leads gelesen.</translation>
    </message>
    <message>
        <source>The %1 Contact field that fills the Act-On field. Blank: not read from Contacts.</source>
        <translation>Das %1-Kontaktfeld, das das Act-On-Feld füllt. Leer: nicht aus Kontakten gelesen.</translation>
    </message>
    <message>
        <source>Whether Act-On changes are written back to existing %1 records.</source>
        <translation>Ob Act-On-Änderungen in bestehende %1-Datensätze zurückgeschrieben werden.</translation>
    </message>
    <message>
        <source>The Act-On score sheet whose score fills this field. To sync several score sheets, add one Score row per sheet.</source>
        <translation>Das Act-On-Bewertungsschema, dessen Punktzahl dieses Feld füllt. Um mehrere Bewertungsschemata zu synchronisieren, fügen Sie je Schema eine Zeile „Score“ hinzu.</translation>
    </message>
    <message>
        <source>Score sheet</source>
        <translation>Bewertungsschema</translation>
    </message>
    <message>
        <source>Score rows: which Act-On score sheet&apos;s score is written to %1.</source>
        <translation>Score-Zeilen: welches Act-On-Bewertungsschema seine Punktzahl in %1 schreibt.</translation>
    </message>
    <message>
        <source>Default score sheet</source>
        <translation>Standard-Bewertungsschema</translation>
    </message>
</context>
<context>
    <name>LeadBridge::FieldPickerDelegate</name>
    <message>
        <source>Data type</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <source>%1 field</source>
        <translation>%1-Feld</translation>
    </message>
    <message>
        <source>Type to search, or leave empty for none</source>
        <translation>Tippen Sie zum Suchen oder lassen Sie das Feld leer für keines</translation>
    </message>
    <message>
        <source>No %1 field</source>
        <translation>Kein %1-Feld</translation>
    </message>
    <message>
        <source>Read-only in the CRM: values are read, never pushed.</source>
        <translation>Im CRM schreibgeschützt: Werte werden gelesen, nie übertragen.</translation>
    </message>
    <message>
        <source>Score sheet</source>
        <translation>Bewertungsschema</translation>
    </message>
</context>
<context>
    <name>LeadBridge::FlowEditorDialog</name>
    <message>
        <source>New Flow</source>
        <translation>Neuer Ablauf</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Changing an account clears this flow&apos;s record links and cursors: its next run reads every record again (a full sync).</source>
        <translation>Wenn Sie ein Konto ändern, werden die Datensatzverknüpfungen und Lesepositionen dieses Ablaufs gelöscht: Sein nächster Lauf liest alle Datensätze erneut (eine vollständige Synchronisierung).</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>An&amp;legen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>ON24 &amp;account:</source>
        <translation>ON24-&amp;Konto:</translation>
    </message>
    <message>
        <source>Act-On acc&amp;ount:</source>
        <translation>Act-On-K&amp;onto:</translation>
    </message>
    <message>
        <source>CRM &amp;account:</source>
        <translation>CRM-&amp;Konto:</translation>
    </message>
    <message>
        <source>Salesforce &amp;account:</source>
        <translation>Salesforce-&amp;Konto:</translation>
    </message>
    <message>
        <source>Act-On &amp;account:</source>
        <translation>Act-On-&amp;Konto:</translation>
    </message>
    <message>
        <source>CRM acc&amp;ount (leads go to):</source>
        <translation>CRM-K&amp;onto (Ziel der Leads):</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>A %1 flow needs a linked %2 account. Link one on the Accounts page (or use Try the sandbox there).</source>
        <translation>Ein Ablauf vom Typ %1 braucht ein verknüpftes %2-Konto. Verknüpfen Sie eines auf der Seite „Konten“ (oder verwenden Sie dort „Sandbox ausprobieren“).</translation>
    </message>
    <message>
        <source> and a </source>
        <translation> und ein </translation>
    </message>
</context>
<context>
    <name>LeadBridge::FlowListModel</name>
    <message>
        <source>Webinar import (ON24 → Act-On)</source>
        <translation>Webinar-Import (ON24 → Act-On)</translation>
    </message>
    <message>
        <source>CRM contact sync</source>
        <translation>CRM-Kontaktabgleich</translation>
    </message>
    <message>
        <source>List sync</source>
        <translation>Listenabgleich</translation>
    </message>
    <message>
        <source>Lead handoff</source>
        <translation>Lead-Übergabe</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>(unlinked account)</source>
        <translation>(getrenntes Konto)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Source → target</source>
        <translation>Quelle → Ziel</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>Morgen %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Gestern %1</translation>
    </message>
    <message>
        <source> (again when done)</source>
        <translation> (erneut, wenn fertig)</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Prüfung nötig</translation>
    </message>
    <message>
        <source>Paused: the flow does not run by its schedule until you resume it. Sync Now still runs it.</source>
        <translation>Pausiert: Der Ablauf läuft nicht nach seinem Zeitplan, bis Sie ihn fortsetzen. „Jetzt synchronisieren“ führt ihn weiterhin aus.</translation>
    </message>
    <message>
        <source>The next run reads every record again (a full sync), because the flow is new, its accounts changed or its field map gained a field.</source>
        <translation>Der nächste Lauf liest alle Datensätze erneut (eine vollständige Synchronisierung), weil der Ablauf neu ist, seine Konten geändert wurden oder seine Feldzuordnung ein Feld hinzubekommen hat.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Jetzt fällig</translation>
    </message>
    <message>
        <source>The flow has not run yet.</source>
        <translation>Der Ablauf ist noch nicht gelaufen.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3 created, %4 updated, %5 deleted, %6 errors.</source>
        <translation>%1 am %2: %3 angelegt, %4 aktualisiert, %5 gelöscht, %6 Fehler.</translation>
    </message>
    <message>
        <source>Paused. When resumed: %1.</source>
        <translation>Pausiert. Nach dem Fortsetzen: %1.</translation>
    </message>
    <message>
        <source>Paused. No schedule: the flow runs when you click Sync Now.</source>
        <translation>Pausiert. Kein Zeitplan: Der Ablauf läuft, wenn Sie auf „Jetzt synchronisieren“ klicken.</translation>
    </message>
    <message>
        <source>No schedule: the flow runs when you click Sync Now. Schedule… sets one.</source>
        <translation>Kein Zeitplan: Der Ablauf läuft, wenn Sie auf „Jetzt synchronisieren“ klicken. Mit „Zeitplan…“ legen Sie einen fest.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>LeadBridge::FlowLock</name>
    <message>
        <source>“%1” is already running in another LeadBridge process.</source>
        <translation>„%1“ läuft bereits in einem anderen LeadBridge-Prozess.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::FlowRepository</name>
    <message>
        <source>Give the flow a name.</source>
        <translation>Geben Sie dem Ablauf einen Namen.</translation>
    </message>
    <message>
        <source>The setting “%1” looks like a password, token or key. LeadBridge keeps those in the system keychain only, never in the journal.</source>
        <translation>Die Einstellung „%1“ sieht wie ein Passwort, Token oder Schlüssel aus. LeadBridge bewahrt solche Angaben nur im Schlüsselbund des Systems auf, nie im Journal.</translation>
    </message>
    <message>
        <source>LeadBridge could not save the flow “%1”. Check that its accounts still exist; details are in the log.</source>
        <translation>LeadBridge konnte den Ablauf „%1“ nicht speichern. Prüfen Sie, ob seine Konten noch existieren; Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>LeadBridge could not read the flow from the journal. See the log for details.</source>
        <translation>LeadBridge konnte den Ablauf nicht aus dem Journal lesen. Einzelheiten finden Sie im Protokoll.</translation>
    </message>
    <message>
        <source>The flow no longer exists.</source>
        <translation>Der Ablauf existiert nicht mehr.</translation>
    </message>
    <message>
        <source>LeadBridge could not read the flows from the journal. See the log for details.</source>
        <translation>LeadBridge konnte die Abläufe nicht aus dem Journal lesen. Einzelheiten finden Sie im Protokoll.</translation>
    </message>
    <message>
        <source>Choose a shorter name: at most 200 characters.</source>
        <translation>Wählen Sie einen kürzeren Namen: höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <source>Another flow is already called “%1”. Choose a different name.</source>
        <translation>Ein anderer Ablauf heißt bereits „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>New flow</source>
        <translation>Neuer Ablauf</translation>
    </message>
    <message>
        <source>LeadBridge could not save the change to the flow. See the log for details.</source>
        <translation>LeadBridge konnte die Änderung am Ablauf nicht speichern. Einzelheiten finden Sie im Protokoll.</translation>
    </message>
    <message>
        <source>LeadBridge could not copy the flow. See the log for details.</source>
        <translation>LeadBridge konnte den Ablauf nicht kopieren. Einzelheiten finden Sie im Protokoll.</translation>
    </message>
    <message>
        <source>LeadBridge could not delete the flow “%1”. See the log for details.</source>
        <translation>LeadBridge konnte den Ablauf „%1“ nicht löschen. Einzelheiten finden Sie im Protokoll.</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>Dieses Konto existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Choose a different account to move the flows to.</source>
        <translation>Wählen Sie ein anderes Konto, in das die Abläufe verschoben werden sollen.</translation>
    </message>
    <message>
        <source>Flows can only move to another account of the same system.</source>
        <translation>Abläufe können nur in ein anderes Konto desselben Systems verschoben werden.</translation>
    </message>
    <message>
        <source>LeadBridge could not move the flows to the other account. See the log for details.</source>
        <translation>LeadBridge konnte die Abläufe nicht in das andere Konto verschieben. Einzelheiten finden Sie im Protokoll.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::FlowRunChart</name>
    <message>
        <source>%1, %2 (%3): %4 created, %5 updated, %6 deleted, %7 errors; took %8.</source>
        <translation>%1, %2 (%3): %4 angelegt, %5 aktualisiert, %6 gelöscht, %7 Fehler; Dauer %8.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Records moved</source>
        <translation>Übertragene Datensätze</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Duration (right axis)</source>
        <translation>Dauer (rechte Achse)</translation>
    </message>
    <message>
        <source>Recent runs of the selected flow</source>
        <translation>Letzte Läufe des gewählten Ablaufs</translation>
    </message>
    <message>
        <source>Select a flow to see its recent runs.</source>
        <translation>Wählen Sie einen Ablauf, um seine letzten Läufe zu sehen.</translation>
    </message>
    <message>
        <source>“%1” has not finished a run yet. Its runs appear here: records moved, errors and how long each took.</source>
        <translation>„%1“ hat noch keinen Lauf abgeschlossen. Seine Läufe erscheinen hier: übertragene Datensätze, Fehler und die Dauer jedes Laufs.</translation>
    </message>
    <message numerus="yes">
        <source>Last %n run(s) of “%1”</source>
        <translation>
            <numerusform>Letzter Lauf von „%1“</numerusform>
            <numerusform>Letzte %n Läufe von „%1“</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadBridge::FlowRunner</name>
    <message>
        <source>The run was cancelled. Everything recorded up to then is kept; the next run continues from there.</source>
        <translation>Der Lauf wurde abgebrochen. Alles bis dahin Aufgezeichnete bleibt erhalten; der nächste Lauf macht dort weiter.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::FlowSettingsCheck</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Enter a name for the flow.</source>
        <translation>Geben Sie einen Namen für den Ablauf ein.</translation>
    </message>
    <message>
        <source>Choose the %1 account the flow reads from. Link one on the Accounts page if none is listed.</source>
        <translation>Wählen Sie das %1-Konto, aus dem der Ablauf liest. Verknüpfen Sie auf der Seite „Konten“ eines, wenn keines aufgeführt ist.</translation>
    </message>
    <message>
        <source>Choose the %1 account the flow writes to. Link one on the Accounts page if none is listed.</source>
        <translation>Wählen Sie das %1-Konto, in das der Ablauf schreibt. Verknüpfen Sie auf der Seite „Konten“ eines, wenn keines aufgeführt ist.</translation>
    </message>
    <message>
        <source>The ON24 account “%1” has no client id. Enter it in Accounts → ON24.</source>
        <translation>Das ON24-Konto „%1“ hat keine Client-ID. Geben Sie sie unter Konten → ON24 ein.</translation>
    </message>
    <message>
        <source>The backfill start “%1” is not a date. Enter it as YYYY-MM-DD.</source>
        <translation>Der Nachholbeginn „%1“ ist kein Datum. Geben Sie ihn als JJJJ-MM-TT ein.</translation>
    </message>
    <message>
        <source>The backfill start is in the future. Choose today or an earlier date.</source>
        <translation>Der Nachholbeginn liegt in der Zukunft. Wählen Sie heute oder ein früheres Datum.</translation>
    </message>
    <message>
        <source>ON24 publishes on-demand attendance up to 12 hours late. Choose a look-back of at least 12 hours.</source>
        <translation>ON24 veröffentlicht On-Demand-Teilnahmen bis zu 12 Stunden verspätet. Wählen Sie für die nachträgliche Teilnahme einen Prüfzeitraum von mindestens 12 Stunden.</translation>
    </message>
    <message>
        <source>Choose a look-back of at most 90 days (2160 hours).</source>
        <translation>Wählen Sie einen Prüfzeitraum von höchstens 90 Tagen (2160 Stunden).</translation>
    </message>
    <message>
        <source>This flow reads neither leads nor contacts. Choose at least one.</source>
        <translation>Dieser Ablauf liest weder Leads noch Kontakte. Wählen Sie mindestens eines davon.</translation>
    </message>
    <message>
        <source>Choose the Act-On list to reuse, or type the name of a new one.</source>
        <translation>Wählen Sie die vorhandene Act-On-Liste oder geben Sie den Namen einer neuen ein.</translation>
    </message>
    <message>
        <source>Choose at least one field for “Update existing Salesforce records”, or clear that option.</source>
        <translation>Wählen Sie mindestens ein Feld für „Vorhandene Salesforce-Datensätze aktualisieren“ oder deaktivieren Sie diese Option.</translation>
    </message>
    <message>
        <source>Choose at least one field for “Update existing list records”, or clear that option.</source>
        <translation>Wählen Sie mindestens ein Feld für „Vorhandene Listendatensätze aktualisieren“ oder deaktivieren Sie diese Option.</translation>
    </message>
    <message>
        <source>Every push and pull option is off, so the list sync would change nothing. Choose at least one.</source>
        <translation>Alle Übertragungs- und Abrufoptionen sind aus, daher würde der Listenabgleich nichts ändern. Wählen Sie mindestens eine.</translation>
    </message>
    <message>
        <source>The score threshold of the lead handoff is not a number. Enter a number.</source>
        <translation>Der Score-Schwellenwert der Lead-Übergabe ist keine Zahl. Geben Sie eine Zahl ein.</translation>
    </message>
    <message>
        <source>Choose a score threshold above 0, or every contact on the lists would become a lead.</source>
        <translation>Wählen Sie einen Score-Schwellenwert über 0, sonst würde jeder Kontakt auf den Listen zu einem Lead.</translation>
    </message>
    <message>
        <source>The lead handoff has no lead owner. Choose the user who owns the new leads and contacts.</source>
        <translation>Die Lead-Übergabe hat keinen Lead-Verantwortlichen. Wählen Sie den Benutzer, dem die neuen Leads und Kontakte gehören.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::FlowSettingsForm</name>
    <message>
        <source>LeadBridge has no journal open.</source>
        <translation>LeadBridge hat kein Journal geöffnet.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::FlowSetup</name>
    <message>
        <source>Save the flow before giving it a schedule.</source>
        <translation>Speichern Sie den Ablauf, bevor Sie ihm einen Zeitplan geben.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::FlowsPage</name>
    <message>
        <source>Flows</source>
        <translation>Abläufe</translation>
    </message>
    <message>
        <source>Each flow moves people data between two linked accounts on its own schedule.</source>
        <translation>Jeder Ablauf überträgt Personendaten zwischen zwei verknüpften Konten nach eigenem Zeitplan.</translation>
    </message>
    <message>
        <source>No flows set up yet</source>
        <translation>Noch keine Abläufe eingerichtet</translation>
    </message>
    <message>
        <source>Webinar import — ON24 to Act-On</source>
        <translation>Webinar-Import — ON24 nach Act-On</translation>
    </message>
    <message>
        <source>Registrants and attendee activity become contacts in one Act-On list per webinar.</source>
        <translation>Anmeldungen und Teilnehmeraktivität werden zu Kontakten in einer Act-On-Liste pro Webinar.</translation>
    </message>
    <message>
        <source>CRM contact sync — Salesforce or Pipeliner with Act-On</source>
        <translation>CRM-Kontaktabgleich — Salesforce oder Pipeliner mit Act-On</translation>
    </message>
    <message>
        <source>Mapped fields stay in step both ways, or one way from the CRM.</source>
        <translation>Zugeordnete Felder bleiben in beide Richtungen gleich, oder nur vom CRM aus.</translation>
    </message>
    <message>
        <source>List sync — Salesforce with an Act-On list</source>
        <translation>Listenabgleich — Salesforce mit einer Act-On-Liste</translation>
    </message>
    <message>
        <source>Leads, contacts, a report or a campaign kept as an Act-On list.</source>
        <translation>Leads, Kontakte, ein Bericht oder eine Kampagne als Act-On-Liste gepflegt.</translation>
    </message>
    <message>
        <source>Lead handoff — Act-On to Pipeliner or Salesforce</source>
        <translation>Lead-Übergabe — Act-On an Pipeliner oder Salesforce</translation>
    </message>
    <message>
        <source>Contacts that reach a score threshold become leads for your sales team.</source>
        <translation>Kontakte, die einen Score-Schwellenwert erreichen, werden zu Leads für Ihr Vertriebsteam.</translation>
    </message>
    <message>
        <source>&amp;New Flow…</source>
        <translation>&amp;Neuer Ablauf…</translation>
    </message>
    <message>
        <source>Choose which CRM fields fill which Act-On fields, and what may be pushed back.</source>
        <translation>Wählen Sie, welche CRM-Felder welche Act-On-Felder füllen und was zurückgeschrieben werden darf.</translation>
    </message>
    <message>
        <source>Field maps belong to CRM contact sync and list sync flows.</source>
        <translation>Feldzuordnungen gehören zu CRM-Kontaktabgleich- und Listenabgleich-Abläufen.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Schedu&amp;le…</source>
        <translation>Zei&amp;tplan…</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Run Full Sync N&amp;ow</source>
        <translation>Jetzt v&amp;ollständig synchronisieren</translation>
    </message>
    <message>
        <source>Edit &amp;Mapping…</source>
        <translation>&amp;Zuordnung bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>A flow has its own settings, field map, push policy and schedule. Sync Now and Preview in the toolbar act on the selected flow; Preview shows every planned change before anything is written.</source>
        <translation>Ein Ablauf hat eigene Einstellungen, Feldzuordnung, Übertragungsregeln und einen eigenen Zeitplan. „Jetzt synchronisieren“ und „Vorschau“ in der Werkzeugleiste wirken auf den gewählten Ablauf; die Vorschau zeigt jede geplante Änderung, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Let the flow run by its schedule again.</source>
        <translation>Den Ablauf wieder nach seinem Zeitplan laufen lassen.</translation>
    </message>
    <message>
        <source>Stop the flow from running by its schedule. Sync Now still runs it.</source>
        <translation>Den Ablauf nicht mehr nach seinem Zeitplan laufen lassen. „Jetzt synchronisieren“ führt ihn weiterhin aus.</translation>
    </message>
    <message>
        <source>Read every record again now, instead of only what changed since the last run.</source>
        <translation>Jetzt alle Datensätze erneut lesen statt nur der seit dem letzten Lauf geänderten.</translation>
    </message>
    <message>
        <source>Cancel the flow&apos;s run before deleting it.</source>
        <translation>Brechen Sie den Lauf des Ablaufs ab, bevor Sie ihn löschen.</translation>
    </message>
    <message>
        <source>Delete the flow; its history stays.</source>
        <translation>Den Ablauf löschen; sein Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>“%1” was created with its default schedule (%2). Sync Now runs it at once; Preview shows what it would change.</source>
        <translation>„%1“ wurde mit seinem Standardzeitplan (%2) angelegt. „Jetzt synchronisieren“ führt ihn sofort aus; „Vorschau“ zeigt, was er ändern würde.</translation>
    </message>
    <message>
        <source>“%1” was saved.</source>
        <translation>„%1“ wurde gespeichert.</translation>
    </message>
    <message>
        <source>“%1” is a copy of “%2” with the same settings, field map and schedule. It starts paused: check it, then click Resume.</source>
        <translation>„%1“ ist eine Kopie von „%2“ mit denselben Einstellungen, derselben Feldzuordnung und demselben Zeitplan. Die Kopie ist zunächst pausiert: Prüfen Sie sie und klicken Sie dann auf „Fortsetzen“.</translation>
    </message>
    <message>
        <source>“%1” runs by its schedule again.</source>
        <translation>„%1“ läuft wieder nach seinem Zeitplan.</translation>
    </message>
    <message>
        <source>“%1” is paused: it does not run by its schedule until you resume it.</source>
        <translation>„%1“ ist pausiert: Der Ablauf läuft nicht nach seinem Zeitplan, bis Sie ihn fortsetzen.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>Delete the flow “%1”?</source>
        <translation>Den Ablauf „%1“ löschen?</translation>
    </message>
    <message>
        <source>The flow, its settings, field map and schedule, its record links and its cursors are deleted: a flow made again later starts with a full sync. Its run history stays in History under its name. Nothing changes in the linked systems.</source>
        <translation>Der Ablauf, seine Einstellungen, seine Feldzuordnung und sein Zeitplan, seine Datensatzverknüpfungen und seine Lesepositionen werden gelöscht: Ein später neu angelegter Ablauf beginnt mit einer vollständigen Synchronisierung. Seine bisherigen Läufe bleiben unter seinem Namen im Verlauf erhalten. In den verknüpften Systemen ändert sich nichts.</translation>
    </message>
    <message>
        <source>&amp;Delete Flow</source>
        <translation>Ablauf &amp;löschen</translation>
    </message>
    <message>
        <source>“%1” was deleted. Its runs stay in History.</source>
        <translation>„%1“ wurde gelöscht. Seine Läufe bleiben im Verlauf erhalten.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ForecastDialog</name>
    <message>
        <source>Run “%1” with too few API calls left?</source>
        <translation>„%1“ mit zu wenigen verbleibenden API-Aufrufen starten?</translation>
    </message>
    <message>
        <source>Run “%1” with few API calls left?</source>
        <translation>„%1“ mit wenigen verbleibenden API-Aufrufen starten?</translation>
    </message>
    <message>
        <source>&amp;Preview Anyway</source>
        <translation>&amp;Trotzdem Vorschau</translation>
    </message>
    <message>
        <source>&amp;Run Anyway</source>
        <translation>&amp;Trotzdem starten</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ForecastView</name>
    <message>
        <source>API calls of the next run</source>
        <translation>API-Aufrufe des nächsten Laufs</translation>
    </message>
    <message>
        <source>Counting</source>
        <translation>Zählen</translation>
    </message>
    <message>
        <source>API calls per system</source>
        <translation>API-Aufrufe je System</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Used today</source>
        <translation>Heute genutzt</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Daily allowance</source>
        <translation>Tageskontingent</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Sync Now and Preview first count what the selected flow&apos;s run would read and show its API calls here.</source>
        <translation>„Jetzt synchronisieren“ und „Vorschau“ zählen zuerst, was der Lauf des gewählten Ablaufs lesen würde, und zeigen hier seine API-Aufrufe.</translation>
    </message>
    <message>
        <source>Counting what a run of “%1” would read…</source>
        <translation>Es wird gezählt, was ein Lauf von „%1“ lesen würde …</translation>
    </message>
    <message>
        <source>No published daily limit</source>
        <translation>Kein veröffentlichtes Tageslimit</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Less than 10 % left after the run</source>
        <translation>Nach dem Lauf weniger als 10 % übrig</translation>
    </message>
    <message>
        <source>Would exhaust the allowance</source>
        <translation>Würde das Kontingent aufbrauchen</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>%1 to read, %2 to write</source>
        <translation>%1 zum Lesen, %2 zum Schreiben</translation>
    </message>
</context>
<context>
    <name>LeadBridge::GuiApplication</name>
    <message>
        <source>Keeps people data flowing between ON24, Act-On, Salesforce and Pipeliner.</source>
        <translation>Hält Personendaten zwischen ON24, Act-On, Salesforce und Pipeliner in Bewegung.</translation>
    </message>
    <message>
        <source>Keep the journal and logs in &lt;dir&gt; instead of the default.</source>
        <translation>Journal und Protokolle in &lt;dir&gt; statt am Standardort ablegen.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Open on page &lt;name&gt;: %1.</source>
        <translation>Mit Seite &lt;name&gt; öffnen: %1.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Save a screenshot of every page as PNG files in &lt;dir&gt;, then exit. Works without a display (QT_QPA_PLATFORM=offscreen) and does not touch your saved settings.</source>
        <translation>Von jeder Seite ein Bildschirmfoto als PNG-Datei in &lt;dir&gt; speichern und beenden. Funktioniert ohne Bildschirm (QT_QPA_PLATFORM=offscreen) und lässt Ihre gespeicherten Einstellungen unberührt.</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;. Choose one of: %2.</source>
        <translation>Unbekannte Seite „%1“. Wählen Sie eine von: %2.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check that the path is writable.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Prüfen Sie, ob der Pfad beschreibbar ist.</translation>
    </message>
    <message>
        <source>Could not write %1. Check that the folder is writable and the disk is not full.</source>
        <translation>%1 konnte nicht geschrieben werden. Prüfen Sie, ob der Ordner beschreibbar und die Festplatte nicht voll ist.</translation>
    </message>
    <message>
        <source>Start with the built-in sandbox: link four demo accounts (as “Try the sandbox” does). With --screenshots, the tour then shows them.</source>
        <translation>Mit der eingebauten Sandbox starten: vier Demokonten verknüpfen (wie „Sandbox ausprobieren“). Mit --screenshots zeigt die Tour sie anschließend.</translation>
    </message>
    <message>
        <source>Sales CRM</source>
        <translation>Vertriebs-CRM</translation>
    </message>
</context>
<context>
    <name>LeadBridge::HistoryPage</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>What each sync did, run by run and record by record.</source>
        <translation>Was jede Synchronisierung getan hat, Lauf für Lauf und Datensatz für Datensatz.</translation>
    </message>
    <message>
        <source>No runs recorded yet</source>
        <translation>Noch keine Läufe aufgezeichnet</translation>
    </message>
    <message>
        <source>Every run is listed here with what started it, when it ran, how many records it created, updated or skipped, and how it ended. Open a run to see each changed field with its old and new value, and any error the other system returned.</source>
        <translation>Jeder Lauf wird hier aufgeführt: wodurch er gestartet wurde, wann er lief, wie viele Datensätze er angelegt, aktualisiert oder übersprungen hat und wie er endete. Öffnen Sie einen Lauf, um jedes geänderte Feld mit altem und neuem Wert sowie jeden Fehler des anderen Systems zu sehen.</translation>
    </message>
    <message>
        <source>Try it:</source>
        <translation>Probieren Sie es aus:</translation>
    </message>
    <message>
        <source>select a flow on the Flows page and press Preview to see what it would change without writing anything, or Sync Now to run it. Runs from the schedule and from leadbridge-cli appear here too.</source>
        <translation>Wählen Sie auf der Seite „Abläufe“ einen Ablauf und drücken Sie „Vorschau“, um zu sehen, was er ändern würde, ohne etwas zu schreiben, oder „Jetzt synchronisieren“, um ihn auszuführen. Läufe aus dem Zeitplan und aus leadbridge-cli erscheinen hier ebenfalls.</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Search flow, error or run number</source>
        <translation>Ablauf, Fehler oder Laufnummer suchen</translation>
    </message>
    <message>
        <source>Search runs</source>
        <translation>Läufe durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Flow:</source>
        <translation>A&amp;blauf:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>No runs match these filters. Clear the search or choose “All flows” and “All statuses”.</source>
        <translation>Keine Läufe entsprechen diesen Filtern. Leeren Sie die Suche oder wählen Sie „Alle Abläufe“ und „Alle Status“.</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>Alle Vorgänge</translation>
    </message>
    <message>
        <source>Search record, field, value or reason</source>
        <translation>Datensatz, Feld, Wert oder Grund suchen</translation>
    </message>
    <message>
        <source>Search record changes</source>
        <translation>Datensatzänderungen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the record changes shown below (all of them, not only the loaded rows) as a CSV file for a spreadsheet</source>
        <translation>Die unten gezeigten Datensatzänderungen (alle, nicht nur die geladenen Zeilen) als CSV-Datei für eine Tabellenkalkulation speichern</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Vorgang:</translation>
    </message>
    <message>
        <source>Record changes</source>
        <translation>Datensatzänderungen</translation>
    </message>
    <message>
        <source>Saved 1 record change to “%1”.</source>
        <translation>1 Datensatzänderung in „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1 record changes to “%2”.</source>
        <translation>%1 Datensatzänderungen in „%2“ gespeichert.</translation>
    </message>
    <message>
        <source>All flows</source>
        <translation>Alle Abläufe</translation>
    </message>
    <message>
        <source>Select a run above to see its record changes.</source>
        <translation>Wählen Sie oben einen Lauf, um seine Datensatzänderungen zu sehen.</translation>
    </message>
    <message>
        <source>Run %1 of “%2”: %3</source>
        <translation>Lauf %1 von „%2“: %3</translation>
    </message>
    <message>
        <source>, started %1</source>
        <translation>, gestartet %1</translation>
    </message>
    <message>
        <source>, took %1</source>
        <translation>, Dauer %1</translation>
    </message>
    <message>
        <source>. %1 created, %2 updated, %3 deleted, %4 skipped, %5 conflicts, %6 errors; </source>
        <translation>. %1 angelegt, %2 aktualisiert, %3 gelöscht, %4 übersprungen, %5 Konflikte, %6 Fehler; </translation>
    </message>
    <message>
        <source>1 API call.</source>
        <translation>1 API-Aufruf.</translation>
    </message>
    <message>
        <source>%1 API calls.</source>
        <translation>%1 API-Aufrufe.</translation>
    </message>
    <message>
        <source>This was a preview: nothing was written; below is what the run would change.</source>
        <translation>Dies war eine Vorschau: Es wurde nichts geschrieben; unten steht, was der Lauf ändern würde.</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 Änderung</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 Änderungen</translation>
    </message>
    <message>
        <source>leadbridge-run-%1-changes.csv</source>
        <translation>leadbridge-lauf-%1-aenderungen.csv</translation>
    </message>
    <message>
        <source>Export record changes</source>
        <translation>Datensatzänderungen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Find a person… (e-mail address)</source>
        <translation>Person suchen … (E-Mail-Adresse)</translation>
    </message>
    <message>
        <source>Find a person by e-mail address</source>
        <translation>Person per E-Mail-Adresse suchen</translation>
    </message>
    <message>
        <source>Every change to one person in every flow, system and run, with the records each flow links the person to</source>
        <translation>Jede Änderung an einer Person in jedem Ablauf, System und Lauf, mit den Datensätzen, mit denen jeder Ablauf die Person verknüpft</translation>
    </message>
    <message>
        <source>Find a &amp;person:</source>
        <translation>&amp;Person suchen:</translation>
    </message>
    <message>
        <source>F&amp;ind</source>
        <translation>S&amp;uchen</translation>
    </message>
    <message>
        <source>&amp;Undo run…</source>
        <translation>Lauf &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>Undo run…</source>
        <translation>Lauf rückgängig machen…</translation>
    </message>
    <message>
        <source>Select a finished run to undo it.</source>
        <translation>Wählen Sie einen beendeten Lauf aus, um ihn rückgängig zu machen.</translation>
    </message>
    <message>
        <source>The sync engine is not running, so no run can be undone now.</source>
        <translation>Die Synchronisation läuft nicht, daher kann jetzt kein Lauf rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Plan the undo of run %1, show it, and apply it as a new run</source>
        <translation>Das Rückgängigmachen von Lauf %1 planen, anzeigen und als neuen Lauf ausführen</translation>
    </message>
    <message>
        <source>This run is the undo of run %1.</source>
        <translation>Dieser Lauf macht Lauf %1 rückgängig.</translation>
    </message>
    <message>
        <source>Re&amp;view plan…</source>
        <translation>Plan an&amp;sehen…</translation>
    </message>
    <message>
        <source>Review plan…</source>
        <translation>Plan ansehen…</translation>
    </message>
    <message>
        <source>Show every change preview %1 planned, and apply it</source>
        <translation>Jede Änderung zeigen, die Vorschau %1 geplant hat, und sie anwenden</translation>
    </message>
    <message>
        <source>Select a preview to review its plan.</source>
        <translation>Wählen Sie eine Vorschau, um ihren Plan anzusehen.</translation>
    </message>
    <message>
        <source>Run %1 is not a preview. Select a run whose mode is Preview, or press Preview on the Flows page.</source>
        <translation>Lauf %1 ist keine Vorschau. Wählen Sie einen Lauf mit der Art „Vorschau“, oder klicken Sie auf der Seite „Abläufe“ auf „Vorschau“.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::HistoryQuery</name>
    <message>
        <source>LeadBridge could not read the run history. Details are in the log.</source>
        <translation>LeadBridge konnte den Laufverlauf nicht lesen. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>There is no run number %1.</source>
        <translation>Es gibt keinen Lauf mit der Nummer %1.</translation>
    </message>
    <message>
        <source>LeadBridge could not read the record changes of this run. Details are in the log.</source>
        <translation>LeadBridge konnte die Datensatzänderungen dieses Laufs nicht lesen. Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::HotProspects</name>
    <message>
        <source>No owner in %1</source>
        <translation>Ohne Verantwortlichen in %1</translation>
    </message>
    <message>
        <source>LeadBridge could not read %1: %2 Check the account on the Accounts page, then refresh again.</source>
        <translation>LeadBridge konnte %1 nicht lesen: %2 Prüfen Sie das Konto auf der Seite Konten und aktualisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Hot Prospects needs an Act-On account and a Salesforce or Pipeliner account. Choose them above.</source>
        <translation>Hot Prospects braucht ein Act-On-Konto und ein Salesforce- oder Pipeliner-Konto. Wählen Sie sie oben aus.</translation>
    </message>
    <message>
        <source>Reading the Act-On lists…</source>
        <translation>Die Act-On-Listen werden gelesen…</translation>
    </message>
    <message>
        <source>the Act-On lists</source>
        <translation>die Act-On-Listen</translation>
    </message>
    <message>
        <source>The Act-On account has no contact lists yet, so no one has a score to rank. Add people to a list in Act-On, then refresh.</source>
        <translation>Das Act-On-Konto hat noch keine Kontaktlisten, daher hat niemand eine Punktzahl für die Rangfolge. Fügen Sie in Act-On Personen zu einer Liste hinzu und aktualisieren Sie dann.</translation>
    </message>
    <message>
        <source>None of the Act-On lists the flows of these accounts use exists yet (“%1”). Run the flows first, or read every list instead (“All lists” in the window, --all-lists on the command line).</source>
        <translation>Keine der Act-On-Listen, die die Abläufe dieser Konten verwenden, existiert bisher („%1“). Führen Sie zuerst die Abläufe aus oder lesen Sie stattdessen jede Liste („Alle Listen“ im Fenster, --all-lists auf der Befehlszeile).</translation>
    </message>
    <message>
        <source>Reading the Act-On list “%1”…</source>
        <translation>Die Act-On-Liste „%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>the Act-On list “%1”</source>
        <translation>die Act-On-Liste „%1“</translation>
    </message>
    <message>
        <source>the Pipeliner contacts</source>
        <translation>die Pipeliner-Kontakte</translation>
    </message>
    <message>
        <source>the Pipeliner users</source>
        <translation>die Pipeliner-Benutzer</translation>
    </message>
    <message>
        <source>the Salesforce contacts</source>
        <translation>die Salesforce-Kontakte</translation>
    </message>
    <message>
        <source>the Salesforce leads</source>
        <translation>die Salesforce-Leads</translation>
    </message>
    <message>
        <source>the Salesforce users</source>
        <translation>die Salesforce-Benutzer</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>None of the Act-On lists read has a column “%1”, so no one has a score. Check the Score field of the flow&apos;s field map, or choose other lists.</source>
        <translation>Keine der gelesenen Act-On-Listen hat eine Spalte „%1“, daher hat niemand eine Punktzahl. Prüfen Sie das Score-Feld der Feldzuordnung des Ablaufs oder wählen Sie andere Listen.</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>Warteschlange %1</translation>
    </message>
    <message>
        <source>Unknown user %1</source>
        <translation>Unbekannter Benutzer %1</translation>
    </message>
</context>
<context>
    <name>LeadBridge::HotProspectsCommand</name>
    <message>
        <source>“%1” is a %2 account, not %3 account.</source>
        <translation>„%1“ ist ein %2-Konto, kein %3-Konto.</translation>
    </message>
    <message>
        <source>No %1 account is linked. Link an Act-On account and a CRM account first (“leadbridge-cli accounts link”, or try “leadbridge-cli sandbox”).</source>
        <translation>Kein %1-Konto ist verknüpft. Verknüpfen Sie zuerst ein Act-On-Konto und ein CRM-Konto („leadbridge-cli accounts link“, oder probieren Sie „leadbridge-cli sandbox“).</translation>
    </message>
    <message>
        <source>Several %1 accounts are linked: %2. Choose one with %3.</source>
        <translation>Mehrere %1-Konten sind verknüpft: %2. Wählen Sie eines mit %3.</translation>
    </message>
    <message>
        <source>  hot-prospects [--acton ACCOUNT] [--crm ACCOUNT] [--owner ID|NAME] [--limit N] [--all-lists]
                           The people with the highest Act-On score per sales owner (20 each,
                           or N), owners read live from Salesforce or Pipeliner by e-mail. Reads the
                           lists the two accounts&apos; flows use (--all-lists: every list). Exit status:
                           0 shown, 2 usage (no such account or owner), 4 the refresh failed.</source>
        <translation>  hot-prospects [--acton ACCOUNT] [--crm ACCOUNT] [--owner ID|NAME] [--limit N] [--all-lists]
                           Die Personen mit der höchsten Act-On-Punktzahl je Vertriebsverantwortlichem
                           (je 20, oder N); die Verantwortlichen werden per E-Mail live aus Salesforce oder
                           Pipeliner gelesen. Liest die Listen, die die Abläufe der beiden Konten verwenden
                           (--all-lists: jede Liste). Exit-Status: 0 angezeigt, 2 Aufruffehler (kein solches
                           Konto oder kein solcher Verantwortlicher), 4 das Aktualisieren schlug fehl.</translation>
    </message>
    <message>
        <source>--limit needs a positive whole number, e.g. --limit 20.</source>
        <translation>--limit braucht eine positive ganze Zahl, z. B. --limit 20.</translation>
    </message>
    <message>
        <source>an Act-On</source>
        <translation>Act-On</translation>
    </message>
    <message>
        <source>Act-On</source>
        <translation>Act-On</translation>
    </message>
    <message>
        <source>a Salesforce or Pipeliner</source>
        <translation>Salesforce- oder Pipeliner</translation>
    </message>
    <message>
        <source>Salesforce or Pipeliner</source>
        <translation>Salesforce oder Pipeliner</translation>
    </message>
    <message>
        <source>LeadBridge could not start the built-in sandbox.</source>
        <translation>LeadBridge konnte die eingebaute Sandbox nicht starten.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>No sales owner “%1” has a scored person in %2: no owner has one.</source>
        <translation>Kein Vertriebsverantwortlicher „%1“ hat eine bewertete Person in %2: Kein Verantwortlicher hat eine.</translation>
    </message>
    <message>
        <source>No sales owner “%1” has a scored person in %2. The owners are: %3.</source>
        <translation>Kein Vertriebsverantwortlicher „%1“ hat eine bewertete Person in %2. Die Verantwortlichen sind: %3.</translation>
    </message>
    <message>
        <source>Several sales owners are called “%1”; give the owner&apos;s %2 id instead: %3.</source>
        <translation>Mehrere Vertriebsverantwortliche heißen „%1“; geben Sie stattdessen die %2-ID des Verantwortlichen an: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n list member(s) are not in %1, so no owner is known for them.</source>
        <translation>
            <numerusform>%n Listenmitglied ist nicht in %1, daher ist kein Verantwortlicher dafür bekannt.</numerusform>
            <numerusform>%n Listenmitglieder sind nicht in %1, daher ist kein Verantwortlicher für sie bekannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No list member has a score yet.</source>
        <translation>Noch kein Listenmitglied hat eine Punktzahl.</translation>
    </message>
    <message>
        <source>No scored list member is in %1.</source>
        <translation>Kein bewertetes Listenmitglied ist in %1.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message numerus="yes">
        <source>Read %n Act-On list(s): %1.</source>
        <translation>
            <numerusform>%n Act-On-Liste gelesen: %1.</numerusform>
            <numerusform>%n Act-On-Listen gelesen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>These lists have no score column: %1.</source>
        <translation>Diese Listen haben keine Punktzahl-Spalte: %1.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::HotProspectsModel</name>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>%1 record %2</source>
        <translation>%1-Datensatz %2</translation>
    </message>
    <message>
        <source>Last changed in Act-On on %1</source>
        <translation>Zuletzt in Act-On geändert am %1</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
</context>
<context>
    <name>LeadBridge::HotProspectsPage</name>
    <message>
        <source>Hot Prospects</source>
        <translation>Hot Prospects</translation>
    </message>
    <message>
        <source>The people with the highest Act-On score, 20 per sales owner, with the owner from your CRM.</source>
        <translation>Die Personen mit der höchsten Act-On-Punktzahl, 20 je Vertriebsverantwortlichem, mit dem Verantwortlichen aus Ihrem CRM.</translation>
    </message>
    <message>
        <source>No accounts to compare</source>
        <translation>Keine Konten zum Vergleichen</translation>
    </message>
    <message>
        <source>Link an Act-On account and a CRM account on the Accounts page first.</source>
        <translation>Verknüpfen Sie zuerst auf der Seite Konten ein Act-On-Konto und ein CRM-Konto.</translation>
    </message>
    <message>
        <source>Where the scores come from</source>
        <translation>Woher die Punktzahlen kommen</translation>
    </message>
    <message>
        <source>The Score column of the Act-On lists your flows sync (or of every list).</source>
        <translation>Aus der Score-Spalte der Act-On-Listen, die Ihre Abläufe synchronisieren (oder jeder Liste).</translation>
    </message>
    <message>
        <source>Where the owners come from</source>
        <translation>Woher die Verantwortlichen kommen</translation>
    </message>
    <message>
        <source>The owner of the Salesforce lead or contact, or of the Pipeliner contact, with the same e-mail address.</source>
        <translation>Der Verantwortliche des Salesforce-Leads oder -Kontakts oder des Pipeliner-Kontakts mit derselben E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>&amp;CRM account:</source>
        <translation>&amp;CRM-Konto:</translation>
    </message>
    <message>
        <source>&amp;Act-On account:</source>
        <translation>&amp;Act-On-Konto:</translation>
    </message>
    <message>
        <source>A&amp;ll lists (not only the lists the flows sync)</source>
        <translation>A&amp;lle Listen (nicht nur die Listen, die die Abläufe synchronisieren)</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlicher:</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Read the scores from Act-On and the owners from the CRM now (F5)</source>
        <translation>Die Punktzahlen jetzt aus Act-On und die Verantwortlichen aus dem CRM lesen (F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Ko&amp;pieren</translation>
    </message>
    <message>
        <source>Copy the selected rows (or all rows shown) as text</source>
        <translation>Die ausgewählten Zeilen (oder alle angezeigten) als Text kopieren</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Hot prospects</source>
        <translation>Hot Prospects</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Refresh cancelled. The table shows the last complete answer.</source>
        <translation>Aktualisieren abgebrochen. Die Tabelle zeigt die letzte vollständige Antwort.</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>Click Refresh to read the scores from Act-On and the owners from the CRM. Each refresh reads the lists and the CRM&apos;s leads and contacts live.</source>
        <translation>Klicken Sie auf Aktualisieren, um die Punktzahlen aus Act-On und die Verantwortlichen aus dem CRM zu lesen. Jedes Aktualisieren liest die Listen und die Leads und Kontakte des CRM live.</translation>
    </message>
    <message>
        <source>No list member has a score yet.</source>
        <translation>Noch kein Listenmitglied hat eine Punktzahl.</translation>
    </message>
    <message numerus="yes">
        <source>%n people shown</source>
        <translation>
            <numerusform>%n Person angezeigt</numerusform>
            <numerusform>%n Personen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n owner(s)</source>
        <translation>
            <numerusform>%n Verantwortlicher</numerusform>
            <numerusform>%n Verantwortliche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>read from %n Act-On list(s): %1</source>
        <translation>
            <numerusform>aus %n Act-On-Liste gelesen: %1</numerusform>
            <numerusform>aus %n Act-On-Listen gelesen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No scored list member is in %1.</source>
        <translation>Kein bewertetes Listenmitglied ist in %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n list member(s) are not in %1, so no owner is known for them.</source>
        <translation>
            <numerusform>%n Listenmitglied ist nicht in %1, daher ist kein Verantwortlicher dafür bekannt.</numerusform>
            <numerusform>%n Listenmitglieder sind nicht in %1, daher ist kein Verantwortlicher für sie bekannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>These lists have no score column: %1.</source>
        <translation>Diese Listen haben keine Punktzahl-Spalte: %1.</translation>
    </message>
    <message>
        <source>LeadBridge could not write %1: %2. Choose another folder.</source>
        <translation>LeadBridge konnte %1 nicht schreiben: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Export hot prospects</source>
        <translation>Hot Prospects exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadBridge::HotProspectsService</name>
    <message>
        <source>the accounts</source>
        <translation>die Konten</translation>
    </message>
    <message>
        <source>the keychain or the engine is not available</source>
        <translation>der Schlüsselbund oder die Engine ist nicht verfügbar</translation>
    </message>
    <message>
        <source>the accounts&apos; passwords</source>
        <translation>die Passwörter der Konten</translation>
    </message>
    <message>
        <source>the engine is not available</source>
        <translation>die Engine ist nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>LeadBridge::HttpClient</name>
    <message>
        <source>the service</source>
        <translation>den Dienst</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>dieses Konto</translation>
    </message>
</context>
<context>
    <name>LeadBridge::Journal</name>
    <message>
        <source>LeadBridge could not open the journal because it is already open on this connection (%1). Close it first.</source>
        <translation>LeadBridge konnte das Journal nicht öffnen, weil es auf dieser Verbindung bereits geöffnet ist (%1). Schließen Sie es zuerst.</translation>
    </message>
    <message>
        <source>LeadBridge could not create the folder %1. Check that you may write there, or choose another data folder.</source>
        <translation>LeadBridge konnte den Ordner %1 nicht anlegen. Prüfen Sie, ob Sie dort schreiben dürfen, oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>LeadBridge could not open the journal %1. Check that the file and its folder may be written, or choose another data folder.</source>
        <translation>LeadBridge konnte das Journal %1 nicht öffnen. Prüfen Sie, ob die Datei und ihr Ordner beschreibbar sind, oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>The file %1 is not a LeadBridge journal or is damaged, so LeadBridge left it untouched. Move it aside or choose another data folder.</source>
        <translation>Die Datei %1 ist kein LeadBridge-Journal oder ist beschädigt, daher hat LeadBridge sie nicht verändert. Verschieben Sie sie oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>This journal was written by a newer LeadBridge (schema %1; this version understands up to %2). Install the newer version or choose another data folder.</source>
        <translation>Dieses Journal wurde von einer neueren LeadBridge-Version geschrieben (Schema %1; diese Version versteht bis %2). Installieren Sie die neuere Version oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>LeadBridge could not prepare the journal %1 for use. Check that the folder may be written and is on a local disk, or choose another data folder.</source>
        <translation>LeadBridge konnte das Journal %1 nicht zur Verwendung vorbereiten. Prüfen Sie, ob der Ordner beschreibbar ist und auf einem lokalen Datenträger liegt, oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>LeadBridge could not upgrade the journal %1 to schema %2, so it left the journal as it was (schema %3). Details are in the log.</source>
        <translation>LeadBridge konnte das Journal %1 nicht auf Schema %2 aktualisieren und hat es daher unverändert gelassen (Schema %3). Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>The journal %1 is read-only: LeadBridge may not write to the file or to its folder, so it cannot record runs there. Give your user write permission on the folder and the file, or choose another data folder.</source>
        <translation>Das Journal %1 ist schreibgeschützt: LeadBridge darf weder in die Datei noch in ihren Ordner schreiben und kann dort daher keine Läufe festhalten. Geben Sie Ihrem Benutzer Schreibrechte für den Ordner und die Datei, oder wählen Sie einen anderen Datenordner.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::LeadHandoffForm</name>
    <message>
        <source>Leads go to:</source>
        <translation>Leads gehen an:</translation>
    </message>
    <message>
        <source>&amp;All lists</source>
        <translation>Alle L&amp;isten</translation>
    </message>
    <message>
        <source>Only &amp;these lists:</source>
        <translation>Nur &amp;diese Listen:</translation>
    </message>
    <message>
        <source>Act-On lists:</source>
        <translation>Act-On-Listen:</translation>
    </message>
    <message>
        <source>Contacts whose Act-On score reaches this number become leads.</source>
        <translation>Kontakte, deren Act-On-Score diese Zahl erreicht, werden zu Leads.</translation>
    </message>
    <message>
        <source>Score &amp;threshold:</source>
        <translation>Score-Sch&amp;wellenwert:</translation>
    </message>
    <message>
        <source>your local time, once a day</source>
        <translation>Ihre Ortszeit, einmal täglich</translation>
    </message>
    <message>
        <source>Run &amp;daily at:</source>
        <translation>&amp;Täglich ausführen um:</translation>
    </message>
    <message>
        <source>Lead and contact &amp;owner:</source>
        <translation>&amp;Verantwortlicher für Leads und Kontakte:</translation>
    </message>
    <message>
        <source>“%1” (%2): a lead named “First Last (List name)” per list, linked to the contact with the same e-mail (created when missing).</source>
        <translation>„%1“ (%2): pro Liste ein Lead namens „Vorname Nachname (Listenname)“, verknüpft mit dem Kontakt mit derselben E-Mail-Adresse (wird angelegt, falls er fehlt).</translation>
    </message>
    <message>
        <source>Choose the Pipeliner or Salesforce account above.</source>
        <translation>Wählen Sie oben das Pipeliner- oder Salesforce-Konto.</translation>
    </message>
    <message>
        <source>your local time, once a day — the schedule is off now; this turns it on</source>
        <translation>Ihre Ortszeit, einmal täglich — der Zeitplan ist derzeit aus; hiermit wird er eingeschaltet</translation>
    </message>
    <message>
        <source>Choose at least one Act-On list, or choose All lists.</source>
        <translation>Wählen Sie mindestens eine Act-On-Liste oder „Alle Listen“.</translation>
    </message>
    <message>
        <source>The Act-On list “%1” chosen for the lead handoff no longer exists. Choose the lists again.</source>
        <translation>Die für die Lead-Übergabe gewählte Act-On-Liste „%1“ existiert nicht mehr. Wählen Sie die Listen erneut.</translation>
    </message>
    <message>
        <source>“%1” is not among %2. Choose the owner from the list.</source>
        <translation>„%1“ wurde nicht gefunden; zur Auswahl stehen %2. Wählen Sie den Verantwortlichen aus der Liste.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::LeadHandoffRunner</name>
    <message>
        <source>Reading the lead handoff settings…</source>
        <translation>Einstellungen der Lead-Übergabe werden gelesen…</translation>
    </message>
    <message>
        <source>A lead handoff needs a linked Act-On account and a linked Pipeliner or Salesforce account. Choose them in the flow settings.</source>
        <translation>Eine Lead-Übergabe braucht ein verknüpftes Act-On-Konto und ein verknüpftes Pipeliner- oder Salesforce-Konto. Wählen Sie sie in den Einstellungen des Ablaufs.</translation>
    </message>
    <message>
        <source>The score threshold of the lead handoff is not a number. Enter a number in the flow settings.</source>
        <translation>Der Score-Schwellenwert der Lead-Übergabe ist keine Zahl. Geben Sie in den Einstellungen des Ablaufs eine Zahl ein.</translation>
    </message>
    <message>
        <source>The lead handoff has no lead owner. Choose the user who owns the new leads and contacts in the flow settings.</source>
        <translation>Die Lead-Übergabe hat keinen Lead-Verantwortlichen. Wählen Sie in den Einstellungen des Ablaufs den Benutzer, dem die neuen Leads und Kontakte gehören.</translation>
    </message>
    <message>
        <source>Reading the Act-On lists…</source>
        <translation>Act-On-Listen werden gelesen…</translation>
    </message>
    <message>
        <source>The Act-On list “%1” chosen for the lead handoff no longer exists. Choose the lists again in the flow settings.</source>
        <translation>Die für die Lead-Übergabe gewählte Act-On-Liste „%1“ existiert nicht mehr. Wählen Sie die Listen in den Einstellungen des Ablaufs erneut.</translation>
    </message>
    <message>
        <source>Reading the Act-On list “%1”…</source>
        <translation>Act-On-Liste „%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>Checking for existing leads…</source>
        <translation>Vorhandene Leads werden gesucht…</translation>
    </message>
    <message>
        <source>A lead named “%1” already exists (%2); it is linked instead of creating another one.</source>
        <translation>Ein Lead namens „%1“ existiert bereits (%2); er wird verknüpft, statt einen weiteren anzulegen.</translation>
    </message>
    <message>
        <source>Matching contacts by e-mail…</source>
        <translation>Kontakte werden per E-Mail abgeglichen…</translation>
    </message>
    <message>
        <source>Account name from Act-On: %1</source>
        <translation>Firmenname aus Act-On: %1</translation>
    </message>
    <message>
        <source>New contact for a lead handed off from Act-On.</source>
        <translation>Neuer Kontakt für einen aus Act-On übergebenen Lead.</translation>
    </message>
    <message>
        <source>Creating contacts…</source>
        <translation>Kontakte werden angelegt…</translation>
    </message>
    <message>
        <source>Created contact %1 for a lead handed off from Act-On.</source>
        <translation>Kontakt %1 für einen aus Act-On übergebenen Lead angelegt.</translation>
    </message>
    <message>
        <source>Handed off from the Act-On list “%1”. Contact: %2.</source>
        <translation>Übergeben aus der Act-On-Liste „%1“. Kontakt: %2.</translation>
    </message>
    <message>
        <source>(new contact)</source>
        <translation>(neuer Kontakt)</translation>
    </message>
    <message>
        <source>Creating leads…</source>
        <translation>Leads werden angelegt…</translation>
    </message>
    <message>
        <source>Created lead %1.</source>
        <translation>Lead %1 angelegt.</translation>
    </message>
    <message>
        <source>The Act-On score changed.</source>
        <translation>Der Act-On-Score hat sich geändert.</translation>
    </message>
    <message>
        <source>Updating lead scores…</source>
        <translation>Lead-Scores werden aktualisiert…</translation>
    </message>
    <message>
        <source>The score “%1” of %2 in the Act-On list “%3” is not a number, so LeadBridge cannot tell whether it reaches the threshold. Correct the score in Act-On.</source>
        <translation>Die Bewertung „%1“ von %2 in der Act-On-Liste „%3“ ist keine Zahl, daher kann LeadBridge nicht sagen, ob sie den Schwellenwert erreicht. Korrigieren Sie die Bewertung in Act-On.</translation>
    </message>
    <message>
        <source>Row %1 of the Act-On list “%2” has a score of %3 but no e-mail address, so no lead was made for it. Add the address in Act-On.</source>
        <translation>Zeile %1 der Act-On-Liste „%2“ hat die Bewertung %3, aber keine E-Mail-Adresse, daher wurde kein Lead für sie angelegt. Ergänzen Sie die Adresse in Act-On.</translation>
    </message>
    <message>
        <source>“%1” in the Act-On list “%2” is not a valid e-mail address, so no lead was made for it. Correct the address in Act-On.</source>
        <translation>„%1“ in der Act-On-Liste „%2“ ist keine gültige E-Mail-Adresse, daher wurde kein Lead dafür angelegt. Korrigieren Sie die Adresse in Act-On.</translation>
    </message>
    <message>
        <source>The Act-On list “%1” has no column “%2”, so LeadBridge cannot tell which members are hot leads. Choose the score field of this list in the flow&apos;s settings.</source>
        <translation>Die Act-On-Liste „%1“ hat keine Spalte „%2“, daher kann LeadBridge nicht erkennen, welche Mitglieder heiße Leads sind. Wählen Sie das Bewertungsfeld dieser Liste in den Einstellungen des Ablaufs.</translation>
    </message>
    <message>
        <source>None of the Act-On lists “%1” has a column “%2”, so LeadBridge cannot tell which members are hot leads. Choose the score field of these lists in the flow&apos;s settings.</source>
        <translation>Keine der Act-On-Listen „%1“ hat eine Spalte „%2“, daher kann LeadBridge nicht erkennen, welche Mitglieder heiße Leads sind. Wählen Sie das Bewertungsfeld dieser Listen in den Einstellungen des Ablaufs.</translation>
    </message>
    <message>
        <source>The Act-On list “%1” has no column “%2”, so none of its members was considered for a lead.</source>
        <translation>Die Act-On-Liste „%1“ hat keine Spalte „%2“, daher wurde keines ihrer Mitglieder für einen Lead berücksichtigt.</translation>
    </message>
    <message>
        <source>Checking the Pipeliner lead fields…</source>
        <translation>Die Lead-Felder in Pipeliner werden geprüft…</translation>
    </message>
    <message>
        <source>Pipeliner leads have no field %1, so the lead handoff cannot write the Act-On score there. Choose an existing lead field as the score field in the flow settings.</source>
        <translation>Pipeliner-Leads haben kein Feld %1, daher kann die Lead-Übergabe den Act-On-Score dort nicht eintragen. Wählen Sie in den Einstellungen des Ablaufs ein vorhandenes Lead-Feld als Score-Feld.</translation>
    </message>
    <message>
        <source>Creating the Pipeliner lead field %1…</source>
        <translation>Das Pipeliner-Lead-Feld %1 wird angelegt…</translation>
    </message>
    <message>
        <source>Pipeliner leads lack the fields %1 that the lead handoff writes, and the Pipeliner user of this account may not create fields. Ask a Pipeliner administrator to create them (Administration → Fields &amp; Forms → Lead) or to let this user manage fields, then run the handoff again. Nothing was written.</source>
        <translation>Pipeliner-Leads fehlen die Felder %1, die die Lead-Übergabe schreibt, und der Pipeliner-Benutzer dieses Kontos darf keine Felder anlegen. Bitten Sie einen Pipeliner-Administrator, sie anzulegen (Administration → Fields &amp; Forms → Lead) oder diesem Benutzer die Feldverwaltung zu erlauben, und starten Sie die Übergabe dann erneut. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>LeadBridge could not create the Pipeliner lead fields %1: %2 Nothing was written.</source>
        <translation>LeadBridge konnte die Pipeliner-Lead-Felder %1 nicht anlegen: %2 Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Pipeliner created the lead field %1 as “%2” instead. Rename or create a lead field with the API name %1 in Pipeliner, then run the handoff again. Nothing was written.</source>
        <translation>Pipeliner hat das Lead-Feld %1 stattdessen als „%2“ angelegt. Benennen Sie in Pipeliner ein Lead-Feld so um oder legen Sie eines an, dass es den API-Namen %1 hat, und starten Sie die Übergabe dann erneut. Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::LinkAccountDialog</name>
    <message>
        <source>Link Account</source>
        <translation>Konto verknüpfen</translation>
    </message>
    <message>
        <source>&amp;System:</source>
        <translation>S&amp;ystem:</translation>
    </message>
    <message>
        <source>A name you will recognise, e.g. “Marketing ON24”</source>
        <translation>Ein Name, den Sie wiedererkennen, z. B. „Marketing ON24“</translation>
    </message>
    <message>
        <source>Account &amp;name:</source>
        <translation>Konto&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung prü&amp;fen</translation>
    </message>
    <message>
        <source>Check the entered details with %1 without saving them.</source>
        <translation>Die eingegebenen Angaben bei %1 prüfen, ohne sie zu speichern.</translation>
    </message>
    <message>
        <source>the system</source>
        <translation>das System</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Verknüpfen</translation>
    </message>
    <message>
        <source>In ON24, open Platform Tools → Integrations → API Tokens to create an access token key and secret (your account needs the Connect product). The client ID is the number in your ON24 account details.</source>
        <translation>Öffnen Sie in ON24 „Platform Tools → Integrations → API Tokens“, um einen Zugriffstoken-Schlüssel und ein Geheimnis anzulegen (Ihr Konto braucht das Produkt Connect). Die Client-ID ist die Nummer in Ihren ON24-Kontodaten.</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Numbers only, e.g. 41750</source>
        <translation>Nur Ziffern, z. B. 41750</translation>
    </message>
    <message>
        <source>Access token &amp;key:</source>
        <translation>&amp;Zugriffstoken-Schlüssel:</translation>
    </message>
    <message>
        <source>Access token &amp;secret:</source>
        <translation>Zugriffstoken-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>North America (api.on24.com)</source>
        <translation>Nordamerika (api.on24.com)</translation>
    </message>
    <message>
        <source>Europe (api.eu.on24.com)</source>
        <translation>Europa (api.eu.on24.com)</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>Eigene Adresse</translation>
    </message>
    <message>
        <source>&amp;Data centre:</source>
        <translation>&amp;Rechenzentrum:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Use the Act-On user LeadBridge should act as. The API client ID and secret come from Act-On (request API credentials on developer.act-on.com or from Act-On support).</source>
        <translation>Verwenden Sie den Act-On-Benutzer, als der LeadBridge handeln soll. API-Client-ID und -Geheimnis stammen von Act-On (fordern Sie API-Zugangsdaten auf developer.act-on.com oder beim Act-On-Support an).</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>The e-mail address you sign in with</source>
        <translation>Die E-Mail-Adresse, mit der Sie sich anmelden</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>API &amp;client ID:</source>
        <translation>API-&amp;Client-ID:</translation>
    </message>
    <message>
        <source>API client &amp;secret:</source>
        <translation>API-Client-&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>Use a different API address</source>
        <translation>Eine andere API-Adresse verwenden</translation>
    </message>
    <message>
        <source>LeadBridge signs in through a Salesforce connected app. Its consumer key is under Setup → App Manager → your app → View → Manage Consumer Details.</source>
        <translation>LeadBridge meldet sich über eine verbundene Salesforce-App an. Deren Consumer Key finden Sie unter Setup → App Manager → Ihre App → View → Manage Consumer Details.</translation>
    </message>
    <message>
        <source>In the &amp;browser (recommended)</source>
        <translation>Im Bro&amp;wser (empfohlen)</translation>
    </message>
    <message>
        <source>With user name, password and security token (&amp;legacy)</source>
        <translation>Mit Benutzername, Passwort und Sicherheitstoken (ä&amp;lteres Verfahren)</translation>
    </message>
    <message>
        <source>Sign in:</source>
        <translation>Anmeldung:</translation>
    </message>
    <message>
        <source>Production (login.salesforce.com)</source>
        <translation>Produktion (login.salesforce.com)</translation>
    </message>
    <message>
        <source>Sandbox (test.salesforce.com)</source>
        <translation>Sandbox (test.salesforce.com)</translation>
    </message>
    <message>
        <source>Custom domain (My Domain)</source>
        <translation>Eigene Domain (My Domain)</translation>
    </message>
    <message>
        <source>Log in &amp;to:</source>
        <translation>Anmelden be&amp;i:</translation>
    </message>
    <message>
        <source>Domain address:</source>
        <translation>Domain-Adresse:</translation>
    </message>
    <message>
        <source>Consumer &amp;key (client ID):</source>
        <translation>Consumer &amp;Key (Client-ID):</translation>
    </message>
    <message>
        <source>Sign in with &amp;Salesforce…</source>
        <translation>Bei Salesforce &amp;anmelden…</translation>
    </message>
    <message>
        <source>Not signed in yet.</source>
        <translation>Noch nicht angemeldet.</translation>
    </message>
    <message>
        <source>e.g. anna@acme.com</source>
        <translation>z. B. anna@acme.com</translation>
    </message>
    <message>
        <source>Security &amp;token:</source>
        <translation>Sicherheits&amp;token:</translation>
    </message>
    <message>
        <source>From Settings → Reset My Security Token</source>
        <translation>Aus Settings → Reset My Security Token</translation>
    </message>
    <message>
        <source>Consumer s&amp;ecret:</source>
        <translation>Consumer S&amp;ecret:</translation>
    </message>
    <message>
        <source>In Pipeliner, open Administration → Unit, Users &amp; Roles → Applications, create an application and choose Show API Access: it shows the space ID, the API token and the API secret.</source>
        <translation>Öffnen Sie in Pipeliner „Administration → Unit, Users &amp; Roles → Applications“, legen Sie eine Anwendung an und wählen Sie „Show API Access“: Dort sehen Sie die Space-ID, das API-Token und das API-Geheimnis.</translation>
    </message>
    <message>
        <source>US East (us-east)</source>
        <translation>US Ost (us-east)</translation>
    </message>
    <message>
        <source>EU Central (eu-central)</source>
        <translation>EU Zentral (eu-central)</translation>
    </message>
    <message>
        <source>Canada Central (ca-central)</source>
        <translation>Kanada Zentral (ca-central)</translation>
    </message>
    <message>
        <source>Asia Pacific Southeast (ap-southeast)</source>
        <translation>Asien-Pazifik Südost (ap-southeast)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Space ID:</source>
        <translation>S&amp;pace-ID:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>API s&amp;ecret:</source>
        <translation>API-G&amp;eheimnis:</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Saved in the keychain — type to replace</source>
        <translation>Im Schlüsselbund gespeichert — zum Ersetzen tippen</translation>
    </message>
    <message>
        <source>Signed in earlier. Sign in again only to switch users.</source>
        <translation>Bereits früher angemeldet. Melden Sie sich nur erneut an, um den Benutzer zu wechseln.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird geprüft…</translation>
    </message>
    <message>
        <source>Connected to %1. Choose %2 to keep it.</source>
        <translation>Mit %1 verbunden. Wählen Sie %2, um es zu behalten.</translation>
    </message>
    <message>
        <source>Saving and testing…</source>
        <translation>Wird gespeichert und geprüft…</translation>
    </message>
    <message>
        <source>Enter the consumer key (client ID) of your Salesforce connected app first.</source>
        <translation>Geben Sie zuerst den Consumer Key (Client-ID) Ihrer verbundenen Salesforce-App ein.</translation>
    </message>
    <message>
        <source>Enter your Salesforce domain address, e.g. https://yourcompany.my.salesforce.com.</source>
        <translation>Geben Sie die Adresse Ihrer Salesforce-Domain ein, z. B. https://yourcompany.my.salesforce.com.</translation>
    </message>
    <message>
        <source>LeadBridge could not open your web browser. Open this address yourself to sign in:</source>
        <translation>LeadBridge konnte Ihren Webbrowser nicht öffnen. Öffnen Sie diese Adresse selbst, um sich anzumelden:</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Signed in to %1.</source>
        <translation>Bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>Cancel Sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Waiting for you to approve in the browser…</source>
        <translation>Warten auf Ihre Bestätigung im Browser…</translation>
    </message>
    <message>
        <source>Consumer secret (o&amp;ptional):</source>
        <translation>Consumer Secret (&amp;optional):</translation>
    </message>
    <message>
        <source>Only if the connected app requires it</source>
        <translation>Nur wenn die verbundene App es verlangt</translation>
    </message>
    <message>
        <source>A connected app can have “Require Secret for Web Server Flow” (needed to finish the sign-in) and “Require Secret for Refresh Token Flow” (needed to stay signed in) turned on, under Setup → App Manager → your app → Edit → OAuth settings. If either is on, copy the consumer secret from Manage Consumer Details and enter it here before you sign in: LeadBridge sends it with the sign-in and every renewal, and keeps it in your system keychain. If both are off, leave it empty.</source>
        <translation>Bei einer verbundenen App können „Require Secret for Web Server Flow“ (nötig, um die Anmeldung abzuschließen) und „Require Secret for Refresh Token Flow“ (nötig, um angemeldet zu bleiben) eingeschaltet sein, unter Setup → App Manager → Ihre App → Edit → OAuth settings. Ist eine davon eingeschaltet, kopieren Sie das Consumer Secret aus Manage Consumer Details und geben Sie es hier ein, bevor Sie sich anmelden: LeadBridge sendet es bei der Anmeldung und jeder Erneuerung mit und bewahrt es im Schlüsselbund Ihres Systems auf. Sind beide ausgeschaltet, lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Saved in the keychain if you entered one — type to replace</source>
        <translation>Im Schlüsselbund gespeichert, falls Sie eines eingegeben haben – zum Ersetzen neu eingeben</translation>
    </message>
</context>
<context>
    <name>LeadBridge::LinkRepository</name>
    <message>
        <source>LeadBridge could not read the links between records of this flow. Details are in the log.</source>
        <translation>LeadBridge konnte die Verknüpfungen zwischen Datensätzen dieses Ablaufs nicht lesen. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>A record link without an email address cannot be stored. Details are in the log.</source>
        <translation>Eine Datensatzverknüpfung ohne E-Mail-Adresse kann nicht gespeichert werden. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>LeadBridge could not store the links between records of this flow. Details are in the log.</source>
        <translation>LeadBridge konnte die Verknüpfungen zwischen Datensätzen dieses Ablaufs nicht speichern. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>LeadBridge could not remove links between records of this flow. Details are in the log.</source>
        <translation>LeadBridge konnte Verknüpfungen zwischen Datensätzen dieses Ablaufs nicht entfernen. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>LeadBridge could not read where the last sync of this flow stopped. Details are in the log.</source>
        <translation>LeadBridge konnte nicht lesen, wo die letzte Synchronisierung dieses Ablaufs aufgehört hat. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>LeadBridge could not record where this sync stopped. Check that the flow still exists; details are in the log.</source>
        <translation>LeadBridge konnte nicht aufzeichnen, wo diese Synchronisierung aufgehört hat. Prüfen Sie, ob der Ablauf noch existiert; Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>LeadBridge could not reset where the last sync of this flow stopped. Details are in the log.</source>
        <translation>LeadBridge konnte nicht zurücksetzen, wo die letzte Synchronisierung dieses Ablaufs aufgehört hat. Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ListSyncForm</name>
    <message>
        <source>All Salesforce leads</source>
        <translation>Alle Salesforce-Leads</translation>
    </message>
    <message>
        <source>All Salesforce contacts</source>
        <translation>Alle Salesforce-Kontakte</translation>
    </message>
    <message>
        <source>A Salesforce report</source>
        <translation>Ein Salesforce-Bericht</translation>
    </message>
    <message>
        <source>A Salesforce campaign</source>
        <translation>Eine Salesforce-Kampagne</translation>
    </message>
    <message>
        <source>&amp;Records from:</source>
        <translation>&amp;Datensätze aus:</translation>
    </message>
    <message>
        <source>Re&amp;port:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>Choose an Act-On list to reuse, or type a new name: LeadBridge creates it with the mapped columns at the first run.</source>
        <translation>Wählen Sie eine vorhandene Act-On-Liste oder geben Sie einen neuen Namen ein: LeadBridge legt die Liste beim ersten Lauf mit den zugeordneten Spalten an.</translation>
    </message>
    <message>
        <source>Act-On &amp;list:</source>
        <translation>Act-On-L&amp;iste:</translation>
    </message>
    <message>
        <source>Folder for a &amp;new list:</source>
        <translation>Ordner für eine ne&amp;ue Liste:</translation>
    </message>
    <message>
        <source>Push to Salesforce</source>
        <translation>Übertragung nach Salesforce</translation>
    </message>
    <message>
        <source>&amp;Add new list records to Salesforce as</source>
        <translation>Neue Listendatensätze zu Salesforce &amp;hinzufügen als</translation>
    </message>
    <message>
        <source>Add new records as</source>
        <translation>Neue Datensätze hinzufügen als</translation>
    </message>
    <message>
        <source>leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>&amp;Update existing Salesforce records with these fields:</source>
        <translation>&amp;Vorhandene Salesforce-Datensätze mit diesen Feldern aktualisieren:</translation>
    </message>
    <message>
        <source>Fields pushed to Salesforce</source>
        <translation>Nach Salesforce übertragene Felder</translation>
    </message>
    <message>
        <source>Pull from Salesforce</source>
        <translation>Abruf aus Salesforce</translation>
    </message>
    <message>
        <source>A&amp;dd new records from Salesforce to the list</source>
        <translation>Neue Datensätze aus Salesforce zur Liste hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Update existing list records with these &amp;fields:</source>
        <translation>Vorhandene Listendatensätze mit diesen &amp;Feldern aktualisieren:</translation>
    </message>
    <message>
        <source>Fields pulled from Salesforce</source>
        <translation>Aus Salesforce abgerufene Felder</translation>
    </message>
    <message>
        <source>R&amp;emove list records not found in Salesforce</source>
        <translation>In Salesforce nicht gefundene Listendatensätze en&amp;tfernen</translation>
    </message>
    <message>
        <source>Cam&amp;paign:</source>
        <translation>Kam&amp;pagne:</translation>
    </message>
    <message>
        <source>Salesforce report %1</source>
        <translation>Salesforce-Bericht %1</translation>
    </message>
    <message>
        <source>Salesforce campaign %1</source>
        <translation>Salesforce-Kampagne %1</translation>
    </message>
    <message>
        <source>The report “%1” is not among the Salesforce reports. Choose one from the list.</source>
        <translation>Der Bericht „%1“ ist nicht unter den Salesforce-Berichten. Wählen Sie einen aus der Liste.</translation>
    </message>
    <message>
        <source>The campaign “%1” is not among the Salesforce campaigns. Choose one from the list.</source>
        <translation>Die Kampagne „%1“ ist nicht unter den Salesforce-Kampagnen. Wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>For a campaign, the member status (the list’s “Campaign Status” column) is always pushed to Salesforce with this option, whatever fields are ticked.</source>
        <translation>Bei einer Kampagne wird der Mitgliedsstatus (die Spalte „Campaign Status“ der Liste) mit dieser Option immer an Salesforce übertragen, gleich welche Felder angekreuzt sind.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ListSyncPlanner</name>
    <message>
        <source>This list row has no email address, so it cannot be matched to a Salesforce record.</source>
        <translation>Diese Listenzeile hat keine E-Mail-Adresse und kann daher keinem Salesforce-Datensatz zugeordnet werden.</translation>
    </message>
    <message>
        <source>Another row of the list (%1) has the same email address, so this one was left alone.</source>
        <translation>Eine andere Zeile der Liste (%1) hat dieselbe E-Mail-Adresse, daher wurde diese nicht verändert.</translation>
    </message>
    <message>
        <source>Changed in Salesforce and in the Act-On list since the last sync; Salesforce wins, so the list gets its value.</source>
        <translation>Seit der letzten Synchronisierung in Salesforce und in der Act-On-Liste geändert; Salesforce gewinnt, daher erhält die Liste dessen Wert.</translation>
    </message>
    <message>
        <source>This Salesforce record has no email address, so it cannot be put on an Act-On list.</source>
        <translation>Dieser Salesforce-Datensatz hat keine E-Mail-Adresse und kann daher nicht auf eine Act-On-Liste gesetzt werden.</translation>
    </message>
    <message>
        <source>Another Salesforce record of the source has the same email address (%1), so this one was left alone.</source>
        <translation>Ein anderer Salesforce-Datensatz der Quelle hat dieselbe E-Mail-Adresse (%1), daher wurde dieser nicht verändert.</translation>
    </message>
    <message>
        <source>Not on the Act-On list; the pull option “Add new records to the list” is off.</source>
        <translation>Nicht auf der Act-On-Liste; die Abrufoption „Neue Datensätze zur Liste hinzufügen“ ist aus.</translation>
    </message>
    <message>
        <source>Not found in Salesforce; the pull option “Remove records not found in Salesforce” is on.</source>
        <translation>Nicht in Salesforce gefunden; die Abrufoption „In Salesforce nicht gefundene Datensätze entfernen“ ist an.</translation>
    </message>
    <message>
        <source>Not found in Salesforce; the push option “Add new records to Salesforce” is off.</source>
        <translation>Nicht in Salesforce gefunden; die Übertragungsoption „Neue Datensätze zu Salesforce hinzufügen“ ist aus.</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address, so this list row cannot be matched to a Salesforce record. Correct the address in Act-On.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse, daher kann diese Listenzeile keinem Salesforce-Datensatz zugeordnet werden. Korrigieren Sie die Adresse in Act-On.</translation>
    </message>
    <message>
        <source>The campaign status changed in Salesforce and in the Act-On list since the last sync; Salesforce wins, so the list gets its value.</source>
        <translation>Der Kampagnenstatus hat sich seit der letzten Synchronisierung in Salesforce und in der Act-On-Liste geändert; Salesforce gewinnt, daher erhält die Liste seinen Wert.</translation>
    </message>
    <message>
        <source>The e-mail address of this person changed in Salesforce; the list row keeps its place and gets the new address.</source>
        <translation>Die E-Mail-Adresse dieser Person wurde in Salesforce geändert; die Listenzeile bleibt erhalten und bekommt die neue Adresse.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ListSyncRunner</name>
    <message>
        <source>Reading the list sync settings…</source>
        <translation>Einstellungen des Listenabgleichs werden gelesen…</translation>
    </message>
    <message>
        <source>A list sync needs a linked Act-On account and a linked Salesforce account. Choose them in the flow settings.</source>
        <translation>Ein Listenabgleich braucht ein verknüpftes Act-On-Konto und ein verknüpftes Salesforce-Konto. Wählen Sie sie in den Einstellungen des Ablaufs.</translation>
    </message>
    <message>
        <source>The list sync has no column mapped to the e-mail address, which it matches people on. Map the E-mail Address column, then sync again.</source>
        <translation>Der Listenabgleich hat keine Spalte, die der E-Mail-Adresse zugeordnet ist, über die er Personen abgleicht. Ordnen Sie die Spalte „E-mail Address“ zu und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>Finding the Act-On list “%1”…</source>
        <translation>Act-On-Liste „%1“ wird gesucht…</translation>
    </message>
    <message>
        <source>Reading the Act-On list “%1”…</source>
        <translation>Act-On-Liste „%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>Reading Salesforce records…</source>
        <translation>Salesforce-Datensätze werden gelesen…</translation>
    </message>
    <message>
        <source>Looking up list members in Salesforce…</source>
        <translation>Listenmitglieder werden in Salesforce nachgeschlagen…</translation>
    </message>
    <message>
        <source>Planning the list sync…</source>
        <translation>Listenabgleich wird geplant…</translation>
    </message>
    <message>
        <source>Writing to Salesforce…</source>
        <translation>Schreiben nach Salesforce…</translation>
    </message>
    <message>
        <source>Writing to the Act-On list…</source>
        <translation>Schreiben in die Act-On-Liste…</translation>
    </message>
    <message>
        <source>The write was not confirmed. The next sync tries again.</source>
        <translation>Das Schreiben wurde nicht bestätigt. Die nächste Synchronisierung versucht es erneut.</translation>
    </message>
    <message>
        <source>Created %1 %2.</source>
        <translation>%1 %2 angelegt.</translation>
    </message>
    <message>
        <source>Recording the list sync…</source>
        <translation>Listenabgleich wird aufgezeichnet…</translation>
    </message>
    <message>
        <source>The list row gets the id and type of the record just created in Salesforce.</source>
        <translation>Die Listenzeile bekommt ID und Typ des gerade in Salesforce angelegten Datensatzes.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ListSyncSettings</name>
    <message>
        <source>The list sync source “%1” is not known. Choose All Leads, All Contacts, a report or a campaign in the flow settings.</source>
        <translation>Die Quelle „%1“ des Listenabgleichs ist unbekannt. Wählen Sie in den Einstellungen des Ablaufs „Alle Leads“, „Alle Kontakte“, einen Bericht oder eine Kampagne.</translation>
    </message>
    <message>
        <source>The list sync reads a Salesforce report, but no report is chosen. Choose the report in the flow settings.</source>
        <translation>Der Listenabgleich liest einen Salesforce-Bericht, aber es ist kein Bericht gewählt. Wählen Sie den Bericht in den Einstellungen des Ablaufs.</translation>
    </message>
    <message>
        <source>The list sync reads a Salesforce campaign, but no campaign is chosen. Choose the campaign in the flow settings.</source>
        <translation>Der Listenabgleich liest eine Salesforce-Kampagne, aber es ist keine Kampagne gewählt. Wählen Sie die Kampagne in den Einstellungen des Ablaufs.</translation>
    </message>
    <message>
        <source>All Salesforce Leads</source>
        <translation>Alle Salesforce-Leads</translation>
    </message>
    <message>
        <source>All Salesforce Contacts</source>
        <translation>Alle Salesforce-Kontakte</translation>
    </message>
    <message>
        <source>Salesforce report %1</source>
        <translation>Salesforce-Bericht %1</translation>
    </message>
    <message>
        <source>Salesforce campaign %1</source>
        <translation>Salesforce-Kampagne %1</translation>
    </message>
</context>
<context>
    <name>LeadBridge::LookupChecklist</name>
    <message>
        <source>Filter lists</source>
        <translation>Listen filtern</translation>
    </message>
    <message>
        <source>Act-On lists</source>
        <translation>Act-On-Listen</translation>
    </message>
</context>
<context>
    <name>LeadBridge::LookupCombo</name>
    <message>
        <source>Type to search</source>
        <translation>Tippen Sie zum Suchen</translation>
    </message>
</context>
<context>
    <name>LeadBridge::LookupField</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Choose the account first.</source>
        <translation>Wählen Sie zuerst das Konto.</translation>
    </message>
    <message>
        <source>the engine is not available.</source>
        <translation>die Synchronisierung ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n found in “%1”.</source>
        <translation>
            <numerusform>%n Eintrag in „%1“ gefunden.</numerusform>
            <numerusform>%n Einträge in „%1“ gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadBridge::LookupService</name>
    <message>
        <source>This kind of account cannot list %1.</source>
        <translation>Diese Kontoart kann %1 nicht auflisten.</translation>
    </message>
    <message>
        <source>the Act-On lists</source>
        <translation>die Act-On-Listen</translation>
    </message>
    <message>
        <source>the Salesforce reports</source>
        <translation>die Salesforce-Berichte</translation>
    </message>
    <message>
        <source>the Salesforce campaigns</source>
        <translation>die Salesforce-Kampagnen</translation>
    </message>
    <message>
        <source>the Pipeliner users</source>
        <translation>die Pipeliner-Benutzer</translation>
    </message>
    <message>
        <source>the Salesforce users</source>
        <translation>die Salesforce-Benutzer</translation>
    </message>
    <message>
        <source>LeadBridge could not load %1: %2 Check the account on the Accounts page, then click Retry.</source>
        <translation>LeadBridge konnte %1 nicht laden: %2 Prüfen Sie das Konto auf der Seite „Konten“ und klicken Sie dann auf „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>the keychain or the engine is not available</source>
        <translation>der Schlüsselbund oder die Synchronisierung ist nicht verfügbar</translation>
    </message>
    <message>
        <source>the engine is not available</source>
        <translation>die Synchronisierung ist nicht verfügbar</translation>
    </message>
    <message>
        <source>the Act-On score sheets</source>
        <translation>die Act-On-Bewertungsschemata</translation>
    </message>
</context>
<context>
    <name>LeadBridge::MainWindow</name>
    <message>
        <source>LeadBridge</source>
        <translation>LeadBridge</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Abläufe</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisierung</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <source>&amp;Flows</source>
        <translation>&amp;Abläufe</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Verlau&amp;f</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>A&amp;bout</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About LeadBridge</source>
        <translation>Über &amp;LeadBridge</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Sync engine:</source>
        <translation>Synchronisierung:</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>What the sync engine is doing</source>
        <translation>Was die Synchronisierung gerade tut</translation>
    </message>
    <message>
        <source>No scheduled runs</source>
        <translation>Keine geplanten Läufe</translation>
    </message>
    <message>
        <source>When the next scheduled sync starts</source>
        <translation>Wann die nächste geplante Synchronisierung beginnt</translation>
    </message>
    <message>
        <source>Set up a flow on the Flows page first.</source>
        <translation>Richten Sie zuerst auf der Seite „Abläufe“ einen Ablauf ein.</translation>
    </message>
    <message>
        <source>Sync the selected flow now. %1</source>
        <translation>Den gewählten Ablauf jetzt synchronisieren. %1</translation>
    </message>
    <message>
        <source>Show every change the selected flow would make, without writing anything. %1</source>
        <translation>Jede Änderung zeigen, die der gewählte Ablauf vornehmen würde, ohne etwas zu schreiben. %1</translation>
    </message>
    <message>
        <source>Available when the current run has finished.</source>
        <translation>Verfügbar, sobald der laufende Lauf beendet ist.</translation>
    </message>
    <message>
        <source>Sync the selected flow now (%1)</source>
        <translation>Den gewählten Ablauf jetzt synchronisieren (%1)</translation>
    </message>
    <message>
        <source>Show every change the selected flow would make, without writing anything (%1)</source>
        <translation>Jede Änderung zeigen, die der gewählte Ablauf vornehmen würde, ohne etwas zu schreiben (%1)</translation>
    </message>
    <message>
        <source>Stop the current run; what has been written so far is kept in the history (%1)</source>
        <translation>Den laufenden Lauf anhalten; was bis dahin geschrieben wurde, bleibt im Verlauf erhalten (%1)</translation>
    </message>
    <message>
        <source>Cancel stops a running sync. No sync is running.</source>
        <translation>„Abbrechen“ hält eine laufende Synchronisierung an. Zurzeit läuft keine.</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Laufstatus</translation>
    </message>
    <message>
        <source>Hot Prospects</source>
        <translation>Hot Prospects</translation>
    </message>
    <message>
        <source>Hot &amp;Prospects</source>
        <translation>Hot &amp;Prospects</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Konflikte (%1)</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Konflikte</translation>
    </message>
</context>
<context>
    <name>LeadBridge::MappingEditor</name>
    <message>
        <source>&amp;Reload Fields</source>
        <translation>Felder neu la&amp;den</translation>
    </message>
    <message>
        <source>Ask the CRM for its Lead and Contact fields again.</source>
        <translation>Das CRM erneut nach seinen Lead- und Kontaktfeldern fragen.</translation>
    </message>
    <message>
        <source>Problems in the map</source>
        <translation>Probleme in der Zuordnung</translation>
    </message>
    <message>
        <source>Click a problem (or press Enter) to go to its row.</source>
        <translation>Klicken Sie auf ein Problem (oder drücken Sie die Eingabetaste), um zu seiner Zeile zu springen.</translation>
    </message>
    <message>
        <source>Filter fields…</source>
        <translation>Felder filtern…</translation>
    </message>
    <message>
        <source>Filter fields</source>
        <translation>Felder filtern</translation>
    </message>
    <message>
        <source>&amp;Push policy:</source>
        <translation>&amp;Übertragungsregel:</translation>
    </message>
    <message>
        <source>Two-way: Act-On changes push to the CRM for fields whose Allow push is on. CRM → Act-On only: nothing pushes except score fields.</source>
        <translation>Beide Richtungen: Act-On-Änderungen werden für Felder, bei denen „Zurückschreiben erlauben“ aktiv ist, an das CRM übertragen. Nur CRM → Act-On: Nur Score-Felder werden übertragen.</translation>
    </message>
    <message>
        <source>A&amp;uto-map</source>
        <translation>A&amp;utomatisch zuordnen</translation>
    </message>
    <message>
        <source>Fill blank sources from the standard pre-map and by matching names, labels and types. Less certain matches are listed for you to accept or reject.</source>
        <translation>Leere Quellen aus der Standard-Vorzuordnung und durch Abgleich von Namen, Beschriftungen und Typen füllen. Weniger sichere Treffer werden zum Annehmen oder Ablehnen aufgelistet.</translation>
    </message>
    <message>
        <source>&amp;Add Field…</source>
        <translation>Feld &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected fields from the map (Delete)</source>
        <translation>Die gewählten Felder aus der Zuordnung entfernen (Entf)</translation>
    </message>
    <message>
        <source>Remove the selected fields</source>
        <translation>Die gewählten Felder entfernen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Replace the map with one exported from LeadBridge (JSON).</source>
        <translation>Die Zuordnung durch eine aus LeadBridge exportierte ersetzen (JSON).</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the map as a JSON file, to copy it or keep it in version control.</source>
        <translation>Die Zuordnung als JSON-Datei speichern, um sie zu kopieren oder in der Versionsverwaltung aufzubewahren.</translation>
    </message>
    <message>
        <source>Field map</source>
        <translation>Feldzuordnung</translation>
    </message>
    <message>
        <source>Examples from the CRM</source>
        <translation>Beispiele aus dem CRM</translation>
    </message>
    <message>
        <source>Example values</source>
        <translation>Beispielwerte</translation>
    </message>
    <message>
        <source>Auto-map suggestions</source>
        <translation>Vorschläge der automatischen Zuordnung</translation>
    </message>
    <message>
        <source>Less certain matches. Accept the ones that are right; rejected ones are dropped.</source>
        <translation>Weniger sichere Treffer. Nehmen Sie die richtigen an; abgelehnte werden verworfen.</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>A&amp;nnehmen</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Discard the changes made since the last save.</source>
        <translation>Die seit dem letzten Speichern vorgenommenen Änderungen verwerfen.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Import Field Map</source>
        <translation>Feldzuordnung importieren</translation>
    </message>
    <message>
        <source>Field maps (*.json);;All files (*)</source>
        <translation>Feldzuordnungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Field Map</source>
        <translation>Feldzuordnung exportieren</translation>
    </message>
    <message>
        <source>Field maps (*.json)</source>
        <translation>Feldzuordnungen (*.json)</translation>
    </message>
    <message>
        <source>Field mapping</source>
        <translation>Feldzuordnung</translation>
    </message>
    <message>
        <source>Field mapping — %1</source>
        <translation>Feldzuordnung — %1</translation>
    </message>
    <message>
        <source>Field Mapping — %1[*]</source>
        <translation>Feldzuordnung — %1[*]</translation>
    </message>
    <message>
        <source>%1 account “%2” ↔ Act-On account “%3”</source>
        <translation>%1-Konto „%2“ ↔ Act-On-Konto „%3“</translation>
    </message>
    <message>
        <source>No CRM account</source>
        <translation>Kein CRM-Konto</translation>
    </message>
    <message>
        <source>This flow has no linked Salesforce or Pipeliner account, so its fields cannot be listed. Link one on the Accounts page.</source>
        <translation>Dieser Ablauf hat kein verknüpftes Salesforce- oder Pipeliner-Konto, daher können seine Felder nicht aufgelistet werden. Verknüpfen Sie eines auf der Seite „Konten“.</translation>
    </message>
    <message>
        <source>Fields not loaded</source>
        <translation>Felder nicht geladen</translation>
    </message>
    <message>
        <source>Loading fields…</source>
        <translation>Felder werden geladen…</translation>
    </message>
    <message>
        <source>Loading the %1 fields…</source>
        <translation>%1-Felder werden geladen…</translation>
    </message>
    <message>
        <source>LeadBridge could not list the fields of %1 account “%2”: %3 You can still edit the map; it is checked against %1 again before each run.</source>
        <translation>LeadBridge konnte die Felder des %1-Kontos „%2“ nicht auflisten: %3 Sie können die Zuordnung trotzdem bearbeiten; sie wird vor jedem Lauf erneut mit %1 abgeglichen.</translation>
    </message>
    <message>
        <source>LeadBridge could not list the fields</source>
        <translation>LeadBridge konnte die Felder nicht auflisten</translation>
    </message>
    <message>
        <source>%1 Lead and %2 Contact fields from %3</source>
        <translation>%1 Lead- und %2 Kontaktfelder aus %3</translation>
    </message>
    <message>
        <source>Select a row to see example values from %1.</source>
        <translation>Wählen Sie eine Zeile, um Beispielwerte aus %1 zu sehen.</translation>
    </message>
    <message>
        <source>“%1” has no %2 field, so there is nothing to show.</source>
        <translation>„%1“ hat kein %2-Feld, daher gibt es nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>%1 field “%2”</source>
        <translation>%1-Feld „%2“</translation>
    </message>
    <message>
        <source>Examples appear once the %1 fields are loaded.</source>
        <translation>Beispiele erscheinen, sobald die %1-Felder geladen sind.</translation>
    </message>
    <message>
        <source>Examples cannot be read while the %1 fields are not loaded.</source>
        <translation>Beispiele können nicht gelesen werden, solange die %1-Felder nicht geladen sind.</translation>
    </message>
    <message>
        <source>%1 has no %2 field “%3”.</source>
        <translation>%1 hat kein %2-Feld „%3“.</translation>
    </message>
    <message>
        <source>%1: no %2 record has a value yet.</source>
        <translation>%1: Noch kein %2-Datensatz hat einen Wert.</translation>
    </message>
    <message>
        <source>%1 — %2 examples:</source>
        <translation>%1 — %2 Beispiele:</translation>
    </message>
    <message>
        <source>%1 — loading examples…</source>
        <translation>%1 — Beispiele werden geladen…</translation>
    </message>
    <message>
        <source>%1 — examples could not be read: %2</source>
        <translation>%1 — Beispiele konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>1 problem must be fixed before saving.</source>
        <translation>1 Problem muss vor dem Speichern behoben werden.</translation>
    </message>
    <message>
        <source>%1 problems must be fixed before saving.</source>
        <translation>%1 Probleme müssen vor dem Speichern behoben werden.</translation>
    </message>
    <message>
        <source>1 warning: the map can be saved, but check it.</source>
        <translation>1 Warnung: Die Zuordnung kann gespeichert werden, aber prüfen Sie sie.</translation>
    </message>
    <message>
        <source>%1 warnings: the map can be saved, but check them.</source>
        <translation>%1 Warnungen: Die Zuordnung kann gespeichert werden, aber prüfen Sie sie.</translation>
    </message>
    <message>
        <source>● Not saved yet</source>
        <translation>● Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation>● Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Fix the problems listed above before saving.</source>
        <translation>Beheben Sie vor dem Speichern die oben aufgeführten Probleme.</translation>
    </message>
    <message>
        <source>Save the map (Ctrl+S).</source>
        <translation>Die Zuordnung speichern (Strg+S).</translation>
    </message>
    <message>
        <source>The map has problems that must be fixed before it can be saved; they are listed above.</source>
        <translation>Die Zuordnung hat Probleme, die vor dem Speichern behoben werden müssen; sie sind oben aufgeführt.</translation>
    </message>
    <message>
        <source>Saved. The next run of “%1” is a full sync, so existing records get %2.</source>
        <translation>Gespeichert. Der nächste Lauf von „%1“ ist eine vollständige Synchronisierung, daher erhalten vorhandene Datensätze %2.</translation>
    </message>
    <message>
        <source> and more</source>
        <translation> und weitere</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Auto-map found no blank source it could fill with confidence.</source>
        <translation>Die automatische Zuordnung fand keine leere Quelle, die sie sicher füllen konnte.</translation>
    </message>
    <message>
        <source>Auto-map filled %1 blank sources.</source>
        <translation>Die automatische Zuordnung hat %1 leere Quellen gefüllt.</translation>
    </message>
    <message>
        <source>%1 less certain suggestions are listed on the right: accept or reject each.</source>
        <translation>%1 weniger sichere Vorschläge stehen rechts: Nehmen Sie jeden an oder lehnen Sie ihn ab.</translation>
    </message>
    <message>
        <source>Without the %1 fields only the standard pre-map was applied.</source>
        <translation>Ohne die %1-Felder wurde nur die Standard-Vorzuordnung angewendet.</translation>
    </message>
    <message>
        <source>%1 ← %2 field %3 (%4 % sure)</source>
        <translation>%1 ← %2-Feld %3 (%4 % sicher)</translation>
    </message>
    <message>
        <source>The map could not be written to %1. Check that the folder exists and is writable.</source>
        <translation>Die Zuordnung konnte nicht nach %1 geschrieben werden. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>%1 could not be opened. Check that the file exists and can be read.</source>
        <translation>%1 konnte nicht geöffnet werden. Prüfen Sie, ob die Datei existiert und gelesen werden kann.</translation>
    </message>
    <message>
        <source>%1 was not imported, so the map is unchanged. %2 Details lists every problem.</source>
        <translation>%1 wurde nicht importiert, die Zuordnung ist daher unverändert. %2 Unter „Details“ steht jedes Problem.</translation>
    </message>
    <message>
        <source>%1 was made for %2, but this flow talks to %3, so it was not imported.</source>
        <translation>%1 wurde für %2 erstellt, aber dieser Ablauf arbeitet mit %3, daher wurde sie nicht importiert.</translation>
    </message>
    <message>
        <source>Imported %1 fields from %2. Save to keep them.</source>
        <translation>%1 Felder aus %2 importiert. Speichern Sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The field map of “%1” has unsaved changes. Save them before closing?</source>
        <translation>Die Feldzuordnung von „%1“ hat ungespeicherte Änderungen. Vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>LeadBridge::MappingValidator</name>
    <message>
        <source>The map has no email field. Add the standard field %1 and pick the %2 email field as its source; Act-On identifies contacts by email address.</source>
        <translation>Die Zuordnung hat kein E-Mail-Feld. Fügen Sie das Standardfeld %1 hinzu und wählen Sie das %2-E-Mail-Feld als Quelle; Act-On erkennt Kontakte an der E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1 has no %2 source. Pick the email field in the Lead or Contact column (usually %3).</source>
        <translation>%1 hat keine %2-Quelle. Wählen Sie das E-Mail-Feld in der Lead- oder Kontaktspalte (meist %3).</translation>
    </message>
    <message>
        <source>%1 has no %2 source, so %2 records cannot be matched to Act-On contacts. Pick the %2 email field, or clear the other %2 columns.</source>
        <translation>%1 hat keine %2-Quelle, daher können %2-Datensätze keinen Act-On-Kontakten zugeordnet werden. Wählen Sie das %2-E-Mail-Feld oder leeren Sie die anderen %2-Spalten.</translation>
    </message>
    <message>
        <source>No score field is mapped to %1. Add a Score field and pick a %1 number or text field to receive it; if there is none, ask your %1 administrator to create one (for example %2).</source>
        <translation>Kein Score-Feld ist %1 zugeordnet. Fügen Sie ein Score-Feld hinzu und wählen Sie ein %1-Zahlen- oder Textfeld, das ihn empfängt; gibt es keines, bitten Sie Ihre %1-Administration, eines anzulegen (zum Beispiel %2).</translation>
    </message>
    <message>
        <source>Row %1 has no marketing field. Choose a standard field or type a name for a custom field, or remove the row.</source>
        <translation>Zeile %1 hat kein Marketingfeld. Wählen Sie ein Standardfeld, geben Sie einen Namen für ein benutzerdefiniertes Feld ein oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>%1 is mapped twice (rows %2 and %3). Remove one of the rows or give the custom field another name.</source>
        <translation>%1 ist zweimal zugeordnet (Zeilen %2 und %3). Entfernen Sie eine der Zeilen oder geben Sie dem benutzerdefinierten Feld einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 field %2 (mapped to %3) no longer exists in %4: the %1 has no %5 relationship. Pick another %1 field or clear the %1 column before the next run.</source>
        <translation>%1-Feld %2 (zugeordnet zu %3) existiert in %4 nicht mehr: %1 hat keine Beziehung %5. Wählen Sie vor dem nächsten Lauf ein anderes %1-Feld oder leeren Sie die %1-Spalte.</translation>
    </message>
    <message>
        <source>Score field %1 is mapped to %2 %3, which is read through a related record and cannot receive the score. Pick an updateable number or text field on the %2.</source>
        <translation>Das Score-Feld %1 ist %2 %3 zugeordnet, das über einen verknüpften Datensatz gelesen wird und den Score nicht empfangen kann. Wählen Sie ein aktualisierbares Zahlen- oder Textfeld von %2.</translation>
    </message>
    <message>
        <source>%1 field %2 (mapped to %3) no longer exists in %4. Pick another %1 field or clear the %1 column before the next run.</source>
        <translation>%1-Feld %2 (zugeordnet zu %3) existiert in %4 nicht mehr. Wählen Sie vor dem nächsten Lauf ein anderes %1-Feld oder leeren Sie die %1-Spalte.</translation>
    </message>
    <message>
        <source>%1 is a %2 field but %3 field %4 is of type %5: %6. Pick a matching %3 field or change the data type of %1.</source>
        <translation>%1 ist ein %2-Feld, aber das %3-Feld %4 hat den Typ %5: %6. Wählen Sie ein passendes %3-Feld oder ändern Sie den Datentyp von %1.</translation>
    </message>
    <message>
        <source>%1 (%2) is fed by %3 field %4 of type %5: %6. Check that this is intended, or pick a field of a matching type.</source>
        <translation>%1 (%2) wird vom %3-Feld %4 des Typs %5 gefüllt: %6. Prüfen Sie, ob das so gewollt ist, oder wählen Sie ein Feld mit passendem Typ.</translation>
    </message>
    <message>
        <source>Score field %1 is mapped to %2 field %3, which cannot be changed through the %4 API, so the score can never be pushed. Pick an updateable number or text field.</source>
        <translation>Das Score-Feld %1 ist dem %2-Feld %3 zugeordnet, das über die %4-API nicht geändert werden kann, daher kann der Score nie übertragen werden. Wählen Sie ein aktualisierbares Zahlen- oder Textfeld.</translation>
    </message>
    <message>
        <source>%1 field %2 cannot be changed through the %3 API, so Act-On changes to %4 will not be pushed to it. Turn off Allow push for %4, or pick an updateable field.</source>
        <translation>Das %1-Feld %2 kann über die %3-API nicht geändert werden, daher werden Act-On-Änderungen an %4 nicht dorthin übertragen. Schalten Sie „Zurückschreiben erlauben“ für %4 aus oder wählen Sie ein aktualisierbares Feld.</translation>
    </message>
    <message>
        <source>%1 field %2 would receive pushes from both %3 and %4, and the last one would win. Turn off Allow push on one of them or pick a different %1 field.</source>
        <translation>Das %1-Feld %2 würde Übertragungen sowohl von %3 als auch von %4 erhalten, und die letzte würde gewinnen. Schalten Sie „Zurückschreiben erlauben“ bei einem der beiden aus oder wählen Sie ein anderes %1-Feld.</translation>
    </message>
    <message>
        <source>%1 field %2 feeds both %3 and %4; both will receive the same value. Clear one of them if that is not intended.</source>
        <translation>Das %1-Feld %2 füllt sowohl %3 als auch %4; beide erhalten denselben Wert. Leeren Sie eines davon, falls das nicht gewollt ist.</translation>
    </message>
    <message>
        <source>%1 field %2 must be filled when a %1 is created in %3, but no marketing field is mapped to it, so creating %1 records will fail. Map a marketing field to %2 in the %1 column.</source>
        <translation>Das %1-Feld %2 muss beim Anlegen eines %1 in %3 gefüllt sein, aber ihm ist kein Marketingfeld zugeordnet, daher schlägt das Anlegen von %1-Datensätzen fehl. Ordnen Sie %2 in der %1-Spalte ein Marketingfeld zu.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::MarketingFieldTypes</name>
    <message>
        <source>Boolean</source>
        <translation>Boolesch</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Datetime</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Multi-Text</source>
        <translation>Mehrfachtext</translation>
    </message>
</context>
<context>
    <name>LeadBridge::On24Connector</name>
    <message>
        <source>ON24 client %1</source>
        <translation>ON24-Client %1</translation>
    </message>
    <message>
        <source>The ON24 data centre for %1 is not set. Choose North America or Europe in Accounts → ON24, or enter the address ON24 gave you.</source>
        <translation>Das ON24-Rechenzentrum für %1 ist nicht festgelegt. Wählen Sie Nordamerika oder Europa unter Konten → ON24 oder geben Sie die Adresse ein, die Sie von ON24 erhalten haben.</translation>
    </message>
    <message>
        <source>The ON24 client id for %1 is missing or not a number. Enter the numeric client id from ON24 in Accounts → ON24.</source>
        <translation>Die ON24-Client-ID für %1 fehlt oder ist keine Zahl. Geben Sie die numerische Client-ID von ON24 unter Konten → ON24 ein.</translation>
    </message>
    <message>
        <source>The ON24 token key or token secret for %1 is missing. Enter both in Accounts → ON24.</source>
        <translation>Der ON24-Token-Schlüssel oder das Token-Geheimnis für %1 fehlt. Geben Sie beides unter Konten → ON24 ein.</translation>
    </message>
    <message>
        <source>ON24 has deactivated the API token of %1 (ON24 turns tokens off after 60 days without use). Create a new token in ON24 under Platform Tools → Integrations → API Tokens and enter it in Accounts → ON24.</source>
        <translation>ON24 hat das API-Token von %1 deaktiviert (ON24 schaltet Tokens nach 60 Tagen ohne Nutzung ab). Legen Sie in ON24 unter „Platform Tools → Integrations → API Tokens“ ein neues Token an und geben Sie es unter Konten → ON24 ein.</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europa</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Nordamerika</translation>
    </message>
    <message>
        <source>ON24 client %1 (%2)</source>
        <translation>ON24-Client %1 (%2)</translation>
    </message>
    <message>
        <source>ON24 has no “%1” records that LeadBridge can read for %2. Choose registrants, attendees or events.</source>
        <translation>ON24 hat keine „%1“-Datensätze, die LeadBridge für %2 lesen kann. Wählen Sie Registranten, Teilnehmer oder Veranstaltungen.</translation>
    </message>
    <message>
        <source>LeadBridge can only add registrations to ON24 (for %1); it cannot change or delete ON24 records. Use ON24 as a source in this flow, or register people instead.</source>
        <translation>LeadBridge kann in ON24 nur Anmeldungen hinzufügen (für %1); ON24-Datensätze kann es weder ändern noch löschen. Verwenden Sie ON24 in diesem Ablauf als Quelle oder melden Sie stattdessen Personen an.</translation>
    </message>
    <message>
        <source>LeadBridge could not register %1 in ON24 (%2) because no webinar was chosen. Choose the ON24 webinar in the flow&apos;s settings.</source>
        <translation>LeadBridge konnte %1 nicht in ON24 anmelden (%2), weil kein Webinar gewählt wurde. Wählen Sie das ON24-Webinar in den Einstellungen des Ablaufs.</translation>
    </message>
    <message>
        <source>the %1 records</source>
        <translation>die %1-Datensätze</translation>
    </message>
    <message>
        <source>LeadBridge can only count ON24 registrants and attendees.</source>
        <translation>LeadBridge kann nur ON24-Registrierte und -Teilnehmer zählen.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::PersonTimeline</name>
    <message>
        <source>LeadBridge could not read this person&apos;s history from the journal. Details are in the log.</source>
        <translation>LeadBridge konnte den Verlauf dieser Person nicht aus dem Journal lesen. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>LeadBridge could not read the query plan of “%1”.</source>
        <translation>LeadBridge konnte den Abfrageplan von „%1“ nicht lesen.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::PersonTimelineModel</name>
    <message>
        <source>Run %1 of “%2”, %3</source>
        <translation>Lauf %1 von „%2“, %3</translation>
    </message>
    <message>
        <source>%1 in %2, %3</source>
        <translation>%1 in %2, %3</translation>
    </message>
    <message>
        <source>Run started</source>
        <translation>Laufbeginn</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Ablauf</translation>
    </message>
</context>
<context>
    <name>LeadBridge::PersonTimelineView</name>
    <message>
        <source>&amp;Back to runs</source>
        <translation>&amp;Zurück zu den Läufen</translation>
    </message>
    <message>
        <source>Return to the list of runs (Esc)</source>
        <translation>Zurück zur Liste der Läufe (Esc)</translation>
    </message>
    <message>
        <source>Linked records now:</source>
        <translation>Derzeit verknüpfte Datensätze:</translation>
    </message>
    <message>
        <source>Changes to this person, newest first</source>
        <translation>Änderungen an dieser Person, neueste zuerst</translation>
    </message>
    <message>
        <source>Type the e-mail address of the person to find, for example ada@example.com.</source>
        <translation>Geben Sie die E-Mail-Adresse der gesuchten Person ein, zum Beispiel ada@example.com.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address. Type the person&apos;s whole address, for example ada@example.com.</source>
        <translation>„%1“ ist keine E-Mail-Adresse. Geben Sie die vollständige Adresse der Person ein, zum Beispiel ada@example.com.</translation>
    </message>
    <message>
        <source>Looking up every change to %1…</source>
        <translation>Alle Änderungen an %1 werden gesucht …</translation>
    </message>
    <message>
        <source>(also recorded as %1)</source>
        <translation>(auch aufgezeichnet als %1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>%1: %2, in “%3”</source>
        <translation>%1: %2, in „%3“</translation>
    </message>
    <message>
        <source>No changes recorded for %1.</source>
        <translation>Für %1 sind keine Änderungen aufgezeichnet.</translation>
    </message>
    <message>
        <source>%1 in %2 of %3, newest first.</source>
        <translation>%1 in %2 aus %3, neueste zuerst.</translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n runs</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flows</source>
        <translation>
            <numerusform>%n Ablauf</numerusform>
            <numerusform>%n Abläufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Older changes are not shown; open their runs in the run list to see them.</source>
        <translation>Ältere Änderungen werden nicht gezeigt; öffnen Sie dazu deren Läufe in der Liste der Läufe.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::PipelinerConnector</name>
    <message>
        <source>Pipeliner space %1</source>
        <translation>Pipeliner-Space %1</translation>
    </message>
    <message>
        <source>The Pipeliner region for %1 is not set. Choose it in Accounts → Pipeliner, or enter the service URL shown under Show API Access.</source>
        <translation>Die Pipeliner-Region für %1 ist nicht festgelegt. Wählen Sie sie unter Konten → Pipeliner oder geben Sie die Service-URL ein, die unter „Show API Access“ angezeigt wird.</translation>
    </message>
    <message>
        <source>The Pipeliner space id for %1 is missing or not valid. Copy it from Pipeliner (Show API Access) into Accounts → Pipeliner.</source>
        <translation>Die Pipeliner-Space-ID für %1 fehlt oder ist ungültig. Kopieren Sie sie aus Pipeliner („Show API Access“) nach Konten → Pipeliner.</translation>
    </message>
    <message>
        <source>The Pipeliner API token or API secret for %1 is missing. Enter both in Accounts → Pipeliner.</source>
        <translation>Das Pipeliner-API-Token oder API-Geheimnis für %1 fehlt. Geben Sie beides unter Konten → Pipeliner ein.</translation>
    </message>
    <message>
        <source>Pipeliner has no space “%1” for %2. Check the space id in Accounts → Pipeliner.</source>
        <translation>Pipeliner hat keinen Space „%1“ für %2. Prüfen Sie die Space-ID unter Konten → Pipeliner.</translation>
    </message>
    <message>
        <source>Pipeliner has no “%1” records that LeadBridge can read for %2. Choose Contacts, Leads, Accounts or Clients.</source>
        <translation>Pipeliner hat keine „%1“-Datensätze, die LeadBridge für %2 lesen kann. Wählen Sie Kontakte, Leads, Firmen oder Kunden.</translation>
    </message>
    <message>
        <source>Pipeliner space %1 (%2)</source>
        <translation>Pipeliner-Space %1 (%2)</translation>
    </message>
    <message>
        <source>Pipeliner has no “%1” records that LeadBridge can map for %2. Choose Leads, Contacts or Accounts.</source>
        <translation>Pipeliner hat keine „%1“-Datensätze, die LeadBridge für %2 zuordnen kann. Wählen Sie Leads, Kontakte oder Firmen.</translation>
    </message>
    <message>
        <source>LeadBridge cannot write “%1” records to Pipeliner for %2. Choose Contacts, Leads or Accounts.</source>
        <translation>LeadBridge kann keine „%1“-Datensätze für %2 in Pipeliner schreiben. Wählen Sie Kontakte, Leads oder Firmen.</translation>
    </message>
    <message>
        <source>LeadBridge could not change a Pipeliner record for %1 because it has no Pipeliner id. Sync the record from Pipeliner first.</source>
        <translation>LeadBridge konnte einen Pipeliner-Datensatz für %1 nicht ändern, weil er keine Pipeliner-ID hat. Synchronisieren Sie den Datensatz zuerst aus Pipeliner.</translation>
    </message>
    <message>
        <source>the %1 records</source>
        <translation>die %1-Datensätze</translation>
    </message>
    <message>
        <source>LeadBridge cannot filter Pipeliner records of %1 on “%2” (operator “%3”): filters take a field&apos;s API name, such as email1, and an operator such as ieq. Correct the filter in the flow&apos;s settings.</source>
        <translation>LeadBridge kann Pipeliner-Datensätze von %1 nicht nach „%2“ filtern (Operator „%3“): Filter brauchen den API-Namen eines Felds, etwa email1, und einen Operator wie ieq. Korrigieren Sie den Filter in den Einstellungen des Ablaufs.</translation>
    </message>
    <message>
        <source>LeadBridge cannot match Pipeliner records of %1 on “%2”: the key must be a field&apos;s API name, such as email1. Choose the key field again in the flow&apos;s settings.</source>
        <translation>LeadBridge kann Pipeliner-Datensätze von %1 nicht über „%2“ zuordnen: Der Schlüssel muss der API-Name eines Felds sein, etwa email1. Wählen Sie das Schlüsselfeld in den Einstellungen des Ablaufs neu.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::PlanDialog</name>
    <message>
        <source>Plan of preview %1</source>
        <translation>Plan der Vorschau %1</translation>
    </message>
    <message>
        <source>Every change the preview planned; nothing has been written. Apply this plan writes exactly these changes. A record that changed in either system since the preview is planned again and listed instead of written.</source>
        <translation>Jede Änderung, die die Vorschau geplant hat; noch wurde nichts geschrieben. „Plan anwenden“ schreibt genau diese Änderungen. Ein Datensatz, der sich seit der Vorschau in einem der Systeme geändert hat, wird neu geplant und aufgeführt statt geschrieben.</translation>
    </message>
    <message>
        <source>API calls to apply this plan</source>
        <translation>API-Aufrufe, um diesen Plan anzuwenden</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>Alle Vorgänge</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Search record, field, value or reason</source>
        <translation>Datensatz, Feld, Wert oder Grund suchen</translation>
    </message>
    <message>
        <source>Search the plan</source>
        <translation>Im Plan suchen</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>&amp;Vorgang:</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>S&amp;ystem:</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>Geplante Änderungen</translation>
    </message>
    <message>
        <source>&amp;Apply this plan</source>
        <translation>Plan &amp;anwenden</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The history cannot be read now. Close this window and try again.</source>
        <translation>Der Verlauf kann gerade nicht gelesen werden. Schließen Sie dieses Fenster und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Preview %1 of “%2”, %3: %4 to create, %5 to update, %6 to delete, %7 skipped, %8 conflicts.</source>
        <translation>Vorschau %1 von „%2“, %3: %4 zu erstellen, %5 zu aktualisieren, %6 zu löschen, %7 übersprungen, %8 Konflikte.</translation>
    </message>
    <message>
        <source>All systems</source>
        <translation>Alle Systeme</translation>
    </message>
    <message>
        <source>The sync engine is not running, so the plan cannot be applied now.</source>
        <translation>Die Sync-Engine läuft nicht, daher kann der Plan jetzt nicht angewendet werden.</translation>
    </message>
    <message>
        <source>Run %1 applied this plan: %2 created, %3 updated, %4 deleted.</source>
        <translation>Lauf %1 hat diesen Plan angewendet: %2 erstellt, %3 aktualisiert, %4 gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were not written as previewed, because they changed since the preview; the table shows them as Skip with the new plan. Press Preview again to review them.</source>
        <translation>
            <numerusform>%n Datensatz wurde nicht wie in der Vorschau geschrieben, weil er sich seit der Vorschau geändert hat; die Tabelle zeigt ihn als „Überspringen“ mit dem neuen Plan. Klicken Sie erneut auf „Vorschau“, um ihn zu prüfen.</numerusform>
            <numerusform>%n Datensätze wurden nicht wie in der Vorschau geschrieben, weil sie sich seit der Vorschau geändert haben; die Tabelle zeigt sie als „Überspringen“ mit dem neuen Plan. Klicken Sie erneut auf „Vorschau“, um sie zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every change was written as previewed.</source>
        <translation>Jede Änderung wurde wie in der Vorschau geschrieben.</translation>
    </message>
    <message>
        <source>What run %1 did (it is in History as “Applies preview %2”).</source>
        <translation>Was Lauf %1 getan hat (im Verlauf als „Wendet Vorschau %2 an“).</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Write the planned changes now, as a new run of “%1”</source>
        <translation>Die geplanten Änderungen jetzt schreiben, als neuen Lauf von „%1“</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Review the plan, then click Apply this plan to write it.</source>
        <translation>Prüfen Sie den Plan und klicken Sie dann auf „Plan anwenden“, um ihn zu schreiben.</translation>
    </message>
    <message>
        <source>Applying the plan of preview %1…</source>
        <translation>Der Plan der Vorschau %1 wird angewendet…</translation>
    </message>
</context>
<context>
    <name>LeadBridge::Planner</name>
    <message>
        <source>Another %1 record (%2) has the same email address (%3), so this one was skipped. Merge the duplicates in %1.</source>
        <translation>Ein anderer %1-Datensatz (%2) hat dieselbe E-Mail-Adresse (%3), daher wurde dieser übersprungen. Führen Sie die Duplikate in %1 zusammen.</translation>
    </message>
    <message>
        <source>This %1 record has no email address, so it cannot be matched to an Act-On contact. Add an email address in %1.</source>
        <translation>Dieser %1-Datensatz hat keine E-Mail-Adresse und kann daher keinem Act-On-Kontakt zugeordnet werden. Ergänzen Sie in %1 eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The email address %1 is already linked to %2 record %3, so this record was skipped. Merge the duplicates in %2.</source>
        <translation>Die E-Mail-Adresse %1 ist bereits mit dem %2-Datensatz %3 verknüpft, daher wurde dieser Datensatz übersprungen. Führen Sie die Duplikate in %2 zusammen.</translation>
    </message>
    <message>
        <source>This Act-On contact has no email address, so it cannot be matched to a %1 record.</source>
        <translation>Dieser Act-On-Kontakt hat keine E-Mail-Adresse und kann daher keinem %1-Datensatz zugeordnet werden.</translation>
    </message>
    <message>
        <source>Deleted in %1, so the Act-On contact is removed.</source>
        <translation>In %1 gelöscht, daher wird der Act-On-Kontakt entfernt.</translation>
    </message>
    <message>
        <source>No longer in %1 (record %2), so the Act-On contact is removed.</source>
        <translation>Nicht mehr in %1 (Datensatz %2), daher wird der Act-On-Kontakt entfernt.</translation>
    </message>
    <message>
        <source>Deleted in Act-On. LeadBridge never deletes %1 records; the %1 record was left as it is.</source>
        <translation>In Act-On gelöscht. LeadBridge löscht nie %1-Datensätze; der %1-Datensatz blieb unverändert.</translation>
    </message>
    <message>
        <source>Not in Act-On, and this flow does not add contacts.</source>
        <translation>Nicht in Act-On, und dieser Ablauf fügt keine Kontakte hinzu.</translation>
    </message>
    <message>
        <source>opted out wins</source>
        <translation>Abmeldung gewinnt</translation>
    </message>
    <message>
        <source>Act-On gets the %1 value.</source>
        <translation>Act-On erhält den Wert aus %1.</translation>
    </message>
    <message>
        <source>%1 gets the Act-On value.</source>
        <translation>%1 erhält den Wert aus Act-On.</translation>
    </message>
    <message>
        <source>Both values were left as they are until one side changes.</source>
        <translation>Beide Werte bleiben unverändert, bis sich eine Seite ändert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed in both %2 and Act-On since the last sync. Rule &quot;%3&quot;: %4</source>
        <translation>„%1“ wurde seit der letzten Synchronisierung sowohl in %2 als auch in Act-On geändert. Regel „%3“: %4</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address, so this %2 record cannot be put on the Act-On list. Correct the address in %2.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse, daher kann dieser %2-Datensatz nicht auf die Act-On-Liste gesetzt werden. Korrigieren Sie die Adresse in %2.</translation>
    </message>
    <message>
        <source>Lead %2 was converted in %1 and can no longer be changed there. The Act-On contact is left as it is until %1 has a contact with this e-mail address, which then takes its place.</source>
        <translation>Lead %2 wurde in %1 umgewandelt und kann dort nicht mehr geändert werden. Der Act-On-Kontakt bleibt unverändert, bis %1 einen Kontakt mit dieser E-Mail-Adresse hat, der dann an seine Stelle tritt.</translation>
    </message>
    <message>
        <source>No longer a conflict: the two sides agree now, or the field&apos;s rule is no longer &quot;Hold for review&quot;.</source>
        <translation>Kein Konflikt mehr: Beide Seiten stimmen jetzt überein, oder die Regel des Felds ist nicht mehr „Zur Prüfung zurückhalten“.</translation>
    </message>
    <message>
        <source>Not applied: a value changed after the decision. The field was planned as usual.</source>
        <translation>Nicht übernommen: Ein Wert hat sich nach der Entscheidung geändert. Das Feld wurde wie üblich geplant.</translation>
    </message>
    <message>
        <source>The decision made in the Conflicts view for &quot;%1&quot; (keep the %2 value) was not applied: %3 now has &quot;%4&quot; and Act-On &quot;%5&quot;, not the values shown then. The field was planned as usual.</source>
        <translation>Die Entscheidung aus der Ansicht „Konflikte“ für „%1“ (%2-Wert behalten) wurde nicht übernommen: %3 hat jetzt „%4“ und Act-On „%5“, nicht die damals gezeigten Werte. Das Feld wurde wie üblich geplant.</translation>
    </message>
    <message>
        <source>Held for review: nothing is written until a value is kept in the Conflicts view.</source>
        <translation>Zur Prüfung zurückgehalten: Nichts wird geschrieben, bis in der Ansicht „Konflikte“ ein Wert behalten wird.</translation>
    </message>
    <message>
        <source>Kept the %1 value of %2, as decided in the Conflicts view.</source>
        <translation>%1-Wert von %2 behalten, wie in der Ansicht „Konflikte“ entschieden.</translation>
    </message>
    <message>
        <source>Kept the Act-On value of %1, as decided in the Conflicts view.</source>
        <translation>Act-On-Wert von %1 behalten, wie in der Ansicht „Konflikte“ entschieden.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::PreviewApplyCheck</name>
    <message>
        <source>Run %1 was not a preview. Only a preview&apos;s plan can be applied.</source>
        <translation>Lauf %1 war keine Vorschau. Nur der Plan einer Vorschau kann angewendet werden.</translation>
    </message>
    <message>
        <source>Run %1 previews an undo. Apply it with “Undo run…” on run %2.</source>
        <translation>Lauf %1 ist die Vorschau einer Rücknahme. Wenden Sie sie mit „Lauf rückgängig machen…“ bei Lauf %2 an.</translation>
    </message>
    <message>
        <source>Preview %1 has not finished yet. Apply it once it has ended.</source>
        <translation>Vorschau %1 ist noch nicht fertig. Wenden Sie sie an, sobald sie beendet ist.</translation>
    </message>
    <message>
        <source>Preview %1 did not finish, so its plan is incomplete. Press Preview again and apply the new plan.</source>
        <translation>Vorschau %1 wurde nicht beendet, ihr Plan ist daher unvollständig. Klicken Sie erneut auf „Vorschau“ und wenden Sie den neuen Plan an.</translation>
    </message>
    <message>
        <source>Preview %1 planned no changes, so there is nothing to apply.</source>
        <translation>Vorschau %1 hat keine Änderungen geplant, es gibt also nichts anzuwenden.</translation>
    </message>
    <message>
        <source>There is no run %1 in the history. Check the preview&apos;s number on the History page or with leadbridge-cli history.</source>
        <translation>Im Verlauf gibt es keinen Lauf %1. Prüfen Sie die Nummer der Vorschau auf der Seite „Verlauf“ oder mit leadbridge-cli history.</translation>
    </message>
    <message>
        <source>The flow of preview %1 no longer exists, so its plan cannot be applied.</source>
        <translation>Der Ablauf der Vorschau %1 existiert nicht mehr, ihr Plan kann daher nicht angewendet werden.</translation>
    </message>
    <message>
        <source>“%1” imports or hands over records as they come; its previews show what Sync Now would do. Press Sync Now to run it.</source>
        <translation>„%1“ importiert oder übergibt Datensätze, wie sie kommen; seine Vorschauen zeigen, was „Jetzt synchronisieren“ tun würde. Klicken Sie auf „Jetzt synchronisieren“, um ihn auszuführen.</translation>
    </message>
    <message>
        <source>Preview %1 was applied already, by run %2.</source>
        <translation>Vorschau %1 wurde bereits angewendet, von Lauf %2.</translation>
    </message>
    <message>
        <source>Run %1 of “%2” ran after preview %3, so this plan is out of date. Press Preview again and apply the new plan.</source>
        <translation>Lauf %1 von „%2“ lief nach Vorschau %3, dieser Plan ist daher veraltet. Klicken Sie erneut auf „Vorschau“ und wenden Sie den neuen Plan an.</translation>
    </message>
    <message>
        <source>LeadBridge could not read the flow&apos;s settings. Details are in the log.</source>
        <translation>LeadBridge konnte die Einstellungen des Ablaufs nicht lesen. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>“%1” was edited after preview %2, so this plan is out of date. Press Preview again and apply the new plan.</source>
        <translation>„%1“ wurde nach Vorschau %2 bearbeitet, dieser Plan ist daher veraltet. Klicken Sie erneut auf „Vorschau“ und wenden Sie den neuen Plan an.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::PreviewGate</name>
    <message>
        <source>Not written: this record changed after preview %1, and the plan for it is now “%2” as shown. Press Preview again to review it.</source>
        <translation>Nicht geschrieben: Dieser Datensatz hat sich nach Vorschau %1 geändert; der Plan für ihn ist jetzt „%2“ wie angezeigt. Klicken Sie erneut auf „Vorschau“, um ihn zu prüfen.</translation>
    </message>
    <message>
        <source>Not written: preview %1 did not plan this change; the plan for it is now “%2” as shown. Press Preview again to review it.</source>
        <translation>Nicht geschrieben: Vorschau %1 hat diese Änderung nicht geplant; der Plan für ihn ist jetzt „%2“ wie angezeigt. Klicken Sie erneut auf „Vorschau“, um ihn zu prüfen.</translation>
    </message>
    <message>
        <source>Nothing written: preview %1 planned “%2” for this record, but it is not needed any more (the systems agree now, or the record is gone).</source>
        <translation>Nichts geschrieben: Vorschau %1 hat für diesen Datensatz „%2“ geplant, das ist aber nicht mehr nötig (die Systeme stimmen jetzt überein, oder der Datensatz ist weg).</translation>
    </message>
</context>
<context>
    <name>LeadBridge::PushPolicies</name>
    <message>
        <source>CRM to Act-On only</source>
        <translation>Nur CRM → Act-On</translation>
    </message>
    <message>
        <source>Two-way</source>
        <translation>Beide Richtungen</translation>
    </message>
</context>
<context>
    <name>LeadBridge::RateLimiter</name>
    <message>
        <source>per second</source>
        <translation>pro Sekunde</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>pro Tag</translation>
    </message>
</context>
<context>
    <name>LeadBridge::RecordSpill</name>
    <message>
        <source>LeadBridge could not create a temporary folder for this run (%1). Check the free disk space.</source>
        <translation>LeadBridge konnte keinen temporären Ordner für diesen Lauf anlegen (%1). Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>LeadBridge could not write its temporary files for this run. Check the free disk space.</source>
        <translation>LeadBridge konnte seine temporären Dateien für diesen Lauf nicht schreiben. Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>LeadBridge could not read back its temporary files for this run.</source>
        <translation>LeadBridge konnte seine temporären Dateien für diesen Lauf nicht wieder einlesen.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::RunController</name>
    <message>
        <source>flow %1</source>
        <translation>Ablauf %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Last run of “%1”: %2 — %3 created, %4 updated, %5 deleted, %6 skipped, %7 conflicts, %8 errors.</source>
        <translation>Letzter Lauf von „%1“: %2 — %3 angelegt, %4 aktualisiert, %5 gelöscht, %6 übersprungen, %7 Konflikte, %8 Fehler.</translation>
    </message>
    <message>
        <source>Preview of “%1”</source>
        <translation>Vorschau von „%1“</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation>%1 Aufrufe</translation>
    </message>
    <message>
        <source>waited %1 s for rate limits</source>
        <translation>%1 s auf Aufrufkontingente gewartet</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source> (%1 queued)</source>
        <translation> (%1 in Warteschlange)</translation>
    </message>
    <message>
        <source>Starting “%1”…</source>
        <translation>„%1“ wird gestartet…</translation>
    </message>
    <message>
        <source>“%1” cannot run yet: %2 Click Edit… on the Flows page to fix it.</source>
        <translation>„%1“ kann noch nicht laufen: %2 Klicken Sie auf der Seite „Abläufe“ auf „Bearbeiten…“, um das zu beheben.</translation>
    </message>
    <message>
        <source>Counting what a run of “%1” would read…</source>
        <translation>Es wird gezählt, was ein Lauf von „%1“ lesen würde …</translation>
    </message>
    <message>
        <source>The run of “%1” was not started.</source>
        <translation>Der Lauf von „%1“ wurde nicht gestartet.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::RunLauncher</name>
    <message>
        <source>An account of the flow “%1” no longer exists. Link it again on the Accounts page and check the flow&apos;s settings.</source>
        <translation>Ein Konto des Ablaufs „%1“ existiert nicht mehr. Verknüpfen Sie es auf der Seite „Konten“ erneut und prüfen Sie die Einstellungen des Ablaufs.</translation>
    </message>
    <message>
        <source>The sync engine is not running.</source>
        <translation>Die Synchronisierung läuft nicht.</translation>
    </message>
    <message>
        <source>LeadBridge could not read the secrets of “%1” from the system keychain: %2</source>
        <translation>LeadBridge konnte die Geheimnisse von „%1“ nicht aus dem Schlüsselbund des Systems lesen: %2</translation>
    </message>
    <message>
        <source>“%1” cannot run yet: %2 Click Edit… on the Flows page to fix it.</source>
        <translation>„%1“ kann noch nicht laufen: %2 Klicken Sie auf der Seite „Abläufe“ auf „Bearbeiten…“, um das zu beheben.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::RunListModel</name>
    <message>
        <source>What started the run: you (Manual), the schedule or the command line</source>
        <translation>Wodurch der Lauf gestartet wurde: durch Sie (Manuell), den Zeitplan oder die Befehlszeile</translation>
    </message>
    <message>
        <source>API calls the run used, as the systems count them</source>
        <translation>Vom Lauf verbrauchte API-Aufrufe, so wie die Systeme sie zählen</translation>
    </message>
    <message>
        <source>Records changed on both sides since the last sync; the flow&apos;s conflict rule decided</source>
        <translation>Seit der letzten Synchronisierung auf beiden Seiten geänderte Datensätze; die Konfliktregel des Ablaufs hat entschieden</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Undo of run %1 (preview)</source>
        <translation>Rückgängig: Lauf %1 (Vorschau)</translation>
    </message>
    <message>
        <source>Undo of run %1</source>
        <translation>Rückgängig: Lauf %1</translation>
    </message>
    <message>
        <source>Incremental (changes since the last run), Full (everything), Preview (nothing written) or Undo of run N (the values run N replaced, restored)</source>
        <translation>Inkrementell (Änderungen seit dem letzten Lauf), Vollständig (alles), Vorschau (nichts geschrieben) oder Rückgängig: Lauf N (die von Lauf N ersetzten Werte, wiederhergestellt)</translation>
    </message>
    <message>
        <source>Applies preview %1</source>
        <translation>Wendet Vorschau %1 an</translation>
    </message>
</context>
<context>
    <name>LeadBridge::RunRecorder</name>
    <message>
        <source>LeadBridge could not record the results of this run in its journal. Check that the disk is not full; details are in the log.</source>
        <translation>LeadBridge konnte die Ergebnisse dieses Laufs nicht im Journal aufzeichnen. Prüfen Sie, ob die Festplatte voll ist; Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>LeadBridge could not record the preview in its journal. Details are in the log.</source>
        <translation>LeadBridge konnte die Vorschau nicht im Journal aufzeichnen. Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::RunRepository</name>
    <message>
        <source>LeadBridge could not record the start of the run. Check that the flow still exists; details are in the log.</source>
        <translation>LeadBridge konnte den Start des Laufs nicht aufzeichnen. Prüfen Sie, ob der Ablauf noch existiert; Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>LeadBridge could not record the changes of this run, so none of them were kept. Details are in the log.</source>
        <translation>LeadBridge konnte die Änderungen dieses Laufs nicht aufzeichnen, daher wurde keine davon gespeichert. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>A run can only finish as succeeded, succeeded with errors, failed or cancelled.</source>
        <translation>Ein Lauf kann nur als erfolgreich, erfolgreich mit Fehlern, fehlgeschlagen oder abgebrochen enden.</translation>
    </message>
    <message>
        <source>LeadBridge could not record the end of the run. Details are in the log.</source>
        <translation>LeadBridge konnte das Ende des Laufs nicht aufzeichnen. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>This run has already finished or no longer exists.</source>
        <translation>Dieser Lauf ist bereits beendet oder existiert nicht mehr.</translation>
    </message>
    <message>
        <source>LeadBridge could not read the run history. Details are in the log.</source>
        <translation>LeadBridge konnte den Laufverlauf nicht lesen. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>This run no longer exists.</source>
        <translation>Dieser Lauf existiert nicht mehr.</translation>
    </message>
    <message>
        <source>LeadBridge could not read the changes of this run. Details are in the log.</source>
        <translation>LeadBridge konnte die Änderungen dieses Laufs nicht lesen. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>LeadBridge could not record which run this run undoes. Details are in the log.</source>
        <translation>LeadBridge konnte nicht aufzeichnen, welchen Lauf dieser Lauf rückgängig macht. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>LeadBridge could not record which preview this run carries out; the preview may have been applied already.</source>
        <translation>LeadBridge konnte nicht festhalten, welche Vorschau dieser Lauf ausführt; die Vorschau wurde womöglich bereits angewendet.</translation>
    </message>
    <message>
        <source>LeadBridge could not record how this run reads. Details are in the log.</source>
        <translation>LeadBridge konnte nicht festhalten, wie dieser Lauf liest. Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::RunWords</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Succeeded with errors</source>
        <translation>Erfolgreich mit Fehlern</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>Incremental</source>
        <translation>Inkrementell</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>LeadBridge::SalesforceConnector</name>
    <message>
        <source>Salesforce counts calls over a rolling 24 hours; other tools connected to the org use the same allowance.</source>
        <translation>Salesforce zählt Aufrufe über gleitende 24 Stunden; andere mit der Org verbundene Werkzeuge nutzen dasselbe Kontingent.</translation>
    </message>
    <message>
        <source>The Salesforce org of %1 offers API version %2 at most; LeadBridge needs %3 or newer. Ask Salesforce support about the org&apos;s API access.</source>
        <translation>Die Salesforce-Org von %1 bietet höchstens API-Version %2; LeadBridge braucht %3 oder neuer. Fragen Sie den Salesforce-Support nach dem API-Zugang der Org.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>The record has no value for %1, which Salesforce needs to match it for %2. Check the field mapping, then sync again.</source>
        <translation>Der Datensatz hat keinen Wert für %1, den Salesforce für %2 zum Abgleich braucht. Prüfen Sie die Feldzuordnung und synchronisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>LeadBridge cannot update-or-create %1 records in %2 without a matching field. Choose the field (for example Email__c) in the flow&apos;s settings.</source>
        <translation>LeadBridge kann %1-Datensätze in %2 ohne Abgleichfeld nicht aktualisieren oder anlegen. Wählen Sie das Feld (zum Beispiel Email__c) in den Einstellungen des Ablaufs.</translation>
    </message>
    <message>
        <source>Salesforce had not finished the bulk load for %1 in time (job %2 is still %3). LeadBridge will check the records at the next sync.</source>
        <translation>Salesforce hat den Massenimport für %1 nicht rechtzeitig abgeschlossen (Auftrag %2 ist noch %3). LeadBridge prüft die Datensätze bei der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Salesforce did not process this record in the bulk load for %1. LeadBridge will send it again at the next sync.</source>
        <translation>Salesforce hat diesen Datensatz beim Massenimport für %1 nicht verarbeitet. LeadBridge sendet ihn bei der nächsten Synchronisierung erneut.</translation>
    </message>
    <message>
        <source>the %1 records</source>
        <translation>die %1-Datensätze</translation>
    </message>
</context>
<context>
    <name>LeadBridge::SalesforceOAuthSignIn</name>
    <message>
        <source>The Salesforce sign-in for %1 was not completed within %2. Start it again and approve LeadBridge in the browser window that opens.</source>
        <translation>Die Salesforce-Anmeldung für %1 wurde nicht innerhalb von %2 abgeschlossen. Starten Sie sie erneut und bestätigen Sie LeadBridge im sich öffnenden Browserfenster.</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>dieses Konto</translation>
    </message>
    <message>
        <source>LeadBridge could not open the local sign-in port %1 for Salesforce. Close the program using it (or another LeadBridge window), then try again.</source>
        <translation>LeadBridge konnte den lokalen Anmeldeport %1 für Salesforce nicht öffnen. Schließen Sie das Programm, das ihn verwendet (oder ein anderes LeadBridge-Fenster), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>LeadBridge is signed in to Salesforce. You can close this browser tab and return to LeadBridge.</source>
        <translation>LeadBridge ist bei Salesforce angemeldet. Sie können diesen Browser-Tab schließen und zu LeadBridge zurückkehren.</translation>
    </message>
    <message>
        <source>The Salesforce sign-in for %1 was declined in the browser. Start it again and choose Allow.</source>
        <translation>Die Salesforce-Anmeldung für %1 wurde im Browser abgelehnt. Starten Sie sie erneut und wählen Sie „Allow“.</translation>
    </message>
    <message>
        <source>Salesforce did not complete the sign-in for %1 (%2). Check the connected app&apos;s callback URL and OAuth settings, then try again.</source>
        <translation>Salesforce hat die Anmeldung für %1 nicht abgeschlossen (%2). Prüfen Sie die Callback-URL und die OAuth-Einstellungen der verbundenen App und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Salesforce does not know the connected app (consumer key) entered for %1. Check the consumer key in Accounts → Salesforce.</source>
        <translation>Salesforce kennt die für %1 eingegebene verbundene App (Consumer Key) nicht. Prüfen Sie den Consumer Key unter Konten → Salesforce.</translation>
    </message>
    <message>
        <source>Salesforce refused the sign-in for %1 (%2). Start the sign-in again; if it keeps failing, check the connected app&apos;s callback URL %3.</source>
        <translation>Salesforce hat die Anmeldung für %1 abgelehnt (%2). Starten Sie die Anmeldung erneut; wenn sie weiterhin fehlschlägt, prüfen Sie die Callback-URL %3 der verbundenen App.</translation>
    </message>
    <message>
        <source>Salesforce signed %1 in but gave no refresh token, so LeadBridge could not stay signed in. In the connected app, allow the scope “Perform requests at any time (refresh_token, offline_access)”, then sign in again.</source>
        <translation>Salesforce hat %1 angemeldet, aber kein Refresh-Token geliefert, daher kann LeadBridge nicht angemeldet bleiben. Erlauben Sie in der verbundenen App den Bereich „Perform requests at any time (refresh_token, offline_access)“ und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The Salesforce sign-in for %1 was cancelled.</source>
        <translation>Die Salesforce-Anmeldung für %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Salesforce wants the connected app&apos;s consumer secret to finish the sign-in for %1 (the app has “Require Secret for Web Server Flow” turned on). Enter the consumer secret, then sign in again — or ask your Salesforce admin to turn that setting off.</source>
        <translation>Salesforce verlangt das Consumer Secret der verbundenen App, um die Anmeldung für %1 abzuschließen (bei der App ist „Require Secret for Web Server Flow“ eingeschaltet). Geben Sie das Consumer Secret ein und melden Sie sich erneut an – oder bitten Sie Ihren Salesforce-Administrator, diese Einstellung auszuschalten.</translation>
    </message>
    <message>
        <source>Salesforce rejected the consumer secret entered for %1. Copy it again from the connected app (Setup → App Manager → your app → View → Manage Consumer Details), then sign in again.</source>
        <translation>Salesforce hat das für %1 eingegebene Consumer Secret abgelehnt. Kopieren Sie es erneut aus der verbundenen App (Setup → App Manager → Ihre App → View → Manage Consumer Details) und melden Sie sich dann erneut an.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::SalesforceSession</name>
    <message>
        <source>The Salesforce login address of %1 is missing.</source>
        <translation>Die Salesforce-Anmeldeadresse von %1 fehlt.</translation>
    </message>
    <message>
        <source>LeadBridge is not signed in to Salesforce for %1. Open Accounts → Salesforce and choose Sign in.</source>
        <translation>LeadBridge ist für %1 nicht bei Salesforce angemeldet. Öffnen Sie Konten → Salesforce und wählen Sie „Bei Salesforce anmelden“.</translation>
    </message>
    <message>
        <source>The Salesforce account %1 has no user name or password. Enter them in Accounts → Salesforce.</source>
        <translation>Das Salesforce-Konto %1 hat keinen Benutzernamen oder kein Passwort. Geben Sie sie unter Konten → Salesforce ein.</translation>
    </message>
    <message>
        <source>Salesforce does not know the connected app (consumer key) entered for %1. Check the consumer key in Accounts → Salesforce.</source>
        <translation>Salesforce kennt die für %1 eingegebene verbundene App (Consumer Key) nicht. Prüfen Sie den Consumer Key unter Konten → Salesforce.</translation>
    </message>
    <message>
        <source>Salesforce rejected the connected app&apos;s consumer secret for %1. Check it in Accounts → Salesforce.</source>
        <translation>Salesforce hat das Consumer Secret der verbundenen App für %1 abgelehnt. Prüfen Sie es unter Konten → Salesforce.</translation>
    </message>
    <message>
        <source>Salesforce no longer accepts LeadBridge&apos;s sign-in for %1 (it may have been revoked or expired). Open Accounts → Salesforce and sign in again.</source>
        <translation>Salesforce akzeptiert die Anmeldung von LeadBridge für %1 nicht mehr (sie wurde möglicherweise widerrufen oder ist abgelaufen). Öffnen Sie Konten → Salesforce und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Salesforce does not allow password sign-in for %1. Use “Sign in with Salesforce” in Accounts → Salesforce instead.</source>
        <translation>Salesforce erlaubt für %1 keine Anmeldung mit Passwort. Verwenden Sie stattdessen „Bei Salesforce anmelden“ unter Konten → Salesforce.</translation>
    </message>
    <message>
        <source>Salesforce needs the password followed by the user&apos;s security token unless LeadBridge&apos;s address is trusted by the org.</source>
        <translation>Salesforce braucht das Passwort gefolgt vom Sicherheitstoken des Benutzers, sofern die Adresse von LeadBridge der Org nicht als vertrauenswürdig bekannt ist.</translation>
    </message>
    <message>
        <source>Salesforce wants the user&apos;s security token as well: enter it in Accounts → Salesforce.</source>
        <translation>Salesforce verlangt zusätzlich das Sicherheitstoken des Benutzers: Geben Sie es unter Konten → Salesforce ein.</translation>
    </message>
    <message>
        <source>The Salesforce password for %1 has expired. Set a new one in Salesforce, then enter it (and the new security token) in Accounts → Salesforce.</source>
        <translation>Das Salesforce-Passwort für %1 ist abgelaufen. Legen Sie in Salesforce ein neues fest und geben Sie es (und das neue Sicherheitstoken) unter Konten → Salesforce ein.</translation>
    </message>
    <message>
        <source>Salesforce wants the connected app&apos;s consumer secret to keep %1 signed in (the app has “Require Secret for Refresh Token Flow” turned on). Enter the consumer secret in Accounts → Salesforce, or ask your Salesforce admin to turn that setting off.</source>
        <translation>Salesforce verlangt das Consumer Secret der verbundenen App, damit %1 angemeldet bleibt (bei der App ist „Require Secret for Refresh Token Flow“ eingeschaltet). Geben Sie das Consumer Secret unter Konten → Salesforce ein oder bitten Sie Ihren Salesforce-Administrator, diese Einstellung auszuschalten.</translation>
    </message>
    <message>
        <source>Salesforce refused the password for %1 with both sign-in methods LeadBridge tried (OAuth and SOAP). Check the password and security token in Accounts → Salesforce. If they are right, the org probably blocks password sign-in (its Login History shows “Username-Password Flow Disabled”): choose “In the browser” in Accounts → Salesforce and sign in there.</source>
        <translation>Salesforce hat das Passwort für %1 bei beiden Anmeldeverfahren abgelehnt, die LeadBridge versucht hat (OAuth und SOAP). Prüfen Sie Passwort und Sicherheitstoken unter Konten → Salesforce. Stimmen sie, sperrt die Org wahrscheinlich die Anmeldung mit Passwort (ihr Login History zeigt „Username-Password Flow Disabled“): Wählen Sie unter Konten → Salesforce „Im Browser“ und melden Sie sich dort an.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::Sandbox::DemoDatasetJson</name>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>muss „%1“ sein</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source>must list at least one person</source>
        <translation>muss mindestens eine Person auflisten</translation>
    </message>
    <message>
        <source>must be between 0 and 100</source>
        <translation>muss zwischen 0 und 100 liegen</translation>
    </message>
    <message>
        <source>must be &quot;lead&quot;, &quot;contact&quot; or &quot;none&quot;</source>
        <translation>muss „lead“, „contact“ oder „none“ sein</translation>
    </message>
    <message>
        <source>must be a positive number</source>
        <translation>muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>needs a start and an end</source>
        <translation>braucht einen Anfang und ein Ende</translation>
    </message>
    <message>
        <source>must be the index of a person in &quot;people&quot;</source>
        <translation>muss der Index einer Person in „people“ sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be an email address</source>
        <translation>muss eine E-Mail-Adresse sein</translation>
    </message>
    <message>
        <source>Could not write the demo data file %1: %2.</source>
        <translation>Die Demodatendatei %1 konnte nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Could not open the demo data file %1: %2.</source>
        <translation>Die Demodatendatei %1 konnte nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>The demo data file %1 is not a JSON object (%2 at byte %3).</source>
        <translation>Die Demodatendatei %1 ist kein JSON-Objekt (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>The demo data file %1 is larger than %2 MB; LeadBridge does not load demo data files that large. Use a smaller data set.</source>
        <translation>Die Demodatendatei %1 ist größer als %2 MB; so große Demodatendateien lädt LeadBridge nicht. Verwenden Sie einen kleineren Datensatz.</translation>
    </message>
    <message>
        <source>The demo data file %1 is not a regular file. Give the path of a JSON file written by --save-data.</source>
        <translation>Die Demodatendatei %1 ist keine normale Datei. Geben Sie den Pfad einer mit --save-data geschriebenen JSON-Datei an.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::Sandbox::EmulatorStateFile</name>
    <message>
        <source>The sandbox could not save its data to %1: %2.</source>
        <translation>Die Sandbox konnte ihre Daten nicht in %1 speichern: %2.</translation>
    </message>
    <message>
        <source>The saved sandbox data in %1 cannot be opened (%2).</source>
        <translation>Die gespeicherten Sandbox-Daten in %1 lassen sich nicht öffnen (%2).</translation>
    </message>
    <message>
        <source>The saved sandbox data in %1 is too large to be LeadBridge&apos;s.</source>
        <translation>Die gespeicherten Sandbox-Daten in %1 sind zu groß, um von LeadBridge zu stammen.</translation>
    </message>
    <message>
        <source>The saved sandbox data in %1 is damaged and cannot be read.</source>
        <translation>Die gespeicherten Sandbox-Daten in %1 sind beschädigt und können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The saved sandbox data in %1 was written by a newer version of LeadBridge (format %2; this version reads format %3).</source>
        <translation>Die gespeicherten Sandbox-Daten in %1 wurden von einer neueren LeadBridge-Version geschrieben (Format %2; diese Version liest Format %3).</translation>
    </message>
    <message>
        <source>The saved Act-On sandbox data lacks its lists or users.</source>
        <translation>Den gespeicherten Act-On-Sandbox-Daten fehlen ihre Listen oder Benutzer.</translation>
    </message>
    <message>
        <source>The saved ON24 sandbox data lacks its tokens or registrants.</source>
        <translation>Den gespeicherten ON24-Sandbox-Daten fehlen ihre Tokens oder Registrierten.</translation>
    </message>
    <message>
        <source>The saved Pipeliner sandbox data lacks its records or credentials.</source>
        <translation>Den gespeicherten Pipeliner-Sandbox-Daten fehlen ihre Datensätze oder Zugangsdaten.</translation>
    </message>
    <message>
        <source>The saved Salesforce sandbox data lacks its records.</source>
        <translation>Den gespeicherten Salesforce-Sandbox-Daten fehlen ihre Datensätze.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::Sandbox::Reader</name>
    <message>
        <source>The demo data file is not valid: %1 %2.</source>
        <translation>Die Demodatendatei ist ungültig: %1 %2.</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time</source>
        <translation>muss Datum und Uhrzeit nach ISO 8601 sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be the index of a person in &quot;people&quot;</source>
        <translation>muss der Index einer Person in „people“ sein</translation>
    </message>
</context>
<context>
    <name>LeadBridge::Sandbox::Sandbox</name>
    <message>
        <source>The %1 emulator could not start because port %2 on 127.0.0.1 is already in use. Choose another port base, or 0 to let the sandbox pick free ports.</source>
        <translation>Der %1-Emulator konnte nicht starten, weil Port %2 auf 127.0.0.1 bereits belegt ist. Wählen Sie eine andere Port-Basis oder 0, damit die Sandbox freie Ports wählt.</translation>
    </message>
    <message>
        <source>The %1 emulator could not start: %2.</source>
        <translation>Der %1-Emulator konnte nicht starten: %2.</translation>
    </message>
    <message>
        <source>The sandbox data in %1 is in use by another LeadBridge process (process %2). Close the LeadBridge window or the other leadbridge-cli command, then try again.</source>
        <translation>Die Sandbox-Daten in %1 werden von einem anderen LeadBridge-Prozess verwendet (Prozess %2). Schließen Sie das LeadBridge-Fenster oder den anderen leadbridge-cli-Befehl und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sandbox could not create its data folder %1. Check that the data folder is writable.</source>
        <translation>Die Sandbox konnte ihren Datenordner %1 nicht anlegen. Prüfen Sie, ob der Datenordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>The sandbox could not lock its data folder %1. Check that the data folder is writable.</source>
        <translation>Die Sandbox konnte ihren Datenordner %1 nicht sperren. Prüfen Sie, ob der Datenordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>%1 The sandbox did not start, so that nothing is overwritten. To start again with a newly generated demo world, reset the sandbox (Accounts page: Reset sandbox data…, or leadbridge-cli sandbox --reset).</source>
        <translation>%1 Die Sandbox wurde nicht gestartet, damit nichts überschrieben wird. Um mit einer neu erzeugten Demowelt neu zu beginnen, setzen Sie die Sandbox zurück (Seite Konten: Sandbox-Daten zurücksetzen…, oder leadbridge-cli sandbox --reset).</translation>
    </message>
    <message>
        <source>The sandbox data file %1 could not be deleted. Check the data folder&apos;s permissions, then try again.</source>
        <translation>Die Sandbox-Datendatei %1 konnte nicht gelöscht werden. Prüfen Sie die Berechtigungen des Datenordners und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::Sandbox::SandboxConfig</name>
    <message>
        <source>Unknown emulator &quot;%1&quot;. Choose from: %2.</source>
        <translation>Unbekannter Emulator „%1“. Wählen Sie aus: %2.</translation>
    </message>
    <message>
        <source>No emulator named. Choose one or more of: %1.</source>
        <translation>Kein Emulator angegeben. Wählen Sie einen oder mehrere aus: %1.</translation>
    </message>
    <message>
        <source>Fault settings &quot;%1&quot; name no emulator. Write them as emulator:name=value,… for example acton:latency=50,error=0.1.</source>
        <translation>Die Fehlereinstellungen „%1“ nennen keinen Emulator. Schreiben Sie sie als emulator:name=wert,… zum Beispiel acton:latency=50,error=0.1.</translation>
    </message>
    <message>
        <source>Unknown emulator &quot;%1&quot; in the fault settings. Choose from: %2 (or all).</source>
        <translation>Unbekannter Emulator „%1“ in den Fehlereinstellungen. Wählen Sie aus: %2 (oder all).</translation>
    </message>
    <message>
        <source>Fault settings for %1 are not valid: %2.</source>
        <translation>Die Fehlereinstellungen für %1 sind ungültig: %2.</translation>
    </message>
    <message>
        <source>No emulator chosen. Choose one or more of: %1.</source>
        <translation>Kein Emulator gewählt. Wählen Sie einen oder mehrere aus: %1.</translation>
    </message>
    <message>
        <source>Fault settings name an unknown emulator &quot;%1&quot;.</source>
        <translation>Die Fehlereinstellungen nennen einen unbekannten Emulator „%1“.</translation>
    </message>
    <message>
        <source>The demo data size must be between 1 and %1 people; %2 was given.</source>
        <translation>Die Größe der Demodaten muss zwischen 1 und %1 Personen liegen; angegeben wurde %2.</translation>
    </message>
    <message>
        <source>The port base %1 is too high: the sandbox needs %1 to %2 and ports end at 65535. Choose a lower port base, or 0 for free ports.</source>
        <translation>Die Port-Basis %1 ist zu hoch: Die Sandbox braucht %1 bis %2, und Ports enden bei 65535. Wählen Sie eine niedrigere Port-Basis oder 0 für freie Ports.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ScheduleDialog</name>
    <message>
        <source>Schedule of “%1”</source>
        <translation>Zeitplan von „%1“</translation>
    </message>
    <message>
        <source>When “%1” runs by itself. Sync Now runs it at any time.</source>
        <translation>Wann „%1“ von selbst läuft. „Jetzt synchronisieren“ führt den Ablauf jederzeit aus.</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>Hours between runs</source>
        <translation>Stunden zwischen den Läufen</translation>
    </message>
    <message>
        <source>&amp;Daily at</source>
        <translation>&amp;Täglich um</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>&amp;Off — the flow runs only when you click Sync Now</source>
        <translation>A&amp;us — der Ablauf läuft nur, wenn Sie auf „Jetzt synchronisieren“ klicken</translation>
    </message>
    <message>
        <source>This flow uses a Salesforce account: Salesforce allows a sync at most every 4 hours.</source>
        <translation>Dieser Ablauf verwendet ein Salesforce-Konto: Salesforce erlaubt eine Synchronisierung höchstens alle 4 Stunden.</translation>
    </message>
    <message>
        <source>Flows run at most once an hour.</source>
        <translation>Abläufe laufen höchstens einmal pro Stunde.</translation>
    </message>
    <message>
        <source>“%1” is paused: it keeps this schedule but does not run by it until you click Resume on the Flows page.</source>
        <translation>„%1“ ist pausiert: Der Ablauf behält diesen Zeitplan, läuft aber erst wieder danach, wenn Sie auf der Seite „Abläufe“ auf „Fortsetzen“ klicken.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ScheduleRepository</name>
    <message>
        <source>Choose the time of day the flow runs.</source>
        <translation>Wählen Sie die Uhrzeit, zu der der Ablauf läuft.</translation>
    </message>
    <message>
        <source>LeadBridge could not save the schedule. Check that the flow still exists; details are in the log.</source>
        <translation>LeadBridge konnte den Zeitplan nicht speichern. Prüfen Sie, ob der Ablauf noch existiert; Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>LeadBridge could not remove the schedule. Details are in the log.</source>
        <translation>LeadBridge konnte den Zeitplan nicht entfernen. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>LeadBridge could not read the schedule. Details are in the log.</source>
        <translation>LeadBridge konnte den Zeitplan nicht lesen. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>This flow has no schedule.</source>
        <translation>Dieser Ablauf hat keinen Zeitplan.</translation>
    </message>
    <message>
        <source>LeadBridge could not read the schedules. Details are in the log.</source>
        <translation>LeadBridge konnte die Zeitpläne nicht lesen. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>LeadBridge could not store the next run time. Details are in the log.</source>
        <translation>LeadBridge konnte die nächste Laufzeit nicht speichern. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>The flow of this schedule no longer exists. Refresh the list of flows.</source>
        <translation>Der Ablauf dieses Zeitplans existiert nicht mehr. Aktualisieren Sie die Liste der Abläufe.</translation>
    </message>
    <message>
        <source>LeadBridge could not store when to retry the flow. Details are in the log.</source>
        <translation>LeadBridge konnte nicht speichern, wann der Ablauf erneut versucht wird. Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::ScheduleRules</name>
    <message>
        <source>Choose the time of day the flow runs.</source>
        <translation>Wählen Sie die Uhrzeit, zu der der Ablauf läuft.</translation>
    </message>
    <message>
        <source>Salesforce allows a sync at most every 4 hours. Choose 4 hours or more, or a daily time.</source>
        <translation>Salesforce erlaubt eine Synchronisierung höchstens alle 4 Stunden. Wählen Sie 4 Stunden oder mehr oder eine tägliche Uhrzeit.</translation>
    </message>
    <message>
        <source>Choose an interval of at least 1 hour.</source>
        <translation>Wählen Sie ein Intervall von mindestens 1 Stunde.</translation>
    </message>
    <message>
        <source>Choose an interval of at most 7 days (168 hours), or a daily time.</source>
        <translation>Wählen Sie ein Intervall von höchstens 7 Tagen (168 Stunden) oder eine tägliche Uhrzeit.</translation>
    </message>
    <message>
        <source>Daily at %1</source>
        <translation>Täglich um %1</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Every %1 hours</source>
        <translation>Alle %1 Stunden</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>Alle %1 Minuten</translation>
    </message>
</context>
<context>
    <name>LeadBridge::Scheduler</name>
    <message>
        <source>No scheduled runs</source>
        <translation>Keine geplanten Läufe</translation>
    </message>
    <message>
        <source>Next run: “%1” at %2</source>
        <translation>Nächster Lauf: „%1“ um %2</translation>
    </message>
    <message>
        <source>Next run: “%1” tomorrow at %2</source>
        <translation>Nächster Lauf: „%1“ morgen um %2</translation>
    </message>
    <message>
        <source>Next run: “%1” on %2</source>
        <translation>Nächster Lauf: „%1“ am %2</translation>
    </message>
    <message>
        <source>no reason was recorded</source>
        <translation>es wurde kein Grund aufgezeichnet</translation>
    </message>
    <message>
        <source>The last %1 scheduled runs failed: %2. Fix it, then click Sync Now.</source>
        <translation>Die letzten %1 geplanten Läufe sind fehlgeschlagen: %2. Beheben Sie das Problem und klicken Sie dann auf „Jetzt synchronisieren“.</translation>
    </message>
    <message>
        <source>“%1” was already queued or running, so its scheduled run was skipped.</source>
        <translation>„%1“ war bereits in der Warteschlange oder lief gerade, daher wurde sein geplanter Lauf übersprungen.</translation>
    </message>
    <message>
        <source>%1 (retry)</source>
        <translation>%1 (erneuter Versuch)</translation>
    </message>
</context>
<context>
    <name>LeadBridge::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Preferences for this computer.</source>
        <translation>Einstellungen für diesen Computer.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>Sprache der &amp;Oberfläche:</translation>
    </message>
    <message>
        <source>LeadBridge will use the new language the next time it starts.</source>
        <translation>LeadBridge verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Einstellungsdatei:</translation>
    </message>
    <message>
        <source>The data folder holds the sync history and the logs. Passwords and tokens are never stored there: they stay in your system keychain.</source>
        <translation>Der Datenordner enthält den Synchronisierungsverlauf und die Protokolle. Passwörter und Tokens werden dort nie gespeichert: Sie bleiben im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <source>&amp;Open Data Folder</source>
        <translation>Datenordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show the data folder in your file manager</source>
        <translation>Den Datenordner in Ihrer Dateiverwaltung anzeigen</translation>
    </message>
    <message>
        <source>Could not open the data folder in a file manager. Open %1 yourself, or install a file manager that handles folders.</source>
        <translation>Der Datenordner konnte nicht in einer Dateiverwaltung geöffnet werden. Öffnen Sie %1 selbst oder installieren Sie eine Dateiverwaltung, die Ordner öffnen kann.</translation>
    </message>
    <message>
        <source>Scheduled flows</source>
        <translation>Geplante Abläufe</translation>
    </message>
    <message>
        <source>&amp;Keep running in the system tray when the window is closed</source>
        <translation>Beim Schließen des Fensters im &amp;Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Schedules run while LeadBridge runs. Where the desktop has no system tray, or on a server, run “leadbridge-cli run-due” from cron or a systemd timer instead (see docs/schedules.md).</source>
        <translation>Zeitpläne werden ausgeführt, solange LeadBridge läuft. Wenn der Desktop keinen Infobereich hat oder auf einem Server führen Sie stattdessen „leadbridge-cli run-due“ über cron oder einen systemd-Timer aus (siehe docs/schedules.md).</translation>
    </message>
</context>
<context>
    <name>LeadBridge::SyncEngine</name>
    <message>
        <source>LeadBridge was closed during this run. Everything recorded up to then is kept; the next run continues from there.</source>
        <translation>LeadBridge wurde während dieses Laufs geschlossen. Alles bis dahin Aufgezeichnete bleibt erhalten; der nächste Lauf macht dort weiter.</translation>
    </message>
    <message>
        <source>LeadBridge stopped during this run (it was closed or crashed). Everything recorded up to then is kept; the next run continues from there.</source>
        <translation>LeadBridge wurde während dieses Laufs beendet (geschlossen oder abgestürzt). Alles bis dahin Aufgezeichnete bleibt erhalten; der nächste Lauf macht dort weiter.</translation>
    </message>
    <message>
        <source>LeadBridge could not read its journal to finish runs that were interrupted. Details are in the log.</source>
        <translation>LeadBridge konnte sein Journal nicht lesen, um unterbrochene Läufe abzuschließen. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>The run was cancelled. Everything recorded up to then is kept; the next run continues from there.</source>
        <translation>Der Lauf wurde abgebrochen. Alles bis dahin Aufgezeichnete bleibt erhalten; der nächste Lauf macht dort weiter.</translation>
    </message>
    <message>
        <source>The flow is new or its field map gained a field.</source>
        <translation>Der Ablauf ist neu oder seine Feldzuordnung hat ein Feld hinzubekommen.</translation>
    </message>
    <message>
        <source>LeadBridge could not read its journal.</source>
        <translation>LeadBridge konnte sein Journal nicht lesen.</translation>
    </message>
    <message>
        <source>No run of this flow has completed yet.</source>
        <translation>Es wurde noch kein Lauf dieses Ablaufs abgeschlossen.</translation>
    </message>
    <message>
        <source>No full run of this flow has completed yet.</source>
        <translation>Es wurde noch kein vollständiger Lauf dieses Ablaufs abgeschlossen.</translation>
    </message>
    <message>
        <source>The flow to run no longer exists. Refresh the list of flows and try again.</source>
        <translation>Der auszuführende Ablauf existiert nicht mehr. Aktualisieren Sie die Liste der Abläufe und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This version of LeadBridge cannot run flows of this kind yet.</source>
        <translation>Diese Version von LeadBridge kann Abläufe dieser Art noch nicht ausführen.</translation>
    </message>
    <message>
        <source>An account of this flow no longer exists. Link it again in Accounts and check the flow&apos;s settings.</source>
        <translation>Ein Konto dieses Ablaufs existiert nicht mehr. Verknüpfen Sie es unter „Konten“ erneut und prüfen Sie die Einstellungen des Ablaufs.</translation>
    </message>
    <message>
        <source>This version of LeadBridge cannot connect to the account &quot;%1&quot;.</source>
        <translation>Diese Version von LeadBridge kann sich nicht mit dem Konto „%1“ verbinden.</translation>
    </message>
    <message>
        <source>This flow has no field map yet. Open the flow&apos;s Mapping page, map at least the e-mail and a score field, and save.</source>
        <translation>Dieser Ablauf hat noch keine Feldzuordnung. Öffnen Sie die Zuordnungsseite des Ablaufs, ordnen Sie mindestens die E-Mail und ein Score-Feld zu und speichern Sie.</translation>
    </message>
    <message>
        <source>LeadBridge could not prepare this flow to run.</source>
        <translation>LeadBridge konnte diesen Ablauf nicht zur Ausführung vorbereiten.</translation>
    </message>
    <message>
        <source>The last full run is more than a day old.</source>
        <translation>Der letzte vollständige Lauf ist mehr als einen Tag alt.</translation>
    </message>
    <message>
        <source>The last full run is more than %1 days old.</source>
        <translation>Der letzte vollständige Lauf ist mehr als %1 Tage alt.</translation>
    </message>
    <message>
        <source>Preview %1 belongs to another flow.</source>
        <translation>Vorschau %1 gehört zu einem anderen Ablauf.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::SystemForecast</name>
    <message>
        <source>This run would leave less than 10 % of today&apos;s %1 allowance for “%2” (%3 of %4 calls left afterwards). Other flows of this account may run out.</source>
        <translation>Dieser Lauf würde weniger als 10 % des heutigen %1-Kontingents für „%2“ übrig lassen (danach %3 von %4 Aufrufen). Andere Abläufe dieses Kontos könnten leer ausgehen.</translation>
    </message>
    <message>
        <source>This run needs about %1 %2 calls but only %3 of today&apos;s %4 are left for “%5”: it would stop when the allowance runs out. Run it later or with fewer records.</source>
        <translation>Dieser Lauf braucht etwa %1 %2-Aufrufe, für „%5“ sind heute aber nur noch %3 von %4 übrig: Er würde anhalten, sobald das Kontingent aufgebraucht ist. Starten Sie ihn später oder mit weniger Datensätzen.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::SystemUsages</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Bundesland</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Lead source</source>
        <translation>Lead-Quelle</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <source>Hard bounce</source>
        <translation>Hard Bounce</translation>
    </message>
</context>
<context>
    <name>LeadBridge::TableClipboard</name>
    <message>
        <source>&amp;Copy Selected Rows</source>
        <translation>Gewählte Zeilen &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>LeadBridge::Translations</name>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
</context>
<context>
    <name>LeadBridge::TrayIcon</name>
    <message>
        <source>&amp;Open LeadBridge</source>
        <translation>LeadBridge &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit LeadBridge</source>
        <translation>LeadBridge &amp;beenden</translation>
    </message>
    <message>
        <source>LeadBridge — scheduled flows keep running</source>
        <translation>LeadBridge — geplante Abläufe laufen weiter</translation>
    </message>
    <message>
        <source>LeadBridge is still running</source>
        <translation>LeadBridge läuft noch</translation>
    </message>
    <message>
        <source>Scheduled flows keep running. Open LeadBridge or quit it from the tray icon.</source>
        <translation>Geplante Abläufe laufen weiter. Öffnen oder beenden Sie LeadBridge über das Symbol im Infobereich.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::TypeCompatibility</name>
    <message>
        <source>LeadBridge does not know this CRM field type, so values may not convert</source>
        <translation>LeadBridge kennt diesen CRM-Feldtyp nicht, daher lassen sich Werte möglicherweise nicht umwandeln</translation>
    </message>
    <message>
        <source>it holds a record id; owners and accounts are joined automatically and need no mapping</source>
        <translation>es enthält eine Datensatz-ID; Verantwortliche und Firmen werden automatisch verbunden und brauchen keine Zuordnung</translation>
    </message>
    <message>
        <source>it holds a record id, not a value</source>
        <translation>es enthält eine Datensatz-ID, keinen Wert</translation>
    </message>
    <message>
        <source>it is a compound field; map its parts (street, city...) instead</source>
        <translation>es ist ein zusammengesetztes Feld; ordnen Sie stattdessen seine Teile zu (Straße, Ort …)</translation>
    </message>
    <message>
        <source>values arrive as text, and text pushed back must still be valid for the CRM field</source>
        <translation>Werte kommen als Text an, und zurückgeschriebener Text muss für das CRM-Feld weiterhin gültig sein</translation>
    </message>
    <message>
        <source>only values such as true/false or yes/no can be read as Boolean</source>
        <translation>nur Werte wie true/false oder yes/no können als Boolesch gelesen werden</translation>
    </message>
    <message>
        <source>only text written as a date can be read as a date</source>
        <translation>nur als Datum geschriebener Text kann als Datum gelesen werden</translation>
    </message>
    <message>
        <source>the time of day is dropped or set to midnight</source>
        <translation>die Uhrzeit wird verworfen oder auf Mitternacht gesetzt</translation>
    </message>
    <message>
        <source>text values are not checked to be email addresses</source>
        <translation>Textwerte werden nicht darauf geprüft, ob sie E-Mail-Adressen sind</translation>
    </message>
    <message>
        <source>several values are joined into one when pushed back</source>
        <translation>mehrere Werte werden beim Zurückschreiben zu einem zusammengefügt</translation>
    </message>
    <message>
        <source>a long text field can hold a score but is hard to filter on in the CRM</source>
        <translation>ein langes Textfeld kann einen Score aufnehmen, lässt sich im CRM aber schlecht filtern</translation>
    </message>
    <message>
        <source>some values may be reformatted or rejected</source>
        <translation>manche Werte werden möglicherweise umformatiert oder abgelehnt</translation>
    </message>
    <message>
        <source>values that are not numbers cannot be stored in a %1 field</source>
        <translation>Werte, die keine Zahlen sind, können nicht in einem %1-Feld gespeichert werden</translation>
    </message>
    <message>
        <source>only an email or text field can hold email addresses</source>
        <translation>nur ein E-Mail- oder Textfeld kann E-Mail-Adressen aufnehmen</translation>
    </message>
    <message>
        <source>%1 values cannot be stored in a %2 field</source>
        <translation>%1-Werte können nicht in einem %2-Feld gespeichert werden</translation>
    </message>
</context>
<context>
    <name>LeadBridge::UndoDialog</name>
    <message>
        <source>Undo run %1</source>
        <translation>Lauf %1 rückgängig machen</translation>
    </message>
    <message>
        <source>Undo writes back the values run %1 replaced and removes the Act-On contacts it added. Records changed since the run are left alone, and LeadBridge never deletes CRM records. Nothing is written until you click Apply undo.</source>
        <translation>Das Rückgängigmachen schreibt die Werte zurück, die Lauf %1 ersetzt hat, und entfernt die Act-On-Kontakte, die er angelegt hat. Seit dem Lauf geänderte Datensätze bleiben unverändert, und LeadBridge löscht nie CRM-Datensätze. Es wird nichts geschrieben, bis Sie auf Rückgängig ausführen klicken.</translation>
    </message>
    <message>
        <source>What the undo does</source>
        <translation>Was das Rückgängigmachen tut</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value now</source>
        <translation>Aktueller Wert</translation>
    </message>
    <message>
        <source>Restored to</source>
        <translation>Zurückgesetzt auf</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Apply undo</source>
        <translation>Rückgängig &amp;ausführen</translation>
    </message>
    <message>
        <source>Write the planned changes now, as a new run</source>
        <translation>Die geplanten Änderungen jetzt als neuen Lauf schreiben</translation>
    </message>
    <message>
        <source>The sync engine is not running.</source>
        <translation>Die Synchronisation läuft nicht.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>This is the plan; nothing has been written yet. Click Apply undo to write it as a new run.</source>
        <translation>Das ist der Plan; es wurde noch nichts geschrieben. Klicken Sie auf Rückgängig ausführen, um ihn als neuen Lauf zu schreiben.</translation>
    </message>
    <message>
        <source>Run %1 undid run %2. It is in History as “Undo of run %2”.</source>
        <translation>Lauf %1 hat Lauf %2 rückgängig gemacht. Er steht im Verlauf als „Rückgängig: Lauf %2“.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Left alone</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Planning the undo of run %1…</source>
        <translation>Das Rückgängigmachen von Lauf %1 wird geplant…</translation>
    </message>
    <message>
        <source>Applying the undo of run %1…</source>
        <translation>Das Rückgängigmachen von Lauf %1 wird ausgeführt…</translation>
    </message>
    <message>
        <source>Nothing can be undone: every record is left alone (see why).</source>
        <translation>Nichts kann rückgängig gemacht werden: Jeder Datensatz bleibt unverändert (siehe Grund).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Undo of run %1. To restore: %2. To delete: %3. Left alone: %4.</source>
        <translation>Rückgängigmachen von Lauf %1. Wiederherzustellen: %2. Zu löschen: %3. Unverändert gelassen: %4.</translation>
    </message>
    <message>
        <source>Undo of run %1. Restored: %2. Deleted: %3. Left alone: %4.</source>
        <translation>Rückgängigmachen von Lauf %1. Wiederhergestellt: %2. Gelöscht: %3. Unverändert gelassen: %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) could not be written; the table says why.</source>
        <translation>
            <numerusform>%n Datensatz konnte nicht geschrieben werden; die Tabelle sagt, warum.</numerusform>
            <numerusform>%n Datensätze konnten nicht geschrieben werden; die Tabelle sagt, warum.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadBridge::UndoPlanner</name>
    <message>
        <source>Changed since run %1 by run %2, so it is left alone.</source>
        <translation>Seit Lauf %1 von Lauf %2 geändert, daher unverändert gelassen.</translation>
    </message>
    <message>
        <source>Deleted by run %1. LeadBridge cannot bring it back, because the run did not record all of its values.</source>
        <translation>Von Lauf %1 gelöscht. LeadBridge kann den Datensatz nicht wiederherstellen, weil der Lauf nicht alle seine Werte aufgezeichnet hat.</translation>
    </message>
    <message>
        <source>Run %1 created this Act-On list. LeadBridge never deletes lists; delete it in Act-On if it should go.</source>
        <translation>Lauf %1 hat diese Act-On-Liste angelegt. LeadBridge löscht nie Listen; löschen Sie sie in Act-On, wenn sie weg soll.</translation>
    </message>
    <message>
        <source>Added to %1 by run %2. LeadBridge never deletes %1 records; delete it in %1 if it should go.</source>
        <translation>Von Lauf %2 in %1 angelegt. LeadBridge löscht nie Datensätze in %1; löschen Sie ihn in %1, wenn er weg soll.</translation>
    </message>
    <message>
        <source>No longer in %1, so there is nothing to remove.</source>
        <translation>Nicht mehr in %1, daher gibt es nichts zu entfernen.</translation>
    </message>
    <message>
        <source>Added by run %1, so it is removed from %2.</source>
        <translation>Von Lauf %1 angelegt, daher wird er aus %2 entfernt.</translation>
    </message>
    <message>
        <source>The e-mail address is the key of the contact in %1, so LeadBridge does not change it back; change it in %1 if needed.</source>
        <translation>Die E-Mail-Adresse ist der Schlüssel des Kontakts in %1, daher ändert LeadBridge sie nicht zurück; ändern Sie sie bei Bedarf in %1.</translation>
    </message>
    <message>
        <source>Run %1 did not read the value it replaced (a record that did not change is not read by an incremental run), so there is nothing to restore it to.</source>
        <translation>Lauf %1 hat den ersetzten Wert nicht gelesen (ein inkrementeller Lauf liest keinen Datensatz, der sich nicht geändert hat), daher gibt es keinen Wert zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>No longer in %1, so there is nothing to restore.</source>
        <translation>Nicht mehr in %1, daher gibt es nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>LeadBridge could not find this record in %1 (its link is gone), so it is left alone.</source>
        <translation>LeadBridge konnte diesen Datensatz in %1 nicht finden (seine Verknüpfung fehlt), daher bleibt er unverändert.</translation>
    </message>
    <message>
        <source>Changed since run %1: now “%2”, so it is left alone.</source>
        <translation>Seit Lauf %1 geändert: jetzt „%2“, daher unverändert gelassen.</translation>
    </message>
    <message>
        <source>Run %1 wrote the value it already had, so there is nothing to restore.</source>
        <translation>Lauf %1 hat den Wert geschrieben, den der Datensatz schon hatte, daher gibt es nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>Restored to the value before run %1.</source>
        <translation>Auf den Wert vor Lauf %1 zurückgesetzt.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::UndoRunCheck</name>
    <message>
        <source>Run %1 was a preview and wrote nothing, so there is nothing to undo.</source>
        <translation>Lauf %1 war eine Vorschau und hat nichts geschrieben, daher gibt es nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Run %1 has not finished yet. Undo it once it has ended.</source>
        <translation>Lauf %1 ist noch nicht beendet. Machen Sie ihn rückgängig, sobald er beendet ist.</translation>
    </message>
    <message>
        <source>Run %1 wrote nothing, so there is nothing to undo.</source>
        <translation>Lauf %1 hat nichts geschrieben, daher gibt es nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>There is no run %1 in the history. Check the run&apos;s number on the History page or with leadbridge-cli history.</source>
        <translation>Es gibt keinen Lauf %1 im Verlauf. Prüfen Sie die Nummer des Laufs auf der Seite Verlauf oder mit leadbridge-cli history.</translation>
    </message>
    <message>
        <source>The flow of run %1 no longer exists, so the run cannot be undone.</source>
        <translation>Der Ablauf von Lauf %1 existiert nicht mehr, daher kann der Lauf nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>An account of the flow “%1” is no longer linked. Link it again on the Accounts page to undo run %2.</source>
        <translation>Ein Konto des Ablaufs „%1“ ist nicht mehr verknüpft. Verknüpfen Sie es auf der Seite Konten erneut, um Lauf %2 rückgängig zu machen.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::UndoRunner</name>
    <message>
        <source>Reading run %1…</source>
        <translation>Lauf %1 wird gelesen…</translation>
    </message>
    <message>
        <source>Reading the values the records hold now…</source>
        <translation>Die aktuellen Werte der Datensätze werden gelesen…</translation>
    </message>
    <message>
        <source>Run %1 is a run of another flow than “%2”, so it cannot be undone here.</source>
        <translation>Lauf %1 gehört zu einem anderen Ablauf als „%2“ und kann hier nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>LeadBridge could not read run %1 from its journal. Details are in the log.</source>
        <translation>LeadBridge konnte Lauf %1 nicht aus seinem Journal lesen. Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>This flow has no Act-On account, so run %1 cannot be undone.</source>
        <translation>Dieser Ablauf hat kein Act-On-Konto, daher kann Lauf %1 nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Planning the undo of run %1…</source>
        <translation>Das Rückgängigmachen von Lauf %1 wird geplant…</translation>
    </message>
    <message>
        <source>Writing the values back…</source>
        <translation>Die Werte werden zurückgeschrieben…</translation>
    </message>
    <message>
        <source>This flow has no %1 account any more.</source>
        <translation>Dieser Ablauf hat kein %1-Konto mehr.</translation>
    </message>
    <message>
        <source>The system did not answer for this record.</source>
        <translation>Das System hat für diesen Datensatz nicht geantwortet.</translation>
    </message>
    <message>
        <source>Recording the undo…</source>
        <translation>Das Rückgängigmachen wird aufgezeichnet…</translation>
    </message>
</context>
<context>
    <name>LeadBridge::UnlinkAccountDialog</name>
    <message>
        <source>Unlink %1?</source>
        <translation>%1 trennen?</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used by %n flow(s):</source>
        <translation>
            <numerusform>„%1“ wird von %n Ablauf verwendet:</numerusform>
            <numerusform>„%1“ wird von %n Abläufen verwendet:</numerusform>
        </translation>
    </message>
    <message>
        <source>Flows that use the account</source>
        <translation>Abläufe, die das Konto verwenden</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Before unlinking, choose what happens to them:</source>
        <translation>Wählen Sie vor dem Trennen, was mit ihnen geschieht:</translation>
    </message>
    <message>
        <source>&amp;Delete these flows (their runs stay in History)</source>
        <translation>Diese Abläufe &amp;löschen (ihre Läufe bleiben im Verlauf erhalten)</translation>
    </message>
    <message>
        <source>&amp;Move them to:</source>
        <translation>&amp;Verschieben nach:</translation>
    </message>
    <message>
        <source>Account to move the flows to</source>
        <translation>Konto, in das die Abläufe verschoben werden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No other %1 account is linked. Link one on the Accounts page to move the flows there.</source>
        <translation>Es ist kein anderes %1-Konto verknüpft. Verknüpfen Sie eines auf der Seite „Konten“, um die Abläufe dorthin zu verschieben.</translation>
    </message>
    <message>
        <source>Moved flows forget their record links and cursors: their next run reads every record again (a full sync).</source>
        <translation>Verschobene Abläufe verlieren ihre Datensatzverknüpfungen und Lesepositionen: Ihr nächster Lauf liest alle Datensätze erneut (eine vollständige Synchronisierung).</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Move Flows and &amp;Unlink</source>
        <translation>Abläufe verschieben und &amp;trennen</translation>
    </message>
    <message>
        <source>Delete Flows and &amp;Unlink</source>
        <translation>Abläufe löschen und &amp;trennen</translation>
    </message>
</context>
<context>
    <name>LeadBridge::WebinarImportForm</name>
    <message>
        <source>ON24 client:</source>
        <translation>ON24-Client:</translation>
    </message>
    <message>
        <source>&amp;Backfill from:</source>
        <translation>Nach&amp;holen ab:</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>Re-check &amp;late attendance for:</source>
        <translation>Nachträgliche &amp;Teilnahme prüfen für:</translation>
    </message>
    <message>
        <source>ON24 publishes registrants about 15 minutes late, live attendance 30 minutes to 2 hours after the event and on-demand viewing 4 to 12 hours late. Webinars that ended within this time are read again at every run.</source>
        <translation>ON24 veröffentlicht Anmeldungen etwa 15 Minuten verspätet, Live-Teilnahmen 30 Minuten bis 2 Stunden nach der Veranstaltung und On-Demand-Aufrufe 4 bis 12 Stunden verspätet. Webinare, die innerhalb dieses Zeitraums geendet haben, werden bei jedem Lauf erneut gelesen.</translation>
    </message>
    <message>
        <source>Choose the ON24 account above.</source>
        <translation>Wählen Sie oben das ON24-Konto.</translation>
    </message>
    <message>
        <source>“%1” has no client id yet. Enter it in Accounts → ON24.</source>
        <translation>„%1“ hat noch keine Client-ID. Geben Sie sie unter Konten → ON24 ein.</translation>
    </message>
    <message>
        <source>Client %1 — %2. One Act-On folder per client, named by its id; one list per webinar.</source>
        <translation>Client %1 — %2. Ein Act-On-Ordner pro Client, benannt nach seiner ID; eine Liste pro Webinar.</translation>
    </message>
    <message numerus="yes">
        <source>A full run reads from this date to today in %n window(s) of at most six months.</source>
        <translation>
            <numerusform>Ein vollständiger Lauf liest von diesem Datum bis heute in %n Zeitfenster von höchstens sechs Monaten.</numerusform>
            <numerusform>Ein vollständiger Lauf liest von diesem Datum bis heute in %n Zeitfenstern von jeweils höchstens sechs Monaten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadBridge::WebinarImportPlanner</name>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>The ON24 registration %1 of webinar %2 has no e-mail address, so it has no Act-On contact.</source>
        <translation>Die ON24-Anmeldung %1 zu Webinar %2 hat keine E-Mail-Adresse und daher keinen Act-On-Kontakt.</translation>
    </message>
    <message>
        <source>“%1” (webinar %2) is not a valid e-mail address, so it has no Act-On contact.</source>
        <translation>„%1“ (Webinar %2) ist keine gültige E-Mail-Adresse und hat daher keinen Act-On-Kontakt.</translation>
    </message>
    <message>
        <source>%1 removed the registration for webinar %2 in ON24; the Act-On contact is left as it is.</source>
        <translation>%1 hat die Anmeldung zu Webinar %2 in ON24 entfernt; der Act-On-Kontakt bleibt unverändert.</translation>
    </message>
    <message>
        <source>The ON24 attendance %1 of webinar %2 has no valid e-mail address, so it has no Act-On contact.</source>
        <translation>Die ON24-Teilnahme %1 an Webinar %2 hat keine gültige E-Mail-Adresse und daher keinen Act-On-Kontakt.</translation>
    </message>
    <message>
        <source>Added to the webinar&apos;s list with the ON24 registration and attendance.</source>
        <translation>Mit der ON24-Registrierung und -Teilnahme in die Liste des Webinars aufgenommen.</translation>
    </message>
    <message>
        <source>Added to the webinar&apos;s list with the ON24 registration.</source>
        <translation>Mit der ON24-Registrierung in die Liste des Webinars aufgenommen.</translation>
    </message>
</context>
<context>
    <name>LeadBridge::WebinarImportRunner</name>
    <message>
        <source>The webinar import “%1” needs a linked ON24 account and a linked Act-On account. Choose both in the flow&apos;s settings.</source>
        <translation>Der Webinar-Import „%1“ braucht ein verknüpftes ON24-Konto und ein verknüpftes Act-On-Konto. Wählen Sie beide in den Einstellungen des Ablaufs.</translation>
    </message>
    <message>
        <source>The ON24 account “%1” has no client id. Enter it in Accounts → ON24.</source>
        <translation>Das ON24-Konto „%1“ hat keine Client-ID. Geben Sie sie unter Konten → ON24 ein.</translation>
    </message>
    <message>
        <source>The backfill start “%1” of “%2” is not a date. Enter it as YYYY-MM-DD in the flow&apos;s settings.</source>
        <translation>Der Nachholbeginn „%1“ von „%2“ ist kein Datum. Geben Sie ihn in den Einstellungen des Ablaufs als JJJJ-MM-TT ein.</translation>
    </message>
    <message>
        <source>Connecting to ON24 and Act-On…</source>
        <translation>Verbindung zu ON24 und Act-On wird hergestellt…</translation>
    </message>
    <message>
        <source>Reading ON24 registrants…</source>
        <translation>ON24-Registranten werden gelesen…</translation>
    </message>
    <message>
        <source>Reading ON24 attendees…</source>
        <translation>ON24-Teilnehmer werden gelesen…</translation>
    </message>
    <message>
        <source>Checking recently ended webinars for late attendance…</source>
        <translation>Kürzlich beendete Webinare werden auf nachträgliche Teilnahme geprüft…</translation>
    </message>
    <message>
        <source>Planning the Act-On changes…</source>
        <translation>Act-On-Änderungen werden geplant…</translation>
    </message>
    <message>
        <source>Reading the Act-On lists of folder %1…</source>
        <translation>Act-On-Listen des Ordners %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Reading ON24 webinar titles…</source>
        <translation>ON24-Webinartitel werden gelesen…</translation>
    </message>
    <message>
        <source>Reading the Act-On list “%1”…</source>
        <translation>Act-On-Liste „%1“ wird gelesen…</translation>
    </message>
    <message>
        <source>Recording the preview…</source>
        <translation>Vorschau wird aufgezeichnet…</translation>
    </message>
    <message>
        <source>Writing to Act-On…</source>
        <translation>Schreiben nach Act-On…</translation>
    </message>
    <message>
        <source>Creating the Act-On list “%1”…</source>
        <translation>Act-On-Liste „%1“ wird angelegt…</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n contacts to “%1”…</source>
        <translation>
            <numerusform>%n Kontakt wird in „%1“ geschrieben…</numerusform>
            <numerusform>%n Kontakte werden in „%1“ geschrieben…</numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Wird abgeschlossen…</translation>
    </message>
</context>
<context>
    <name>PagingGuard</name>
    <message>
        <source>%1 sent more than %2 pages of %3, more than any real answer has, so LeadBridge stopped reading them instead of looping for ever. Sync again later; if it happens again, ask %1 support about paging.</source>
        <translation>%1 hat mehr als %2 Seiten für %3 geschickt, mehr als jede echte Antwort hat, daher hat LeadBridge aufgehört, sie zu lesen, statt endlos weiterzulesen. Synchronisieren Sie später erneut; wenn es wieder passiert, fragen Sie den %1-Support nach dem Seitenabruf.</translation>
    </message>
    <message>
        <source>%1 kept sending the same pages of %2, so LeadBridge stopped reading them instead of looping for ever. Sync again later; if it happens again, ask %1 support about paging.</source>
        <translation>%1 hat immer wieder dieselben Seiten für %2 geschickt, daher hat LeadBridge aufgehört, sie zu lesen, statt endlos weiterzulesen. Synchronisieren Sie später erneut; wenn es wieder passiert, fragen Sie den %1-Support nach dem Seitenabruf.</translation>
    </message>
</context>
<context>
    <name>leadbridge-sandbox</name>
    <message numerus="yes">
        <source>Serving %n emulator(s) with %1 people. Press Ctrl+C to stop.</source>
        <translation>
            <numerusform>%n Emulator mit %1 Personen läuft. Drücken Sie Strg+C zum Beenden.</numerusform>
            <numerusform>%n Emulatoren mit %1 Personen laufen. Drücken Sie Strg+C zum Beenden.</numerusform>
        </translation>
    </message>
</context>
</TS>
