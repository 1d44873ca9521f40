<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message>
        <source>LeadBridge headless engine</source>
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
        <source>Each account you link appears here with its status: Linked, Needs attention or Checking. Keys, passwords and tokens are kept in your system keychain, never in LeadBridge&apos;s own files.</source>
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
        <source>A flow has its own field map, push policy and schedule. Sync Now and Preview in the toolbar act on the selected flow; Preview shows every planned change before anything is written.</source>
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
</context>
<context>
    <name>LeadBridge::Translations</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
