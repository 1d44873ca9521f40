<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
    <context>
        <name>Cli</name>
        <message>
            <source>LeadBridge headless engine</source>
            <translation>LeadBridge-Engine ohne Oberfläche</translation>
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
            <source>Each account you link appears here with its status: Linked, Needs attention or Checking. Keys, passwords and tokens are kept in your system keychain, never in LeadBridge's own files.</source>
            <translation>Jedes verknüpfte Konto erscheint hier mit seinem Status: Verknüpft, Prüfung nötig oder Wird geprüft. Schlüssel, Passwörter und Tokens liegen im Schlüsselbund Ihres Systems, niemals in den Dateien von LeadBridge.</translation>
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
            <source>A flow has its own field map, push policy and schedule. Sync Now and Preview in the toolbar act on the selected flow; Preview shows every planned change before anything is written.</source>
            <translation>Ein Ablauf hat eigene Feldzuordnung, Übertragungsregeln und einen eigenen Zeitplan. „Jetzt synchronisieren“ und „Vorschau“ in der Werkzeugleiste wirken auf den gewählten Ablauf; die Vorschau zeigt jede geplante Änderung, bevor etwas geschrieben wird.</translation>
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
            <source>Unknown page "%1". Choose one of: %2.</source>
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
            <translation>&amp;Verlauf</translation>
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
    </context>
    <context>
        <name>LeadBridge::Translations</name>
        <message>
            <source>System default</source>
            <translation>Systemvorgabe</translation>
        </message>
    </context>
</TS>
