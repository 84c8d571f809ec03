<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Copydesk::BackgroundTask</name>
    <message>
        <source>Copydesk is closing; the work was left to finish on its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::Backup</name>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start copying “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying “%1” stopped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying “%1” did not finish: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1” to the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Copydesk library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no library at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot be written over the library itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot name the backup “%1”: check that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the backup folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library was left as it was: keeping a copy of it first failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::BackupController</name>
    <message>
        <source>Today&apos;s backup of the library failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::BodyEditor</name>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story body in Markdown: blank lines between paragraphs, ## for a subhead, &gt; for a quote, [text](https://…) for a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the story. The dateline is added before the first paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::CaptionsDesk</name>
    <message>
        <source>untitled story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt Text of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions Desk — Copydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 or typing edits a caption, credit or alt text; Enter on a story opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stories saved or published in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every photo, or only those still missing something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Alt Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Picture Yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search captions, credits, alt text and headlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the photos of the period again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected photo&apos;s story in the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos</source>
        <translation>
            <numerusform>%Ln photo</numerusform>
            <numerusform>%Ln photos</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is open in the editor with unsaved changes: edit its photos there, or save it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo is no longer in “%1”; the list is read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was changed elsewhere meanwhile and now reads “%1”; nothing was overwritten. The list is read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” as version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::CaptionsModel</name>
    <message>
        <source>No picture yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1 of the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption came without a picture; open the story to choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Version %2, %3 — Enter opens the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credit: who took or supplied the picture?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alt text: describe the picture for readers who cannot see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House Style</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::Cli</name>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempts</source>
        <translation>
            <numerusform>%Ln attempt</numerusform>
            <numerusform>%Ln attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln versions</source>
        <translation>
            <numerusform>%Ln version</numerusform>
            <numerusform>%Ln versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories</source>
        <translation>
            <numerusform>%Ln story</numerusform>
            <numerusform>%Ln stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: imported %n stories</source>
        <translation>
            <numerusform>%1: imported %n story</numerusform>
            <numerusform>%1: imported %n stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: updated %n stories already in the library</source>
        <translation>
            <numerusform>%1: updated %n story already in the library</numerusform>
            <numerusform>%1: updated %n stories already in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: skipped %n stories already in the library (--update-existing saves the wire text as their next version)</source>
        <translation>
            <numerusform>%1: skipped %n story already in the library (--update-existing saves the wire text as its next version)</numerusform>
            <numerusform>%1: skipped %n stories already in the library (--update-existing saves the wire text as their next version)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories imported</source>
        <translation>
            <numerusform>%n story imported</numerusform>
            <numerusform>%n stories imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %n files</source>
        <translation>
            <numerusform> from %n file</numerusform>
            <numerusform> from %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n files refused</source>
        <translation>
            <numerusform>; %n file refused</numerusform>
            <numerusform>; %n files refused</numerusform>
        </translation>
    </message>
    <message>
        <source>Use backup DEST, or backup --daily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup: %1 (the last %2 days are kept in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore-backup needs exactly one backup FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2; the library as it was is kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import wire pages: every story of a file, or none of it when the file has a problem. A story the library holds already (same headline, dateline and first paragraph) is skipped and named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:
  --now TIME          Resolve relative stamps (&quot;2 min ago&quot;) against TIME
                      (ISO 8601, e.g. 2026-11-24T09:30:00Z) instead of now.
  --time-zone ZONE    The newsroom&apos;s IANA time zone for absolute stamps
                      (default: the publishing settings&apos;, else the system&apos;s).
  --update-existing   Save the wire text of stories held already as their
                      next version instead of skipping them.
A library that does not exist yet is created.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the stories of the library, newest save first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a story to standard output. ID is the story&apos;s id, a unique start of it, or its slug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:
  --format html       The story page, as the preview shows it.
  --format ninjs      The IPTC ninjs 2.2 document.
  --format atom       An Atom 1.0 entry document.
  --format jsonfeed   A JSON Feed 1.1 holding the story.
  --version N         An earlier version instead of the newest.
  --base-url URL      The address published files are served at
                      (default: the publishing settings&apos;).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a story to the active destinations (or with --folder, to that folder): its page, ninjs file and photos, and the feeds. House-style errors and an embargo stop it; a story already out needs the kind of update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:
  --minor             A small fix: readers&apos; &quot;Updated&quot; and the feeds&apos; dates
                      stay as they are.
  --major NOTE        An update: the &quot;Updated&quot; stamp moves and the page
                      lists NOTE with its date.
  --correction NOTE   A correction: the page shows a dated notice with NOTE.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw (kill) a published story: its page becomes a notice with the reason, its ninjs is marked canceled, and it leaves the feeds. It stays in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:
  --reason TEXT       Why, as readers will see it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a withdrawn story back, or with --all render every published story and the feeds again (after a template or settings change), writing only what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:
  --all               Every published and withdrawn story, and the feeds.
  --note TEXT         For one story: an update note readers see.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a story to be published at TIME, optionally under embargo until a time. TIME is ISO 8601 with an offset or Z, or a local time read in the newsroom&apos;s time zone (a time the clocks skip or repeat is refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:
  --at TIME           When it goes out.
  --embargo TIME      Nothing publishes it before this time.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a scheduled story back to the drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold a story not yet out under embargo until a time, or lift the embargo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:
  --until TIME        Nothing publishes it before this time.
  --lift              No embargo.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish every scheduled story that is due, each exactly once however many run at once, and print what was published; then deliver again what did not arrive before. For cron or the systemd timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:
  --now TIME          Take TIME as now.
  --quiet             Print nothing when nothing is due (for timers).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver what the outbox holds for the active destinations: every version published and not yet delivered, each exactly once, the newest of a story first. A delivery that fails for a passing reason (a timeout, a 5xx, a full disk) is tried again later, never before a server&apos;s Retry-After; one the destination refuses fails at once, with its message. Runs the window&apos;s worker without the window, for cron and scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:
  --until-idle        Wait for retries too, until nothing is waiting.
  --max-seconds N     Take no new delivery after N seconds.
  --now               Make every waiting delivery due now and try each once.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up where stories publish. Destinations are kept in the library, so everyone using it publishes to the same places; every enabled one takes every publication. A password or signing secret is kept in the desktop&apos;s secret service (asked for on add), or read from an environment variable named with --secret-from-env: the library keeps the variable&apos;s name, never its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the deliveries waiting, being sent or failed: destination, state, attempts, next try, last error; try one again now or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:
  --all               Every delivery, delivered and cancelled too.
  --json              A JSON array.
  --limit N           At most N rows (default 50), newest first.
  --time-zone ZONE    Show times in this zone.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List every saved version of a story: when, what kind, who, and the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:
  --json              Print a JSON array, with the deliveries of each version.
  --time-zone ZONE    Show times in this zone.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what changed between two versions, field by field, the body word by word. A version is a number, current or published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:
  --time-zone ZONE    Show times in this zone.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new version with the text of an earlier one; nothing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the unsaved edits the window kept in the edit journal beside the library (after a crash, a kill or a power cut), or print one story&apos;s as JSON. Works even when the library will not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:
  --list              Every story with unsaved edits: last edit, the version
                      they began on, what the library holds now.
  --json              With --list: a JSON array.
  --print             The story as edited, as JSON (list --json&apos;s fields).
  --time-zone ZONE    Show times in this zone.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the library, consistently, while windows and the scheduler go on using it (SQLite&apos;s online backup). DEST is a file, or a folder to put a dated copy in. --daily makes today&apos;s copy beside the library, once a day, keeping the last 7, as the window does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:
  --daily             Today&apos;s copy in &lt;library&gt;.backups, the last 7 kept.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a backup back as the library: the backup is checked first, and the library as it is now is kept as &lt;library&gt;.before-restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options: none.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: copydesk-cli [--library PATH] COMMAND [options]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Without --library it uses the library the window opens: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run copydesk-cli COMMAND --help for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--library needs a path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no library at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a new library at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No story with the id or slug “%1” in this library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the start of more than one story&apos;s id; give more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone “%1”; use an IANA name such as Europe/Malta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --folder DIR        Publish to this folder only (default: the library&apos;s
                      active destinations, else the settings&apos; folder).
  --base-url URL      The address the folder is served at (default: the
                      settings&apos;, else the folder&apos;s file:// URL).
  --feed-entries N    How many stories each feed lists.
  --house-style FILE  Check against these rules instead of the desk&apos;s.
  --time-zone ZONE    The newsroom&apos;s IANA time zone, for times given and
                      shown (default: the settings&apos;, else the system&apos;s).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url needs an absolute http, https or file URL, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--feed-entries needs a number from 1 to 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the folder to publish to with --folder DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 written, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no destination “%1”; copydesk-cli destination list shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination add needs exactly one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to 3600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing secret for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password or secret was given; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the destination “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination list takes no NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No destinations are set up; stories publish to the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pictures to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSub hub: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusts the CA in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination remove needs exactly one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the destination “%1”; its deliveries stay in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” takes publications again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” takes no publications until it is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination test needs exactly one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination needs add, list, remove, enable, disable or test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue %1 needs the number of one delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery %1 is due now; copydesk-cli deliver sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery %1 is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue takes retry ID, cancel ID or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was ever delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next try %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a version: give its number, “current” or “published”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history needs exactly one story ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; readers have version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diff needs a story ID and two versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions %1 and %2 say the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs a story ID and a VERSION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore needs a version number, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the text of version %1 of “%2” as version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers still have version %1: publish an update to put it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” version %2 is already what readers have; the destinations were brought up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of “%2”: version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library has version %1 as published; run copydesk-cli deliver to try the destinations again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered again: version %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish needs exactly one story ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of --minor, --major NOTE and --correction NOTE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already published. Say which kind of publication this is: --minor (a typo; readers&apos; “Updated” stays), --major NOTE (an update readers are told of) or --correction NOTE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was withdrawn: bring it back with copydesk-cli republish %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdraw needs exactly one story ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdraw needs --reason TEXT: readers see it where the story was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>republish needs a story ID, or --all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>republish --all takes no story ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-rendered %1 and the feeds: %2 written, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule needs exactly one story ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schedule needs --at TIME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is scheduled for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embargoed until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unschedule needs exactly one story ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a draft again; it will not be published on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embargo needs exactly one story ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embargo needs --until TIME or --lift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is embargoed until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is under no embargo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish-due takes no story ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliver takes no story ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-seconds needs a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered version %1 of %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered to %1, trying again at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries are still waiting; the next is due at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries are still waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting to be delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edits on version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edits on version %1; version %2 saved since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use recover --list [--json], or recover ID --print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library cannot be opened (%1); the journal is read without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit journal holds no edits of a story %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” starts more than one story&apos;s id; give more of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal holds edits of this story from %1 sessions; printing the newest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit journal holds no unsaved edits (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last edit %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; open in a running window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; its last record was cut short, the one before is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-wire needs at least one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 time such as 2026-11-24T09:30:00Z, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status is one of draft, scheduled, published, withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs exactly one story ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format “%1”; choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version needs a version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set needs one story ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” gives no slug: use letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a BCP 47 language tag such as en, ar or pt-BR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” as version %2: slug %3, language %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the site&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers still have the published version: publish an update to put it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use library copy FROM TO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln rows</source>
        <translation>
            <numerusform>%1: %Ln row</numerusform>
            <numerusform>%1: %Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln rows from %1 to %2.</source>
        <translation>
            <numerusform>Copied %Ln row from %1 to %2.</numerusform>
            <numerusform>Copied %Ln rows from %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy a whole library (stories, every version, photos, deliveries and the outbox, destinations, the newsroom dictionary) into an empty one: a file to a PostgreSQL server and back. FROM and TO are library files or postgresql://user@host:port/database addresses; --library is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A library on a PostgreSQL server is backed up by the server (pg_dump); copydesk-cli library copy copies it into a library file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find stories by the words of their headline, highlights, dateline, byline, body, captions and credits: best match first, each with the words around the match. Every word must be found; &quot;quoted words&quot; must stand together; a word ending in * finds every word that starts so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs the words to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no word to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit is a number from 1 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No story matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the publishing settings, or change them: the site&apos;s title, address, language, feeds and short links, the newsroom&apos;s time zone and how slugs are written are kept in the library and shared by every desk on it; the folder is this computer&apos;s. The window and copydesk-cli read the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by every desk on the library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet: asked for before publishing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short URL base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the site address followed by s/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(this computer&apos;s: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings takes options only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--feed-entries needs a number, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--slugs is latin or own, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:
  --status STATUS     Only draft, scheduled, published or withdrawn stories.
  --since TIME        Only stories saved at or after TIME (a date such as
                      2026-12-01, or a time as schedule takes it).
  --until TIME        Only stories saved before TIME.
  --byline TEXT       Only stories whose byline contains TEXT.
  --limit N           At most N stories (default 20).
  --every-match       Rank every story that matches; without it, when
                      more than 1000 do, the best of the newest 1000.
  --json              A JSON array: id, slug, headline, status, saved,
                      context and the matched words.
  --time-zone ZONE    Read and show times in this zone.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 stories match: these are the best of the newest %1. Add a word or a date range, or use --every-match, to look further back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a story&apos;s slug (its address; empty: made from the headline again), its language (a BCP 47 tag; empty: the site&apos;s), its section, tags or subjects. Saved as a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:
  --slug SLUG         The address to publish under.
  --language TAG      en, ar, fr-CA …
  --section S         One of the library&apos;s sections (settings --add-section); empty: none.
  --tag T             A tag; repeat for more. They replace the story&apos;s tags; --tag &quot;&quot; clears them.
  --subject TOPIC     An IPTC Media Topic: medtop:11000000, 11000000 or its name (politics); repeat for more, --subject &quot;&quot; clears them.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:
  --json              Print the settings as a JSON object.
  --site-title TITLE  The name feed readers show for the site.
  --base-url URL      The address the site is served at (empty: none).
  --language TAG      The site&apos;s BCP 47 language: en, en-GB, ar.
  --feed-entries N    How many stories each feed lists (1-500).
  --short-url-base URL  A short-link service (empty: the site&apos;s s/).
  --time-zone ZONE    The newsroom&apos;s IANA time zone (empty: the system&apos;s).
  --slugs latin|own   Slugs in Latin letters or the headline&apos;s script.
  --folder DIR        This computer&apos;s destination folder.
  --add-section NAME  A section stories can be filed under (repeatable).
  --remove-section NAME  A section taken off the list (its stories keep it).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no section “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set needs at least one of --slug, --language, --section, --tag and --subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library has no sections yet: add “%1” with copydesk-cli settings --add-section first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of the library&apos;s sections: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an IPTC Media Topic Copydesk knows; the top-level ones are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section: %1; tags: %2; subjects: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:
  --json              Print a JSON array of the stories with every field.
  --status STATUS     Only draft, scheduled, published or withdrawn stories.
  --section NAME      Only the stories filed under this section (empty: under none).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options for add:
  --folder DIR          A folder a web server serves.
  --webdav URL          A web server taking the files over WebDAV (https).
  --user USER           The WebDAV or WordPress user name.
  --push URL            An endpoint taking each version&apos;s ninjs as a POST.
  --wordpress URL       A WordPress site taking each story as a post
                        (REST API, with an application password).
  --assets-url URL      Where a push endpoint takes the pictures.
  --base-url URL        The address readers find the site at.
  --ca-file FILE        Trust this CA certificate (PEM) too.
  --secret-from-env VAR Read the password or secret from VAR.
  --hub URL             Tell this WebSub hub when the feeds change.
  --timeout SECONDS     Give up an attempt that hears nothing this long
                        (default 30); it is tried again later.
  --disabled            Keep it, but publish nothing to it yet.
Also: destination enable NAME, destination disable NAME.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the posts of the WordPress destination NAME into the library as stories: title, excerpt, content as Markdown, first category as section, tags, author, featured image with its caption and alt text. Each is linked to its post, so publishing it updates that post; a post imported before is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:
  --status STATUS     The posts to bring in (repeatable); default: draft
                      and future.
  --json              Print what was imported as JSON.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of --folder DIR, --webdav URL --user USER, --push URL or --wordpress URL --user USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user is for a --webdav or --wordpress destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application password for %1 at %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import-wordpress needs exactly one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status is draft, future, publish, pending or private, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a WordPress site; import-wordpress reads posts from one added with destination add NAME --wordpress URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1 “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  post %2 (%3) is in the library already: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  post %2 (%3) imported: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n posts from %1.</source>
        <translation>
            <numerusform>Imported %n post from %1.</numerusform>
            <numerusform>Imported %n posts from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a picture file to a story as a new photo, after the ones it has, as the editor&apos;s Add Photo… does: the file is read whole and checked (a broken or unreadable picture is refused and the story left as it was), kept in the library, and the first picture of a story leads it. What the options leave empty comes from the picture&apos;s own metadata. Saved as a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:
  --caption C         The photo&apos;s caption.
  --credit C          Who to credit, shown as (Credit) after the caption.
  --alt A             The alt text, for readers who cannot see it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach needs one story ID and one PICTURE file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” as version %2 with the photo %3 (%4 × %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption: %1; credit: %2; alt text: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its %1 came from the picture&apos;s own metadata; check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It leads the story.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::ColourScheme</name>
    <message>
        <source>&amp;System Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this colour scheme for the window and the editor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::ComparisonView</name>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Versions %1 and %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::ConflictDialog</name>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge as &amp;Chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story Changed Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was saved elsewhere as version %2 (%3, %4) while you edited version %5. Choose what the story keeps. Nothing is lost: the other version stays in the history, and so do your edits if the choice leaves any of them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each side changed, and which to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep which %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides changed this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story becomes the version saved elsewhere; your edits are kept as a version in its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits are saved as the next version over the one saved elsewhere, which stays in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take each field from the side chosen in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on editing; nothing is saved, your edits stay in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved elsewhere, version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>begun on version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::ConnectDialog</name>
    <message>
        <source>When the server offers it (libpq&apos;s default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never (a trusted network only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in the secret service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this library at every &amp;start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a Newsroom Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s name or address, or the folder of its socket on this computer (such as /run/postgresql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s port; PostgreSQL&apos;s own is 5432</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database the newsroom&apos;s library lives in. An empty database is set up as a library by the first desk to connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PostgreSQL user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: PGPASSWORD or ~/.pgpass, if they hold one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the server only; never shown, logged or kept in the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the connection to the server is encrypted (libpq&apos;s sslmode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password in the desktop&apos;s secret service (GNOME Keyring, KWallet), so that the next start connects without asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret service runs here: the password is used for this window only. PGPASSWORD or ~/.pgpass can hold it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this the library Copydesk and copydesk-cli open unless told otherwise (the settings&apos; library/location; never the password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address to give copydesk-cli --library, or the other desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the server, or the folder of its socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the database the library lives in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your PostgreSQL user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::DeliveryController</name>
    <message>
        <source>&amp;Destinations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry Delivery Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the delivery selected in the Publish Queue again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up the delivery selected in the Publish Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links now start with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
  ⚠ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nowhere: every destination is disabled (Publishing → Destinations…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery %1 is due now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery %1 is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered version %1 of “%2” to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered to %1 yet; trying again at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of “%2” was not delivered to %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk: a delivery failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where stories are published: folders, WebDAV servers, partners&apos; push endpoints and WordPress sites, with their passwords</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::DeliveryQueueModel</name>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no slug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery %1 of the story %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::Desk</name>
    <message>
        <source>Publishing Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publishing settings were changed at another desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::DestinationCheck</name>
    <message>
        <source>%1 needs an absolute https:// address, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs https://: a password or a signed story never crosses the network in plain http (plain http is only for a server on this machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A destination&apos;s name is 1 to %1 characters, without “/”, control characters or spaces at either end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder must be a full path, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebDAV address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WebDAV destination needs the user name to log in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The push endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a push endpoint takes pictures at an assets address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assets address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebSub hub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site address needs the http or https address readers use, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder needs no CA certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file must be a full path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate to trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder needs no secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not the name of an environment variable: letters, digits and “_”, not starting with a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout is 1 to 3600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a destination “%1” already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination “%1” goes there already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WordPress site&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WordPress destination needs the user name the application password belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WordPress site sends its own feeds: it takes no WebSub hub from Copydesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::DestinationEditDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it from the environment &amp;variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enabled: publications go here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Destination “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the desk calls it; the Publish Queue and messages use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name stays: remove the destination and add it again to rename it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebDAV server (HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push endpoint (ninjs over HTTPS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name the WebDAV server knows the desk by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept by the desktop&apos;s secret service, never in the library or the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For servers and scripts: the password or secret is read from this environment variable whenever it is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COPYDESK_WEBSITE_SECRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret service runs here to keep a password: name an environment variable that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged: the one kept stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address readers find the site&apos;s files at, for links and feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: pictures are not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the endpoint takes pictures, each PUT under its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: no hub is told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WebSub hub told each time the feeds change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the system&apos;s certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PEM file with the newsroom&apos;s own certificate authority, trusted besides the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attempt that hears nothing for this long is given up and tried again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures &amp;go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSub &amp;hub:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the environment variable that holds the password or secret, or type it above instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password, or name an environment variable that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the signing secret, or name an environment variable that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder a web server serves: pages, ninjs files, pictures and feeds are written here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the publishing settings&apos; site address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://dav.example/news/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WebDAV collection the site&apos;s files go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the WebDAV address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://partner.example/ninjs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint each version&apos;s ninjs is posted to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordPress site (REST API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder a web server serves, a WebDAV server taking the site&apos;s files, a partner&apos;s endpoint taking each story as signed ninjs, or a WordPress site taking each story as a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the application password, or name an environment variable that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://news.example/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WordPress site&apos;s own address, where readers find it; its REST API is found from there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers&apos; a&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the site&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordPress &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WordPress user the posts are written as: the one the application password belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the user&apos;s login password: an application password, made in WordPress under Users → Profile → Application Passwords (the site needs HTTPS for it). Kept by the desktop&apos;s secret service, never in the library or the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::DestinationSet</name>
    <message>
        <source>telling the WebSub hub %1 about %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::DestinationsDialog</name>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebDAV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a &amp;Test Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinations</source>
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
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a double-click edits the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop publishing there; its deliveries stay in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the destination whether it would take a publication, changing nothing readers see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No destinations are set up: stories publish to the folder %1 (File → Publishing Settings…). Add destinations to publish to a web server or a partner, or to several places at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each publication goes to every enabled destination. These are kept in the library and shared by everyone using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from the environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publications go there again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the destination, but send it nothing until it is enabled again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the destination “%1” (%2)? Stories stop going there; its deliveries stay in the history, and a password kept for it is forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination Not Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination Not Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test request to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordPress site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder, a WebDAV server, a push endpoint or a WordPress site to publish to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret service runs here: a WebDAV server, a push endpoint or a WordPress site reads its password or secret from an environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::DocumentController</name>
    <message>
        <source>&amp;New Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the story as a new version in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the story and its earlier versions from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New story: it joins the library when you save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Your edits are still open in the editor; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Your edits are still open in the editor and kept in the edit journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story Deleted Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was deleted from the library while you edited it. Save your text as a story again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: your edits stay in the editor and the edit journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved version %1; the other texts are in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this untitled story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard %1? It was never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 and all its earlier versions from the library? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

It is published: its page stays where it was written until you withdraw it. Withdraw it first to take it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story Not Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Your changes to “%2” stay in the edit journal: Copydesk offers them again when it starts, to copy into the story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still saving “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved version %1; what you typed while it was saved is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::EditConflict</name>
    <message>
        <source>Saved again after it was deleted elsewhere while being edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits kept from an edit conflict with version %1; the next version holds what was chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took version %1, saved elsewhere, in an edit conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled an edit conflict with version %1, saved elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::EditJournal</name>
    <message>
        <source>Cannot make the edit journal folder “%1”: check that you may write beside the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the edit journal in “%1”: check that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep unsaved edits in the edit journal “%1”: %2. Save the story to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the edit journal file “%1”; its edits would be offered again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the edit journal file “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an edit journal file of this Copydesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit journal file “%1” holds no whole record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit journal file “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the edit journal file “%1”: check that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::EditionMaker</name>
    <message>
        <source>Cannot read where “%1” was published before: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the newest stories for the feeds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the newest stories of the section “%1” for its feed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::FieldLimit</name>
    <message>
        <source>A %1 takes at most %L2 characters; this would make it %L3. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A body takes at most %L1 characters; this paste would make it %L2. Nothing was changed; split the text into several stories.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter finds the next match, Shift+Enter the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter replaces the selected match and finds the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find only text with the same capital and small letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find only whole words, not parts of longer ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the selected match and find the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace every match in the body, as one step Undo takes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the body; nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n matches of “%1”; Undo takes them all back.</source>
        <translation>
            <numerusform>Replaced %n match of “%1”; Undo takes it back.</numerusform>
            <numerusform>Replaced %n matches of “%1”; Undo takes them all back.</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of more than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::FindingsList</name>
    <message>
        <source>House style findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to go to the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: blocks publication (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No house-style findings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::FolderDestination</name>
    <message>
        <source>the disk is full; make room and deliver again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder to publish to was given: choose a destination folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot publish to “%1”: it is a file, not a folder. Choose a folder to publish to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder “%1” to publish to: check that its parent folder exists and that you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot publish to “%1”: the folder is not writable. Choose another folder or change its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”: check that nothing else has that name and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in “%1”: check that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. The file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make a folder in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another delivery to %1 has been running for two minutes; this one will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is held already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::HighlightsEditor</name>
    <message>
        <source>&amp;Add Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a highlight bullet under the last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight %1: one line a reader takes away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move this highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this highlight up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move this highlight down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highlight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::History</name>
    <message>
        <source>First publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minor update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Republication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Republished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::HistoryController</name>
    <message>
        <source>&amp;Compare Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the versions selected in the History panel side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new version with the text of the version selected in the History panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new version of “%1” with the text of version %2? The versions since stay in the history; nothing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version Not Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored version %1 as version %2; readers have the published one until you publish an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored version %1 as version %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::HistoryPanel</name>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two versions to compare them, or one to compare it with the newest or to restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the two versions side by side, field by field, the body word by word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new version with the text of the selected one; nothing is overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A story gets its first version when it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers have this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readers have version %1 (bold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::HouseStyle</name>
    <message numerus="yes">
        <source>The story has %n highlight(s); house style wants %1.</source>
        <translation>
            <numerusform>The story has %n highlight; house style wants %1.</numerusform>
            <numerusform>The story has %n highlights; house style wants %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption of photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credit of photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alt text of photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the credit of photo %1 without parentheses; the page adds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption of photo %1 ends with the credit “(%2)”: move it into the credit field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1 has no credit: add who took or supplied it, for example Reuters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1 has no alt text: describe the picture for readers who cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters; the limit is %3. Cut %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 characters; aim for %3 or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not follow the house pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 still holds “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a quotation mark without its partner: check the quote that starts or ends here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the house style %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The house style %1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House style rule “%1” has an unknown kind “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House style rule “%1” names an unknown field “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House style rule “%1”: the field “photos” goes with the kind “credit” and only with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House style rule “%1” has a broken pattern: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House style rule “%1” needs a pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1 has a caption but no picture yet: it is left out of the page and the outputs until a picture is added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::HttpClient</name>
    <message numerus="yes">
        <source>%1 did not answer within %n seconds.</source>
        <translation>
            <numerusform>%1 did not answer within %n second.</numerusform>
            <numerusform>%1 did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to %1 was cut short: Copydesk was closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified (%2). Check the address, or give the destination the CA certificate that signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached this way: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the user name or password while %1 (HTTP %2). Check them in the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow %1 (HTTP 403)%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not take it while %1 (HTTP %2)%3; trying again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused %1 (HTTP %2)%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::ImportController</name>
    <message numerus="yes">
        <source>%Ln stories</source>
        <translation>
            <numerusform>%Ln story</numerusform>
            <numerusform>%Ln stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held the same text already.</source>
        <translation>
            <numerusform>%Ln held the same text already.</numerusform>
            <numerusform>%Ln held the same text already.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import Wire Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stories from text files copied from a wire service or news page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste as &amp;Wire Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the text on the clipboard as wire stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Wire Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt *.text);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing wire text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no text to import: copy the text of a wire page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wire import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 with the wire text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is under way: import this once it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::ImportSummaryDialog</name>
    <message numerus="yes">
        <source>%Ln stories</source>
        <translation>
            <numerusform>%Ln story</numerusform>
            <numerusform>%Ln stories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories are in the library already and were skipped.</source>
        <translation>
            <numerusform>%Ln story is in the library already and was skipped.</numerusform>
            <numerusform>%Ln stories are in the library already and were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 from the pasted text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from the pasted text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 from %2; %3 refused and imported nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped before %1; the stories imported until then stay in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last %L1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in the library already, skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: refused, nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not read, the import was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wire Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details (fix the lines named and import the file again):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the summary and the details on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update Them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the wire text of the stories the library holds already as their next version; their status, slug and pictures stay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::JournalController</name>
    <message>
        <source>Unsaved edits are not being kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved edits are kept in the edit journal again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovered edits are open; the journal is slow to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered the unsaved edits of “%1”: save to keep them as a version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved edits of “%1” recovered from the edit journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The edits stay in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the recovered edits as a new draft, “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard Unsaved Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the unsaved edits of “%1”? They cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits Not Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded the unsaved edits of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::KeptPicture</name>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::LeaseController</name>
    <message>
        <source>&amp;Take Over Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the story another desk has open: that desk is told and keeps its unsaved text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story is free: you can edit it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are editing the story now; the other desk is told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 took this story over at %3. Your unsaved text stays here and in the edit journal; it is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is editing this story on %2 since %3: it is open read-only here. Story → Take Over Editing edits it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::Library</name>
    <message>
        <source>Copydesk cannot create the library file “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not finish the new library “%1”: check the room on the disk and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a library file. Choose a file in it, or another path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file “%1” is read-only; Copydesk needs to write to it. Make it writable or open another library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk cannot create the folder “%1” for a new library. Choose another place for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::LibraryController</name>
    <message>
        <source>&amp;Open Library File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another library file in a window of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the newsroom&apos;s shared library on a PostgreSQL server in a window of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk libraries (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::LibraryCopy</name>
    <message>
        <source>The library to copy into, %1, holds %2 already; copy into an empty library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A library cannot be copied onto itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only libraries in a database can be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the library %1 to %2 failed; nothing was copied: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::LibraryPanel</name>
    <message>
        <source>Filter stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only stories whose headline or slug contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed 06:00 · due in 23 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop text files or text here to import them as wire stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the library from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every story, the stories of one section, or those filed under none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::LibraryPictures</name>
    <message>
        <source>The picture of the photo “%1” is missing from the library (%2). Remove the photo or add its picture again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture of the photo “%1” is empty in the library. Add its picture again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo “%1” cannot be published: %2 Replace the picture and publish again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo “%1” cannot be published: the picture does not decode (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the %1 copy of the photo “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::LibraryWatcher</name>
    <message>
        <source>“%1” was deleted from the library elsewhere. Your text stays here; Save offers to keep it as a story again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” changed elsewhere: showing version %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” changed elsewhere while you edit it: version %2 is in the library now (%3). Your edits are kept here and in the edit journal; Save shows both texts and lets you choose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::MainWindow</name>
    <message numerus="yes">
        <source>%Ln errors</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus and messages, from the next start; Arabic lays the window out right to left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk speaks %1 from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House &amp;Style Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the list of house-style findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide every saved version of the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;chedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the day&apos;s scheduled stories in time order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish &amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the deliveries of published versions: waiting, delivered, failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House Style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the house-style findings (Ctrl+4 goes to them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Copydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the last change, in whichever field it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the change that was taken back again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smart &amp;Quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn straight quotes into the story language&apos;s curly ones as you type (“…”, „…“, « … », and ’ for apostrophes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the focus to the story list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the focus to the headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the focus to the story body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to House &amp;Style Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the focus to the list of house-style findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the focus to the versions of the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to S&amp;chedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the focus to the day&apos;s scheduled stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to Publish &amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the focus to the deliveries of published versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions &amp;Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every photo of the day&apos;s stories in one table: captions, credits and alt text, edited in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a highlight bullet under the last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the next tab beside the editor: page, ninjs, Atom, JSON Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;revious Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the previous tab beside the editor: page, ninjs, Atom, JSON Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command and its keys, with a filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Copydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Copydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Copydesk %1&lt;/h3&gt;&lt;p&gt;A desktop newsroom editor: write stories, see them as readers will, publish them to feeds.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories publish to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House Style Not Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The bundled house style is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House Style — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House style: no findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House style: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Copydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;earch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the library search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find text in the story’s body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace text in the story’s body, one match or all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the words of every story: headline, body, captions and credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter Story &amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the library list by headline or slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story is being read from or saved to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story being read or saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::MediaTopics</name>
    <message>
        <source>arts, culture, entertainment and media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>crime, law and justice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disaster, accident and emergency incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>economy, business and finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>human interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifestyle and leisure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>politics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>religion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>science and technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict, war and peace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weather</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::Migrations</name>
    <message>
        <source>its schema version is missing or unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds tables of another program and no Copydesk schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its schema %1 is newer than this version of Copydesk reads (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema step %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::Outbox</name>
    <message numerus="yes">
        <source>%1 (gave up after %n attempts)</source>
        <translation>
            <numerusform>%1 (gave up after %n attempt)</numerusform>
            <numerusform>%1 (gave up after %n attempts)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::OutboxRunner</name>
    <message>
        <source>No secret was given for the destination “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::OutputCheck</name>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>embargo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 date (year %2) cannot be written as an RFC 3339 date and is left out; set a date between the years 0 and 9999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the property &quot;%2&quot;, which the ninjs 2.2 schema does not define, so consumers reject the document. This is a fault in Copydesk: please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has &quot;%2&quot; of the wrong JSON type. This is a fault in Copydesk: please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has &quot;%2&quot; = &quot;%3&quot;, which is not an RFC 3339 date-time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the uri &quot;%2&quot;, which is not an absolute URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ninjs document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story has no id, so its ninjs uri is the same as every other such story&apos;s. Save the story to give it one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headline is empty. Write one: ninjs consumers list the story under its headline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is empty, so the ninjs document carries no article. Write the body before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story has no saved or updated time, so ninjs has no versioncreated. Save the story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story has no creation time, so ninjs has no firstcreated. Save the story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site language &quot;%1&quot; is not a BCP 47 language tag such as &quot;en&quot; or &quot;pt-BR&quot;. Correct it in the publishing settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story&apos;s language &quot;%1&quot; is not a BCP 47 language tag such as &quot;en&quot; or &quot;ar&quot;. Correct it in the Language field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The short URL base &quot;%1&quot; does not make a web address, so the ninjs short URL is of no use to readers. Set a full http(s) address in the publishing settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1 in ninjs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks the name or uri the schema requires. This is a fault in Copydesk: please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1 has no picture file: ninjs carries its caption and credit without a picture. Add the picture in the photo panel if you have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture links in ninjs are not absolute addresses. Set the site&apos;s address in the publishing settings to a full http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control characters that XML cannot carry are in the %1; the Atom feed leaves them out. Delete them from the story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Atom document is not an Atom entry. This is a fault in Copydesk: please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Atom entry is not well-formed XML (line %1, column %2: %3). This is a fault in Copydesk: please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Atom entry has no usable id. Save the story to give it one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Atom entry has no title. This is a fault in Copydesk: please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Atom entry&apos;s title is empty, so feed readers list it without a name. Write a headline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Atom entry has no updated date, which RFC 4287 requires: the story has no valid time. Save the story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Atom entry&apos;s updated date &quot;%1&quot; is not an RFC 3339 date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Atom entry&apos;s published date &quot;%1&quot; is not an RFC 3339 date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Atom entry has no author name, which RFC 4287 requires. Write a byline, or give the site a title in the publishing settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Atom entry&apos;s link is not an absolute address. Set the site&apos;s address in the publishing settings to a full http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Atom entry has no article text: the body is empty. Write the body before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON Feed item has no id, which JSON Feed 1.1 requires. Save the story to give it one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON Feed item has neither content_html nor content_text, one of which JSON Feed 1.1 requires. This is a fault in Copydesk: please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON Feed item&apos;s content is empty. Write the body before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON Feed item has no title, so feed readers list it without a name. Write a headline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON Feed item&apos;s %1 is not an absolute address. Set the site&apos;s address in the publishing settings to a full http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON Feed item&apos;s %1 &quot;%2&quot; is not an RFC 3339 date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON Feed author has no name. This is a fault in Copydesk: please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links point at a folder on this computer (%1), which readers cannot open. Set the site&apos;s web address in the publishing settings or the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site address %1 is a placeholder. Set the address readers use in the publishing settings or the destination.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::OutputPane</name>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story page as readers will see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IPTC ninjs document that is published beside the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story&apos;s entry in the Atom feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story&apos;s item in the JSON Feed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::OutputView</name>
    <message>
        <source>%1 output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a story to see its %1 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story&apos;s ninjs document, byte for byte as it is published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story as an entry of the Atom feed, as published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story as an item of the JSON Feed, as published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the %1 output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a feed reader or the %1 rules would reject or show badly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems in the %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ninjs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: consumers reject this output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: consumers accept it but may show it badly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks found nothing a consumer would reject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::PhotoController</name>
    <message>
        <source>Add &amp;Photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a picture file to add; it is kept inside the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo Not Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1: write its caption, credit and alt text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 and filled its %2 from the picture&apos;s own metadata; check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture Not Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now goes with the caption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now goes with the caption; its %2 came from the picture&apos;s own metadata.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::PhotoFile</name>
    <message>
        <source>Cannot open the picture %1: its folder %2 is gone (a card or a network folder taken away?). Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the picture %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture %1 is %2 MB; pictures up to %3 MB can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture %1 is too large to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG, GIF or WebP picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture %1 is cut short (the file ends before the picture does) and cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture %1 is damaged and cannot be shown: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1 × %2 pixels (%3 megapixels) it is over Copydesk&apos;s limit of %4 megapixels for a picture opened whole</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::PhotoMetadata</name>
    <message>
        <source>caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alt text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::PhotoPanel</name>
    <message>
        <source>Add &amp;Photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo yet. A story page leads with its first photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a picture file; it is kept inside the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(picture missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 × %3 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption and credit came without a picture; choose the picture file to go with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose P&amp;icture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the picture file for this caption; the caption, credit and alt text stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this the lead photo of the story page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this photo from the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the picture shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption, without the credit; a long one wraps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took or supplied the picture; shown as (Credit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the picture for readers who cannot see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read out by screen readers instead of the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;redit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Al&amp;t text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alt text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::PostgresDialect</name>
    <message>
        <source>“%1” is not a PostgreSQL address Copydesk can use: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write it as postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the database after the host, as in postgresql://desk@localhost/copydesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::PreviewBrowser</name>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::PreviewDetacher</name>
    <message>
        <source>Show &amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the story as readers will see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detach Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the preview in a window of its own, for a second screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::PreviewPane</name>
    <message>
        <source>Open or create a story to see it as readers will.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %L1 of the body nests lists or quotes %L2 deep; the preview shows the body up to there. Everything is kept and saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body has more than %L1 table rows; the preview shows it up to line %L2. Everything is kept and saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body has more than %L1 list items, table rows and quoted lines; the preview shows it up to line %L2. Everything is kept and saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body has %L1 characters; the preview shows the first %L2. Everything is kept and saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::PublishController</name>
    <message numerus="yes">
        <source>%Ln destinations</source>
        <translation>
            <numerusform>%Ln destination</numerusform>
            <numerusform>%Ln destinations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delivering %Ln publications again…</source>
        <translation>
            <numerusform>Delivering %Ln publication again…</numerusform>
            <numerusform>Delivering %Ln publications again…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the story and publish it, or an update, correction or withdrawal of it, to the destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw Story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a published story down: a notice with the reason replaces its page and it leaves the feeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deliver Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try now the deliveries still waiting for their next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publis&amp;hing Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the destination folder, the site&apos;s address and title, the feeds&apos; length, the short-URL base and the newsroom&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” changed while you were asked; publish it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published: the site&apos;s web address is needed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story Not Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The story is saved in the library; publish it again once this is sorted out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 is already what readers have; bringing %2 up to date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn as version %1; delivering to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published version %1; delivering to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your newer changes are still open. Save them to see whether they conflict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting to be delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories publish to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::PublishDialog</name>
    <message numerus="yes">
        <source>the %Ln errors</source>
        <translation>
            <numerusform>the error</numerusform>
            <numerusform>the %Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings: worth a look, but they do not block publishing.</source>
        <translation>
            <numerusform>%Ln warning: worth a look, but it does not block publishing.</numerusform>
            <numerusform>%Ln warnings: worth a look, but they do not block publishing.</numerusform>
        </translation>
    </message>
    <message>
        <source>The story goes out and is dated now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A typo or a small fix: readers&apos; “Updated” stamp and the feeds&apos; dates stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New facts: the “Updated” stamp moves and the page lists your note with its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something was wrong: the page shows a dated correction with your note; the stamp moves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it down: its page becomes a notice with your reason, it leaves the feeds, and it stays in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the withdrawn story back: its page and feed entries return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Republish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing saves your changes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change them in Publishing → Destinations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows from the headline, once there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where readers will find the story page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published: choose the kind of update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn: republishing brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, becomes published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House style findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;House style:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note for readers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed, as readers will see it listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was wrong, as the dated notice will say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is withdrawn, as the notice will say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: why it is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to go to the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A withdrawal takes the story down whatever the house style says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No house-style findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing is blocked: fix %1 in the list first (Enter on one goes to its field). Warnings do not block.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::PublishQueuePanel</name>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln waiting</numerusform>
            <numerusform>%Ln waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln failed</numerusform>
            <numerusform>%Ln failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Only &amp;waiting and failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncel Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a double-click opens the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide what was delivered or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the selected delivery again now instead of at its next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up the selected delivery; Retry Now brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was ever delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything shown has arrived.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::PublishService</name>
    <message numerus="yes">
        <source>%Ln scheduled stories are</source>
        <translation>
            <numerusform>%Ln scheduled story is</numerusform>
            <numerusform>%Ln scheduled stories are</numerusform>
        </translation>
    </message>
    <message>
        <source>the untitled story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story has no headline: write one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no slug to make its address from: type a slug with Latin letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already published: publish a minor update, a major update or a correction instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was withdrawn: republish it to put it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not published yet: publish it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was withdrawn: republish it before updating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A major update needs a note telling readers what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction needs a note saying what was wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was never published, so there is nothing to withdraw: unschedule it or delete the draft instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A withdrawal needs a reason: readers see it where the story was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a withdrawn story can be republished; %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is under embargo until %2; nothing publishes it before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nowhere to publish to: every destination is disabled, or none is set up. Enable a destination, or choose a folder in the publishing settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no web address for its site: its links would point at a folder on this computer, which readers cannot open. Set the address readers use in the publishing settings or the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed elsewhere (version %2 is stored, you have version %3); nothing was published. Look at the changes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not published: the picture of the photo “%2” is missing from the library. Remove the photo or add its picture again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed elsewhere (version %2 is stored, you have version %3); nothing was changed. Look at the changes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the time the story is to be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already passed: publish the story now, or choose a later time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already out (%2): only a story not yet published can be scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is under embargo until %2: schedule it for then or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not scheduled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; embargoed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not scheduled; there is nothing to unschedule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was scheduled for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already out: an embargo only holds a story that is not published yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is scheduled for %2, before the embargo would lift: schedule it for %3 or later first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embargoed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embargo lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 due, none published: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo&apos;s picture is missing from the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not published at its scheduled time, %2, and is back among the drafts: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published as scheduled for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for %1; published %2 late, when publishing next ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the text of version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feeds at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no slug to make its address from: type a slug with letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::PublishSettings</name>
    <message>
        <source>Choose a destination folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination folder must be a full path, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site address must start with https:// or http:// and name a host, or be left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language must be a BCP 47 tag such as en, en-GB or ar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each feed lists between 1 and 500 stories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The short URL base must start with https:// or http:// and name a host, or be left empty for short URLs on the site itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone “%1”; use an IANA name such as Europe/Malta.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::PublishSettingsDialog</name>
    <message>
        <source>Publishing Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder a web server serves; pages, ninjs files, photos and feeds are written here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the destination folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address the folder is served at, such as https://news.example/stories/. Pages, feeds and ninjs link to stories with it; while it is empty Copydesk asks for it before the first publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name feed readers show for the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language stories are written in unless a story names its own, as a BCP 47 tag: en, en-GB, ar, fr. Pages, feeds and ninjs say it; ar, he, fa and ur pages read right to left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the newest published stories each feed lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the site address followed by s/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each story&apos;s short URL is this address followed by a code made from its id. Leave it empty and the site answers short URLs itself, under s/; give a short-link service&apos;s address to use that instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedules and embargoes are entered in this zone, and pages date stories in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories in each &amp;feed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;hort URL base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsroom &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: asked for before the first publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: asked for before the first publication (the preview links to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin letters (Αθήνα → athena)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headline’s own script (Αθήνα → αθήνα)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a story&apos;s address is made from its headline. Latin letters suit every system; a newsroom writing in another script may keep its own letters, which links carry percent-encoded. A story published before a change moves to its new address at its next publication, and its old address points there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slu&amp;gs in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by every desk on this library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the library: a change here reaches every window and copydesk-cli working on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>World
Business
Sport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sections stories are filed under, one a line, in the order the editor lists them. A section taken off the list stays with the stories filed under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ctions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::PushDestination</name>
    <message>
        <source>the push endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending a test request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edition has no ninjs document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking for the picture %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending the picture %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending version %1 of “%2”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::RecoveryDialog</name>
    <message>
        <source>Untitled story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, saved since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover Unsaved Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk ended before these edits were saved. Their text was kept in the edit journal beside the library. Choose what to do with each; what you leave is offered again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories with unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the edits in the editor, unsaved, on top of what the library holds; Undo takes them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the edits as a new draft; the saved story stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw the edits away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the edits in the journal and offer them again at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These edits began on version %1; version %2 was saved since, by another desk or process. Restore puts the edited fields over version %2: compare before you save, or keep both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This story was never saved: the journal holds all there is of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This story was deleted from the library after these edits began. Restore or Keep Both saves it anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal&apos;s last record was cut short; this is the one before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::RemoteDestination</name>
    <message>
        <source>“%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination “%1” has no usable address: “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination “%1” needs an https:// address (plain http is only for a server on this machine): “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination “%1” has no password or secret: enter it when Copydesk asks, or give it in an environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination “%1” reads its password or secret from the environment variable %2, which is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::RevisionPacking</name>
    <message>
        <source>the kept version cannot be unpacked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::SampleStory</name>
    <message>
        <source>The bundled sample %1 is missing: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::ScheduleController</name>
    <message>
        <source>Sc&amp;hedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose when the story goes out, and an embargo, in the newsroom&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the scheduled story back to the drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scheduled: the site&apos;s web address is needed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story Not Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Story Not Unscheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a draft again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published “%1” as scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” changed in the library while you edit it: save your changes to see whether they conflict.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::ScheduleDialog</name>
    <message>
        <source>&amp;Embargo until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing publishes the story before this time, whoever asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time has passed: choose a later one, or publish the story now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embargo lifts after the scheduled time: schedule it for the embargo or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::SchedulePanel</name>
    <message>
        <source>The day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to today&apos;s schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a double-click opens the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is scheduled for this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::ScheduleTime</name>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a time Copydesk reads: write it as 2026-12-01T06:00Z, 2026-12-01T06:00+01:00, or 2026-12-01 06:00 for the newsroom&apos;s time (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a real date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has an offset that is not a time zone&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks skip it for daylight saving. Choose a time before or after the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 happens twice in %2 when the clocks go back. Say which one with its offset: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time Copydesk reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::SearchPanel</name>
    <message>
        <source>Search every story’s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline, highlights, dateline, byline, body, captions and credits. Every word must be found; &quot;quoted words&quot; must stand together; elect* finds every word that starts so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only stories with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only stories saved (or published) in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the start of this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the end of this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only stories whose byline contains this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or a click opens the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no word to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No story matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The best %n stories; more as you scroll.</source>
        <translation>
            <numerusform>The best story; more as you scroll.</numerusform>
            <numerusform>The best %n stories; more as you scroll.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories found.</source>
        <translation>
            <numerusform>%n story found.</numerusform>
            <numerusform>%n stories found.</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 stories match: the best of the newest %1 are listed. Add a word or a date range to look further back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::SearchResultsModel</name>
    <message>
        <source>(no headline)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::SecretCache</name>
    <message>
        <source>No password or secret for the destination “%1” was given since Copydesk started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing secret for %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk keeps it in memory until it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application password for %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given for “%1”: nothing can be read from it without one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::Secrets</name>
    <message>
        <source>The environment variable %1, which holds the secret of the destination “%2”, is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret service runs here to hold the password of the destination “%1”: give it in an environment variable (--secret-from-env).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret service holds no password for the destination “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret service did not give the password of the destination “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret service runs here to keep the password of “%1”: give it in an environment variable instead (--secret-from-env).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret service did not keep the password of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret service did not remove the password of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret service runs here to hold the library&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret service holds no password for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret service did not give the password for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret service runs here to keep the password for %1; give it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret service did not keep the password for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret service did not remove the password for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::ShortcutsDialog</name>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a command or a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the story&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the next field, or back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a highlight under the last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter in the last highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a highlight up or down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up, Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut, copy, paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all of a field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spelling suggestions for the word under the pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu key or right click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press the new keys for the selected command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected command has no keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected command gets the keys it came with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a command to change its keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys in Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already does “%2”. Give the keys to “%3” instead?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::SiteAddressDialog</name>
    <message>
        <source>Site Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where will readers find what is published to
%1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages, feeds and ninjs link to each story with this address;
without it they would point at files on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://news.example.org/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web address the published files are served at, starting with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use This Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https:// or http:// and name a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 is a placeholder name readers cannot reach.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::SpellUnderliner</name>
    <message>
        <source>“%1” twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the dictionary: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the Repeated “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ignore “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the word as right until Copydesk closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add “%1” to the Newsroom Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every desk sharing this library takes the word as right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::SpellingController</name>
    <message>
        <source>Next &amp;Spelling Mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the next word the dictionary does not know, or a word said twice, in the headline, highlights, body, captions and alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spelling dictionary is installed for “%1”: spelling is not checked (Debian: install its hunspell package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spelling dictionary for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” twice in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the dictionary; the context menu has suggestions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spelling mistakes in the story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is in the newsroom dictionary now, for every desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::SqlDialect</name>
    <message>
        <source>the library cannot be written: its file or its disk has become read-only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk that holds the library reported an error; it may have failed or turned read-only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk that holds the library is full (%1); make room and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (check that the disk has room and that the library&apos;s folder may be written to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (check the server&apos;s address, the user name and the password, and that the server runs)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::SqlStoryStore</name>
    <message numerus="yes">
        <source>%1 None of the %n stories was saved.</source>
        <translation>
            <numerusform>%1 The story was not saved.</numerusform>
            <numerusform>%1 None of the %n stories was saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copydesk could not save %n stories; nothing was saved: %1</source>
        <translation>
            <numerusform>Copydesk could not save the story: %1</numerusform>
            <numerusform>Copydesk could not save %n stories; nothing was saved: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
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
        <source>Copydesk could not record the delivery: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not record the delivery: the library gave no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not record how the delivery went: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery %1 is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded: version %1 was delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered with the same version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worker sending it stopped; sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superseded by version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not take a delivery from the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not read the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery %1 is not in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not change the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery %1 is %2; only one waiting, failed or cancelled can be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery %1 is being sent right now; cancel it once the attempt ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery %1 is %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not read the deliveries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not read the destinations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not keep the destination “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not remove the destination “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no destination “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not read the newsroom dictionary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one word to add to the newsroom dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not add “%1” to the newsroom dictionary: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not remove “%1” from the newsroom dictionary: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the newsroom dictionary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not list the photos: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its %1 are not a JSON list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not open the library “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file “%1” is damaged or is not a Copydesk library: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not read the library “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not a Copydesk library. Copydesk leaves it alone; open another library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library “%1” was written by a newer Copydesk: schema %2, this version reads up to %3. Update Copydesk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not set up the library “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not update the library “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk cannot open the library “%1”: the Qt SQL driver %2 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not list the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not count the stories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not read the story %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no story %1 in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not look up “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not look up stories headlined “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not read the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored story %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not read the newest stories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The published version of the story %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not read the published stories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not load the published version of the story %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story %1 has no published version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not record the published version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not read the schedule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not load the story %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not save “%1”; nothing was saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the story has no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story “%1” is no longer in the library: it was deleted elsewhere (you edited version %2); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story “%1” was changed elsewhere (version %2 is stored, you edited version %3); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story “%1” was changed elsewhere while saving; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library gave the story no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the versions it was kept against are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not delete the story %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no story %1 in the library; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not check the library for changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not list the versions of the story %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not load version %1 of the story %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the story %2 is not in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of the story %2 is damaged in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo file is empty; there is nothing to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not keep the photo file in the library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not read the photo file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo file %1 is not in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not look up the slug “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not search the library for “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not take the story for editing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not renew the editing lease: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not let the story go: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not read who is editing the story: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not read the library&apos;s settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not keep the library&apos;s settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not take the story: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk could not read the tags in use: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::Story</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::StoryComparison</name>
    <message numerus="yes">
        <source>%Ln fields changed</source>
        <translation>
            <numerusform>%Ln field changed</numerusform>
            <numerusform>%Ln fields changed</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;unchanged fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two versions, field by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two say the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: what went is struck through on the left, what came is underlined on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::StoryDiff</name>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embargo until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates and corrections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::StoryDocument</name>
    <message>
        <source>Edit body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit highlight %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change subjects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::StoryEditor</name>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story&apos;s address in the library and on the site; left empty, it follows the headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city the story is reported from, in capitals; shown bold before the first paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who wrote the story (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story&apos;s language as a BCP 47 tag (en, ar, fr-CA); empty, the site&apos;s. Pages, feeds and ninjs say it, and an ar, he, fa or ur page reads right to left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The headline readers see first; the count shows the house limit. A long headline wraps onto more lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters in the headline against the house limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highligh&amp;ts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dateline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;yline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body (Markdown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site&apos;s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 min read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words the story is filed under besides its section, separated by commas; the tags in use are offered as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section the story is filed under, from the library&apos;s list (Publishing → Publishing Settings…); its feed lists the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag, another tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the story is about, as IPTC Media Topics: feeds and ninjs carry them for other newsrooms&apos; systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub&amp;jects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::StoryJson</name>
    <message>
        <source>The story has no valid id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown story status “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::StoryListModel</name>
    <message>
        <source>due in %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Slug: %2
Version %3, saved %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Readers have version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Scheduled for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Embargoed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::StoryMerge</name>
    <message>
        <source>Headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Byline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos and captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::WebDavDestination</name>
    <message>
        <source>the web server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>making the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading a test file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the test file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 took a test file and removed it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::WireImport</name>
    <message>
        <source>Updated from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” does not exist. Check the name and the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder; choose the wire page file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::WireImporter</name>
    <message numerus="yes">
        <source>This looks like binary data, not text: it holds %n control characters, the first on this line. Import the wire page as plain text (UTF-8).</source>
        <translation>
            <numerusform>This looks like binary data, not text: it holds a control character, on this line. Import the wire page as plain text (UTF-8).</numerusform>
            <numerusform>This looks like binary data, not text: it holds %n control characters, the first on this line. Import the wire page as plain text (UTF-8).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There are more problems than the %n listed; fix these and import the page again.</source>
        <translation>
            <numerusform>There are more problems than the one listed; fix it and import the page again.</numerusform>
            <numerusform>There are more problems than the %n listed; fix these and import the page again.</numerusform>
        </translation>
    </message>
    <message>
        <source>wire text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is saved as UTF-16 text; Copydesk reads UTF-8. Save it as UTF-8 (plain text) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is binary data, not text: the line holds a NUL byte. Import the wire page as plain text (UTF-8), for example by pasting it into a text editor and saving it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not valid UTF-8 (byte 0x%1 on this line cannot start or continue a character). Save the page as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A story starts with its headline, but this line is %1. Add the headline above it, or remove the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copydesk cannot read the date in %1. Write it like “Updated 18 November 2026”, “Updated Nov. 18, 2026 14:05” or “Updated 2 min ago”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story %1 has no repeated headline: a wire page gives the headline again after the “Updated” line, before the highlights. Add it, or check that the story was copied whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story %1 ends before its repeated headline, highlights and body. Copy the whole story again, or remove what is left of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The repeated headline %1 differs from the headline %2 on line %3. A wire page gives each headline twice; correct the one that is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page ends inside the story %1, before its repeated headline, highlights and body: it looks cut short. Copy the whole story again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story %1 has %L2 highlight bullets; a story takes at most %3. Keep the ones that matter and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story %1 has no body. Add its paragraphs after the highlights, or remove the story from the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The story %1 has a %2 of %L3 characters; it takes at most %L4. Check the page for a missing line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dateline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is empty: there is no story to import. Copy the wire page again and import the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page holds only blank lines: there is no story to import. Copy the wire page again and import the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No story was found on the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page is %1 MB; Copydesk imports wire pages of up to %2 MB. Split it into smaller files and import each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::WordPressClient</name>
    <message>
        <source>: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordPress did not accept the user name or application password while %1 (HTTP 401)%2. Check them in the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordPress does not let this user do it while %1 (HTTP 403)%2. The user needs the Editor or Administrator role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordPress could not take it while %1 (HTTP %2)%3; trying again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordPress refused %1 (HTTP %2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with something other than WordPress&apos;s REST API while %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for the REST API of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not look like a WordPress site: it has no REST API at wp-json/ or ?rest_route=/. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for the %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordPress gave no id for the %1 “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the term %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::WordPressController</name>
    <message>
        <source>Open from &amp;WordPress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the posts of a WordPress site and bring those chosen into the library as stories linked to their posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from WordPress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library has no WordPress site to open posts from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one in Publishing → Destinations…: choose the kind “WordPress site (REST API)” and give the site&apos;s address, your WordPress user name and an application password, which WordPress makes under Users → Profile → Application Passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destinations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Publishing → Destinations… to add the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n posts from %1.</source>
        <translation>
            <numerusform>Imported %n post from %1.</numerusform>
            <numerusform>Imported %n posts from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were in the library already.</source>
        <translation>
            <numerusform>%n was in the library already.</numerusform>
            <numerusform>%n were in the library already.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::WordPressDestination</name>
    <message>
        <source>the WordPress site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3); its REST API is at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking for the post of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turning the post of “%1” back to a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the picture %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading the picture %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating the post of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the post of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordPress gave no post id for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::WordPressImport</name>
    <message>
        <source>listing the posts of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the post&apos;s author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the site&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the featured image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The featured image (media %1) is gone from the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading the featured image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The featured image %1 was left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the WordPress post %1 at %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::WordPressOpenDialog</name>
    <message>
        <source>&amp;Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;More Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from WordPress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordPress site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s WordPress sites (Publishing → Destinations…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the site&apos;s drafts (and posts waiting for review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the posts scheduled to come out later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the posts readers can see; imported, they stay published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the site for its posts again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts on the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more posts (Ctrl and Shift add to the selection); Enter imports them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>List the next %n posts, older ones</source>
        <translation>
            <numerusform>List the next post, an older one</numerusform>
            <numerusform>List the next %n posts, older ones</numerusform>
        </translation>
    </message>
    <message>
        <source>Work under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the site answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the selected posts into the library as stories linked to their posts: publishing one updates its post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without importing (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordPress &amp;site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one of Drafts, Scheduled and Published to list posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for its posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for more posts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to a story already: importing it again opens that story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no posts of these kinds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n posts listed, the most lately changed first.</source>
        <translation>
            <numerusform>%1 of %n post listed, the most lately changed first.</numerusform>
            <numerusform>%1 of %n posts listed, the most lately changed first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the posts to import first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 of %2: “%3”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n posts.</source>
        <translation>
            <numerusform>Imported %n post.</numerusform>
            <numerusform>Imported %n posts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were in the library already.</source>
        <translation>
            <numerusform>%n was in the library already.</numerusform>
            <numerusform>%n were in the library already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped before the last %n.</source>
        <translation>
            <numerusform>Stopped before the last one.</numerusform>
            <numerusform>Stopped before the last %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the post being imported…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Copydesk::ZonedTimeEdit</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the newsroom&apos;s time zone, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 on this computer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks skip it for daylight saving. Choose a time before or after the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 happens twice in %2: the clocks go back. Which one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, before the clocks go back (%3 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, after the clocks go back (%3 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 happens twice in %2: choose which one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop newsroom editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the library at &lt;path&gt; (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once the preview is drawn, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check stories against the house style rules in &lt;file&gt; (default: %1 when it exists, else the bundled rules).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak &lt;language&gt; (en, ar) instead of the one chosen under View → Language, or the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
