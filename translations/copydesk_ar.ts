<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Copydesk::BackgroundTask</name>
    <message>
        <source>Copydesk is closing; the work was left to finish on its own.</source>
        <translation>يُغلَق Copydesk؛ تُرك العمل ليكتمل وحده.</translation>
    </message>
</context>
<context>
    <name>Copydesk::Backup</name>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>تعذّر فتح «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot start copying “%1”: %2</source>
        <translation>تعذّر بدء نسخ «%1»: %2</translation>
    </message>
    <message>
        <source>Copying “%1” stopped: %2</source>
        <translation>توقف نسخ «%1»: %2</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>القرص ممتلئ</translation>
    </message>
    <message>
        <source>Copying “%1” did not finish: %2</source>
        <translation>لم يكتمل نسخ «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot write “%1” to the disk.</source>
        <translation>تعذّرت كتابة «%1» على القرص.</translation>
    </message>
    <message>
        <source>“%1” is not a Copydesk library.</source>
        <translation>«%1» ليست مكتبة Copydesk.</translation>
    </message>
    <message>
        <source>“%1” cannot be checked: %2</source>
        <translation>تعذّر فحص «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2</source>
        <translation>«%1» تالفة: %2</translation>
    </message>
    <message>
        <source>There is no library at %1.</source>
        <translation>لا توجد مكتبة في %1.</translation>
    </message>
    <message>
        <source>A backup cannot be written over the library itself.</source>
        <translation>لا يمكن كتابة نسخة احتياطية فوق المكتبة نفسها.</translation>
    </message>
    <message>
        <source>Cannot name the backup “%1”: check that you may write there.</source>
        <translation>تعذّرت تسمية النسخة الاحتياطية «%1»: تحقّق من أنك تستطيع الكتابة هناك.</translation>
    </message>
    <message>
        <source>Cannot make the backup folder “%1”.</source>
        <translation>تعذّر إنشاء مجلد النسخ الاحتياطية «%1».</translation>
    </message>
    <message>
        <source>The library was left as it was: keeping a copy of it first failed. %1</source>
        <translation>تُركت المكتبة كما كانت: فشل حفظ نسخة منها أولاً. %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::BackupController</name>
    <message>
        <source>Today&apos;s backup of the library failed: %1</source>
        <translation>تعذّر النسخ الاحتياطي للمكتبة اليوم: %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::BodyEditor</name>
    <message>
        <source>Body</source>
        <translation>المتن</translation>
    </message>
    <message>
        <source>The story body in Markdown: blank lines between paragraphs, ## for a subhead, &gt; for a quote, [text](https://…) for a link.</source>
        <translation>متن القصة بصيغة Markdown: سطر فارغ بين الفقرات، و## لعنوان فرعي، و&gt; لاقتباس، و[نص](https://…) لرابط.</translation>
    </message>
    <message>
        <source>Write the story. The dateline is added before the first paragraph.</source>
        <translation>اكتب الخبر. يُضاف مكان الخبر قبل الفقرة الأولى.</translation>
    </message>
</context>
<context>
    <name>Copydesk::CaptionsDesk</name>
    <message>
        <source>untitled story</source>
        <translation>خبر بلا عنوان</translation>
    </message>
    <message>
        <source>Credit of “%1”</source>
        <translation>مصدر «%1»</translation>
    </message>
    <message>
        <source>Alt Text of “%1”</source>
        <translation>النص البديل لـ «%1»</translation>
    </message>
    <message>
        <source>Caption of “%1”</source>
        <translation>تعليق «%1»</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>Captions Desk — Copydesk</source>
        <translation>مكتب التعليقات — Copydesk</translation>
    </message>
    <message>
        <source>Photos of the period</source>
        <translation>صور الفترة</translation>
    </message>
    <message>
        <source>F2 or typing edits a caption, credit or alt text; Enter on a story opens it</source>
        <translation>F2 أو الكتابة يحرّر تعليقًا أو مصدرًا أو نصًا بديلًا؛ Enter على خبر يفتحه</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>The stories saved or published in this period</source>
        <translation>الأخبار المحفوظة أو المنشورة في هذه الفترة</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>أمس</translation>
    </message>
    <message>
        <source>Last 7 Days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <source>Last 30 Days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>اعرض</translation>
    </message>
    <message>
        <source>Every photo, or only those still missing something</source>
        <translation>كل الصور، أو فقط ما ينقصه شيء</translation>
    </message>
    <message>
        <source>Every Photo</source>
        <translation>كل الصور</translation>
    </message>
    <message>
        <source>No Credit</source>
        <translation>بلا مصدر</translation>
    </message>
    <message>
        <source>No Alt Text</source>
        <translation>بلا نص بديل</translation>
    </message>
    <message>
        <source>No Picture Yet</source>
        <translation>بلا صورة بعد</translation>
    </message>
    <message>
        <source>Search captions, credits, alt text and headlines</source>
        <translation>ابحث في التعليقات والمصادر والنصوص البديلة والعناوين</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>ال&amp;فترة:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>ا&amp;عرض:</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>أ&amp;عد</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>أعد ال&amp;قراءة</translation>
    </message>
    <message>
        <source>Read the photos of the period again</source>
        <translation>اقرأ صور الفترة من جديد</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>ا&amp;بحث</translation>
    </message>
    <message>
        <source>&amp;Open Story</source>
        <translation>ا&amp;فتح الخبر</translation>
    </message>
    <message>
        <source>Open the selected photo&apos;s story in the main window</source>
        <translation>افتح خبر الصورة المحددة في النافذة الرئيسية</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>أ&amp;غلق</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>ال&amp;مكتب</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photos</source>
        <translation>
            <numerusform>لا صور</numerusform>
            <numerusform>صورة واحدة</numerusform>
            <numerusform>صورتان</numerusform>
            <numerusform>%Ln صور</numerusform>
            <numerusform>%Ln صورةً</numerusform>
            <numerusform>%Ln صورة</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is open in the editor with unsaved changes: edit its photos there, or save it first.</source>
        <translation>«%1» مفتوح في المحرّر بتغييرات غير محفوظة: حرّر صوره هناك، أو احفظه أولًا.</translation>
    </message>
    <message>
        <source>The photo is no longer in “%1”; the list is read again.</source>
        <translation>لم تعد الصورة في «%1»؛ تُقرأ القائمة من جديد.</translation>
    </message>
    <message>
        <source>It was changed elsewhere meanwhile and now reads “%1”; nothing was overwritten. The list is read again.</source>
        <translation>تغيّر في مكان آخر في الأثناء وصار «%1»؛ لم يُكتب فوق شيء. تُقرأ القائمة من جديد.</translation>
    </message>
    <message>
        <source>Saved “%1” as version %2.</source>
        <translation>حُفظ «%1» بوصفه النسخة %2.</translation>
    </message>
</context>
<context>
    <name>Copydesk::CaptionsModel</name>
    <message>
        <source>No picture yet</source>
        <translation>لا صورة بعد</translation>
    </message>
    <message>
        <source>Photo %1 of the story</source>
        <translation>الصورة %1 من الخبر</translation>
    </message>
    <message>
        <source>The caption came without a picture; open the story to choose one</source>
        <translation>جاء التعليق بلا صورة؛ افتح الخبر لاختيار واحدة</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>%1
Version %2, %3 — Enter opens the story</source>
        <translation>%1
النسخة %2، %3 — Enter يفتح الخبر</translation>
    </message>
    <message>
        <source>No credit: who took or supplied the picture?</source>
        <translation>بلا مصدر: من التقط الصورة أو قدّمها؟</translation>
    </message>
    <message>
        <source>No alt text: describe the picture for readers who cannot see it</source>
        <translation>بلا نص بديل: صِف الصورة للقرّاء الذين لا يرونها</translation>
    </message>
    <message>
        <source>No caption</source>
        <translation>بلا تعليق</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>الصورة</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>الخبر</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Alt Text</source>
        <translation>النص البديل</translation>
    </message>
    <message>
        <source>House Style</source>
        <translation>دليل الأسلوب</translation>
    </message>
</context>
<context>
    <name>Copydesk::Cli</name>
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
        <translation type="unfinished">لا توجد مكتبة في %1.</translation>
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
        <translation type="unfinished">منطقة زمنية مجهولة «%1»؛ استخدم اسمًا من IANA مثل Europe/Malta.</translation>
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
    <message numerus="yes">
        <source>%Ln files</source>
        <translation type="unfinished">
            <numerusform>لا ملفات</numerusform>
            <numerusform>ملف واحد</numerusform>
            <numerusform>ملفان</numerusform>
            <numerusform>%Ln ملفات</numerusform>
            <numerusform>%Ln ملفًا</numerusform>
            <numerusform>%Ln ملف</numerusform>
        </translation>
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
        <translation type="unfinished">أُلغي التسليم %1.</translation>
    </message>
    <message>
        <source>queue takes retry ID, cancel ID or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is waiting or failed.</source>
        <translation type="unfinished">لا شيء منتظر أو فاشل.</translation>
    </message>
    <message>
        <source>Nothing was ever delivered.</source>
        <translation type="unfinished">لم يُسلَّم شيء قط.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <translation type="unfinished">«%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln versions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%Ln stories</source>
        <translation type="unfinished">
            <numerusform>لا أخبار</numerusform>
            <numerusform>خبر واحد</numerusform>
            <numerusform>خبران</numerusform>
            <numerusform>%Ln أخبار</numerusform>
            <numerusform>%Ln خبرًا</numerusform>
            <numerusform>%Ln خبر</numerusform>
        </translation>
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
        <translation type="unfinished">محظورة حتى %1.</translation>
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
        <translation type="unfinished">لا شيء ينتظر التسليم.</translation>
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
    <message numerus="yes">
        <source>%1: imported %n stories</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: updated %n stories already in the library</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: skipped %n stories already in the library (--update-existing saves the wire text as their next version)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> from %n files</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n files refused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln rows from %1 to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">«%1» لا يحوي كلمة يُبحث عنها.</translation>
    </message>
    <message>
        <source>--limit is a number from 1 to 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No story matches “%1”.</source>
        <translation type="unfinished">لا قصة تطابق «%1».</translation>
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
        <translation type="unfinished">اللغة</translation>
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
        <translation type="unfinished">
            <numerusform>لم تُستورد أي مقالة من %1.</numerusform>
            <numerusform>استُوردت مقالة واحدة من %1.</numerusform>
            <numerusform>استُوردت مقالتان من %1.</numerusform>
            <numerusform>استُوردت %n مقالات من %1.</numerusform>
            <numerusform>استُوردت %n مقالةً من %1.</numerusform>
            <numerusform>استُوردت %n مقالة من %1.</numerusform>
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
        <translation>ألوان ال&amp;نظام</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;فاتح</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;داكن</translation>
    </message>
    <message>
        <source>Use this colour scheme for the window and the editor</source>
        <translation>استخدم هذه الألوان للنافذة والمحرّر</translation>
    </message>
</context>
<context>
    <name>Copydesk::ComparisonView</name>
    <message>
        <source>Version %1</source>
        <translation>النسخة %1</translation>
    </message>
    <message>
        <source>Compare Versions %1 and %2 — %3</source>
        <translation>مقارنة النسختين %1 و%2 — %3</translation>
    </message>
</context>
<context>
    <name>Copydesk::ConflictDialog</name>
    <message>
        <source>changed</source>
        <translation>تغيّر</translation>
    </message>
    <message>
        <source>Take &amp;Theirs</source>
        <translation>خذ ما ح&amp;فظوه</translation>
    </message>
    <message>
        <source>Keep &amp;Mine</source>
        <translation>أبقِ &amp;تعديلاتي</translation>
    </message>
    <message>
        <source>Merge as &amp;Chosen</source>
        <translation>ادمج كما ا&amp;خترت</translation>
    </message>
    <message>
        <source>Story Changed Elsewhere</source>
        <translation>تغيّر الخبر في مكان آخر</translation>
    </message>
    <message>
        <source>“%1” was saved elsewhere as version %2 (%3, %4) while you edited version %5. Choose what the story keeps. Nothing is lost: the other version stays in the history, and so do your edits if the choice leaves any of them out.</source>
        <translation>حُفظ «%1» في مكان آخر بوصفه النسخة %2 (%3، %4) بينما كنت تحرّر النسخة %5. اختر ما يبقى في الخبر. لا يضيع شيء: تبقى النسخة الأخرى في السجل، وكذلك تعديلاتك إن أسقط الاختيار شيئًا منها.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>في مكان آخر</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>أبقِ</translation>
    </message>
    <message>
        <source>What each side changed, and which to keep</source>
        <translation>ما غيّره كل طرف، وأيهما يبقى</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>لك</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>لهم</translation>
    </message>
    <message>
        <source>Keep which %1</source>
        <translation>أي %1 يبقى</translation>
    </message>
    <message>
        <source>Both sides changed this field</source>
        <translation>غيّر الطرفان هذا الحقل</translation>
    </message>
    <message>
        <source>The story becomes the version saved elsewhere; your edits are kept as a version in its history</source>
        <translation>يصير الخبر النسخة المحفوظة في مكان آخر؛ تُحفظ تعديلاتك نسخةً في سجله</translation>
    </message>
    <message>
        <source>Your edits are saved as the next version over the one saved elsewhere, which stays in the history</source>
        <translation>تُحفظ تعديلاتك نسخةً تالية فوق المحفوظة في مكان آخر، والتي تبقى في السجل</translation>
    </message>
    <message>
        <source>Take each field from the side chosen in the list</source>
        <translation>خذ كل حقل من الطرف المختار في القائمة</translation>
    </message>
    <message>
        <source>Go on editing; nothing is saved, your edits stay in the editor</source>
        <translation>تابع التحرير؛ لا يُحفظ شيء، وتبقى تعديلاتك في المحرّر</translation>
    </message>
    <message>
        <source>Saved elsewhere, version %1</source>
        <translation>حُفظ في مكان آخر، النسخة %1</translation>
    </message>
    <message>
        <source>Your edits</source>
        <translation>تعديلاتك</translation>
    </message>
    <message>
        <source>begun on version %1</source>
        <translation>بدأت على النسخة %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::ConnectDialog</name>
    <message>
        <source>When the server offers it (libpq&apos;s default)</source>
        <translation>عندما يعرضه الخادم (افتراضي libpq)</translation>
    </message>
    <message>
        <source>Always encrypted</source>
        <translation>مشفّر دائمًا</translation>
    </message>
    <message>
        <source>Encrypted, the server&apos;s certificate checked</source>
        <translation>مشفّر، مع التحقق من شهادة الخادم</translation>
    </message>
    <message>
        <source>Never (a trusted network only)</source>
        <translation>أبدًا (في شبكة موثوقة فقط)</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the secret service</source>
        <translation>ت&amp;ذكّر كلمة المرور في خدمة الأسرار</translation>
    </message>
    <message>
        <source>Open this library at every &amp;start</source>
        <translation>افتح هذه المكتبة عند كل &amp;بدء</translation>
    </message>
    <message>
        <source>Connect to a Newsroom Server</source>
        <translation>الاتصال بخادم غرفة الأخبار</translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s name or address, or the folder of its socket on this computer (such as /run/postgresql)</source>
        <translation>اسم خادم PostgreSQL أو عنوانه، أو مجلد مقبسه على هذا الحاسوب (مثل /run/postgresql)</translation>
    </message>
    <message>
        <source>The server&apos;s port; PostgreSQL&apos;s own is 5432</source>
        <translation>منفذ الخادم؛ منفذ PostgreSQL المعتاد هو 5432</translation>
    </message>
    <message>
        <source>The database the newsroom&apos;s library lives in. An empty database is set up as a library by the first desk to connect</source>
        <translation>قاعدة البيانات التي تعيش فيها مكتبة غرفة الأخبار. أول مكتب يتصل بقاعدة بيانات فارغة يهيّئها مكتبةً</translation>
    </message>
    <message>
        <source>Your PostgreSQL user name</source>
        <translation>اسم مستخدمك في PostgreSQL</translation>
    </message>
    <message>
        <source>Empty: PGPASSWORD or ~/.pgpass, if they hold one</source>
        <translation>فارغ: PGPASSWORD أو ~/.pgpass إن كانا يحملان واحدة</translation>
    </message>
    <message>
        <source>Sent to the server only; never shown, logged or kept in the settings</source>
        <translation>تُرسل إلى الخادم فقط؛ لا تُعرض ولا تُسجَّل ولا تُحفظ في الإعدادات أبدًا</translation>
    </message>
    <message>
        <source>Whether the connection to the server is encrypted (libpq&apos;s sslmode)</source>
        <translation>هل الاتصال بالخادم مشفّر (sslmode في libpq)</translation>
    </message>
    <message>
        <source>Keep the password in the desktop&apos;s secret service (GNOME Keyring, KWallet), so that the next start connects without asking</source>
        <translation>احفظ كلمة المرور في خدمة الأسرار لسطح المكتب (GNOME Keyring، KWallet) ليتصل البدء التالي دون سؤال</translation>
    </message>
    <message>
        <source>No secret service runs here: the password is used for this window only. PGPASSWORD or ~/.pgpass can hold it instead</source>
        <translation>لا تعمل هنا خدمة أسرار: تُستخدم كلمة المرور لهذه النافذة فقط. يمكن أن يحملها PGPASSWORD أو ~/.pgpass بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Make this the library Copydesk and copydesk-cli open unless told otherwise (the settings&apos; library/location; never the password)</source>
        <translation>اجعلها المكتبة التي يفتحها Copydesk وcopydesk-cli ما لم يُطلب غير ذلك (library/location في الإعدادات؛ دون كلمة المرور أبدًا)</translation>
    </message>
    <message>
        <source>The address to give copydesk-cli --library, or the other desks</source>
        <translation>العنوان الذي يُعطى لـ copydesk-cli --library أو للمكاتب الأخرى</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>ا&amp;تصال</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>ال&amp;خادم:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ال&amp;منفذ:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;قاعدة البيانات:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ال&amp;مستخدم:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>ال&amp;تشفير:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Name the server, or the folder of its socket.</source>
        <translation>سمِّ الخادم، أو مجلد مقبسه.</translation>
    </message>
    <message>
        <source>Name the database the library lives in.</source>
        <translation>سمِّ قاعدة البيانات التي تعيش فيها المكتبة.</translation>
    </message>
    <message>
        <source>Give your PostgreSQL user name.</source>
        <translation>أعطِ اسم مستخدمك في PostgreSQL.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>جارٍ الاتصال بـ %1…</translation>
    </message>
</context>
<context>
    <name>Copydesk::DeliveryController</name>
    <message>
        <source>&amp;Destinations…</source>
        <translation>&amp;الوجهات…</translation>
    </message>
    <message>
        <source>Choose where stories are published: folders, WebDAV servers and partners&apos; push endpoints, with their passwords</source>
        <translation type="vanished">اختر أين تُنشر القصص: مجلدات وخوادم WebDAV ونقاط الدفع لدى الشركاء، مع كلمات مرورها</translation>
    </message>
    <message>
        <source>&amp;Retry Delivery Now</source>
        <translation>أعد الت&amp;سليم الآن</translation>
    </message>
    <message>
        <source>Try the delivery selected in the Publish Queue again now</source>
        <translation>أعد الآن محاولة التسليم المحدد في طابور النشر</translation>
    </message>
    <message>
        <source>&amp;Cancel Delivery</source>
        <translation>أ&amp;لغِ التسليم</translation>
    </message>
    <message>
        <source>Give up the delivery selected in the Publish Queue</source>
        <translation>تخلَّ عن التسليم المحدد في طابور النشر</translation>
    </message>
    <message>
        <source>the folder %1</source>
        <translation>المجلد %1</translation>
    </message>
    <message>
        <source>Links now start with %1.</source>
        <translation>الروابط تبدأ الآن بـ %1.</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>Address Not Saved</source>
        <translation>لم يُحفظ العنوان</translation>
    </message>
    <message>
        <source>%1
  ⚠ %2</source>
        <translation>%1
  ⚠ %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nowhere: every destination is disabled (Publishing → Destinations…).</source>
        <translation>لا مكان: كل الوجهات معطّلة (النشر ← الوجهات…).</translation>
    </message>
    <message>
        <source>Delivery %1 is due now.</source>
        <translation>موعد التسليم %1 الآن.</translation>
    </message>
    <message>
        <source>Delivery %1 is cancelled.</source>
        <translation>أُلغي التسليم %1.</translation>
    </message>
    <message>
        <source>Delivered version %1 of “%2” to %3.</source>
        <translation>سُلّمت النسخة %1 من «%2» إلى %3.</translation>
    </message>
    <message>
        <source>Not delivered to %1 yet; trying again at %2: %3</source>
        <translation>لم يُسلَّم إلى %1 بعد؛ محاولة جديدة في %2: %3</translation>
    </message>
    <message>
        <source>Version %1 of “%2” was not delivered to %3: %4</source>
        <translation>لم تُسلَّم النسخة %1 من «%2» إلى %3: %4</translation>
    </message>
    <message>
        <source>Delivery Failed</source>
        <translation>فشل التسليم</translation>
    </message>
    <message>
        <source>Copydesk: a delivery failed</source>
        <translation>Copydesk: فشل تسليم</translation>
    </message>
    <message>
        <source>Choose where stories are published: folders, WebDAV servers, partners&apos; push endpoints and WordPress sites, with their passwords</source>
        <translation>اختر أين تُنشر القصص: مجلدات وخوادم WebDAV ونقاط الدفع لدى الشركاء ومواقع WordPress، مع كلمات مرورها</translation>
    </message>
</context>
<context>
    <name>Copydesk::DeliveryQueueModel</name>
    <message>
        <source>Now</source>
        <translation>الآن</translation>
    </message>
    <message>
        <source>(no slug)</source>
        <translation>(بلا اسم مختصر)</translation>
    </message>
    <message>
        <source>Delivery %1 of the story %2</source>
        <translation>التسليم %1 للخبر %2</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>منذ %1</translation>
    </message>
    <message>
        <source>Published %1</source>
        <translation>نُشر %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>الخبر</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>الوجهة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>المحاولات</translation>
    </message>
    <message>
        <source>Next Try</source>
        <translation>المحاولة التالية</translation>
    </message>
    <message>
        <source>Last Error</source>
        <translation>آخر خطأ</translation>
    </message>
</context>
<context>
    <name>Copydesk::Desk</name>
    <message>
        <source>Publishing Settings</source>
        <translation>إعدادات النشر</translation>
    </message>
    <message>
        <source>The publishing settings were changed at another desk.</source>
        <translation>غُيّرت إعدادات النشر في مكتب آخر.</translation>
    </message>
</context>
<context>
    <name>Copydesk::DestinationCheck</name>
    <message>
        <source>%1 needs an absolute https:// address, not “%2”.</source>
        <translation>يحتاج %1 إلى عنوان https:// كامل، لا «%2».</translation>
    </message>
    <message>
        <source>%1 needs https://: a password or a signed story never crosses the network in plain http (plain http is only for a server on this machine).</source>
        <translation>يحتاج %1 إلى https://: لا تعبر كلمة مرور أو قصة موقّعة الشبكة بـ http غير مشفّر (http غير المشفّر لخادم على هذا الجهاز فقط).</translation>
    </message>
    <message>
        <source>A destination&apos;s name is 1 to %1 characters, without “/”, control characters or spaces at either end.</source>
        <translation>اسم الوجهة من 1 إلى %1 حرفاً، بلا «/» ولا محارف تحكّم ولا مسافات في طرفيه.</translation>
    </message>
    <message>
        <source>The folder must be a full path, such as %1.</source>
        <translation>يجب أن يكون المجلد مساراً كاملاً، مثل %1.</translation>
    </message>
    <message>
        <source>The WebDAV address</source>
        <translation>عنوان WebDAV</translation>
    </message>
    <message>
        <source>A WebDAV destination needs the user name to log in with.</source>
        <translation>تحتاج وجهة WebDAV إلى اسم المستخدم للدخول.</translation>
    </message>
    <message>
        <source>The push endpoint</source>
        <translation>نقطة الدفع</translation>
    </message>
    <message>
        <source>Only a push endpoint takes pictures at an assets address.</source>
        <translation>نقطة الدفع وحدها تأخذ الصور على عنوان للملفات.</translation>
    </message>
    <message>
        <source>The assets address</source>
        <translation>عنوان الملفات</translation>
    </message>
    <message>
        <source>The WebSub hub</source>
        <translation>مركز WebSub</translation>
    </message>
    <message>
        <source>The site address needs the http or https address readers use, not “%1”.</source>
        <translation>يحتاج عنوان الموقع إلى عنوان http أو https الذي يستخدمه القراء، لا «%1».</translation>
    </message>
    <message>
        <source>A folder needs no CA certificate.</source>
        <translation>لا يحتاج المجلد إلى شهادة CA.</translation>
    </message>
    <message>
        <source>The CA certificate file must be a full path.</source>
        <translation>يجب أن يكون ملف شهادة CA مساراً كاملاً.</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate to trust.</source>
        <translation>لا يحوي %1 شهادة PEM يُوثق بها.</translation>
    </message>
    <message>
        <source>A folder needs no secret.</source>
        <translation>لا يحتاج المجلد إلى سرّ.</translation>
    </message>
    <message>
        <source>“%1” is not the name of an environment variable: letters, digits and “_”, not starting with a digit.</source>
        <translation>«%1» ليس اسم متغير بيئة: حروف وأرقام و«_»، ولا يبدأ برقم.</translation>
    </message>
    <message>
        <source>The timeout is 1 to 3600 seconds.</source>
        <translation>المهلة من 1 إلى 3600 ثانية.</translation>
    </message>
    <message>
        <source>There is a destination “%1” already.</source>
        <translation>توجد وجهة باسم «%1» من قبل.</translation>
    </message>
    <message>
        <source>The destination “%1” goes there already.</source>
        <translation>الوجهة «%1» تذهب إلى هناك من قبل.</translation>
    </message>
    <message>
        <source>The WordPress site&apos;s address</source>
        <translation>عنوان موقع ووردبريس</translation>
    </message>
    <message>
        <source>A WordPress destination needs the user name the application password belongs to.</source>
        <translation>تحتاج وجهة ووردبريس إلى اسم المستخدم الذي تعود إليه كلمة مرور التطبيق.</translation>
    </message>
    <message>
        <source>A WordPress site sends its own feeds: it takes no WebSub hub from Copydesk.</source>
        <translation>موقع ووردبريس يرسل موجزاته بنفسه: لا يأخذ مركز WebSub من Copydesk.</translation>
    </message>
</context>
<context>
    <name>Copydesk::DestinationEditDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>ت&amp;صفّح…</translation>
    </message>
    <message>
        <source>Read it from the environment &amp;variable:</source>
        <translation>اقرأه من &amp;متغير البيئة:</translation>
    </message>
    <message>
        <source>&amp;Enabled: publications go here</source>
        <translation>&amp;مفعّلة: تذهب المنشورات إلى هنا</translation>
    </message>
    <message>
        <source>Add Destination</source>
        <translation>إضافة وجهة</translation>
    </message>
    <message>
        <source>Edit Destination “%1”</source>
        <translation>تحرير الوجهة «%1»</translation>
    </message>
    <message>
        <source>website</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>How the desk calls it; the Publish Queue and messages use it</source>
        <translation>الاسم الذي يسمّيها به المكتب؛ يستخدمه طابور النشر والرسائل</translation>
    </message>
    <message>
        <source>The name stays: remove the destination and add it again to rename it</source>
        <translation>يبقى الاسم: أزل الوجهة وأضفها مجددًا لإعادة تسميتها</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>WebDAV server (HTTPS)</source>
        <translation>خادم WebDAV ‏(HTTPS)</translation>
    </message>
    <message>
        <source>Push endpoint (ninjs over HTTPS)</source>
        <translation>نقطة دفع (ninjs عبر HTTPS)</translation>
    </message>
    <message>
        <source>A folder a web server serves, a WebDAV server taking the site&apos;s files, or a partner&apos;s endpoint taking each story as signed ninjs</source>
        <translation type="vanished">مجلد يقدّمه خادم ويب، أو خادم WebDAV يستقبل ملفات الموقع، أو نقطة شريك تستقبل كل خبر ninjs موقّعًا</translation>
    </message>
    <message>
        <source>Pick the folder</source>
        <translation>اختر المجلد</translation>
    </message>
    <message>
        <source>The user name the WebDAV server knows the desk by</source>
        <translation>اسم المستخدم الذي يعرف به خادم WebDAV المكتب</translation>
    </message>
    <message>
        <source>Kept by the desktop&apos;s secret service, never in the library or the settings</source>
        <translation>تحفظه خدمة الأسرار في سطح المكتب، لا في المكتبة ولا في الإعدادات</translation>
    </message>
    <message>
        <source>For servers and scripts: the password or secret is read from this environment variable whenever it is needed</source>
        <translation>للخوادم والبرامج النصية: تُقرأ كلمة المرور أو السر من متغير البيئة هذا كلما لزم</translation>
    </message>
    <message>
        <source>COPYDESK_WEBSITE_SECRET</source>
        <translation>COPYDESK_WEBSITE_SECRET</translation>
    </message>
    <message>
        <source>No secret service runs here to keep a password: name an environment variable that holds it.</source>
        <translation>لا خدمة أسرار تعمل هنا لحفظ كلمة مرور: سمِّ متغير بيئة يحملها.</translation>
    </message>
    <message>
        <source>Unchanged: the one kept stays</source>
        <translation>بلا تغيير: يبقى المحفوظ</translation>
    </message>
    <message>
        <source>The address readers find the site&apos;s files at, for links and feeds</source>
        <translation>العنوان الذي يجد فيه القرّاء ملفات الموقع، للروابط والموجزات</translation>
    </message>
    <message>
        <source>Empty: pictures are not sent</source>
        <translation>فارغ: لا تُرسل الصور</translation>
    </message>
    <message>
        <source>Where the endpoint takes pictures, each PUT under its name</source>
        <translation>حيث تستقبل النقطة الصور، كلٌّ بطلب PUT باسمه</translation>
    </message>
    <message>
        <source>Empty: no hub is told</source>
        <translation>فارغ: لا يُبلَّغ أي مركز</translation>
    </message>
    <message>
        <source>A WebSub hub told each time the feeds change</source>
        <translation>مركز WebSub يُبلَّغ كلما تغيّرت الموجزات</translation>
    </message>
    <message>
        <source>Empty: the system&apos;s certificate authorities</source>
        <translation>فارغ: سلطات الشهادات في النظام</translation>
    </message>
    <message>
        <source>A PEM file with the newsroom&apos;s own certificate authority, trusted besides the system&apos;s</source>
        <translation>ملف PEM بسلطة الشهادات الخاصة بغرفة الأخبار، موثوق إلى جانب سلطات النظام</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;تصفّح…</translation>
    </message>
    <message>
        <source>Pick the CA certificate file</source>
        <translation>اختر ملف شهادة السلطة</translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>An attempt that hears nothing for this long is given up and tried again later</source>
        <translation>المحاولة التي لا تسمع شيئًا طوال هذه المدة تُترك وتُعاد لاحقًا</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ال&amp;مستخدم:</translation>
    </message>
    <message>
        <source>Site a&amp;ddress:</source>
        <translation>&amp;عنوان الموقع:</translation>
    </message>
    <message>
        <source>Pictures &amp;go to:</source>
        <translation>تذهب ال&amp;صور إلى:</translation>
    </message>
    <message>
        <source>WebSub &amp;hub:</source>
        <translation>&amp;مركز WebSub:</translation>
    </message>
    <message>
        <source>&amp;CA certificate:</source>
        <translation>&amp;شهادة السلطة:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>م&amp;هلة الانتظار:</translation>
    </message>
    <message>
        <source>Name the environment variable that holds the password or secret, or type it above instead.</source>
        <translation>سمِّ متغير البيئة الذي يحمل كلمة المرور أو السر، أو اكتبها أعلاه بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Type the password, or name an environment variable that holds it.</source>
        <translation>اكتب كلمة المرور، أو سمِّ متغير بيئة يحملها.</translation>
    </message>
    <message>
        <source>Type the signing secret, or name an environment variable that holds it.</source>
        <translation>اكتب سر التوقيع، أو سمِّ متغير بيئة يحمله.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>ال&amp;مجلد:</translation>
    </message>
    <message>
        <source>The folder a web server serves: pages, ninjs files, pictures and feeds are written here</source>
        <translation>المجلد الذي يقدّمه خادم الويب: تُكتب فيه الصفحات وملفات ninjs والصور والموجزات</translation>
    </message>
    <message>
        <source>Empty: the publishing settings&apos; site address</source>
        <translation>فارغ: عنوان الموقع في إعدادات النشر</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>https://dav.example/news/</source>
        <translation>https://dav.example/news/</translation>
    </message>
    <message>
        <source>The WebDAV collection the site&apos;s files go to</source>
        <translation>مجموعة WebDAV التي تذهب إليها ملفات الموقع</translation>
    </message>
    <message>
        <source>Empty: the WebDAV address</source>
        <translation>فارغ: عنوان WebDAV</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>https://partner.example/ninjs</source>
        <translation>https://partner.example/ninjs</translation>
    </message>
    <message>
        <source>The endpoint each version&apos;s ninjs is posted to</source>
        <translation>النقطة التي يُرسل إليها ninjs كل نسخة</translation>
    </message>
    <message>
        <source>Signing &amp;secret:</source>
        <translation>&amp;سر التوقيع:</translation>
    </message>
    <message>
        <source>Destination Folder</source>
        <translation>مجلد الوجهة</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>شهادة السلطة</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>شهادات PEM ‏(*.pem *.crt *.cer);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>WordPress site (REST API)</source>
        <translation>موقع WordPress ‏(REST API)</translation>
    </message>
    <message>
        <source>A folder a web server serves, a WebDAV server taking the site&apos;s files, a partner&apos;s endpoint taking each story as signed ninjs, or a WordPress site taking each story as a post</source>
        <translation>مجلد يقدّمه خادم ويب، أو خادم WebDAV يستقبل ملفات الموقع، أو نقطة شريك تستقبل كل خبر ninjs موقّعًا، أو موقع WordPress يستقبل كل خبر مقالةً</translation>
    </message>
    <message>
        <source>Type the application password, or name an environment variable that holds it.</source>
        <translation>اكتب كلمة مرور التطبيق، أو سمِّ متغير بيئة يحملها.</translation>
    </message>
    <message>
        <source>Site &amp;address:</source>
        <translation>&amp;عنوان الموقع:</translation>
    </message>
    <message>
        <source>https://news.example/</source>
        <translation>https://news.example/</translation>
    </message>
    <message>
        <source>The WordPress site&apos;s own address, where readers find it; its REST API is found from there</source>
        <translation>عنوان موقع WordPress نفسه، حيث يجده القرّاء؛ ومنه يُعثر على واجهته البرمجية REST</translation>
    </message>
    <message>
        <source>Readers&apos; a&amp;ddress:</source>
        <translation>عنوان ال&amp;قرّاء:</translation>
    </message>
    <message>
        <source>Empty: the site&apos;s address</source>
        <translation>فارغ: عنوان الموقع</translation>
    </message>
    <message>
        <source>WordPress &amp;user:</source>
        <translation>م&amp;ستخدم WordPress:</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>editor</translation>
    </message>
    <message>
        <source>The WordPress user the posts are written as: the one the application password belongs to</source>
        <translation>مستخدم WordPress الذي تُكتب المقالات باسمه: صاحب كلمة مرور التطبيق</translation>
    </message>
    <message>
        <source>Application &amp;password:</source>
        <translation>&amp;كلمة مرور التطبيق:</translation>
    </message>
    <message>
        <source>Not the user&apos;s login password: an application password, made in WordPress under Users → Profile → Application Passwords (the site needs HTTPS for it). Kept by the desktop&apos;s secret service, never in the library or the settings.</source>
        <translation>ليست كلمة مرور الدخول بل كلمة مرور تطبيق، تُنشأ في WordPress من الأعضاء ← الملف الشخصي ← كلمات مرور التطبيقات (ويلزم الموقعَ HTTPS لذلك). تحفظها خدمة الأسرار في سطح المكتب، لا في المكتبة ولا في الإعدادات.</translation>
    </message>
</context>
<context>
    <name>Copydesk::DestinationSet</name>
    <message>
        <source>telling the WebSub hub %1 about %2</source>
        <translation>إبلاغ مركز WebSub %1 عن %2</translation>
    </message>
</context>
<context>
    <name>Copydesk::DestinationsDialog</name>
    <message>
        <source>Folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>WebDAV</source>
        <translation>WebDAV</translation>
    </message>
    <message>
        <source>Push endpoint</source>
        <translation>نقطة دفع</translation>
    </message>
    <message>
        <source>None needed</source>
        <translation>لا يلزم</translation>
    </message>
    <message>
        <source>Secret service</source>
        <translation>خدمة الأسرار</translation>
    </message>
    <message>
        <source>$%1</source>
        <translation>$%1</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>أ&amp;ضف…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;حرّر…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>أ&amp;زل…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>ع&amp;طّل</translation>
    </message>
    <message>
        <source>Send a &amp;Test Request</source>
        <translation>أرسل طلب ا&amp;ختبار</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>الوجهات</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>أين</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>السر</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Enter or a double-click edits the destination</source>
        <translation>Enter أو النقر المزدوج يحرّر الوجهة</translation>
    </message>
    <message>
        <source>Add a folder, a WebDAV server or a push endpoint to publish to</source>
        <translation type="vanished">أضف مجلدًا أو خادم WebDAV أو نقطة دفع للنشر إليها</translation>
    </message>
    <message>
        <source>Stop publishing there; its deliveries stay in the history</source>
        <translation>أوقف النشر هناك؛ تبقى تسليماتها في السجل</translation>
    </message>
    <message>
        <source>Ask the destination whether it would take a publication, changing nothing readers see</source>
        <translation>اسأل الوجهة إن كانت ستقبل منشورًا، دون تغيير شيء يراه القرّاء</translation>
    </message>
    <message>
        <source>No destinations are set up: stories publish to the folder %1 (File → Publishing Settings…). Add destinations to publish to a web server or a partner, or to several places at once.</source>
        <translation>لا وجهات معدّة: تُنشر الأخبار إلى المجلد %1 (ملف ← إعدادات النشر…). أضف وجهات للنشر إلى خادم ويب أو شريك، أو إلى عدة أماكن معًا.</translation>
    </message>
    <message>
        <source>Each publication goes to every enabled destination. These are kept in the library and shared by everyone using it.</source>
        <translation>يذهب كل منشور إلى كل وجهة مفعّلة. تُحفظ هذه في المكتبة ويتشاركها كل من يستخدمها.</translation>
    </message>
    <message>
        <source>No secret service runs here: a WebDAV server or a push endpoint reads its password or secret from an environment variable.</source>
        <translation type="vanished">لا خدمة أسرار تعمل هنا: يقرأ خادم WebDAV أو نقطة الدفع كلمة المرور أو السر من متغير بيئة.</translation>
    </message>
    <message>
        <source>Read from the environment variable %1</source>
        <translation>يُقرأ من متغير البيئة %1</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>مفعّلة</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>معطّلة</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;فعّل</translation>
    </message>
    <message>
        <source>Publications go there again</source>
        <translation>تعود المنشورات إليها</translation>
    </message>
    <message>
        <source>Keep the destination, but send it nothing until it is enabled again</source>
        <translation>أبقِ الوجهة، لكن لا ترسل إليها شيئًا حتى تُفعّل مجددًا</translation>
    </message>
    <message>
        <source>Remove Destination</source>
        <translation>إزالة وجهة</translation>
    </message>
    <message>
        <source>Remove the destination “%1” (%2)? Stories stop going there; its deliveries stay in the history, and a password kept for it is forgotten.</source>
        <translation>أتزيل الوجهة «%1» (%2)؟ تتوقف الأخبار عن الذهاب إليها؛ تبقى تسليماتها في السجل، وتُنسى كلمة مرور محفوظة لها.</translation>
    </message>
    <message>
        <source>Destination Not Removed</source>
        <translation>لم تُزل الوجهة</translation>
    </message>
    <message>
        <source>Destination Not Changed</source>
        <translation>لم تتغيّر الوجهة</translation>
    </message>
    <message>
        <source>Sending a test request to %1…</source>
        <translation>جارٍ إرسال طلب اختبار إلى %1…</translation>
    </message>
    <message>
        <source>WordPress site</source>
        <translation>موقع WordPress</translation>
    </message>
    <message>
        <source>Add a folder, a WebDAV server, a push endpoint or a WordPress site to publish to</source>
        <translation>أضف مجلدًا أو خادم WebDAV أو نقطة دفع أو موقع WordPress للنشر إليه</translation>
    </message>
    <message>
        <source>No secret service runs here: a WebDAV server, a push endpoint or a WordPress site reads its password or secret from an environment variable.</source>
        <translation>لا خدمة أسرار تعمل هنا: يقرأ خادم WebDAV أو نقطة الدفع أو موقع WordPress كلمة المرور أو السر من متغير بيئة.</translation>
    </message>
</context>
<context>
    <name>Copydesk::DocumentController</name>
    <message>
        <source>&amp;New Story</source>
        <translation>خبر &amp;جديد</translation>
    </message>
    <message>
        <source>Start a new story</source>
        <translation>ابدأ خبرًا جديدًا</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save the story as a new version in the library</source>
        <translation>احفظ الخبر نسخةً جديدة في المكتبة</translation>
    </message>
    <message>
        <source>&amp;Delete Story…</source>
        <translation>ا&amp;حذف الخبر…</translation>
    </message>
    <message>
        <source>Delete the story and its earlier versions from the library</source>
        <translation>احذف الخبر ونسخه السابقة من المكتبة</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>خبر بلا عنوان</translation>
    </message>
    <message>
        <source>Cannot Open Story</source>
        <translation>تعذّر فتح الخبر</translation>
    </message>
    <message>
        <source>New story: it joins the library when you save it.</source>
        <translation>خبر جديد: يدخل المكتبة حين تحفظه.</translation>
    </message>
    <message>
        <source>Story Not Saved</source>
        <translation>لم يُحفظ الخبر</translation>
    </message>
    <message>
        <source>%1

Your edits are still open in the editor; nothing was lost.</source>
        <translation>%1

تعديلاتك ما زالت مفتوحة في المحرّر؛ لم يضع شيء.</translation>
    </message>
    <message>
        <source>Saved version %1.</source>
        <translation>حُفظت النسخة %1.</translation>
    </message>
    <message>
        <source>%1

Your edits are still open in the editor and kept in the edit journal.</source>
        <translation>%1

تعديلاتك ما زالت مفتوحة في المحرّر ومحفوظة في سجل التعديلات.</translation>
    </message>
    <message>
        <source>Story Deleted Elsewhere</source>
        <translation>حُذف الخبر من مكان آخر</translation>
    </message>
    <message>
        <source>“%1” was deleted from the library while you edited it. Save your text as a story again?</source>
        <translation>حُذف «%1» من المكتبة وأنت تحرّره. أتحفظ نصّك خبرًا من جديد؟</translation>
    </message>
    <message>
        <source>Not saved: your edits stay in the editor and the edit journal.</source>
        <translation>لم يُحفظ: تبقى تعديلاتك في المحرّر وفي سجل التعديلات.</translation>
    </message>
    <message>
        <source>Saved version %1; the other texts are in the history.</source>
        <translation>حُفظت النسخة %1؛ النصوص الأخرى في السجل.</translation>
    </message>
    <message>
        <source>this untitled story</source>
        <translation>هذا الخبر بلا عنوان</translation>
    </message>
    <message>
        <source>Discard %1? It was never saved.</source>
        <translation>أتتخلّى عن %1؟ لم يُحفظ قط.</translation>
    </message>
    <message>
        <source>Delete %1 and all its earlier versions from the library? This cannot be undone.</source>
        <translation>أتحذف %1 وكل نسخه السابقة من المكتبة؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>

It is published: its page stays where it was written until you withdraw it. Withdraw it first to take it down.</source>
        <translation>

إنها منشورة: تبقى صفحتها حيث كُتبت حتى تسحبها. اسحبها أولاً لإزالتها.</translation>
    </message>
    <message>
        <source>Delete Story</source>
        <translation>حذف الخبر</translation>
    </message>
    <message>
        <source>Story Not Deleted</source>
        <translation>لم يُحذف الخبر</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>حُذف %1.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them first?</source>
        <translation>في «%1» تغييرات غير محفوظة. أتحفظها أولًا؟</translation>
    </message>
    <message>
        <source>Recover unsaved edits</source>
        <translation>استعادة التعديلات غير المحفوظة</translation>
    </message>
    <message>
        <source>%1

Your changes to “%2” stay in the edit journal: Copydesk offers them again when it starts, to copy into the story.</source>
        <translation>%1

تبقى تغييراتك على «%2» في سجل التحرير: يعرضها Copydesk مجددًا عند بدئه لتنسخها إلى القصة.</translation>
    </message>
    <message>
        <source>Still saving “%1”…</source>
        <translation>لا يزال حفظ «%1» جاريًا…</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>جارٍ حفظ «%1»…</translation>
    </message>
    <message>
        <source>Saved version %1; what you typed while it was saved is not saved yet.</source>
        <translation>حُفظت النسخة %1؛ ما كتبته أثناء الحفظ لم يُحفظ بعد.</translation>
    </message>
</context>
<context>
    <name>Copydesk::EditConflict</name>
    <message>
        <source>Saved again after it was deleted elsewhere while being edited</source>
        <translation>حُفظت من جديد بعد حذفها في مكان آخر أثناء تحريرها</translation>
    </message>
    <message>
        <source>Edits kept from an edit conflict with version %1; the next version holds what was chosen</source>
        <translation>تعديلات محفوظة من تعارض تحرير مع الإصدار %1؛ الإصدار التالي يحوي ما اختير</translation>
    </message>
    <message>
        <source>Took version %1, saved elsewhere, in an edit conflict</source>
        <translation>أُخذ الإصدار %1، المحفوظ في مكان آخر، في تعارض تحرير</translation>
    </message>
    <message>
        <source>Settled an edit conflict with version %1, saved elsewhere</source>
        <translation>سُوّي تعارض تحرير مع الإصدار %1، المحفوظ في مكان آخر</translation>
    </message>
</context>
<context>
    <name>Copydesk::EditJournal</name>
    <message>
        <source>Cannot make the edit journal folder “%1”: check that you may write beside the library.</source>
        <translation>تعذّر إنشاء مجلد سجل التحرير «%1»: تحقّق من أنك تستطيع الكتابة بجوار المكتبة.</translation>
    </message>
    <message>
        <source>Cannot start the edit journal in “%1”: check that you may write there.</source>
        <translation>تعذّر بدء سجل التحرير في «%1»: تحقّق من أنك تستطيع الكتابة هناك.</translation>
    </message>
    <message>
        <source>Cannot keep unsaved edits in the edit journal “%1”: %2. Save the story to keep them.</source>
        <translation>تعذّر حفظ التعديلات غير المحفوظة في سجل التحرير «%1»: %2. احفظ القصة للاحتفاظ بها.</translation>
    </message>
    <message>
        <source>Cannot remove the edit journal file “%1”; its edits would be offered again at the next start.</source>
        <translation>تعذّرت إزالة ملف سجل التحرير «%1»؛ ستُعرض تعديلاته مرة أخرى عند البدء التالي.</translation>
    </message>
    <message>
        <source>Cannot read the edit journal file “%1”: %2</source>
        <translation>تعذّرت قراءة ملف سجل التحرير «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is not an edit journal file of this Copydesk.</source>
        <translation>«%1» ليس ملف سجل تحرير لهذا الإصدار من Copydesk.</translation>
    </message>
    <message>
        <source>The edit journal file “%1” holds no whole record.</source>
        <translation>لا يحوي ملف سجل التحرير «%1» أي سجل كامل.</translation>
    </message>
    <message>
        <source>The edit journal file “%1” cannot be read: %2</source>
        <translation>لا يمكن قراءة ملف سجل التحرير «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot remove the edit journal file “%1”: check that you may write there.</source>
        <translation>تعذّرت إزالة ملف سجل التحرير «%1»: تحقّق من أنك تستطيع الكتابة هناك.</translation>
    </message>
</context>
<context>
    <name>Copydesk::EditionMaker</name>
    <message>
        <source>Cannot read where “%1” was published before: %2</source>
        <translation>تعذّرت قراءة أين نُشرت «%1» من قبل: %2</translation>
    </message>
    <message>
        <source>Cannot read the newest stories for the feeds: %1</source>
        <translation>تعذّرت قراءة أحدث القصص للخلاصات: %1</translation>
    </message>
    <message>
        <source>Cannot read the newest stories of the section “%1” for its feed: %2</source>
        <translation>تعذّرت قراءة أحدث قصص القسم «%1» لموجزه: %2</translation>
    </message>
</context>
<context>
    <name>Copydesk::FieldLimit</name>
    <message>
        <source>A %1 takes at most %L2 characters; this would make it %L3. Nothing was changed.</source>
        <translation>يأخذ %1 على الأكثر %L2 حرفاً؛ هذا سيجعله %L3. لم يتغير شيء.</translation>
    </message>
    <message>
        <source>A body takes at most %L1 characters; this paste would make it %L2. Nothing was changed; split the text into several stories.</source>
        <translation>يأخذ المتن على الأكثر %L1 حرفاً؛ هذا اللصق سيجعله %L2. لم يتغير شيء؛ قسّم النص على عدة قصص.</translation>
    </message>
</context>
<context>
    <name>Copydesk::FindBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>مطابقة حالة الأ&amp;حرف</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>كلمات &amp;كاملة</translation>
    </message>
    <message>
        <source>Re&amp;place with:</source>
        <translation>ا&amp;ستبدل بـ:</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>ا&amp;ستبدال</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>استبدال ال&amp;كل</translation>
    </message>
    <message>
        <source>Find in the body</source>
        <translation>ابحث في المتن</translation>
    </message>
    <message>
        <source>Enter finds the next match, Shift+Enter the one before</source>
        <translation>Enter يجد المطابقة التالية، وShift+Enter السابقة</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>استبدل بـ</translation>
    </message>
    <message>
        <source>Enter replaces the selected match and finds the next</source>
        <translation>Enter يستبدل المطابقة المحددة ويجد التالية</translation>
    </message>
    <message>
        <source>Find only text with the same capital and small letters</source>
        <translation>لا تجد إلا نصًا بالأحرف الكبيرة والصغيرة نفسها</translation>
    </message>
    <message>
        <source>Find only whole words, not parts of longer ones</source>
        <translation>لا تجد إلا كلمات كاملة، لا أجزاء من كلمات أطول</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>المطابقة السابقة (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>المطابقة التالية (F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>أغلق شريط البحث (Esc)</translation>
    </message>
    <message>
        <source>Replace the selected match and find the next</source>
        <translation>استبدل المطابقة المحددة وجد التالية</translation>
    </message>
    <message>
        <source>Replace every match in the body, as one step Undo takes back</source>
        <translation>استبدل كل مطابقة في المتن، خطوةً واحدة يتراجع عنها «تراجع»</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>ا&amp;بحث:</translation>
    </message>
    <message>
        <source>“%1” is not in the body.</source>
        <translation>«%1» ليس في المتن.</translation>
    </message>
    <message>
        <source>“%1” is not in the body; nothing was replaced.</source>
        <translation>«%1» ليس في المتن؛ لم يُستبدل شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n matches of “%1”; Undo takes them all back.</source>
        <translation>
            <numerusform>لم يُستبدل شيء من «%1».</numerusform>
            <numerusform>استُبدلت مطابقة واحدة لـ«%1»؛ «تراجع» يعيدها.</numerusform>
            <numerusform>استُبدلت مطابقتان لـ«%1»؛ «تراجع» يعيدهما.</numerusform>
            <numerusform>استُبدلت %n مطابقات لـ«%1»؛ «تراجع» يعيدها كلها.</numerusform>
            <numerusform>استُبدلت %n مطابقة لـ«%1»؛ «تراجع» يعيدها كلها.</numerusform>
            <numerusform>استُبدلت %n مطابقة لـ«%1»؛ «تراجع» يعيدها كلها.</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>لا مطابقات</translation>
    </message>
    <message>
        <source>%1 of more than %2</source>
        <translation>%1 من أكثر من %2</translation>
    </message>
    <message>
        <source>More than %1 matches</source>
        <translation>أكثر من %1 مطابقة</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>%n matches</source>
        <translation>
            <numerusform>لا مطابقات</numerusform>
            <numerusform>مطابقة واحدة</numerusform>
            <numerusform>مطابقتان</numerusform>
            <numerusform>%n مطابقات</numerusform>
            <numerusform>%n مطابقة</numerusform>
            <numerusform>%n مطابقة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::FindingsList</name>
    <message>
        <source>House style findings</source>
        <translation>ملاحظات دليل الأسلوب</translation>
    </message>
    <message>
        <source>Press Enter or double-click to go to the field</source>
        <translation>اضغط Enter أو انقر مرتين للانتقال إلى الحقل</translation>
    </message>
    <message>
        <source>Error: blocks publication (%1)</source>
        <translation>خطأ: يمنع النشر (%1)</translation>
    </message>
    <message>
        <source>Warning (%1)</source>
        <translation>تنبيه (%1)</translation>
    </message>
    <message>
        <source>No house-style findings.</source>
        <translation>لا ملاحظات من دليل الأسلوب.</translation>
    </message>
</context>
<context>
    <name>Copydesk::FolderDestination</name>
    <message>
        <source>the disk is full; make room and deliver again</source>
        <translation>القرص ممتلئ؛ أفسح مكاناً وأعد التسليم</translation>
    </message>
    <message>
        <source>No folder to publish to was given: choose a destination folder.</source>
        <translation>لم يُحدَّد مجلد للنشر فيه: اختر مجلد وجهة.</translation>
    </message>
    <message>
        <source>Cannot publish to “%1”: it is a file, not a folder. Choose a folder to publish to.</source>
        <translation>تعذّر النشر في «%1»: إنه ملف لا مجلد. اختر مجلداً للنشر فيه.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1” to publish to: check that its parent folder exists and that you may write to it.</source>
        <translation>تعذّر إنشاء المجلد «%1» للنشر فيه: تحقّق من وجود المجلد الأب ومن أنك تستطيع الكتابة فيه.</translation>
    </message>
    <message>
        <source>Cannot publish to “%1”: the folder is not writable. Choose another folder or change its permissions.</source>
        <translation>تعذّر النشر في «%1»: المجلد غير قابل للكتابة. اختر مجلداً آخر أو غيّر أذوناته.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”: check that nothing else has that name and that you may write there.</source>
        <translation>تعذّر إنشاء المجلد «%1»: تحقّق من أن لا شيء آخر يحمل هذا الاسم ومن أنك تستطيع الكتابة هناك.</translation>
    </message>
    <message>
        <source>Cannot write in “%1”: check that you may write there.</source>
        <translation>تعذّرت الكتابة في «%1»: تحقّق من أنك تستطيع الكتابة هناك.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2. The file was left as it was.</source>
        <translation>تعذّرت كتابة «%1»: %2. تُرك الملف كما كان.</translation>
    </message>
    <message>
        <source>Cannot remove “%1”: %2</source>
        <translation>تعذّرت إزالة «%1»: %2</translation>
    </message>
    <message>
        <source>the folder %1</source>
        <translation>المجلد %1</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>Cannot make a folder in %1.</source>
        <translation>تعذّر إنشاء مجلد في %1.</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>%1 can be written to.</source>
        <translation>يمكن الكتابة في %1.</translation>
    </message>
    <message>
        <source>Another delivery to %1 has been running for two minutes; this one will be tried again.</source>
        <translation>تسليم آخر إلى %1 يجري منذ دقيقتين؛ سيُعاد تجريب هذا التسليم.</translation>
    </message>
    <message>
        <source>%1 is held already.</source>
        <translation>%1 محجوز من قبل.</translation>
    </message>
</context>
<context>
    <name>Copydesk::HighlightsEditor</name>
    <message>
        <source>&amp;Add Highlight</source>
        <translation>أ&amp;ضف نقطة بارزة</translation>
    </message>
    <message>
        <source>Add a highlight bullet under the last one</source>
        <translation>أضف نقطة بارزة تحت الأخيرة</translation>
    </message>
    <message>
        <source>Highlight %1</source>
        <translation>النقطة البارزة %1</translation>
    </message>
    <message>
        <source>Highlight %1: one line a reader takes away</source>
        <translation>النقطة البارزة %1: سطر واحد يخرج به القارئ</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move this highlight</source>
        <translation>Alt+Up وAlt+Down تنقلان هذه النقطة</translation>
    </message>
    <message>
        <source>Move this highlight up (Alt+Up)</source>
        <translation>انقل هذه النقطة إلى أعلى (Alt+Up)</translation>
    </message>
    <message>
        <source>Move this highlight down (Alt+Down)</source>
        <translation>انقل هذه النقطة إلى أسفل (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove this highlight</source>
        <translation>احذف هذه النقطة</translation>
    </message>
    <message>
        <source>highlight</source>
        <translation>النقطة البارزة</translation>
    </message>
</context>
<context>
    <name>Copydesk::History</name>
    <message>
        <source>First publication</source>
        <translation>النشر الأول</translation>
    </message>
    <message>
        <source>Minor update</source>
        <translation>تحديث طفيف</translation>
    </message>
    <message>
        <source>Major update</source>
        <translation>تحديث رئيسي</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>Republication</source>
        <translation>إعادة نشر</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>حُفظ</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>استُورد</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>جُدول</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>أُلغيت جدولته</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>نُشر</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>سُحب</translation>
    </message>
    <message>
        <source>Republished</source>
        <translation>أُعيد نشره</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>استُعيد</translation>
    </message>
</context>
<context>
    <name>Copydesk::HistoryController</name>
    <message>
        <source>&amp;Compare Versions</source>
        <translation>&amp;قارن النسخ</translation>
    </message>
    <message>
        <source>Show the versions selected in the History panel side by side</source>
        <translation>اعرض النسخ المحددة في لوحة السجل جنبًا إلى جنب</translation>
    </message>
    <message>
        <source>&amp;Restore Version…</source>
        <translation>ا&amp;ستعد النسخة…</translation>
    </message>
    <message>
        <source>Make a new version with the text of the version selected in the History panel</source>
        <translation>أنشئ نسخة جديدة بنص النسخة المحددة في لوحة السجل</translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation>تعذّرت المقارنة</translation>
    </message>
    <message>
        <source>Restore Version</source>
        <translation>استعادة نسخة</translation>
    </message>
    <message>
        <source>Make a new version of “%1” with the text of version %2? The versions since stay in the history; nothing is overwritten.</source>
        <translation>إنشاء إصدار جديد من «%1» بنص الإصدار %2؟ تبقى الإصدارات اللاحقة في السجل؛ لا يُكتب فوق شيء.</translation>
    </message>
    <message>
        <source>Version Not Restored</source>
        <translation>لم تُستعد النسخة</translation>
    </message>
    <message>
        <source>Restored version %1 as version %2; readers have the published one until you publish an update.</source>
        <translation>استُعيد الإصدار %1 بصفته الإصدار %2؛ يبقى لدى القراء المنشور حتى تنشر تحديثاً.</translation>
    </message>
    <message>
        <source>Restored version %1 as version %2.</source>
        <translation>استُعيدت النسخة %1 بوصفها النسخة %2.</translation>
    </message>
</context>
<context>
    <name>Copydesk::HistoryPanel</name>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;قارن</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>ا&amp;ستعد…</translation>
    </message>
    <message>
        <source>Versions of the story</source>
        <translation>نسخ الخبر</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>النسخة</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>الحفظ</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Select two versions to compare them, or one to compare it with the newest or to restore it</source>
        <translation>حدد نسختين لمقارنتهما، أو نسخة واحدة لمقارنتها بالأحدث أو لاستعادتها</translation>
    </message>
    <message>
        <source>Show the two versions side by side, field by field, the body word by word</source>
        <translation>اعرض النسختين جنبًا إلى جنب، حقلًا حقلًا، والمتن كلمةً كلمة</translation>
    </message>
    <message>
        <source>Make a new version with the text of the selected one; nothing is overwritten</source>
        <translation>أنشئ نسخة جديدة بنص النسخة المحددة؛ لا يُكتب فوق شيء</translation>
    </message>
    <message>
        <source>A story gets its first version when it is saved.</source>
        <translation>يحصل الخبر على نسخته الأولى حين يُحفظ.</translation>
    </message>
    <message>
        <source>Readers have this version</source>
        <translation>لدى القرّاء هذه النسخة</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>لم يُحفظ بعد.</translation>
    </message>
    <message>
        <source>Readers have version %1 (bold).</source>
        <translation>لدى القرّاء النسخة %1 (بخط عريض).</translation>
    </message>
    <message>
        <source>Not published yet.</source>
        <translation>لم يُنشر بعد.</translation>
    </message>
</context>
<context>
    <name>Copydesk::HouseStyle</name>
    <message>
        <source>The headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Highlight %1</source>
        <translation>النقطة البارزة %1</translation>
    </message>
    <message>
        <source>The highlights</source>
        <translation>النقاط البارزة</translation>
    </message>
    <message>
        <source>The dateline</source>
        <translation>مكان الخبر</translation>
    </message>
    <message>
        <source>The byline</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>The body</source>
        <translation>المتن</translation>
    </message>
    <message>
        <source>The caption of photo %1</source>
        <translation>تعليق الصورة %1</translation>
    </message>
    <message>
        <source>The credit of photo %1</source>
        <translation>مصدر الصورة %1</translation>
    </message>
    <message>
        <source>The alt text of photo %1</source>
        <translation>النص البديل للصورة %1</translation>
    </message>
    <message numerus="yes">
        <source>The story has %n highlight(s); house style wants %1.</source>
        <translation>
            <numerusform>لا نقاط بارزة في الخبر؛ يريد دليل الأسلوب %1.</numerusform>
            <numerusform>في الخبر نقطة بارزة واحدة؛ يريد دليل الأسلوب %1.</numerusform>
            <numerusform>في الخبر نقطتان بارزتان؛ يريد دليل الأسلوب %1.</numerusform>
            <numerusform>في الخبر %n نقاط بارزة؛ يريد دليل الأسلوب %1.</numerusform>
            <numerusform>في الخبر %n نقطة بارزة؛ يريد دليل الأسلوب %1.</numerusform>
            <numerusform>في الخبر %n نقطة بارزة؛ يريد دليل الأسلوب %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the credit of photo %1 without parentheses; the page adds them.</source>
        <translation>اكتب مصدر الصورة %1 دون أقواس؛ تضيفها الصفحة.</translation>
    </message>
    <message>
        <source>The caption of photo %1 ends with the credit “(%2)”: move it into the credit field.</source>
        <translation>ينتهي تعليق الصورة %1 بالمصدر «(%2)»: انقله إلى حقل المصدر.</translation>
    </message>
    <message>
        <source>Photo %1 has no credit: add who took or supplied it, for example Reuters.</source>
        <translation>لا مصدر للصورة %1: أضف من التقطها أو قدّمها، رويترز مثلًا.</translation>
    </message>
    <message>
        <source>Photo %1 has no alt text: describe the picture for readers who cannot see it.</source>
        <translation>لا نص بديل للصورة %1: صِف الصورة للقرّاء الذين لا يرونها.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 فارغ.</translation>
    </message>
    <message>
        <source>%1 is %2 characters; the limit is %3. Cut %4.</source>
        <translation>%1 من %2 حرفًا؛ الحد %3. احذف %4.</translation>
    </message>
    <message>
        <source>%1 is %2 characters; aim for %3 or fewer.</source>
        <translation>%1 من %2 حرفًا؛ استهدف %3 أو أقل.</translation>
    </message>
    <message>
        <source>%1 does not follow the house pattern.</source>
        <translation>%1 لا يتبع نمط الدار.</translation>
    </message>
    <message>
        <source>%1 still holds “%2”.</source>
        <translation>ما زال %1 يحوي «%2».</translation>
    </message>
    <message>
        <source>%1 has a quotation mark without its partner: check the quote that starts or ends here.</source>
        <translation>في %1 علامة تنصيص بلا مقابل: راجع الاقتباس الذي يبدأ أو ينتهي هنا.</translation>
    </message>
    <message>
        <source>Cannot read the house style %1: %2</source>
        <translation>تعذّرت قراءة دليل الأسلوب %1: %2</translation>
    </message>
    <message>
        <source>The house style %1 is not valid JSON: %2</source>
        <translation>دليل الأسلوب %1 ليس JSON صالحًا: %2</translation>
    </message>
    <message>
        <source>House style rule “%1” has an unknown kind “%2”.</source>
        <translation>لقاعدة دليل الأسلوب «%1» نوع غير معروف «%2».</translation>
    </message>
    <message>
        <source>House style rule “%1” names an unknown field “%2”.</source>
        <translation>تسمّي قاعدة دليل الأسلوب «%1» حقلًا غير معروف «%2».</translation>
    </message>
    <message>
        <source>House style rule “%1”: the field “photos” goes with the kind “credit” and only with it.</source>
        <translation>قاعدة دليل الأسلوب «%1»: الحقل «photos» يرافق النوع «credit» وحده.</translation>
    </message>
    <message>
        <source>House style rule “%1” has a broken pattern: %2</source>
        <translation>لقاعدة دليل الأسلوب «%1» نمط معطوب: %2</translation>
    </message>
    <message>
        <source>House style rule “%1” needs a pattern.</source>
        <translation>تحتاج قاعدة دليل الأسلوب «%1» إلى نمط.</translation>
    </message>
    <message>
        <source>Photo %1 has a caption but no picture yet: it is left out of the page and the outputs until a picture is added.</source>
        <translation>للصورة %1 تعليق بلا صورة بعد: تُستبعد من الصفحة والمُخرَجات حتى تُضاف صورة.</translation>
    </message>
</context>
<context>
    <name>Copydesk::HttpClient</name>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>تعذّرت قراءة ملف شهادة CA %1.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 holds no PEM certificate.</source>
        <translation>لا يحوي ملف شهادة CA %1 أي شهادة PEM.</translation>
    </message>
    <message>
        <source>Sending to %1 was cut short: Copydesk was closing.</source>
        <translation>انقطع الإرسال إلى %1: كان Copydesk يُغلَق.</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified (%2). Check the address, or give the destination the CA certificate that signed it.</source>
        <translation>تعذّر التحقق من شهادة %1 (%2). تحقّق من العنوان، أو أعطِ الوجهة شهادة CA التي وقّعتها.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n seconds.</source>
        <translation>
            <numerusform>لم يُجب %1 خلال %n ثانية.</numerusform>
            <numerusform>لم يُجب %1 خلال ثانية واحدة.</numerusform>
            <numerusform>لم يُجب %1 خلال ثانيتين.</numerusform>
            <numerusform>لم يُجب %1 خلال %n ثوانٍ.</numerusform>
            <numerusform>لم يُجب %1 خلال %n ثانية.</numerusform>
            <numerusform>لم يُجب %1 خلال %n ثانية.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>رفض %1 الاتصال.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering.</source>
        <translation>أغلق %1 الاتصال قبل أن يجيب.</translation>
    </message>
    <message>
        <source>The server %1 was not found.</source>
        <translation>لم يُعثر على الخادم %1.</translation>
    </message>
    <message>
        <source>%1 cannot be reached this way: %2</source>
        <translation>لا يمكن الوصول إلى %1 بهذه الطريقة: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>: “%1”</source>
        <translation>: «%1»</translation>
    </message>
    <message>
        <source>The server refused the user name or password while %1 (HTTP %2). Check them in the destination.</source>
        <translation>رفض الخادم اسم المستخدم أو كلمة المرور أثناء %1 (HTTP %2). تحقّق منهما في الوجهة.</translation>
    </message>
    <message>
        <source>The server does not allow %1 (HTTP 403)%2</source>
        <translation>لا يسمح الخادم بـ%1 (HTTP 403)%2</translation>
    </message>
    <message>
        <source>The server could not take it while %1 (HTTP %2)%3; trying again later.</source>
        <translation>لم يستطع الخادم قبوله أثناء %1 (HTTP %2)%3؛ سيُعاد التجريب لاحقاً.</translation>
    </message>
    <message>
        <source>The server refused %1 (HTTP %2)%3</source>
        <translation>رفض الخادم %1 (HTTP %2)%3</translation>
    </message>
</context>
<context>
    <name>Copydesk::ImportController</name>
    <message>
        <source>&amp;Import Wire Text…</source>
        <translation>ا&amp;ستورد نص الوكالة…</translation>
    </message>
    <message>
        <source>Import stories from text files copied from a wire service or news page</source>
        <translation>استورد أخبارًا من ملفات نصية منسوخة من وكالة أنباء أو صفحة أخبار</translation>
    </message>
    <message>
        <source>Paste as &amp;Wire Stories</source>
        <translation>الصق أخبارَ &amp;وكالة</translation>
    </message>
    <message>
        <source>Import the text on the clipboard as wire stories</source>
        <translation>استورد النص الموجود في الحافظة أخبارَ وكالة</translation>
    </message>
    <message>
        <source>dropped text</source>
        <translation>نص مُفلَت</translation>
    </message>
    <message>
        <source>Import Wire Text</source>
        <translation>استيراد نص الوكالة</translation>
    </message>
    <message>
        <source>Text files (*.txt *.text);;All files (*)</source>
        <translation>ملفات نصية (*.txt *.text);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Importing wire text…</source>
        <translation>جارٍ استيراد نص الوكالة…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>أ&amp;وقف</translation>
    </message>
    <message>
        <source>Importing %1 (%2 of %3)…</source>
        <translation>جارٍ استيراد %1 (%2 من %3)…</translation>
    </message>
    <message>
        <source>There is no text to import: copy the text of a wire page first.</source>
        <translation>لا نص للاستيراد: انسخ نص صفحة الوكالة أولًا.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>نص ملصوق</translation>
    </message>
    <message>
        <source>wire import</source>
        <translation>استيراد من الوكالة</translation>
    </message>
    <message>
        <source>Nothing was updated: %1</source>
        <translation>لم يُحدَّث شيء: %1</translation>
    </message>
    <message>
        <source>Updated %1 with the wire text.</source>
        <translation>حُدّث %1 بنص الوكالة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories</source>
        <translation>
            <numerusform>لا أخبار</numerusform>
            <numerusform>خبر واحد</numerusform>
            <numerusform>خبران</numerusform>
            <numerusform>%Ln أخبار</numerusform>
            <numerusform>%Ln خبرًا</numerusform>
            <numerusform>%Ln خبر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln held the same text already.</source>
        <translation>
            <numerusform>لا شيء منها تغيّر نصه.</numerusform>
            <numerusform>واحد كان يحمل النص نفسه.</numerusform>
            <numerusform>اثنان كانا يحملان النص نفسه.</numerusform>
            <numerusform>%Ln كانت تحمل النص نفسه.</numerusform>
            <numerusform>%Ln كانت تحمل النص نفسه.</numerusform>
            <numerusform>%Ln كانت تحمل النص نفسه.</numerusform>
        </translation>
    </message>
    <message>
        <source>An import is under way: import this once it has ended.</source>
        <translation>يجري استيراد الآن: استورد هذا بعد انتهائه.</translation>
    </message>
</context>
<context>
    <name>Copydesk::ImportSummaryDialog</name>
    <message>
        <source>pasted text</source>
        <translation>نص ملصوق</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories</source>
        <translation>
            <numerusform>لا أخبار</numerusform>
            <numerusform>خبر واحد</numerusform>
            <numerusform>خبران</numerusform>
            <numerusform>%Ln أخبار</numerusform>
            <numerusform>%Ln خبرًا</numerusform>
            <numerusform>%Ln خبر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <translation>
            <numerusform>لا ملفات</numerusform>
            <numerusform>ملف واحد</numerusform>
            <numerusform>ملفان</numerusform>
            <numerusform>%Ln ملفات</numerusform>
            <numerusform>%Ln ملفًا</numerusform>
            <numerusform>%Ln ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 from the pasted text.</source>
        <translation>استُورد %1 من النص الملصوق.</translation>
    </message>
    <message>
        <source>Nothing was imported from the pasted text.</source>
        <translation>لم يُستورد شيء من النص الملصوق.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation>استُورد %1 من %2.</translation>
    </message>
    <message>
        <source>Imported %1 from %2; %3 refused and imported nothing.</source>
        <translation>استُورد %1 من %2؛ رُفض %3 ولم يُستورد منه شيء.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 refused.</source>
        <translation>لم يُستورد شيء: رُفض %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln stories are in the library already and were skipped.</source>
        <translation>
            <numerusform>لا أخبار في المكتبة أصلًا.</numerusform>
            <numerusform>خبر واحد في المكتبة أصلًا وتُخطّي.</numerusform>
            <numerusform>خبران في المكتبة أصلًا وتُخطّيا.</numerusform>
            <numerusform>%Ln أخبار في المكتبة أصلًا وتُخطّيت.</numerusform>
            <numerusform>%Ln خبرًا في المكتبة أصلًا وتُخطّيت.</numerusform>
            <numerusform>%Ln خبر في المكتبة أصلًا وتُخطّيت.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was stopped before %1; the stories imported until then stay in the library.</source>
        <translation>أُوقف الاستيراد قبل %1؛ تبقى الأخبار المستوردة حتى ذلك الحين في المكتبة.</translation>
    </message>
    <message>
        <source>the last file</source>
        <translation>الملف الأخير</translation>
    </message>
    <message>
        <source>the last %L1 files</source>
        <translation>آخر %L1 ملفات</translation>
    </message>
    <message>
        <source>%1: %2 imported</source>
        <translation>%1: استُورد %2</translation>
    </message>
    <message>
        <source>%1 (in the library already, skipped)</source>
        <translation>%1 (في المكتبة أصلًا، تُخطّي)</translation>
    </message>
    <message>
        <source>%1: refused, nothing imported</source>
        <translation>%1: رُفض، لم يُستورد شيء</translation>
    </message>
    <message>
        <source>%1: not read, the import was stopped</source>
        <translation>%1: لم يُقرأ، أُوقف الاستيراد</translation>
    </message>
    <message>
        <source>Wire Import</source>
        <translation>استيراد من الوكالة</translation>
    </message>
    <message>
        <source>&amp;Details (fix the lines named and import the file again):</source>
        <translation>ال&amp;تفاصيل (أصلح الأسطر المذكورة واستورد الملف مجددًا):</translation>
    </message>
    <message>
        <source>&amp;Details:</source>
        <translation>ال&amp;تفاصيل:</translation>
    </message>
    <message>
        <source>Import details</source>
        <translation>تفاصيل الاستيراد</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>ا&amp;نسخ التفاصيل</translation>
    </message>
    <message>
        <source>Put the summary and the details on the clipboard</source>
        <translation>ضع الملخص والتفاصيل في الحافظة</translation>
    </message>
    <message>
        <source>&amp;Update Them</source>
        <translation>&amp;حدّثها</translation>
    </message>
    <message>
        <source>Save the wire text of the stories the library holds already as their next version; their status, slug and pictures stay</source>
        <translation>احفظ نص الوكالة للأخبار الموجودة في المكتبة نسخةً تالية لها؛ تبقى حالتها واسمها المختصر وصورها</translation>
    </message>
</context>
<context>
    <name>Copydesk::JournalController</name>
    <message>
        <source>Unsaved edits are not being kept: %1</source>
        <translation>لا تُحفظ التعديلات غير المحفوظة: %1</translation>
    </message>
    <message>
        <source>Unsaved edits are kept in the edit journal again.</source>
        <translation>تُحفظ التعديلات غير المحفوظة في سجل التحرير من جديد.</translation>
    </message>
    <message>
        <source>The recovered edits are open; the journal is slow to keep them.</source>
        <translation>التعديلات المستعادة مفتوحة؛ السجل بطيء في حفظها.</translation>
    </message>
    <message>
        <source>Recovered the unsaved edits of “%1”: save to keep them as a version.</source>
        <translation>استُعيدت التعديلات غير المحفوظة لـ«%1»: احفظ للاحتفاظ بها إصداراً.</translation>
    </message>
    <message>
        <source>Unsaved edits of “%1” recovered from the edit journal</source>
        <translation>تعديلات غير محفوظة لـ«%1» مستعادة من سجل التحرير</translation>
    </message>
    <message>
        <source>Edits Not Saved</source>
        <translation>لم تُحفظ التعديلات</translation>
    </message>
    <message>
        <source>%1

The edits stay in the journal.</source>
        <translation>%1

تبقى التعديلات في السجل.</translation>
    </message>
    <message>
        <source>Saved the recovered edits as a new draft, “%1”.</source>
        <translation>حُفظت التعديلات المستعادة مسودةً جديدة، «%1».</translation>
    </message>
    <message>
        <source>Discard Unsaved Edits</source>
        <translation>تجاهل التعديلات غير المحفوظة</translation>
    </message>
    <message>
        <source>Throw away the unsaved edits of “%1”? They cannot be brought back.</source>
        <translation>أتريد التخلّص من التعديلات غير المحفوظة لـ«%1»؟ لا يمكن استعادتها.</translation>
    </message>
    <message>
        <source>Edits Not Discarded</source>
        <translation>لم يُتجاهل شيء</translation>
    </message>
    <message>
        <source>Discarded the unsaved edits of “%1”.</source>
        <translation>تُجوهلت التعديلات غير المحفوظة لـ«%1».</translation>
    </message>
</context>
<context>
    <name>Copydesk::KeptPicture</name>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>حجم %1 أكبر من %2 ميغابايت.</translation>
    </message>
</context>
<context>
    <name>Copydesk::LeaseController</name>
    <message>
        <source>&amp;Take Over Editing</source>
        <translation>&amp;تولَّ التحرير</translation>
    </message>
    <message>
        <source>Edit the story another desk has open: that desk is told and keeps its unsaved text</source>
        <translation>حرّر القصة المفتوحة في مكتب آخر: يُبلَّغ ذلك المكتب ويحتفظ بنصه غير المحفوظ</translation>
    </message>
    <message>
        <source>The story is free: you can edit it now.</source>
        <translation>القصة متاحة: يمكنك تحريرها الآن.</translation>
    </message>
    <message>
        <source>You are editing the story now; the other desk is told.</source>
        <translation>أنت تحرر القصة الآن؛ وقد أُبلغ المكتب الآخر.</translation>
    </message>
    <message>
        <source>%1 on %2 took this story over at %3. Your unsaved text stays here and in the edit journal; it is not saved.</source>
        <translation>تولّى %1 على %2 هذه القصة في %3. يبقى نصك غير المحفوظ هنا وفي سجل التحرير؛ ولم يُحفظ.</translation>
    </message>
    <message>
        <source>%1 is editing this story on %2 since %3: it is open read-only here. Story → Take Over Editing edits it anyway.</source>
        <translation>%1 يحرر هذه القصة على %2 منذ %3: فُتحت هنا للقراءة فقط. «القصة ← تولَّ التحرير» يتيح تحريرها رغم ذلك.</translation>
    </message>
</context>
<context>
    <name>Copydesk::Library</name>
    <message>
        <source>Copydesk cannot create the library file “%1”: %2</source>
        <translation>تعذّر على Copydesk إنشاء ملف المكتبة «%1»: %2</translation>
    </message>
    <message>
        <source>Copydesk could not finish the new library “%1”: check the room on the disk and try again.</source>
        <translation>تعذّر على Copydesk إكمال المكتبة الجديدة «%1»: تحقّق من المساحة على القرص وأعد المحاولة.</translation>
    </message>
    <message>
        <source>No library file was given.</source>
        <translation>لم يُحدَّد ملف مكتبة.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a library file. Choose a file in it, or another path.</source>
        <translation>«%1» مجلد، لا ملف مكتبة. اختر ملفاً فيه أو مساراً آخر.</translation>
    </message>
    <message>
        <source>The library file “%1” is read-only; Copydesk needs to write to it. Make it writable or open another library.</source>
        <translation>ملف المكتبة «%1» للقراءة فقط؛ يحتاج Copydesk إلى الكتابة فيه. اجعله قابلاً للكتابة أو افتح مكتبة أخرى.</translation>
    </message>
    <message>
        <source>Copydesk cannot create the folder “%1” for a new library. Choose another place for it.</source>
        <translation>تعذّر على Copydesk إنشاء المجلد «%1» لمكتبة جديدة. اختر مكاناً آخر لها.</translation>
    </message>
</context>
<context>
    <name>Copydesk::LibraryController</name>
    <message>
        <source>&amp;Open Library File…</source>
        <translation>&amp;فتح ملف مكتبة…</translation>
    </message>
    <message>
        <source>Open another library file in a window of its own</source>
        <translation>افتح ملف مكتبة آخر في نافذة خاصة به</translation>
    </message>
    <message>
        <source>&amp;Connect to Server…</source>
        <translation>الا&amp;تصال بخادم…</translation>
    </message>
    <message>
        <source>Open the newsroom&apos;s shared library on a PostgreSQL server in a window of its own</source>
        <translation>افتح مكتبة غرفة الأخبار المشتركة على خادم PostgreSQL في نافذة خاصة بها</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>تم الاتصال بـ %1.</translation>
    </message>
    <message>
        <source>Connected to %1. %2</source>
        <translation>تم الاتصال بـ %1. %2</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>فتح مكتبة</translation>
    </message>
    <message>
        <source>Copydesk libraries (*.sqlite *.db);;All files (*)</source>
        <translation>مكتبات Copydesk (*.sqlite *.db);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Cannot Open Library</source>
        <translation>تعذّر فتح المكتبة</translation>
    </message>
</context>
<context>
    <name>Copydesk::LibraryCopy</name>
    <message>
        <source>The library to copy into, %1, holds %2 already; copy into an empty library.</source>
        <translation>المكتبة المراد النسخ إليها، %1، تحوي %2 من قبل؛ انسخ إلى مكتبة فارغة.</translation>
    </message>
    <message>
        <source>A library cannot be copied onto itself.</source>
        <translation>لا يمكن نسخ مكتبة فوق نفسها.</translation>
    </message>
    <message>
        <source>Only libraries in a database can be copied.</source>
        <translation>لا تُنسخ إلا المكتبات التي في قاعدة بيانات.</translation>
    </message>
    <message>
        <source>Copying the library %1 to %2 failed; nothing was copied: %3</source>
        <translation>فشل نسخ المكتبة %1 إلى %2؛ لم يُنسخ شيء: %3</translation>
    </message>
</context>
<context>
    <name>Copydesk::LibraryPanel</name>
    <message>
        <source>Filter stories</source>
        <translation>تصفية الأخبار</translation>
    </message>
    <message>
        <source>Show only stories whose headline or slug contains this text</source>
        <translation>اعرض فقط الأخبار التي يحوي عنوانها أو اسمها المختصر هذا النص</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>الأخبار</translation>
    </message>
    <message>
        <source>Wed 06:00 · due in 23 h</source>
        <translation>الأربعاء 06:00 · مستحقة بعد 23 س</translation>
    </message>
    <message>
        <source>Drop text files or text here to import them as wire stories</source>
        <translation>أفلت هنا ملفات نصية أو نصًا لاستيرادها أخبارَ وكالة</translation>
    </message>
    <message>
        <source>Reading the library from the server…</source>
        <translation>جارٍ قراءة المكتبة من الخادم…</translation>
    </message>
    <message>
        <source>Reading the library</source>
        <translation>جارٍ قراءة المكتبة</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Show every story, the stories of one section, or those filed under none</source>
        <translation>اعرض كل القصص، أو قصص قسم واحد، أو القصص التي لا قسم لها</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>كل الأقسام</translation>
    </message>
    <message>
        <source>No section</source>
        <translation>بلا قسم</translation>
    </message>
</context>
<context>
    <name>Copydesk::LibraryPictures</name>
    <message>
        <source>The picture of the photo “%1” is missing from the library (%2). Remove the photo or add its picture again.</source>
        <translation>صورة الصورة الصحفية «%1» مفقودة من المكتبة (%2). أزل الصورة أو أضف صورتها مرة أخرى.</translation>
    </message>
    <message>
        <source>The picture of the photo “%1” is empty in the library. Add its picture again.</source>
        <translation>صورة الصورة الصحفية «%1» فارغة في المكتبة. أضف صورتها مرة أخرى.</translation>
    </message>
    <message>
        <source>The photo “%1” cannot be published: %2 Replace the picture and publish again.</source>
        <translation>لا يمكن نشر الصورة «%1»: %2 استبدل الصورة وانشر من جديد.</translation>
    </message>
    <message>
        <source>The photo “%1” cannot be published: the picture does not decode (%2).</source>
        <translation>لا يمكن نشر الصورة «%1»: تعذّر فكّ ترميز الصورة (%2).</translation>
    </message>
    <message>
        <source>Cannot make the %1 copy of the photo “%2”: %3</source>
        <translation>تعذّر إنشاء نسخة %1 من الصورة «%2»: %3</translation>
    </message>
</context>
<context>
    <name>Copydesk::LibraryWatcher</name>
    <message>
        <source>“%1” was deleted from the library elsewhere. Your text stays here; Save offers to keep it as a story again.</source>
        <translation>حُذفت «%1» من المكتبة في مكان آخر. يبقى نصك هنا؛ يعرض «حفظ» الاحتفاظ به قصةً من جديد.</translation>
    </message>
    <message>
        <source>“%1” changed elsewhere: showing version %2 (%3).</source>
        <translation>تغيّرت «%1» في مكان آخر: يُعرض الإصدار %2 (%3).</translation>
    </message>
    <message>
        <source>“%1” changed elsewhere while you edit it: version %2 is in the library now (%3). Your edits are kept here and in the edit journal; Save shows both texts and lets you choose.</source>
        <translation>تغيّرت «%1» في مكان آخر أثناء تحريرك لها: الإصدار %2 في المكتبة الآن (%3). تعديلاتك محفوظة هنا وفي سجل التحرير؛ يعرض «حفظ» النصين ويتيح لك الاختيار.</translation>
    </message>
</context>
<context>
    <name>Copydesk::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Story</source>
        <translation>&amp;خبر</translation>
    </message>
    <message>
        <source>&amp;Publishing</source>
        <translation>ال&amp;نشر</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>House &amp;Style Findings</source>
        <translation>ملاحظات دليل الأ&amp;سلوب</translation>
    </message>
    <message>
        <source>Show or hide the list of house-style findings</source>
        <translation>اعرض قائمة ملاحظات دليل الأسلوب أو أخفها</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>ال&amp;سجل</translation>
    </message>
    <message>
        <source>Show or hide every saved version of the story</source>
        <translation>اعرض كل النسخ المحفوظة من الخبر أو أخفها</translation>
    </message>
    <message>
        <source>S&amp;chedule</source>
        <translation>الج&amp;دولة</translation>
    </message>
    <message>
        <source>Show or hide the day&apos;s scheduled stories in time order</source>
        <translation>اعرض أخبار اليوم المجدولة بترتيب الوقت أو أخفها</translation>
    </message>
    <message>
        <source>Publish &amp;Queue</source>
        <translation>&amp;طابور النشر</translation>
    </message>
    <message>
        <source>Show or hide the deliveries of published versions: waiting, delivered, failed</source>
        <translation>اعرض تسليمات النسخ المنشورة أو أخفها: منتظرة، مُسلَّمة، فاشلة</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>Show or hide the main toolbar</source>
        <translation>اعرض شريط الأدوات الرئيسي أو أخفه</translation>
    </message>
    <message>
        <source>&amp;Colour Scheme</source>
        <translation>الأ&amp;لوان</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>House Style</source>
        <translation>دليل الأسلوب</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>الجدولة</translation>
    </message>
    <message>
        <source>Publish Queue</source>
        <translation>طابور النشر</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>رابط إلى %1</translation>
    </message>
    <message>
        <source>Cannot list the library: %1</source>
        <translation>تعذّر عرض المكتبة: %1</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>المكتبة: %1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>Close Copydesk</source>
        <translation>أغلق Copydesk</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>Take back the last change, in whichever field it was</source>
        <translation>تراجع عن آخر تغيير، في أي حقل كان</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>أ&amp;عد</translation>
    </message>
    <message>
        <source>Make the change that was taken back again</source>
        <translation>أعد التغيير الذي تُرجع عنه</translation>
    </message>
    <message>
        <source>&amp;Find Story</source>
        <translation type="vanished">اب&amp;حث عن خبر</translation>
    </message>
    <message>
        <source>Filter the library by headline or slug</source>
        <translation type="vanished">صفِّ المكتبة بالعنوان أو الاسم المختصر</translation>
    </message>
    <message>
        <source>Smart &amp;Quotes</source>
        <translation>علامات تنصيص &amp;ذكية</translation>
    </message>
    <message>
        <source>Turn straight quotes into the story language&apos;s curly ones as you type (“…”, „…“, « … », and ’ for apostrophes)</source>
        <translation>حوّل علامات التنصيص المستقيمة إلى علامات لغة الخبر أثناء الكتابة (“…”، „…“، « … »، و’ للفاصلة العليا)</translation>
    </message>
    <message>
        <source>Go to &amp;Library</source>
        <translation>انتقل إلى ال&amp;مكتبة</translation>
    </message>
    <message>
        <source>Move the focus to the story list</source>
        <translation>انقل التركيز إلى قائمة الأخبار</translation>
    </message>
    <message>
        <source>Go to &amp;Headline</source>
        <translation>انتقل إلى ال&amp;عنوان</translation>
    </message>
    <message>
        <source>Move the focus to the headline</source>
        <translation>انقل التركيز إلى العنوان</translation>
    </message>
    <message>
        <source>Go to &amp;Body</source>
        <translation>انتقل إلى ال&amp;متن</translation>
    </message>
    <message>
        <source>Move the focus to the story body</source>
        <translation>انقل التركيز إلى متن الخبر</translation>
    </message>
    <message>
        <source>Go to House &amp;Style Findings</source>
        <translation>انتقل إلى ملاحظات دليل الأ&amp;سلوب</translation>
    </message>
    <message>
        <source>Move the focus to the list of house-style findings</source>
        <translation>انقل التركيز إلى قائمة ملاحظات دليل الأسلوب</translation>
    </message>
    <message>
        <source>Go to &amp;History</source>
        <translation>انتقل إلى ال&amp;سجل</translation>
    </message>
    <message>
        <source>Move the focus to the versions of the story</source>
        <translation>انقل التركيز إلى نسخ الخبر</translation>
    </message>
    <message>
        <source>Go to S&amp;chedule</source>
        <translation>انتقل إلى الج&amp;دولة</translation>
    </message>
    <message>
        <source>Move the focus to the day&apos;s scheduled stories</source>
        <translation>انقل التركيز إلى أخبار اليوم المجدولة</translation>
    </message>
    <message>
        <source>Go to Publish &amp;Queue</source>
        <translation>انتقل إلى &amp;طابور النشر</translation>
    </message>
    <message>
        <source>Move the focus to the deliveries of published versions</source>
        <translation>انقل التركيز إلى تسليمات النسخ المنشورة</translation>
    </message>
    <message>
        <source>Add &amp;Highlight</source>
        <translation>أضف &amp;نقطة بارزة</translation>
    </message>
    <message>
        <source>Add a highlight bullet under the last one</source>
        <translation>أضف نقطة بارزة تحت الأخيرة</translation>
    </message>
    <message>
        <source>&amp;Next Output</source>
        <translation>المُخرَج ال&amp;تالي</translation>
    </message>
    <message>
        <source>Show the next tab beside the editor: page, ninjs, Atom, JSON Feed</source>
        <translation>اعرض اللسان التالي بجانب المحرّر: الصفحة، ninjs، Atom، JSON Feed</translation>
    </message>
    <message>
        <source>P&amp;revious Output</source>
        <translation>المُخرَج ال&amp;سابق</translation>
    </message>
    <message>
        <source>Show the previous tab beside the editor: page, ninjs, Atom, JSON Feed</source>
        <translation>اعرض اللسان السابق بجانب المحرّر: الصفحة، ninjs، Atom، JSON Feed</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>اختصارات ل&amp;وحة المفاتيح</translation>
    </message>
    <message>
        <source>Every command and its keys, with a filter</source>
        <translation>كل أمر ومفاتيحه، مع تصفية</translation>
    </message>
    <message>
        <source>&amp;About Copydesk</source>
        <translation>&amp;عن Copydesk</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>الإصدار والترخيص</translation>
    </message>
    <message>
        <source>About Copydesk</source>
        <translation>عن Copydesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Copydesk %1&lt;/h3&gt;&lt;p&gt;A desktop newsroom editor: write stories, see them as readers will, publish them to feeds.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Copydesk %1&lt;/h3&gt;&lt;p&gt;محرر أخبار لسطح المكتب: اكتب القصص، وشاهدها كما سيراها القراء، وانشرها في الخلاصات.&lt;/p&gt;&lt;p&gt;المكتبة: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stories publish to %1.</source>
        <translation>تُنشر الأخبار إلى %1.</translation>
    </message>
    <message>
        <source>House Style Not Loaded</source>
        <translation>لم يُحمَّل دليل الأسلوب</translation>
    </message>
    <message>
        <source>%1

The bundled house style is used instead.</source>
        <translation>%1

يُستخدم دليل الأسلوب المرفق بدلًا منه.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln errors</source>
        <translation>
            <numerusform>لا أخطاء</numerusform>
            <numerusform>خطأ واحد</numerusform>
            <numerusform>خطآن</numerusform>
            <numerusform>%Ln أخطاء</numerusform>
            <numerusform>%Ln خطأً</numerusform>
            <numerusform>%Ln خطأ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings</source>
        <translation>
            <numerusform>لا تنبيهات</numerusform>
            <numerusform>تنبيه واحد</numerusform>
            <numerusform>تنبيهان</numerusform>
            <numerusform>%Ln تنبيهات</numerusform>
            <numerusform>%Ln تنبيهًا</numerusform>
            <numerusform>%Ln تنبيه</numerusform>
        </translation>
    </message>
    <message>
        <source>House Style — %1</source>
        <translation>دليل الأسلوب — %1</translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation>Copydesk</translation>
    </message>
    <message>
        <source>%1[*] — Copydesk</source>
        <translation>%1[*] — Copydesk</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>ال&amp;لغة</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>لغة ال&amp;نظام</translation>
    </message>
    <message>
        <source>The language of menus and messages, from the next start; Arabic lays the window out right to left</source>
        <translation>لغة القوائم والرسائل، من التشغيل التالي؛ العربية تجعل النافذة من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>Copydesk speaks %1 from its next start.</source>
        <translation>يتحدث Copydesk %1 من تشغيله التالي.</translation>
    </message>
    <message>
        <source>Show or hide the house-style findings (Ctrl+4 goes to them)</source>
        <translation>اعرض ملاحظات دليل الأسلوب أو أخفها (Ctrl+4 ينتقل إليها)</translation>
    </message>
    <message>
        <source>Captions &amp;Desk</source>
        <translation>مكتب ال&amp;تعليقات</translation>
    </message>
    <message>
        <source>Every photo of the day&apos;s stories in one table: captions, credits and alt text, edited in place</source>
        <translation>كل صور أخبار اليوم في جدول واحد: التعليقات والمصادر والنصوص البديلة، تُحرَّر في مكانها</translation>
    </message>
    <message>
        <source>House style: no findings</source>
        <translation>دليل الأسلوب: لا ملاحظات</translation>
    </message>
    <message>
        <source>House style: %1</source>
        <translation>دليل الأسلوب: %1</translation>
    </message>
    <message>
        <source>S&amp;earch</source>
        <translation>ال&amp;بحث</translation>
    </message>
    <message>
        <source>Show or hide the library search</source>
        <translation>أظهر بحث المكتبة أو أخفه</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>البحث</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>ا&amp;بحث…</translation>
    </message>
    <message>
        <source>Find text in the story’s body</source>
        <translation>ابحث عن نص في متن القصة</translation>
    </message>
    <message>
        <source>Find and &amp;Replace…</source>
        <translation>ابحث و&amp;استبدل…</translation>
    </message>
    <message>
        <source>Replace text in the story’s body, one match or all of them</source>
        <translation>استبدل نصًا في متن القصة، مطابقة واحدة أو كلها</translation>
    </message>
    <message>
        <source>&amp;Search Library…</source>
        <translation>ا&amp;بحث في المكتبة…</translation>
    </message>
    <message>
        <source>Search the words of every story: headline, body, captions and credits</source>
        <translation>ابحث في كلمات كل قصة: العنوان والمتن والتعليقات والحقوق</translation>
    </message>
    <message>
        <source>Filter Story &amp;List</source>
        <translation>رشّح &amp;قائمة القصص</translation>
    </message>
    <message>
        <source>Filter the library list by headline or slug</source>
        <translation>رشّح قائمة المكتبة بالعنوان أو المعرّف النصي</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>ال&amp;مكتبة</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 على %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The story is being read from or saved to the server…</source>
        <translation>تُقرأ القصة من الخادم أو تُحفظ فيه…</translation>
    </message>
    <message>
        <source>Story being read or saved</source>
        <translation>قصة قيد القراءة أو الحفظ</translation>
    </message>
</context>
<context>
    <name>Copydesk::MediaTopics</name>
    <message>
        <source>arts, culture, entertainment and media</source>
        <translation>الفنون والثقافة والترفيه والإعلام</translation>
    </message>
    <message>
        <source>crime, law and justice</source>
        <translation>الجريمة والقانون والعدالة</translation>
    </message>
    <message>
        <source>disaster, accident and emergency incident</source>
        <translation>الكوارث والحوادث والطوارئ</translation>
    </message>
    <message>
        <source>economy, business and finance</source>
        <translation>الاقتصاد والأعمال والمال</translation>
    </message>
    <message>
        <source>education</source>
        <translation>التعليم</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>البيئة</translation>
    </message>
    <message>
        <source>health</source>
        <translation>الصحة</translation>
    </message>
    <message>
        <source>human interest</source>
        <translation>قصص إنسانية</translation>
    </message>
    <message>
        <source>labour</source>
        <translation>العمل</translation>
    </message>
    <message>
        <source>lifestyle and leisure</source>
        <translation>أسلوب الحياة والترفيه</translation>
    </message>
    <message>
        <source>politics</source>
        <translation>السياسة</translation>
    </message>
    <message>
        <source>religion</source>
        <translation>الدين</translation>
    </message>
    <message>
        <source>science and technology</source>
        <translation>العلوم والتكنولوجيا</translation>
    </message>
    <message>
        <source>society</source>
        <translation>المجتمع</translation>
    </message>
    <message>
        <source>sport</source>
        <translation>الرياضة</translation>
    </message>
    <message>
        <source>conflict, war and peace</source>
        <translation>النزاعات والحرب والسلام</translation>
    </message>
    <message>
        <source>weather</source>
        <translation>الطقس</translation>
    </message>
</context>
<context>
    <name>Copydesk::Migrations</name>
    <message>
        <source>its schema version is missing or unreadable</source>
        <translation>رقم إصدار مخططها مفقود أو غير مقروء</translation>
    </message>
    <message>
        <source>it holds tables of another program and no Copydesk schema</source>
        <translation>تحوي جداول برنامج آخر ولا تحوي مخطط Copydesk</translation>
    </message>
    <message>
        <source>its schema %1 is newer than this version of Copydesk reads (%2)</source>
        <translation>مخططها %1 أحدث مما يقرؤه هذا الإصدار من Copydesk (%2)</translation>
    </message>
    <message>
        <source>schema step %1 (%2) failed: %3</source>
        <translation>فشلت خطوة المخطط %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>Copydesk::Outbox</name>
    <message numerus="yes">
        <source>%1 (gave up after %n attempts)</source>
        <translation>
            <numerusform>%1 (استُسلم بعد %n محاولة)</numerusform>
            <numerusform>%1 (استُسلم بعد محاولة واحدة)</numerusform>
            <numerusform>%1 (استُسلم بعد محاولتين)</numerusform>
            <numerusform>%1 (استُسلم بعد %n محاولات)</numerusform>
            <numerusform>%1 (استُسلم بعد %n محاولة)</numerusform>
            <numerusform>%1 (استُسلم بعد %n محاولة)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::OutboxRunner</name>
    <message>
        <source>No secret was given for the destination “%1”.</source>
        <translation>لم يُعطَ سرّ للوجهة «%1».</translation>
    </message>
</context>
<context>
    <name>Copydesk::OutputCheck</name>
    <message>
        <source>created</source>
        <translation>الإنشاء</translation>
    </message>
    <message>
        <source>first published</source>
        <translation>النشر الأول</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>التحديث</translation>
    </message>
    <message>
        <source>embargo</source>
        <translation>الحظر</translation>
    </message>
    <message>
        <source>last saved</source>
        <translation>آخر حفظ</translation>
    </message>
    <message>
        <source>The %1 date (year %2) cannot be written as an RFC 3339 date and is left out; set a date between the years 0 and 9999.</source>
        <translation>لا يمكن كتابة تاريخ %1 (السنة %2) تاريخاً بصيغة RFC 3339 فتُرك؛ اختر تاريخاً بين السنتين 0 و9999.</translation>
    </message>
    <message>
        <source>%1 has the property &quot;%2&quot;, which the ninjs 2.2 schema does not define, so consumers reject the document. This is a fault in Copydesk: please report it.</source>
        <translation>في %1 الخاصية &quot;%2&quot; التي لا يعرّفها مخطط ninjs 2.2، فيرفض المستهلكون الوثيقة. هذا خلل في Copydesk: يُرجى الإبلاغ عنه.</translation>
    </message>
    <message>
        <source>%1 has &quot;%2&quot; of the wrong JSON type. This is a fault in Copydesk: please report it.</source>
        <translation>في %1 قيمة &quot;%2&quot; من نوع JSON خاطئ. هذا خلل في Copydesk: يُرجى الإبلاغ عنه.</translation>
    </message>
    <message>
        <source>%1 has &quot;%2&quot; = &quot;%3&quot;, which is not an RFC 3339 date-time.</source>
        <translation>في %1 &quot;%2&quot; = &quot;%3&quot;، وهو ليس تاريخاً ووقتاً بصيغة RFC 3339.</translation>
    </message>
    <message>
        <source>%1 has the uri &quot;%2&quot;, which is not an absolute URI.</source>
        <translation>لـ%1 المعرّف &quot;%2&quot;، وهو ليس URI مطلقاً.</translation>
    </message>
    <message>
        <source>The ninjs document</source>
        <translation>وثيقة ninjs</translation>
    </message>
    <message>
        <source>The story has no id, so its ninjs uri is the same as every other such story&apos;s. Save the story to give it one.</source>
        <translation>ليس للقصة معرّف، فمعرّف ninjs الخاص بها مثل معرّف كل قصة أخرى كهذه. احفظ القصة لتعطيها معرّفاً.</translation>
    </message>
    <message>
        <source>The headline is empty. Write one: ninjs consumers list the story under its headline.</source>
        <translation>العنوان فارغ. اكتب واحداً: يُدرج مستهلكو ninjs القصة تحت عنوانها.</translation>
    </message>
    <message>
        <source>The body is empty, so the ninjs document carries no article. Write the body before publishing.</source>
        <translation>المتن فارغ، فلا تحمل وثيقة ninjs أي مقال. اكتب المتن قبل النشر.</translation>
    </message>
    <message>
        <source>The story has no saved or updated time, so ninjs has no versioncreated. Save the story.</source>
        <translation>ليس للقصة وقت حفظ أو تحديث، فلا versioncreated في ninjs. احفظ القصة.</translation>
    </message>
    <message>
        <source>The story has no creation time, so ninjs has no firstcreated. Save the story.</source>
        <translation>ليس للقصة وقت إنشاء، فلا firstcreated في ninjs. احفظ القصة.</translation>
    </message>
    <message>
        <source>The site language &quot;%1&quot; is not a BCP 47 language tag such as &quot;en&quot; or &quot;pt-BR&quot;. Correct it in the publishing settings.</source>
        <translation>لغة الموقع &quot;%1&quot; ليست وسم لغة BCP 47 مثل &quot;en&quot; أو &quot;pt-BR&quot;. صحّحها في إعدادات النشر.</translation>
    </message>
    <message>
        <source>The story&apos;s language &quot;%1&quot; is not a BCP 47 language tag such as &quot;en&quot; or &quot;ar&quot;. Correct it in the Language field.</source>
        <translation>لغة القصة &quot;%1&quot; ليست وسم لغة BCP 47 مثل &quot;en&quot; أو &quot;ar&quot;. صحّحها في حقل اللغة.</translation>
    </message>
    <message>
        <source>The short URL base &quot;%1&quot; does not make a web address, so the ninjs short URL is of no use to readers. Set a full http(s) address in the publishing settings.</source>
        <translation>أساس الروابط القصيرة &quot;%1&quot; لا يكوّن عنوان ويب، فالرابط القصير في ninjs لا ينفع القراء. ضع عنوان http(s) كاملاً في إعدادات النشر.</translation>
    </message>
    <message>
        <source>Photo %1 in ninjs</source>
        <translation>الصورة %1 في ninjs</translation>
    </message>
    <message>
        <source>%1 lacks the name or uri the schema requires. This is a fault in Copydesk: please report it.</source>
        <translation>ينقص %1 الاسم أو المعرّف اللذين يتطلبهما المخطط. هذا خلل في Copydesk: يُرجى الإبلاغ عنه.</translation>
    </message>
    <message>
        <source>Photo %1 has no picture file: ninjs carries its caption and credit without a picture. Add the picture in the photo panel if you have it.</source>
        <translation>ليس للصورة %1 ملف صورة: تحمل ninjs تعليقها ومصدرها بلا صورة. أضف الصورة في لوحة الصور إن كانت لديك.</translation>
    </message>
    <message>
        <source>Picture links in ninjs are not absolute addresses. Set the site&apos;s address in the publishing settings to a full http(s) address.</source>
        <translation>روابط الصور في ninjs ليست عناوين مطلقة. اجعل عنوان الموقع في إعدادات النشر عنوان http(s) كاملاً.</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>highlights</source>
        <translation>النقاط البارزة</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>اسم الكاتب</translation>
    </message>
    <message>
        <source>dateline</source>
        <translation>سطر المكان</translation>
    </message>
    <message>
        <source>body</source>
        <translation>المتن</translation>
    </message>
    <message>
        <source>Control characters that XML cannot carry are in the %1; the Atom feed leaves them out. Delete them from the story.</source>
        <translation>في %1 محارف تحكّم لا يستطيع XML حملها؛ تتركها خلاصة Atom. احذفها من القصة.</translation>
    </message>
    <message>
        <source>The Atom document is not an Atom entry. This is a fault in Copydesk: please report it.</source>
        <translation>وثيقة Atom ليست مدخلة Atom. هذا خلل في Copydesk: يُرجى الإبلاغ عنه.</translation>
    </message>
    <message>
        <source>The Atom entry is not well-formed XML (line %1, column %2: %3). This is a fault in Copydesk: please report it.</source>
        <translation>مدخلة Atom ليست XML سليم البنية (السطر %1، العمود %2: %3). هذا خلل في Copydesk: يُرجى الإبلاغ عنه.</translation>
    </message>
    <message>
        <source>The Atom entry has no usable id. Save the story to give it one.</source>
        <translation>ليس لمدخلة Atom معرّف صالح. احفظ القصة لتعطيها معرّفاً.</translation>
    </message>
    <message>
        <source>The Atom entry has no title. This is a fault in Copydesk: please report it.</source>
        <translation>ليس لمدخلة Atom عنوان. هذا خلل في Copydesk: يُرجى الإبلاغ عنه.</translation>
    </message>
    <message>
        <source>The Atom entry&apos;s title is empty, so feed readers list it without a name. Write a headline.</source>
        <translation>عنوان مدخلة Atom فارغ، فتُدرجها قارئات الخلاصات بلا اسم. اكتب عنواناً.</translation>
    </message>
    <message>
        <source>The Atom entry has no updated date, which RFC 4287 requires: the story has no valid time. Save the story.</source>
        <translation>ليس لمدخلة Atom تاريخ تحديث، وهو ما يتطلبه RFC 4287: ليس للقصة وقت صالح. احفظ القصة.</translation>
    </message>
    <message>
        <source>The Atom entry&apos;s updated date &quot;%1&quot; is not an RFC 3339 date.</source>
        <translation>تاريخ تحديث مدخلة Atom &quot;%1&quot; ليس تاريخاً بصيغة RFC 3339.</translation>
    </message>
    <message>
        <source>The Atom entry&apos;s published date &quot;%1&quot; is not an RFC 3339 date.</source>
        <translation>تاريخ نشر مدخلة Atom &quot;%1&quot; ليس تاريخاً بصيغة RFC 3339.</translation>
    </message>
    <message>
        <source>The Atom entry has no author name, which RFC 4287 requires. Write a byline, or give the site a title in the publishing settings.</source>
        <translation>ليس لمدخلة Atom اسم كاتب، وهو ما يتطلبه RFC 4287. اكتب اسم الكاتب، أو أعطِ الموقع عنواناً في إعدادات النشر.</translation>
    </message>
    <message>
        <source>The Atom entry&apos;s link is not an absolute address. Set the site&apos;s address in the publishing settings to a full http(s) address.</source>
        <translation>رابط مدخلة Atom ليس عنواناً مطلقاً. اجعل عنوان الموقع في إعدادات النشر عنوان http(s) كاملاً.</translation>
    </message>
    <message>
        <source>The Atom entry has no article text: the body is empty. Write the body before publishing.</source>
        <translation>ليس في مدخلة Atom نص مقال: المتن فارغ. اكتب المتن قبل النشر.</translation>
    </message>
    <message>
        <source>The JSON Feed item has no id, which JSON Feed 1.1 requires. Save the story to give it one.</source>
        <translation>ليس لعنصر JSON Feed معرّف، وهو ما يتطلبه JSON Feed 1.1. احفظ القصة لتعطيها معرّفاً.</translation>
    </message>
    <message>
        <source>The JSON Feed item has neither content_html nor content_text, one of which JSON Feed 1.1 requires. This is a fault in Copydesk: please report it.</source>
        <translation>ليس في عنصر JSON Feed أيّ من content_html وcontent_text، ويتطلب JSON Feed 1.1 أحدهما. هذا خلل في Copydesk: يُرجى الإبلاغ عنه.</translation>
    </message>
    <message>
        <source>The JSON Feed item&apos;s content is empty. Write the body before publishing.</source>
        <translation>محتوى عنصر JSON Feed فارغ. اكتب المتن قبل النشر.</translation>
    </message>
    <message>
        <source>The JSON Feed item has no title, so feed readers list it without a name. Write a headline.</source>
        <translation>ليس لعنصر JSON Feed عنوان، فتُدرجه قارئات الخلاصات بلا اسم. اكتب عنواناً.</translation>
    </message>
    <message>
        <source>The JSON Feed item&apos;s %1 is not an absolute address. Set the site&apos;s address in the publishing settings to a full http(s) address.</source>
        <translation>%1 في عنصر JSON Feed ليس عنواناً مطلقاً. اجعل عنوان الموقع في إعدادات النشر عنوان http(s) كاملاً.</translation>
    </message>
    <message>
        <source>The JSON Feed item&apos;s %1 &quot;%2&quot; is not an RFC 3339 date.</source>
        <translation>%1 في عنصر JSON Feed &quot;%2&quot; ليس تاريخاً بصيغة RFC 3339.</translation>
    </message>
    <message>
        <source>A JSON Feed author has no name. This is a fault in Copydesk: please report it.</source>
        <translation>أحد كتّاب JSON Feed بلا اسم. هذا خلل في Copydesk: يُرجى الإبلاغ عنه.</translation>
    </message>
    <message>
        <source>Links point at a folder on this computer (%1), which readers cannot open. Set the site&apos;s web address in the publishing settings or the destination.</source>
        <translation>تشير الروابط إلى مجلد على هذا الحاسوب (%1) لا يستطيع القراء فتحه. ضع عنوان الموقع على الويب في إعدادات النشر أو في الوجهة.</translation>
    </message>
    <message>
        <source>The site address %1 is a placeholder. Set the address readers use in the publishing settings or the destination.</source>
        <translation>عنوان الموقع %1 عنوان مؤقت. ضع العنوان الذي يستخدمه القراء في إعدادات النشر أو في الوجهة.</translation>
    </message>
</context>
<context>
    <name>Copydesk::OutputPane</name>
    <message>
        <source>Outputs</source>
        <translation>المُخرَجات</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>The story page as readers will see it</source>
        <translation>صفحة الخبر كما سيراها القرّاء</translation>
    </message>
    <message>
        <source>The IPTC ninjs document that is published beside the page</source>
        <translation>مستند IPTC ninjs الذي يُنشر بجانب الصفحة</translation>
    </message>
    <message>
        <source>The story&apos;s entry in the Atom feed</source>
        <translation>مدخل الخبر في موجز Atom</translation>
    </message>
    <message>
        <source>The story&apos;s item in the JSON Feed</source>
        <translation>عنصر الخبر في JSON Feed</translation>
    </message>
</context>
<context>
    <name>Copydesk::OutputView</name>
    <message>
        <source>%1 output</source>
        <translation>مُخرَج %1</translation>
    </message>
    <message>
        <source>Open or create a story to see its %1 here.</source>
        <translation>افتح خبرًا أو أنشئه لترى %1 الخاص به هنا.</translation>
    </message>
    <message>
        <source>The story&apos;s ninjs document, byte for byte as it is published</source>
        <translation>مستند ninjs للخبر، بايتًا ببايت كما يُنشر</translation>
    </message>
    <message>
        <source>The story as an entry of the Atom feed, as published</source>
        <translation>الخبر مدخلًا في موجز Atom، كما يُنشر</translation>
    </message>
    <message>
        <source>The story as an item of the JSON Feed, as published</source>
        <translation>الخبر عنصرًا في JSON Feed، كما يُنشر</translation>
    </message>
    <message>
        <source>Problems in the %1 output</source>
        <translation>مشكلات مُخرَج %1</translation>
    </message>
    <message>
        <source>What a feed reader or the %1 rules would reject or show badly</source>
        <translation>ما قد ترفضه قارئة الموجزات أو قواعد %1 أو تعرضه بشكل سيئ</translation>
    </message>
    <message>
        <source>&amp;Problems in the %1:</source>
        <translation>ال&amp;مشكلات في %1:</translation>
    </message>
    <message>
        <source>ninjs</source>
        <translation>ninjs</translation>
    </message>
    <message>
        <source>Atom</source>
        <translation>Atom</translation>
    </message>
    <message>
        <source>JSON Feed</source>
        <translation>JSON Feed</translation>
    </message>
    <message>
        <source>Error: consumers reject this output</source>
        <translation>خطأ: يرفض المستهلكون هذا المُخرَج</translation>
    </message>
    <message>
        <source>Warning: consumers accept it but may show it badly</source>
        <translation>تنبيه: يقبله المستهلكون لكن قد يعرضونه بشكل سيئ</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>لا مشكلات</translation>
    </message>
    <message>
        <source>The checks found nothing a consumer would reject</source>
        <translation>لم تجد الفحوص شيئًا قد يرفضه مستهلك</translation>
    </message>
</context>
<context>
    <name>Copydesk::PhotoController</name>
    <message>
        <source>Add &amp;Photo…</source>
        <translation>أضف &amp;صورة…</translation>
    </message>
    <message>
        <source>Pick a picture file to add; it is kept inside the library</source>
        <translation>اختر ملف صورة لإضافته؛ يُحفظ داخل المكتبة</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>الصور (%1)</translation>
    </message>
    <message>
        <source>Add Photo</source>
        <translation>إضافة صورة</translation>
    </message>
    <message>
        <source>Photo Not Added</source>
        <translation>لم تُضف الصورة</translation>
    </message>
    <message>
        <source>Added %1: write its caption, credit and alt text.</source>
        <translation>أُضيفت %1: اكتب تعليقها ومصدرها ونصها البديل.</translation>
    </message>
    <message>
        <source>Added %1 and filled its %2 from the picture&apos;s own metadata; check them.</source>
        <translation>أُضيفت %1 ومُلئ %2 من بيانات الصورة نفسها؛ راجعها.</translation>
    </message>
    <message>
        <source>Choose Picture</source>
        <translation>اختيار صورة</translation>
    </message>
    <message>
        <source>Picture Not Added</source>
        <translation>لم تُضف الصورة</translation>
    </message>
    <message>
        <source>Choose picture</source>
        <translation>اختر صورة</translation>
    </message>
    <message>
        <source>%1 now goes with the caption.</source>
        <translation>%1 ترافق التعليق الآن.</translation>
    </message>
    <message>
        <source>%1 now goes with the caption; its %2 came from the picture&apos;s own metadata.</source>
        <translation>%1 ترافق التعليق الآن؛ جاء %2 من بيانات الصورة نفسها.</translation>
    </message>
</context>
<context>
    <name>Copydesk::PhotoFile</name>
    <message>
        <source>Cannot open the picture %1: its folder %2 is gone (a card or a network folder taken away?). Nothing was added.</source>
        <translation>تعذّر فتح الصورة %1: مجلدها %2 لم يعد موجوداً (أأُزيلت بطاقة أو مجلد شبكي؟). لم يُضف شيء.</translation>
    </message>
    <message>
        <source>Cannot open the picture %1: %2</source>
        <translation>تعذّر فتح الصورة %1: %2</translation>
    </message>
    <message>
        <source>The picture %1 is %2 MB; pictures up to %3 MB can be added.</source>
        <translation>حجم الصورة %1 هو %2 م.ب؛ تُضاف الصور حتى %3 م.ب.</translation>
    </message>
    <message>
        <source>The picture %1 is empty.</source>
        <translation>الصورة %1 فارغة.</translation>
    </message>
    <message>
        <source>The picture %1 is too large to add.</source>
        <translation>الصورة %1 أكبر من أن تُضاف.</translation>
    </message>
    <message>
        <source>%1 is not a JPEG, PNG, GIF or WebP picture.</source>
        <translation>%1 ليست صورة JPEG أو PNG أو GIF أو WebP.</translation>
    </message>
    <message>
        <source>The picture %1 is cut short (the file ends before the picture does) and cannot be used.</source>
        <translation>الصورة %1 مبتورة (ينتهي الملف قبل أن تنتهي الصورة) ولا يمكن استخدامها.</translation>
    </message>
    <message>
        <source>The picture %1 cannot be used: %2</source>
        <translation>لا يمكن استخدام الصورة %1: %2</translation>
    </message>
    <message>
        <source>The picture %1 is damaged and cannot be shown: %2</source>
        <translation>الصورة %1 تالفة ولا يمكن عرضها: %2</translation>
    </message>
    <message>
        <source>at %1 × %2 pixels (%3 megapixels) it is over Copydesk&apos;s limit of %4 megapixels for a picture opened whole</source>
        <translation>بقياس %1 × %2 بكسل (%3 ميغابكسل) تتجاوز حدّ Copydesk البالغ %4 ميغابكسل لصورة تُفتح كاملة</translation>
    </message>
</context>
<context>
    <name>Copydesk::PhotoMetadata</name>
    <message>
        <source>caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>alt text</source>
        <translation>النص البديل</translation>
    </message>
</context>
<context>
    <name>Copydesk::PhotoPanel</name>
    <message>
        <source>Add &amp;Photo…</source>
        <translation>أضف &amp;صورة…</translation>
    </message>
    <message>
        <source>No photo yet. A story page leads with its first photo.</source>
        <translation>لا صورة بعد. تتصدّر صفحةَ الخبر صورتُه الأولى.</translation>
    </message>
    <message>
        <source>Pick a picture file; it is kept inside the library</source>
        <translation>اختر ملف صورة؛ يُحفظ داخل المكتبة</translation>
    </message>
    <message>
        <source>No picture yet</source>
        <translation>لا صورة بعد</translation>
    </message>
    <message>
        <source>(picture missing)</source>
        <translation>(الصورة مفقودة)</translation>
    </message>
    <message>
        <source>%1 — %2 × %3 pixels</source>
        <translation>%1 — %2 × %3 بكسل</translation>
    </message>
    <message>
        <source>The caption and credit came without a picture; choose the picture file to go with them</source>
        <translation>جاء التعليق والمصدر بلا صورة؛ اختر ملف الصورة المرافق لهما</translation>
    </message>
    <message>
        <source>Lead photo</source>
        <translation>الصورة الرئيسية</translation>
    </message>
    <message>
        <source>Make &amp;Lead</source>
        <translation>اجعلها ال&amp;رئيسية</translation>
    </message>
    <message>
        <source>Choose P&amp;icture…</source>
        <translation>اختر &amp;صورة…</translation>
    </message>
    <message>
        <source>Pick the picture file for this caption; the caption, credit and alt text stay</source>
        <translation>اختر ملف الصورة لهذا التعليق؛ يبقى التعليق والمصدر والنص البديل</translation>
    </message>
    <message>
        <source>Make this the lead photo of the story page</source>
        <translation>اجعل هذه الصورة الرئيسية لصفحة الخبر</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove this photo from the story</source>
        <translation>أزل هذه الصورة من الخبر</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>What the picture shows</source>
        <translation>ما تُظهره الصورة</translation>
    </message>
    <message>
        <source>The caption, without the credit; a long one wraps</source>
        <translation>التعليق دون المصدر؛ يلتف الطويل منه</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Reuters</source>
        <translation>رويترز</translation>
    </message>
    <message>
        <source>Who took or supplied the picture; shown as (Credit)</source>
        <translation>من التقط الصورة أو قدّمها؛ يظهر بين قوسين</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>النص البديل</translation>
    </message>
    <message>
        <source>Describe the picture for readers who cannot see it</source>
        <translation>صِف الصورة للقرّاء الذين لا يرونها</translation>
    </message>
    <message>
        <source>Read out by screen readers instead of the picture</source>
        <translation>تقرؤه برامج قراءة الشاشة بدل الصورة</translation>
    </message>
    <message>
        <source>&amp;Caption:</source>
        <translation>ال&amp;تعليق:</translation>
    </message>
    <message>
        <source>C&amp;redit:</source>
        <translation>ال&amp;مصدر:</translation>
    </message>
    <message>
        <source>Al&amp;t text:</source>
        <translation>النص ال&amp;بديل:</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>التعليق</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>alt text</source>
        <translation>النص البديل</translation>
    </message>
</context>
<context>
    <name>Copydesk::PostgresDialect</name>
    <message>
        <source>“%1” is not a PostgreSQL address Copydesk can use: %2</source>
        <translation>«%1» ليس عنوان PostgreSQL يستطيع Copydesk استخدامه: %2</translation>
    </message>
    <message>
        <source>write it as postgresql://user@host:port/database.</source>
        <translation>اكتبه هكذا postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>name the database after the host, as in postgresql://desk@localhost/copydesk.</source>
        <translation>اذكر قاعدة البيانات بعد الخادم، كما في postgresql://desk@localhost/copydesk.</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535.</source>
        <translation>يجب أن يكون المنفذ رقماً من 1 إلى 65535.</translation>
    </message>
</context>
<context>
    <name>Copydesk::PreviewBrowser</name>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
</context>
<context>
    <name>Copydesk::PreviewDetacher</name>
    <message>
        <source>Show &amp;Preview</source>
        <translation>اعرض المع&amp;اينة</translation>
    </message>
    <message>
        <source>Show or hide the story as readers will see it</source>
        <translation>اعرض الخبر كما سيراه القرّاء أو أخفه</translation>
    </message>
    <message>
        <source>&amp;Detach Preview</source>
        <translation>ا&amp;فصل المعاينة</translation>
    </message>
    <message>
        <source>Show the preview in a window of its own, for a second screen</source>
        <translation>اعرض المعاينة في نافذة خاصة، لشاشة ثانية</translation>
    </message>
    <message>
        <source>Preview — %1</source>
        <translation>معاينة — %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::PreviewPane</name>
    <message>
        <source>Open or create a story to see it as readers will.</source>
        <translation>افتح خبرًا أو أنشئه لتراه كما سيراه القرّاء.</translation>
    </message>
    <message>
        <source>Line %L1 of the body nests lists or quotes %L2 deep; the preview shows the body up to there. Everything is kept and saved.</source>
        <translation>السطر %L1 من المتن يداخل القوائم أو الاقتباسات بعمق %L2؛ تعرض المعاينة المتن حتى هناك. كل شيء محفوظ ويُحفظ.</translation>
    </message>
    <message>
        <source>The body has more than %L1 table rows; the preview shows it up to line %L2. Everything is kept and saved.</source>
        <translation>في المتن أكثر من %L1 صفّ جدول؛ تعرضه المعاينة حتى السطر %L2. كل شيء محفوظ ويُحفظ.</translation>
    </message>
    <message>
        <source>The body has more than %L1 list items, table rows and quoted lines; the preview shows it up to line %L2. Everything is kept and saved.</source>
        <translation>في المتن أكثر من %L1 من عناصر القوائم وصفوف الجداول والأسطر المقتبسة؛ تعرضه المعاينة حتى السطر %L2. كل شيء محفوظ ويُحفظ.</translation>
    </message>
    <message>
        <source>The body has %L1 characters; the preview shows the first %L2. Everything is kept and saved.</source>
        <translation>في المتن %L1 حرفاً؛ تعرض المعاينة أول %L2. كل شيء محفوظ ويُحفظ.</translation>
    </message>
</context>
<context>
    <name>Copydesk::PublishController</name>
    <message>
        <source>&amp;Publish…</source>
        <translation>ا&amp;نشر…</translation>
    </message>
    <message>
        <source>Check the story and publish it, or an update, correction or withdrawal of it, to the destinations</source>
        <translation>افحص القصة وانشرها، أو انشر تحديثاً أو تصحيحاً أو سحباً لها، إلى الوجهات</translation>
    </message>
    <message>
        <source>&amp;Withdraw Story…</source>
        <translation>ا&amp;سحب الخبر…</translation>
    </message>
    <message>
        <source>Take a published story down: a notice with the reason replaces its page and it leaves the feeds</source>
        <translation>إنزال قصة منشورة: يحلّ إشعار بالسبب محلّ صفحتها وتخرج من الخلاصات</translation>
    </message>
    <message>
        <source>&amp;Deliver Again</source>
        <translation>&amp;سلّم مجددًا</translation>
    </message>
    <message>
        <source>Try now the deliveries still waiting for their next try</source>
        <translation>حاول الآن التسليمات التي تنتظر محاولتها التالية</translation>
    </message>
    <message>
        <source>Publis&amp;hing Settings…</source>
        <translation>إعدادات ال&amp;نشر…</translation>
    </message>
    <message>
        <source>Choose the destination folder, the site&apos;s address and title, the feeds&apos; length, the short-URL base and the newsroom&apos;s time zone</source>
        <translation>اختر مجلد الوجهة وعنوان الموقع واسمه وطول الخلاصات وأساس الروابط القصيرة والمنطقة الزمنية لغرفة الأخبار</translation>
    </message>
    <message>
        <source>“%1” changed while you were asked; publish it again.</source>
        <translation>تغيّر «%1» أثناء سؤالك؛ انشره مجددًا.</translation>
    </message>
    <message>
        <source>Not published: the site&apos;s web address is needed first.</source>
        <translation>لم يُنشر: يلزم عنوان الموقع على الويب أولًا.</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>جارٍ النشر…</translation>
    </message>
    <message>
        <source>Story Not Published</source>
        <translation>لم يُنشر الخبر</translation>
    </message>
    <message>
        <source>%1

The story is saved in the library; publish it again once this is sorted out.</source>
        <translation>%1

الخبر محفوظ في المكتبة؛ انشره مجددًا بعد حل ذلك.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln destinations</source>
        <translation>
            <numerusform>لا وجهات</numerusform>
            <numerusform>وجهة واحدة</numerusform>
            <numerusform>وجهتين</numerusform>
            <numerusform>%Ln وجهات</numerusform>
            <numerusform>%Ln وجهةً</numerusform>
            <numerusform>%Ln وجهة</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 is already what readers have; bringing %2 up to date…</source>
        <translation>النسخة %1 هي ما لدى القرّاء؛ جارٍ تحديث %2…</translation>
    </message>
    <message>
        <source>Withdrawn as version %1; delivering to %2…</source>
        <translation>سُحب بوصفه النسخة %1؛ جارٍ التسليم إلى %2…</translation>
    </message>
    <message>
        <source>Published version %1; delivering to %2…</source>
        <translation>نُشرت النسخة %1؛ جارٍ التسليم إلى %2…</translation>
    </message>
    <message>
        <source>Your newer changes are still open. Save them to see whether they conflict.</source>
        <translation>تغييراتك الأحدث ما زالت مفتوحة. احفظها لترى إن كانت تتعارض.</translation>
    </message>
    <message>
        <source>Not Delivered</source>
        <translation>لم يُسلَّم</translation>
    </message>
    <message>
        <source>Nothing is waiting to be delivered.</source>
        <translation>لا شيء ينتظر التسليم.</translation>
    </message>
    <message numerus="yes">
        <source>Delivering %Ln publications again…</source>
        <translation>
            <numerusform>لا شيء للتسليم…</numerusform>
            <numerusform>جارٍ تسليم منشور واحد مجددًا…</numerusform>
            <numerusform>جارٍ تسليم منشورين مجددًا…</numerusform>
            <numerusform>جارٍ تسليم %Ln منشورات مجددًا…</numerusform>
            <numerusform>جارٍ تسليم %Ln منشورًا مجددًا…</numerusform>
            <numerusform>جارٍ تسليم %Ln منشور مجددًا…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stories publish to %1.</source>
        <translation>تُنشر الأخبار إلى %1.</translation>
    </message>
</context>
<context>
    <name>Copydesk::PublishDialog</name>
    <message>
        <source>The story goes out and is dated now.</source>
        <translation>يخرج الخبر ويؤرَّخ الآن.</translation>
    </message>
    <message>
        <source>A typo or a small fix: readers&apos; “Updated” stamp and the feeds&apos; dates stay as they are.</source>
        <translation>خطأ مطبعي أو إصلاح صغير: يبقى ختم «حُدّث» لدى القرّاء وتواريخ الموجزات كما هي.</translation>
    </message>
    <message>
        <source>New facts: the “Updated” stamp moves and the page lists your note with its date.</source>
        <translation>وقائع جديدة: يتقدّم ختم «حُدّث» وتعرض الصفحة ملاحظتك بتاريخها.</translation>
    </message>
    <message>
        <source>Something was wrong: the page shows a dated correction with your note; the stamp moves.</source>
        <translation>كان شيء خاطئًا: تعرض الصفحة تصحيحًا مؤرّخًا بملاحظتك؛ ويتقدّم الختم.</translation>
    </message>
    <message>
        <source>Take it down: its page becomes a notice with your reason, it leaves the feeds, and it stays in the library.</source>
        <translation>اسحبه: تصير صفحته إشعارًا بسببك، ويخرج من الموجزات، ويبقى في المكتبة.</translation>
    </message>
    <message>
        <source>Bring the withdrawn story back: its page and feed entries return.</source>
        <translation>أعد الخبر المسحوب: تعود صفحته ومداخله في الموجزات.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>ا&amp;نشر</translation>
    </message>
    <message>
        <source>&amp;Publish Update</source>
        <translation>ا&amp;نشر التحديث</translation>
    </message>
    <message>
        <source>&amp;Publish Correction</source>
        <translation>ا&amp;نشر التصحيح</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>ا&amp;سحب</translation>
    </message>
    <message>
        <source>&amp;Republish</source>
        <translation>أعد ال&amp;نشر</translation>
    </message>
    <message>
        <source>Publishing saves your changes first.</source>
        <translation>يحفظ النشر تغييراتك أولًا.</translation>
    </message>
    <message>
        <source>Publish Update</source>
        <translation>نشر تحديث</translation>
    </message>
    <message>
        <source>Publish Story</source>
        <translation>نشر الخبر</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>خبر بلا عنوان</translation>
    </message>
    <message>
        <source>Change them in Publishing → Destinations…</source>
        <translation>غيّرها في النشر ← الوجهات…</translation>
    </message>
    <message>
        <source>Follows from the headline, once there is one.</source>
        <translation>يتبع العنوان، حين يوجد.</translation>
    </message>
    <message>
        <source>Where readers will find the story page</source>
        <translation>حيث سيجد القرّاء صفحة الخبر</translation>
    </message>
    <message>
        <source>Goes to:</source>
        <translation>يذهب إلى:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>العنوان:</translation>
    </message>
    <message>
        <source>Published: choose the kind of update.</source>
        <translation>منشور: اختر نوع التحديث.</translation>
    </message>
    <message>
        <source>Withdrawn: republishing brings it back.</source>
        <translation>مسحوب: إعادة النشر تعيده.</translation>
    </message>
    <message>
        <source>%1, becomes published.</source>
        <translation>%1، يصير منشورًا.</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>House style findings</source>
        <translation>ملاحظات دليل الأسلوب</translation>
    </message>
    <message>
        <source>&amp;House style:</source>
        <translation>دليل الأ&amp;سلوب:</translation>
    </message>
    <message>
        <source>&amp;Note for readers:</source>
        <translation>ملاحظة لل&amp;قرّاء:</translation>
    </message>
    <message>
        <source>What changed, as readers will see it listed</source>
        <translation>ما تغيّر، كما سيراه القرّاء مدرجًا</translation>
    </message>
    <message>
        <source>&amp;Correction:</source>
        <translation>ال&amp;تصحيح:</translation>
    </message>
    <message>
        <source>What was wrong, as the dated notice will say</source>
        <translation>ما كان خاطئًا، كما سيقول الإشعار المؤرّخ</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>ال&amp;سبب:</translation>
    </message>
    <message>
        <source>Why it is withdrawn, as the notice will say</source>
        <translation>لماذا سُحب، كما سيقول الإشعار</translation>
    </message>
    <message>
        <source>Optional: why it is back</source>
        <translation>اختياري: لماذا عاد</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>خطأ: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>تنبيه: %1</translation>
    </message>
    <message>
        <source>Press Enter or double-click to go to the field</source>
        <translation>اضغط Enter أو انقر مرتين للانتقال إلى الحقل</translation>
    </message>
    <message>
        <source>A withdrawal takes the story down whatever the house style says.</source>
        <translation>السحب ينزل الخبر أيًّا كان ما يقوله دليل الأسلوب.</translation>
    </message>
    <message>
        <source>No house-style findings.</source>
        <translation>لا ملاحظات من دليل الأسلوب.</translation>
    </message>
    <message>
        <source>Publishing is blocked: fix %1 in the list first (Enter on one goes to its field). Warnings do not block.</source>
        <translation>النشر ممنوع: أصلح %1 في القائمة أولًا (Enter على أحدها ينتقل إلى حقله). التنبيهات لا تمنع.</translation>
    </message>
    <message numerus="yes">
        <source>the %Ln errors</source>
        <translation>
            <numerusform>لا أخطاء</numerusform>
            <numerusform>الخطأ</numerusform>
            <numerusform>الخطأين</numerusform>
            <numerusform>الأخطاء الـ%Ln</numerusform>
            <numerusform>الأخطاء الـ%Ln</numerusform>
            <numerusform>الأخطاء الـ%Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warnings: worth a look, but they do not block publishing.</source>
        <translation>
            <numerusform>لا تنبيهات.</numerusform>
            <numerusform>تنبيه واحد: يستحق النظر، لكنه لا يمنع النشر.</numerusform>
            <numerusform>تنبيهان: يستحقان النظر، لكنهما لا يمنعان النشر.</numerusform>
            <numerusform>%Ln تنبيهات: تستحق النظر، لكنها لا تمنع النشر.</numerusform>
            <numerusform>%Ln تنبيهًا: تستحق النظر، لكنها لا تمنع النشر.</numerusform>
            <numerusform>%Ln تنبيه: تستحق النظر، لكنها لا تمنع النشر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::PublishQueuePanel</name>
    <message>
        <source>Only &amp;waiting and failed</source>
        <translation>المن&amp;تظرة والفاشلة فقط</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <translation>أ&amp;عد المحاولة الآن</translation>
    </message>
    <message>
        <source>Ca&amp;ncel Delivery</source>
        <translation>أ&amp;لغِ التسليم</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>التسليمات</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the story</source>
        <translation>Enter أو النقر المزدوج يفتح الخبر</translation>
    </message>
    <message>
        <source>Hide what was delivered or cancelled</source>
        <translation>أخفِ ما سُلّم أو أُلغي</translation>
    </message>
    <message>
        <source>Try the selected delivery again now instead of at its next try</source>
        <translation>أعد محاولة التسليم المحدد الآن بدل موعده التالي</translation>
    </message>
    <message>
        <source>Give up the selected delivery; Retry Now brings it back</source>
        <translation>تخلَّ عن التسليم المحدد؛ «أعد المحاولة الآن» يعيده</translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>لا شيء منتظر</numerusform>
            <numerusform>واحد منتظر</numerusform>
            <numerusform>اثنان منتظران</numerusform>
            <numerusform>%Ln منتظرة</numerusform>
            <numerusform>%Ln منتظرًا</numerusform>
            <numerusform>%Ln منتظر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed</source>
        <translation>
            <numerusform>لا فشل</numerusform>
            <numerusform>واحد فاشل</numerusform>
            <numerusform>اثنان فاشلان</numerusform>
            <numerusform>%Ln فاشلة</numerusform>
            <numerusform>%Ln فاشلًا</numerusform>
            <numerusform>%Ln فاشل</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is waiting or failed.</source>
        <translation>لا شيء منتظر أو فاشل.</translation>
    </message>
    <message>
        <source>Nothing was ever delivered.</source>
        <translation>لم يُسلَّم شيء قط.</translation>
    </message>
    <message>
        <source>Everything shown has arrived.</source>
        <translation>كل المعروض وصل.</translation>
    </message>
</context>
<context>
    <name>Copydesk::PublishService</name>
    <message>
        <source>the untitled story</source>
        <translation>القصة بلا عنوان</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The story has no headline: write one first.</source>
        <translation>ليس للقصة عنوان: اكتب واحداً أولاً.</translation>
    </message>
    <message>
        <source>%1 has no slug to make its address from: type a slug with Latin letters or digits.</source>
        <translation>ليس لـ%1 اسم مختصر يُصنع منه عنوانها: اكتب اسماً مختصراً بحروف لاتينية أو أرقام.</translation>
    </message>
    <message>
        <source>%1 is already published: publish a minor update, a major update or a correction instead.</source>
        <translation>%1 منشورة من قبل: انشر تحديثاً طفيفاً أو تحديثاً كبيراً أو تصحيحاً بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>%1 was withdrawn: republish it to put it back.</source>
        <translation>سُحبت %1: أعد نشرها لإرجاعها.</translation>
    </message>
    <message>
        <source>%1 is not published yet: publish it first.</source>
        <translation>%1 غير منشورة بعد: انشرها أولاً.</translation>
    </message>
    <message>
        <source>%1 was withdrawn: republish it before updating it.</source>
        <translation>سُحبت %1: أعد نشرها قبل تحديثها.</translation>
    </message>
    <message>
        <source>A major update needs a note telling readers what changed.</source>
        <translation>يحتاج التحديث الكبير إلى ملاحظة تخبر القراء بما تغيّر.</translation>
    </message>
    <message>
        <source>A correction needs a note saying what was wrong.</source>
        <translation>يحتاج التصحيح إلى ملاحظة تقول ما كان خاطئاً.</translation>
    </message>
    <message>
        <source>%1 was never published, so there is nothing to withdraw: unschedule it or delete the draft instead.</source>
        <translation>لم تُنشر %1 قط، فلا شيء يُسحب: ألغِ جدولتها أو احذف المسودة بدلاً من ذلك.</translation>
    </message>
    <message>
        <source>%1 is already withdrawn.</source>
        <translation>%1 مسحوبة من قبل.</translation>
    </message>
    <message>
        <source>A withdrawal needs a reason: readers see it where the story was.</source>
        <translation>يحتاج السحب إلى سبب: يراه القراء حيث كانت القصة.</translation>
    </message>
    <message>
        <source>Only a withdrawn story can be republished; %1 is %2.</source>
        <translation>لا يُعاد نشر إلا قصة مسحوبة؛ %1 %2.</translation>
    </message>
    <message>
        <source>%1 is under embargo until %2; nothing publishes it before then.</source>
        <translation>%1 محظورة حتى %2؛ لا شيء ينشرها قبل ذلك.</translation>
    </message>
    <message>
        <source>There is nowhere to publish to: every destination is disabled, or none is set up. Enable a destination, or choose a folder in the publishing settings.</source>
        <translation>لا مكان للنشر فيه: كل الوجهات معطّلة أو لم تُعدّ أي وجهة. فعّل وجهة أو اختر مجلداً في إعدادات النشر.</translation>
    </message>
    <message>
        <source>%1 has no web address for its site: its links would point at a folder on this computer, which readers cannot open. Set the address readers use in the publishing settings or the destination.</source>
        <translation>ليس لموقع %1 عنوان على الويب: ستشير روابطها إلى مجلد على هذا الحاسوب لا يستطيع القراء فتحه. ضع العنوان الذي يستخدمه القراء في إعدادات النشر أو في الوجهة.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>%1 was changed elsewhere (version %2 is stored, you have version %3); nothing was published. Look at the changes first.</source>
        <translation>تغيّرت %1 في مكان آخر (الإصدار %2 محفوظ، ولديك الإصدار %3)؛ لم يُنشر شيء. انظر في التغييرات أولاً.</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>تُسحب</translation>
    </message>
    <message>
        <source>published</source>
        <translation>تُنشر</translation>
    </message>
    <message>
        <source>%1 was not %2: %3</source>
        <translation>لم %2 %1: %3</translation>
    </message>
    <message>
        <source>%1 was not published: the picture of the photo “%2” is missing from the library. Remove the photo or add its picture again.</source>
        <translation>لم تُنشر %1: صورة الصورة الصحفية «%2» مفقودة من المكتبة. أزل الصورة أو أضف صورتها مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere (version %2 is stored, you have version %3); nothing was changed. Look at the changes first.</source>
        <translation>تغيّرت %1 في مكان آخر (الإصدار %2 محفوظ، ولديك الإصدار %3)؛ لم يتغيّر شيء. انظر في التغييرات أولاً.</translation>
    </message>
    <message>
        <source>Give the time the story is to be published.</source>
        <translation>حدّد الوقت الذي ستُنشر فيه القصة.</translation>
    </message>
    <message>
        <source>%1 has already passed: publish the story now, or choose a later time.</source>
        <translation>مضى %1 من قبل: انشر القصة الآن أو اختر وقتاً لاحقاً.</translation>
    </message>
    <message>
        <source>%1 is already out (%2): only a story not yet published can be scheduled.</source>
        <translation>%1 منشورة من قبل (%2): لا تُجدول إلا قصة لم تُنشر بعد.</translation>
    </message>
    <message>
        <source>%1 is under embargo until %2: schedule it for then or later.</source>
        <translation>%1 محظورة حتى %2: جدولها لذلك الوقت أو بعده.</translation>
    </message>
    <message>
        <source>%1 was not scheduled: %2</source>
        <translation>لم تُجدول %1: %2</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>لـ%1</translation>
    </message>
    <message>
        <source>; embargoed until %1</source>
        <translation>؛ محظورة حتى %1</translation>
    </message>
    <message>
        <source>%1 is not scheduled; there is nothing to unschedule.</source>
        <translation>%1 غير مجدولة؛ لا شيء لإلغاء جدولته.</translation>
    </message>
    <message>
        <source>Was scheduled for %1</source>
        <translation>كانت مجدولة لـ%1</translation>
    </message>
    <message>
        <source>%1 is already out: an embargo only holds a story that is not published yet.</source>
        <translation>%1 منشورة من قبل: الحظر لا يمسك إلا قصة لم تُنشر بعد.</translation>
    </message>
    <message>
        <source>%1 is scheduled for %2, before the embargo would lift: schedule it for %3 or later first.</source>
        <translation>%1 مجدولة لـ%2، قبل رفع الحظر: جدولها لـ%3 أو بعده أولاً.</translation>
    </message>
    <message>
        <source>Embargoed until %1</source>
        <translation>محظورة حتى %1</translation>
    </message>
    <message>
        <source>Embargo lifted</source>
        <translation>رُفع الحظر</translation>
    </message>
    <message>
        <source>%1 due, none published: %2</source>
        <translation>%1 مستحقة، ولم يُنشر منها شيء: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scheduled stories are</source>
        <translation>
            <numerusform>%Ln قصة مجدولة</numerusform>
            <numerusform>قصة مجدولة واحدة</numerusform>
            <numerusform>قصتان مجدولتان</numerusform>
            <numerusform>%Ln قصص مجدولة</numerusform>
            <numerusform>%Ln قصة مجدولة</numerusform>
            <numerusform>%Ln قصة مجدولة</numerusform>
        </translation>
    </message>
    <message>
        <source>A photo&apos;s picture is missing from the library.</source>
        <translation>صورة إحدى الصور الصحفية مفقودة من المكتبة.</translation>
    </message>
    <message>
        <source>%1 was not published at its scheduled time, %2, and is back among the drafts: %3</source>
        <translation>لم تُنشر %1 في موعدها المجدول، %2، وعادت إلى المسودات: %3</translation>
    </message>
    <message>
        <source>Published as scheduled for %1</source>
        <translation>نُشرت كما جُدولت لـ%1</translation>
    </message>
    <message>
        <source>Scheduled for %1; published %2 late, when publishing next ran.</source>
        <translation>جُدولت لـ%1؛ نُشرت متأخرة %2 عندما جرى النشر التالي.</translation>
    </message>
    <message>
        <source>Restored the text of version %1</source>
        <translation>استُعيد نص الإصدار %1</translation>
    </message>
    <message>
        <source>The feeds at %1: %2</source>
        <translation>الخلاصات في %1: %2</translation>
    </message>
    <message>
        <source>%1 has no slug to make its address from: type a slug with letters or digits.</source>
        <translation>ليس لـ%1 اسم مختصر يُصنع منه عنوانها: اكتب اسماً مختصراً بحروف أو أرقام.</translation>
    </message>
</context>
<context>
    <name>Copydesk::PublishSettings</name>
    <message>
        <source>Choose a destination folder.</source>
        <translation>اختر مجلد وجهة.</translation>
    </message>
    <message>
        <source>The destination folder must be a full path, such as %1.</source>
        <translation>يجب أن يكون مجلد الوجهة مسارًا كاملًا، مثل %1.</translation>
    </message>
    <message>
        <source>The site address must start with https:// or http:// and name a host, or be left empty.</source>
        <translation>يجب أن يبدأ عنوان الموقع بـ https:// أو http:// وأن يسمّي خادمًا، أو أن يُترك فارغًا.</translation>
    </message>
    <message>
        <source>The language must be a BCP 47 tag such as en, en-GB or ar.</source>
        <translation>يجب أن تكون اللغة وسم BCP 47 مثل en أو en-GB أو ar.</translation>
    </message>
    <message>
        <source>Each feed lists between 1 and 500 stories.</source>
        <translation>يدرج كل موجز بين 1 و500 خبر.</translation>
    </message>
    <message>
        <source>The short URL base must start with https:// or http:// and name a host, or be left empty for short URLs on the site itself.</source>
        <translation>يجب أن يبدأ أساس الرابط المختصر بـ https:// أو http:// وأن يسمّي خادمًا، أو أن يُترك فارغًا لروابط مختصرة على الموقع نفسه.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”; use an IANA name such as Europe/Malta.</source>
        <translation>منطقة زمنية مجهولة «%1»؛ استخدم اسمًا من IANA مثل Europe/Malta.</translation>
    </message>
</context>
<context>
    <name>Copydesk::PublishSettingsDialog</name>
    <message>
        <source>Publishing Settings</source>
        <translation>إعدادات النشر</translation>
    </message>
    <message>
        <source>The folder a web server serves; pages, ninjs files, photos and feeds are written here</source>
        <translation>المجلد الذي يقدّمه خادم الويب؛ تُكتب فيه الصفحات وملفات ninjs والصور والموجزات</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ت&amp;صفّح…</translation>
    </message>
    <message>
        <source>Pick the destination folder</source>
        <translation>اختر مجلد الوجهة</translation>
    </message>
    <message>
        <source>The address the folder is served at, such as https://news.example/stories/. Pages, feeds and ninjs link to stories with it; while it is empty Copydesk asks for it before the first publication.</source>
        <translation>العنوان الذي يُقدَّم منه المجلد، مثل https://news.example/stories/. تربط به الصفحات والموجزات وninjs الأخبار؛ وما دام فارغًا يسأل عنه Copydesk قبل النشر الأول.</translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation>Copydesk</translation>
    </message>
    <message>
        <source>The name feed readers show for the site</source>
        <translation>الاسم الذي تعرضه قارئات الموجزات للموقع</translation>
    </message>
    <message>
        <source>The language stories are written in unless a story names its own, as a BCP 47 tag: en, en-GB, ar, fr. Pages, feeds and ninjs say it; ar, he, fa and ur pages read right to left</source>
        <translation>اللغة التي تُكتب بها الأخبار ما لم يسمِّ الخبر لغته، بوسم BCP 47: en، en-GB، ar، fr. تذكرها الصفحات والموجزات وninjs؛ وتُقرأ صفحات ar وhe وfa وur من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>How many of the newest published stories each feed lists</source>
        <translation>كم خبرًا من أحدث المنشور يدرجه كل موجز</translation>
    </message>
    <message>
        <source>Empty: the site address followed by s/</source>
        <translation>فارغ: عنوان الموقع متبوعًا بـ s/</translation>
    </message>
    <message>
        <source>Each story&apos;s short URL is this address followed by a code made from its id. Leave it empty and the site answers short URLs itself, under s/; give a short-link service&apos;s address to use that instead</source>
        <translation>الرابط المختصر لكل خبر هو هذا العنوان متبوعًا برمز من معرّفه. اتركه فارغًا ليجيب الموقع نفسه عن الروابط المختصرة تحت s/؛ أو أعطِ عنوان خدمة روابط مختصرة لاستخدامها بدلًا منه</translation>
    </message>
    <message>
        <source>Schedules and embargoes are entered in this zone, and pages date stories in it</source>
        <translation>تُدخل الجدولة والحظر بهذا التوقيت، وتؤرّخ به الصفحات الأخبار</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>توقيت هذا الحاسوب (%1)</translation>
    </message>
    <message>
        <source>Destination &amp;folder:</source>
        <translation>&amp;مجلد الوجهة:</translation>
    </message>
    <message>
        <source>Site &amp;address:</source>
        <translation>&amp;عنوان الموقع:</translation>
    </message>
    <message>
        <source>Site &amp;title:</source>
        <translation>اسم ال&amp;موقع:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Stories in each &amp;feed:</source>
        <translation>الأخبار في كل &amp;موجز:</translation>
    </message>
    <message>
        <source>S&amp;hort URL base:</source>
        <translation>أساس الرابط ال&amp;مختصر:</translation>
    </message>
    <message>
        <source>Newsroom &amp;time zone:</source>
        <translation>&amp;توقيت غرفة الأخبار:</translation>
    </message>
    <message>
        <source>Choose a destination folder.</source>
        <translation type="vanished">اختر مجلد وجهة.</translation>
    </message>
    <message>
        <source>The destination folder must be a full path, such as %1.</source>
        <translation type="vanished">يجب أن يكون مجلد الوجهة مسارًا كاملًا، مثل %1.</translation>
    </message>
    <message>
        <source>The site address must start with https:// or http:// and name a host, or be left empty.</source>
        <translation type="vanished">يجب أن يبدأ عنوان الموقع بـ https:// أو http:// وأن يسمّي خادمًا، أو أن يُترك فارغًا.</translation>
    </message>
    <message>
        <source>The language must be a BCP 47 tag such as en, en-GB or ar.</source>
        <translation type="vanished">يجب أن تكون اللغة وسم BCP 47 مثل en أو en-GB أو ar.</translation>
    </message>
    <message>
        <source>The short URL base must start with https:// or http:// and name a host, or be left empty for short URLs on the site itself.</source>
        <translation type="vanished">يجب أن يبدأ أساس الرابط المختصر بـ https:// أو http:// وأن يسمّي خادمًا، أو أن يُترك فارغًا لروابط مختصرة على الموقع نفسه.</translation>
    </message>
    <message>
        <source>Empty: asked for before the first publication</source>
        <translation>فارغ: يُسأل عنه قبل النشر الأول</translation>
    </message>
    <message>
        <source>Empty: asked for before the first publication (the preview links to %1)</source>
        <translation>فارغ: يُسأل عنه قبل النشر الأول (تربط المعاينة بـ %1)</translation>
    </message>
    <message>
        <source>Destination Folder</source>
        <translation>مجلد الوجهة</translation>
    </message>
    <message>
        <source>Latin letters (Αθήνα → athena)</source>
        <translation>حروف لاتينية (Αθήνα → athena)</translation>
    </message>
    <message>
        <source>The headline’s own script (Αθήνα → αθήνα)</source>
        <translation>خط العنوان نفسه (Αθήνα → αθήνα)</translation>
    </message>
    <message>
        <source>How a story&apos;s address is made from its headline. Latin letters suit every system; a newsroom writing in another script may keep its own letters, which links carry percent-encoded. A story published before a change moves to its new address at its next publication, and its old address points there.</source>
        <translation>كيف يُصنع عنوان القصة من عنوانها الرئيسي. تناسب الحروف اللاتينية كل نظام؛ ويمكن لغرفة أخبار تكتب بخط آخر أن تُبقي حروفها، فتحملها الروابط بترميز النسبة المئوية. القصة المنشورة قبل التغيير تنتقل إلى عنوانها الجديد عند نشرها التالي، ويشير عنوانها القديم إليه.</translation>
    </message>
    <message>
        <source>Slu&amp;gs in:</source>
        <translation>الأسماء المختصرة &amp;بـ:</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>على هذا الحاسوب</translation>
    </message>
    <message>
        <source>Shared by every desk on this library</source>
        <translation>مشتركة بين كل مكاتب هذه المكتبة</translation>
    </message>
    <message>
        <source>Kept in the library: a change here reaches every window and copydesk-cli working on it</source>
        <translation>محفوظة في المكتبة: يصل التغيير هنا إلى كل نافذة وإلى copydesk-cli العاملين عليها</translation>
    </message>
    <message>
        <source>World
Business
Sport</source>
        <translation>العالم
الأعمال
الرياضة</translation>
    </message>
    <message>
        <source>The sections stories are filed under, one a line, in the order the editor lists them. A section taken off the list stays with the stories filed under it.</source>
        <translation>الأقسام التي تُصنَّف تحتها القصص، قسم في كل سطر، بالترتيب الذي يعرضها به المحرر. القسم المحذوف من القائمة يبقى للقصص المصنفة تحته.</translation>
    </message>
    <message>
        <source>Se&amp;ctions:</source>
        <translation>الأ&amp;قسام:</translation>
    </message>
</context>
<context>
    <name>Copydesk::PushDestination</name>
    <message>
        <source>the push endpoint %1</source>
        <translation>نقطة الدفع %1</translation>
    </message>
    <message>
        <source>sending a test request</source>
        <translation>إرسال طلب تجريبي</translation>
    </message>
    <message>
        <source>%1 answered (HTTP %2).</source>
        <translation>أجاب %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>The edition has no ninjs document.</source>
        <translation>ليس في الإصدارة وثيقة ninjs.</translation>
    </message>
    <message>
        <source>checking for the picture %1</source>
        <translation>التحقق من الصورة %1</translation>
    </message>
    <message>
        <source>sending the picture %1</source>
        <translation>إرسال الصورة %1</translation>
    </message>
    <message>
        <source>sending version %1 of “%2”</source>
        <translation>إرسال الإصدار %1 من «%2»</translation>
    </message>
</context>
<context>
    <name>Copydesk::RecoveryDialog</name>
    <message>
        <source>Untitled story</source>
        <translation>خبر بلا عنوان</translation>
    </message>
    <message>
        <source>Never saved</source>
        <translation>لم يُحفظ قط</translation>
    </message>
    <message>
        <source>Deleted from the library</source>
        <translation>حُذف من المكتبة</translation>
    </message>
    <message>
        <source>Version %1, saved since</source>
        <translation>النسخة %1، حُفظت منذ ذلك</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>النسخة %1</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>ا&amp;ستعد</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>أبقِ ال&amp;اثنين</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>ت&amp;خلَّ عنها</translation>
    </message>
    <message>
        <source>Recover Unsaved Edits</source>
        <translation>استعادة التعديلات غير المحفوظة</translation>
    </message>
    <message>
        <source>Copydesk ended before these edits were saved. Their text was kept in the edit journal beside the library. Choose what to do with each; what you leave is offered again at the next start.</source>
        <translation>انتهى Copydesk قبل حفظ هذه التعديلات. حُفظ نصها في سجل التعديلات بجانب المكتبة. اختر ما تفعله بكل منها؛ وما تتركه يُعرض مجددًا في التشغيل التالي.</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>الخبر</translation>
    </message>
    <message>
        <source>Last edit</source>
        <translation>آخر تعديل</translation>
    </message>
    <message>
        <source>In the library</source>
        <translation>في المكتبة</translation>
    </message>
    <message>
        <source>Stories with unsaved edits</source>
        <translation>أخبار بتعديلات غير محفوظة</translation>
    </message>
    <message>
        <source>Open the edits in the editor, unsaved, on top of what the library holds; Undo takes them back</source>
        <translation>افتح التعديلات في المحرّر، غير محفوظة، فوق ما تحويه المكتبة؛ التراجع يزيلها</translation>
    </message>
    <message>
        <source>Save the edits as a new draft; the saved story stays as it is</source>
        <translation>احفظ التعديلات مسودةً جديدة؛ يبقى الخبر المحفوظ كما هو</translation>
    </message>
    <message>
        <source>Throw the edits away</source>
        <translation>تخلَّ عن التعديلات</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>قرّر ل&amp;احقًا</translation>
    </message>
    <message>
        <source>Keep the edits in the journal and offer them again at the next start</source>
        <translation>أبقِ التعديلات في السجل واعرضها مجددًا في التشغيل التالي</translation>
    </message>
    <message>
        <source>Saved version %1</source>
        <translation>النسخة المحفوظة %1</translation>
    </message>
    <message>
        <source>These edits began on version %1; version %2 was saved since, by another desk or process. Restore puts the edited fields over version %2: compare before you save, or keep both.</source>
        <translation>بدأت هذه التعديلات على النسخة %1؛ وحُفظت النسخة %2 منذ ذلك، من مكتب أو عملية أخرى. الاستعادة تضع الحقول المعدّلة فوق النسخة %2: قارن قبل أن تحفظ، أو أبقِ الاثنين.</translation>
    </message>
    <message>
        <source>Not in the library</source>
        <translation>ليس في المكتبة</translation>
    </message>
    <message>
        <source>This story was never saved: the journal holds all there is of it.</source>
        <translation>لم يُحفظ هذا الخبر قط: يحوي السجل كل ما فيه.</translation>
    </message>
    <message>
        <source>This story was deleted from the library after these edits began. Restore or Keep Both saves it anew.</source>
        <translation>حُذف هذا الخبر من المكتبة بعد بدء هذه التعديلات. الاستعادة أو إبقاء الاثنين يحفظه من جديد.</translation>
    </message>
    <message>
        <source>The journal&apos;s last record was cut short; this is the one before it.</source>
        <translation>انقطع آخر سجل في السجل؛ هذا الذي قبله.</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>تعديلات غير محفوظة</translation>
    </message>
    <message>
        <source>last edit %1</source>
        <translation>آخر تعديل %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::RemoteDestination</name>
    <message>
        <source>“%1” (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>The destination “%1” has no usable address: “%2”.</source>
        <translation>ليس للوجهة «%1» عنوان صالح: «%2».</translation>
    </message>
    <message>
        <source>The destination “%1” needs an https:// address (plain http is only for a server on this machine): “%2”.</source>
        <translation>تحتاج الوجهة «%1» إلى عنوان https:// (http غير المشفّر لخادم على هذا الجهاز فقط): «%2».</translation>
    </message>
    <message>
        <source>The destination “%1” has no password or secret: enter it when Copydesk asks, or give it in an environment variable.</source>
        <translation>ليس للوجهة «%1» كلمة مرور أو سرّ: أدخله عندما يسأل Copydesk، أو أعطه في متغير بيئة.</translation>
    </message>
    <message>
        <source>The destination “%1” reads its password or secret from the environment variable %2, which is not set.</source>
        <translation>تقرأ الوجهة «%1» كلمة مرورها أو سرّها من متغير البيئة %2، وهو غير مضبوط.</translation>
    </message>
    <message>
        <source>No answer while %1: %2</source>
        <translation>لا إجابة أثناء %1: %2</translation>
    </message>
</context>
<context>
    <name>Copydesk::RevisionPacking</name>
    <message>
        <source>the kept version cannot be unpacked</source>
        <translation>لا يمكن فكّ الإصدار المحفوظ</translation>
    </message>
</context>
<context>
    <name>Copydesk::SampleStory</name>
    <message>
        <source>The bundled sample %1 is missing: %2</source>
        <translation>العيّنة المرفقة %1 مفقودة: %2</translation>
    </message>
</context>
<context>
    <name>Copydesk::ScheduleController</name>
    <message>
        <source>Sc&amp;hedule…</source>
        <translation>ج&amp;دوِل…</translation>
    </message>
    <message>
        <source>Choose when the story goes out, and an embargo, in the newsroom&apos;s time zone</source>
        <translation>اختر موعد خروج الخبر، وحظرًا للنشر، بتوقيت غرفة الأخبار</translation>
    </message>
    <message>
        <source>&amp;Unschedule</source>
        <translation>أ&amp;لغِ الجدولة</translation>
    </message>
    <message>
        <source>Take the scheduled story back to the drafts</source>
        <translation>أعد الخبر المجدول إلى المسودات</translation>
    </message>
    <message>
        <source>Not scheduled: the site&apos;s web address is needed first.</source>
        <translation>لم يُجدوَل: يلزم عنوان الموقع على الويب أولًا.</translation>
    </message>
    <message>
        <source>Story Not Scheduled</source>
        <translation>لم يُجدوَل الخبر</translation>
    </message>
    <message>
        <source>Scheduled for %1.</source>
        <translation>مجدول في %1.</translation>
    </message>
    <message>
        <source>Story Not Unscheduled</source>
        <translation>لم تُلغَ جدولة الخبر</translation>
    </message>
    <message>
        <source>“%1” is a draft again.</source>
        <translation>عاد «%1» مسودة.</translation>
    </message>
    <message>
        <source>Published “%1” as scheduled.</source>
        <translation>نُشر «%1» كما جُدول.</translation>
    </message>
    <message>
        <source>Published “%1”: %2</source>
        <translation>نُشر «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” changed in the library while you edit it: save your changes to see whether they conflict.</source>
        <translation>تغيّرت «%1» في المكتبة أثناء تحريرك لها: احفظ تغييراتك لترى هل تتعارض.</translation>
    </message>
</context>
<context>
    <name>Copydesk::ScheduleDialog</name>
    <message>
        <source>&amp;Embargo until:</source>
        <translation>&amp;محظور حتى:</translation>
    </message>
    <message>
        <source>Reschedule Story</source>
        <translation>إعادة جدولة الخبر</translation>
    </message>
    <message>
        <source>Schedule Story</source>
        <translation>جدولة الخبر</translation>
    </message>
    <message>
        <source>Untitled story</source>
        <translation>خبر بلا عنوان</translation>
    </message>
    <message>
        <source>Nothing publishes the story before this time, whoever asks</source>
        <translation>لا شيء ينشر الخبر قبل هذا الوقت، أيًّا كان الطالب</translation>
    </message>
    <message>
        <source>&amp;Publish at:</source>
        <translation>ا&amp;نشر في:</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>ج&amp;دوِل</translation>
    </message>
    <message>
        <source>That time has passed: choose a later one, or publish the story now.</source>
        <translation>مضى ذلك الوقت: اختر وقتًا لاحقًا، أو انشر الخبر الآن.</translation>
    </message>
    <message>
        <source>The embargo lifts after the scheduled time: schedule it for the embargo or later.</source>
        <translation>يُرفع الحظر بعد الموعد المجدول: جدوِله لموعد رفع الحظر أو بعده.</translation>
    </message>
</context>
<context>
    <name>Copydesk::SchedulePanel</name>
    <message>
        <source>The day before</source>
        <translation>اليوم السابق</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>اليوم السابق</translation>
    </message>
    <message>
        <source>The day after</source>
        <translation>اليوم التالي</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>اليوم التالي</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Back to today&apos;s schedule</source>
        <translation>عودة إلى جدول اليوم</translation>
    </message>
    <message>
        <source>Scheduled stories</source>
        <translation>الأخبار المجدولة</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the story</source>
        <translation>Enter أو النقر المزدوج يفتح الخبر</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>اليوم، %1</translation>
    </message>
    <message>
        <source>Nothing is scheduled for this day.</source>
        <translation>لا شيء مجدول لهذا اليوم.</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(بلا عنوان)</translation>
    </message>
</context>
<context>
    <name>Copydesk::ScheduleTime</name>
    <message>
        <source>“%1” is not a time Copydesk reads: write it as 2026-12-01T06:00Z, 2026-12-01T06:00+01:00, or 2026-12-01 06:00 for the newsroom&apos;s time (%2).</source>
        <translation>«%1» ليس وقتاً يقرؤه Copydesk: اكتبه 2026-12-01T06:00Z أو 2026-12-01T06:00+01:00 أو 2026-12-01 06:00 بتوقيت غرفة الأخبار (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a real date and time.</source>
        <translation>«%1» ليس تاريخاً ووقتاً حقيقيين.</translation>
    </message>
    <message>
        <source>“%1” has an offset that is not a time zone&apos;s.</source>
        <translation>في «%1» فرق توقيت ليس لأي منطقة زمنية.</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks skip it for daylight saving. Choose a time before or after the change.</source>
        <translation>%1 غير موجود في %2: تتخطاه الساعات للتوقيت الصيفي. اختر وقتاً قبل التغيير أو بعده.</translation>
    </message>
    <message>
        <source>%1 happens twice in %2 when the clocks go back. Say which one with its offset: %3.</source>
        <translation>يقع %1 مرتين في %2 عندما تعود الساعات. حدّد أيهما بفرق توقيته: %3.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> أو </translation>
    </message>
    <message>
        <source>“%1” is not a time Copydesk reads.</source>
        <translation>«%1» ليس وقتاً يقرؤه Copydesk.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 س</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يوماً</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>due in %1</source>
        <translation>مستحقة بعد %1</translation>
    </message>
    <message>
        <source>due %1 ago</source>
        <translation>مستحقة منذ %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::SearchPanel</name>
    <message>
        <source>Search every story’s words</source>
        <translation>ابحث في كلمات كل القصص</translation>
    </message>
    <message>
        <source>Headline, highlights, dateline, byline, body, captions and credits. Every word must be found; &quot;quoted words&quot; must stand together; elect* finds every word that starts so.</source>
        <translation>العنوان والنقاط البارزة والمكان والكاتب والمتن والتعليقات والحقوق. يجب أن توجد كل كلمة؛ &quot;الكلمات بين علامتي تنصيص&quot; يجب أن تأتي متجاورة؛ elect* تجد كل كلمة تبدأ هكذا.</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>أي حالة</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>المسودات</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدولة</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشورة</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>مسحوبة</translation>
    </message>
    <message>
        <source>Only stories with this status</source>
        <translation>القصص بهذه الحالة فقط</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>أي وقت</translation>
    </message>
    <message>
        <source>Past 24 hours</source>
        <translation>آخر 24 ساعة</translation>
    </message>
    <message>
        <source>Past 7 days</source>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <source>Past 30 days</source>
        <translation>آخر 30 يومًا</translation>
    </message>
    <message>
        <source>Past year</source>
        <translation>آخر سنة</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>بين…</translation>
    </message>
    <message>
        <source>Only stories saved (or published) in this period</source>
        <translation>القصص المحفوظة (أو المنشورة) في هذه المدة فقط</translation>
    </message>
    <message>
        <source>From the start of this day</source>
        <translation>من بداية هذا اليوم</translation>
    </message>
    <message>
        <source>To the end of this day</source>
        <translation>إلى نهاية هذا اليوم</translation>
    </message>
    <message>
        <source>Byline contains</source>
        <translation>الكاتب يتضمن</translation>
    </message>
    <message>
        <source>Only stories whose byline contains this</source>
        <translation>القصص التي يتضمن اسم كاتبها هذا فقط</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>Enter or a click opens the story</source>
        <translation>Enter أو نقرة تفتح القصة</translation>
    </message>
    <message>
        <source>“%1” holds no word to look for.</source>
        <translation>«%1» لا يحوي كلمة يُبحث عنها.</translation>
    </message>
    <message>
        <source>No story matches “%1”.</source>
        <translation>لا قصة تطابق «%1».</translation>
    </message>
    <message numerus="yes">
        <source>The best %n stories; more as you scroll.</source>
        <translation>
            <numerusform>لا قصص.</numerusform>
            <numerusform>أفضل قصة؛ والمزيد مع التمرير.</numerusform>
            <numerusform>أفضل قصتين؛ والمزيد مع التمرير.</numerusform>
            <numerusform>أفضل %n قصص؛ والمزيد مع التمرير.</numerusform>
            <numerusform>أفضل %n قصة؛ والمزيد مع التمرير.</numerusform>
            <numerusform>أفضل %n قصة؛ والمزيد مع التمرير.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stories found.</source>
        <translation>
            <numerusform>لم توجد قصص.</numerusform>
            <numerusform>وُجدت قصة واحدة.</numerusform>
            <numerusform>وُجدت قصتان.</numerusform>
            <numerusform>وُجدت %n قصص.</numerusform>
            <numerusform>وُجدت %n قصة.</numerusform>
            <numerusform>وُجدت %n قصة.</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 stories match: the best of the newest %1 are listed. Add a word or a date range to look further back.</source>
        <translation>تطابق أكثر من %1 قصة: المعروض أفضلها بين أحدث %1. أضف كلمة أو نطاقًا زمنيًا للبحث في ما هو أقدم.</translation>
    </message>
</context>
<context>
    <name>Copydesk::SearchResultsModel</name>
    <message>
        <source>Draft</source>
        <translation type="vanished">مسودة</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="vanished">مجدولة</translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="vanished">منشورة</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="vanished">مسحوبة</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(بلا عنوان)</translation>
    </message>
</context>
<context>
    <name>Copydesk::SecretCache</name>
    <message>
        <source>No password or secret for the destination “%1” was given since Copydesk started.</source>
        <translation>لم تُعطَ كلمة مرور أو سرّ للوجهة «%1» منذ بدء Copydesk.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 على %2</translation>
    </message>
    <message>
        <source>Password for %1 (%2):</source>
        <translation>كلمة مرور %1 (%2):</translation>
    </message>
    <message>
        <source>Signing secret for %1 (%2):</source>
        <translation>سرّ التوقيع لـ%1 (%2):</translation>
    </message>
    <message>
        <source>Destination Password</source>
        <translation>كلمة مرور الوجهة</translation>
    </message>
    <message>
        <source>Copydesk keeps it in memory until it closes.</source>
        <translation>يحفظها Copydesk في الذاكرة حتى يُغلَق.</translation>
    </message>
    <message>
        <source>Application password for %1 (%2):</source>
        <translation>كلمة مرور التطبيق لـ %1 (%2):</translation>
    </message>
    <message>
        <source>No password was given for “%1”: nothing can be read from it without one.</source>
        <translation>لم تُعطَ كلمة مرور لـ «%1»: لا يمكن قراءة شيء منها دونها.</translation>
    </message>
</context>
<context>
    <name>Copydesk::Secrets</name>
    <message>
        <source>The environment variable %1, which holds the secret of the destination “%2”, is not set.</source>
        <translation>متغير البيئة %1، الذي يحمل سرّ الوجهة «%2»، غير مضبوط.</translation>
    </message>
    <message>
        <source>No secret service runs here to hold the password of the destination “%1”: give it in an environment variable (--secret-from-env).</source>
        <translation>لا تعمل هنا خدمة أسرار تحفظ كلمة مرور الوجهة «%1»: أعطها في متغير بيئة (--secret-from-env).</translation>
    </message>
    <message>
        <source>The secret service holds no password for the destination “%1”.</source>
        <translation>لا تحمل خدمة الأسرار كلمة مرور للوجهة «%1».</translation>
    </message>
    <message>
        <source>The secret service did not give the password of the destination “%1”: %2</source>
        <translation>لم تُعطِ خدمة الأسرار كلمة مرور الوجهة «%1»: %2</translation>
    </message>
    <message>
        <source>No secret service runs here to keep the password of “%1”: give it in an environment variable instead (--secret-from-env).</source>
        <translation>لا تعمل هنا خدمة أسرار تحفظ كلمة مرور «%1»: أعطها في متغير بيئة بدلاً من ذلك (--secret-from-env).</translation>
    </message>
    <message>
        <source>The secret service did not keep the password of “%1”: %2</source>
        <translation>لم تحفظ خدمة الأسرار كلمة مرور «%1»: %2</translation>
    </message>
    <message>
        <source>The secret service did not remove the password of “%1”: %2</source>
        <translation>لم تُزل خدمة الأسرار كلمة مرور «%1»: %2</translation>
    </message>
    <message>
        <source>No secret service runs here to hold the library&apos;s password.</source>
        <translation>لا تعمل هنا خدمة أسرار تحفظ كلمة مرور المكتبة.</translation>
    </message>
    <message>
        <source>The secret service holds no password for %1.</source>
        <translation>لا تحفظ خدمة الأسرار كلمة مرور لـ %1.</translation>
    </message>
    <message>
        <source>The secret service did not give the password for %1: %2</source>
        <translation>لم تُعطِ خدمة الأسرار كلمة المرور لـ %1: %2</translation>
    </message>
    <message>
        <source>No secret service runs here to keep the password for %1; give it in PGPASSWORD or ~/.pgpass instead.</source>
        <translation>لا تعمل هنا خدمة أسرار تحفظ كلمة المرور لـ %1؛ أعطها في PGPASSWORD أو ~/.pgpass بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The secret service did not keep the password for %1: %2</source>
        <translation>لم تحفظ خدمة الأسرار كلمة المرور لـ %1: %2</translation>
    </message>
    <message>
        <source>The secret service did not remove the password for %1: %2</source>
        <translation>لم تُزل خدمة الأسرار كلمة المرور لـ %1: %2</translation>
    </message>
</context>
<context>
    <name>Copydesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Find a command or a key</source>
        <translation>ابحث عن أمر أو مفتاح</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>المفاتيح</translation>
    </message>
    <message>
        <source>In the story&apos;s fields</source>
        <translation>في حقول الخبر</translation>
    </message>
    <message>
        <source>Move to the next field, or back</source>
        <translation>انتقل إلى الحقل التالي، أو عُد</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab، Shift+Tab</translation>
    </message>
    <message>
        <source>Add a highlight under the last one</source>
        <translation>أضف نقطة بارزة تحت الأخيرة</translation>
    </message>
    <message>
        <source>Enter in the last highlight</source>
        <translation>Enter في آخر نقطة بارزة</translation>
    </message>
    <message>
        <source>Move a highlight up or down</source>
        <translation>انقل نقطة بارزة إلى أعلى أو أسفل</translation>
    </message>
    <message>
        <source>Alt+Up, Alt+Down</source>
        <translation>Alt+Up، Alt+Down</translation>
    </message>
    <message>
        <source>Cut, copy, paste</source>
        <translation>قص، نسخ، لصق</translation>
    </message>
    <message>
        <source>Select all of a field</source>
        <translation>حدد الحقل كله</translation>
    </message>
    <message>
        <source>Spelling suggestions for the word under the pointer</source>
        <translation>اقتراحات الإملاء للكلمة تحت المؤشر</translation>
    </message>
    <message>
        <source>Menu key or right click</source>
        <translation>مفتاح القائمة أو النقر الأيمن</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>ا&amp;مسح</translation>
    </message>
    <message>
        <source>&amp;Reset to Default</source>
        <translation>أعد الا&amp;فتراضي</translation>
    </message>
    <message>
        <source>New keys</source>
        <translation>المفاتيح الجديدة</translation>
    </message>
    <message>
        <source>Press the new keys for the selected command</source>
        <translation>اضغط المفاتيح الجديدة للأمر المحدد</translation>
    </message>
    <message>
        <source>The selected command has no keys</source>
        <translation>لا مفاتيح للأمر المحدد</translation>
    </message>
    <message>
        <source>The selected command gets the keys it came with</source>
        <translation>يعود للأمر المحدد مفاتيحه الأصلية</translation>
    </message>
    <message>
        <source>&amp;Keys:</source>
        <translation>ال&amp;مفاتيح:</translation>
    </message>
    <message>
        <source>Pick a command to change its keys.</source>
        <translation>اختر أمرًا لتغيير مفاتيحه.</translation>
    </message>
    <message>
        <source>Keys in Use</source>
        <translation>مفاتيح مستخدمة</translation>
    </message>
    <message>
        <source>%1 already does “%2”. Give the keys to “%3” instead?</source>
        <translation>%1 تنفّذ «%2» أصلًا. أتعطي المفاتيح لـ «%3» بدلًا منه؟</translation>
    </message>
</context>
<context>
    <name>Copydesk::SiteAddressDialog</name>
    <message>
        <source>Site Address</source>
        <translation>عنوان الموقع</translation>
    </message>
    <message>
        <source>Where will readers find what is published to
%1?</source>
        <translation>أين سيجد القرّاء ما يُنشر إلى
%1؟</translation>
    </message>
    <message>
        <source>Pages, feeds and ninjs link to each story with this address;
without it they would point at files on this computer.</source>
        <translation>تربط الصفحات والخلاصات وninjs كل قصة بهذا العنوان؛
ومن دونه ستشير إلى ملفات على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>https://news.example.org/</source>
        <translation>https://news.example.org/</translation>
    </message>
    <message>
        <source>The web address the published files are served at, starting with https://</source>
        <translation>عنوان الويب الذي تُقدَّم منه الملفات المنشورة، يبدأ بـ https://</translation>
    </message>
    <message>
        <source>&amp;Use This Address</source>
        <translation>ا&amp;ستخدم هذا العنوان</translation>
    </message>
    <message>
        <source>Site &amp;address:</source>
        <translation>&amp;عنوان الموقع:</translation>
    </message>
    <message>
        <source>The address must start with https:// or http:// and name a host.</source>
        <translation>يجب أن يبدأ العنوان بـ https:// أو http:// وأن يسمّي خادمًا.</translation>
    </message>
    <message>
        <source>⚠ %1 is a placeholder name readers cannot reach.</source>
        <translation>⚠ %1 اسم مؤقت لا يصل إليه القرّاء.</translation>
    </message>
</context>
<context>
    <name>Copydesk::SpellUnderliner</name>
    <message>
        <source>“%1” twice</source>
        <translation>«%1» مرتين</translation>
    </message>
    <message>
        <source>Not in the dictionary: “%1”</source>
        <translation>ليست في القاموس: «%1»</translation>
    </message>
    <message>
        <source>Delete the Repeated “%1”</source>
        <translation>احذف «%1» المكرّرة</translation>
    </message>
    <message>
        <source>No Suggestions</source>
        <translation>لا اقتراحات</translation>
    </message>
    <message>
        <source>&amp;Ignore “%1”</source>
        <translation>ت&amp;جاهل «%1»</translation>
    </message>
    <message>
        <source>Take the word as right until Copydesk closes</source>
        <translation>اعتبر الكلمة صحيحة حتى يُغلق Copydesk</translation>
    </message>
    <message>
        <source>&amp;Add “%1” to the Newsroom Dictionary</source>
        <translation>أ&amp;ضف «%1» إلى قاموس غرفة الأخبار</translation>
    </message>
    <message>
        <source>Every desk sharing this library takes the word as right</source>
        <translation>كل مكتب يشارك هذه المكتبة يعتبر الكلمة صحيحة</translation>
    </message>
</context>
<context>
    <name>Copydesk::SpellingController</name>
    <message>
        <source>Next &amp;Spelling Mistake</source>
        <translation>الخطأ الإ&amp;ملائي التالي</translation>
    </message>
    <message>
        <source>Select the next word the dictionary does not know, or a word said twice, in the headline, highlights, body, captions and alt text</source>
        <translation>حدّد الكلمة التالية التي لا يعرفها القاموس، أو كلمة مكرّرة، في العنوان والنقاط البارزة والمتن والتعليقات والنص البديل</translation>
    </message>
    <message>
        <source>No spelling dictionary is installed for “%1”: spelling is not checked (Debian: install its hunspell package).</source>
        <translation>لا يوجد قاموس إملاء مثبّت لـ«%1»: لا يُدقَّق الإملاء (Debian: ثبّت حزمة hunspell الخاصة به).</translation>
    </message>
    <message>
        <source>No spelling dictionary for “%1”.</source>
        <translation>لا قاموس إملائي لـ «%1».</translation>
    </message>
    <message>
        <source>“%1” twice in a row.</source>
        <translation>«%1» مرتين متتاليتين.</translation>
    </message>
    <message>
        <source>“%1” is not in the dictionary; the context menu has suggestions.</source>
        <translation>«%1» ليست في القاموس؛ في قائمة السياق اقتراحات.</translation>
    </message>
    <message>
        <source>No spelling mistakes in the story.</source>
        <translation>لا أخطاء إملائية في الخبر.</translation>
    </message>
    <message>
        <source>“%1” is in the newsroom dictionary now, for every desk.</source>
        <translation>«%1» في قاموس غرفة الأخبار الآن، لكل المكاتب.</translation>
    </message>
</context>
<context>
    <name>Copydesk::SqlDialect</name>
    <message>
        <source>the library cannot be written: its file or its disk has become read-only (%1)</source>
        <translation>لا يمكن الكتابة في المكتبة: صار ملفها أو قرصها للقراءة فقط (%1)</translation>
    </message>
    <message>
        <source>the disk that holds the library reported an error; it may have failed or turned read-only (%1)</source>
        <translation>أبلغ القرص الذي يحمل المكتبة عن خطأ؛ ربما تعطّل أو صار للقراءة فقط (%1)</translation>
    </message>
    <message>
        <source>the disk that holds the library is full (%1); make room and try again</source>
        <translation>القرص الذي يحمل المكتبة ممتلئ (%1)؛ أفسح مكاناً وأعد المحاولة</translation>
    </message>
    <message>
        <source>%1 (check that the disk has room and that the library&apos;s folder may be written to)</source>
        <translation>%1 (تحقّق من وجود مساحة على القرص ومن إمكان الكتابة في مجلد المكتبة)</translation>
    </message>
    <message>
        <source>%1 (check the server&apos;s address, the user name and the password, and that the server runs)</source>
        <translation>%1 (تحقق من عنوان الخادم واسم المستخدم وكلمة المرور، ومن أن الخادم يعمل)</translation>
    </message>
</context>
<context>
    <name>Copydesk::SqlStoryStore</name>
    <message>
        <source>Pending</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>يُرسَل</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>يُعاد التجريب</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>سُلِّم</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Copydesk could not record the delivery: %1</source>
        <translation>تعذّر على Copydesk تسجيل التسليم: %1</translation>
    </message>
    <message>
        <source>Copydesk could not record the delivery: the library gave no id.</source>
        <translation>تعذّر على Copydesk تسجيل التسليم: لم تُعطِ المكتبة معرّفاً.</translation>
    </message>
    <message>
        <source>Copydesk could not record how the delivery went: %1</source>
        <translation>تعذّر على Copydesk تسجيل ما جرى للتسليم: %1</translation>
    </message>
    <message>
        <source>The delivery %1 is no longer in the library.</source>
        <translation>لم يعد التسليم %1 في المكتبة.</translation>
    </message>
    <message>
        <source>Superseded: version %1 was delivered.</source>
        <translation>تجاوزه غيره: سُلّم الإصدار %1.</translation>
    </message>
    <message>
        <source>Delivered with the same version.</source>
        <translation>سُلّم بالإصدار نفسه.</translation>
    </message>
    <message>
        <source>The worker sending it stopped; sending it again.</source>
        <translation>توقف العامل الذي كان يرسله؛ يُرسل مرة أخرى.</translation>
    </message>
    <message>
        <source>Superseded by version %1.</source>
        <translation>تجاوزه الإصدار %1.</translation>
    </message>
    <message>
        <source>Copydesk could not take a delivery from the outbox: %1</source>
        <translation>تعذّر على Copydesk أخذ تسليم من صندوق الصادر: %1</translation>
    </message>
    <message>
        <source>Copydesk could not read the outbox: %1</source>
        <translation>تعذّرت على Copydesk قراءة صندوق الصادر: %1</translation>
    </message>
    <message>
        <source>The delivery %1 is not in the library.</source>
        <translation>التسليم %1 ليس في المكتبة.</translation>
    </message>
    <message>
        <source>Copydesk could not change the outbox: %1</source>
        <translation>تعذّر على Copydesk تغيير صندوق الصادر: %1</translation>
    </message>
    <message>
        <source>The delivery %1 is %2; only one waiting, failed or cancelled can be tried again.</source>
        <translation>التسليم %1 %2؛ لا يُعاد تجريب إلا تسليم منتظر أو فاشل أو ملغى.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغي.</translation>
    </message>
    <message>
        <source>The delivery %1 is being sent right now; cancel it once the attempt ends.</source>
        <translation>التسليم %1 يُرسَل الآن؛ ألغه عندما تنتهي المحاولة.</translation>
    </message>
    <message>
        <source>The delivery %1 is %2 already.</source>
        <translation>التسليم %1 %2 من قبل.</translation>
    </message>
    <message>
        <source>Copydesk could not read the deliveries: %1</source>
        <translation>تعذّرت على Copydesk قراءة التسليمات: %1</translation>
    </message>
    <message>
        <source>Copydesk could not read the destinations: %1</source>
        <translation>تعذّرت على Copydesk قراءة الوجهات: %1</translation>
    </message>
    <message>
        <source>Copydesk could not keep the destination “%1”: %2</source>
        <translation>تعذّر على Copydesk حفظ الوجهة «%1»: %2</translation>
    </message>
    <message>
        <source>Copydesk could not remove the destination “%1”: %2</source>
        <translation>تعذّر على Copydesk إزالة الوجهة «%1»: %2</translation>
    </message>
    <message>
        <source>There is no destination “%1”.</source>
        <translation>لا توجد وجهة «%1».</translation>
    </message>
    <message>
        <source>Copydesk could not read the newsroom dictionary: %1</source>
        <translation>تعذّرت على Copydesk قراءة قاموس غرفة الأخبار: %1</translation>
    </message>
    <message>
        <source>“%1” is not one word to add to the newsroom dictionary.</source>
        <translation>«%1» ليست كلمة واحدة تُضاف إلى قاموس غرفة الأخبار.</translation>
    </message>
    <message>
        <source>Copydesk could not add “%1” to the newsroom dictionary: %2</source>
        <translation>تعذّر على Copydesk إضافة «%1» إلى قاموس غرفة الأخبار: %2</translation>
    </message>
    <message>
        <source>Copydesk could not remove “%1” from the newsroom dictionary: %2</source>
        <translation>تعذّر على Copydesk إزالة «%1» من قاموس غرفة الأخبار: %2</translation>
    </message>
    <message>
        <source>“%1” is not in the newsroom dictionary.</source>
        <translation>«%1» ليست في قاموس غرفة الأخبار.</translation>
    </message>
    <message>
        <source>its %1 are not a JSON list</source>
        <translation>%1 فيها ليست قائمة JSON</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>ليست كائن JSON</translation>
    </message>
    <message>
        <source>Copydesk could not open the library “%1”: %2</source>
        <translation>تعذّر على Copydesk فتح المكتبة «%1»: %2</translation>
    </message>
    <message>
        <source>The library file “%1” is damaged or is not a Copydesk library: %2</source>
        <translation>ملف المكتبة «%1» تالف أو ليس مكتبة Copydesk: %2</translation>
    </message>
    <message>
        <source>Copydesk could not read the library “%1”: %2</source>
        <translation>تعذّرت على Copydesk قراءة المكتبة «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not a Copydesk library. Copydesk leaves it alone; open another library.</source>
        <translation>«%1» قاعدة بيانات لبرنامج آخر، لا مكتبة Copydesk. يتركها Copydesk كما هي؛ افتح مكتبة أخرى.</translation>
    </message>
    <message>
        <source>The library “%1” was written by a newer Copydesk: schema %2, this version reads up to %3. Update Copydesk to open it.</source>
        <translation>كتب المكتبة «%1» إصدار أحدث من Copydesk: المخطط %2، وهذا الإصدار يقرأ حتى %3. حدّث Copydesk لفتحها.</translation>
    </message>
    <message>
        <source>Copydesk could not set up the library “%1”: %2</source>
        <translation>تعذّر على Copydesk إعداد المكتبة «%1»: %2</translation>
    </message>
    <message>
        <source>Copydesk could not update the library “%1”: %2</source>
        <translation>تعذّر على Copydesk تحديث المكتبة «%1»: %2</translation>
    </message>
    <message>
        <source>Copydesk cannot open the library “%1”: the Qt SQL driver %2 is not installed.</source>
        <translation>لا يستطيع Copydesk فتح المكتبة «%1»: مشغّل Qt SQL ‏%2 غير مثبّت.</translation>
    </message>
    <message>
        <source>Copydesk could not list the library: %1</source>
        <translation>تعذّر على Copydesk سرد المكتبة: %1</translation>
    </message>
    <message>
        <source>Copydesk could not count the stories: %1</source>
        <translation>تعذّر على Copydesk عدّ القصص: %1</translation>
    </message>
    <message>
        <source>Copydesk could not read the story %1: %2</source>
        <translation>تعذّرت على Copydesk قراءة القصة %1: %2</translation>
    </message>
    <message>
        <source>There is no story %1 in the library.</source>
        <translation>لا توجد قصة %1 في المكتبة.</translation>
    </message>
    <message>
        <source>Copydesk could not look up “%1”: %2</source>
        <translation>تعذّر على Copydesk البحث عن «%1»: %2</translation>
    </message>
    <message>
        <source>Copydesk could not look up stories headlined “%1”: %2</source>
        <translation>تعذّر على Copydesk البحث عن قصص عنوانها «%1»: %2</translation>
    </message>
    <message>
        <source>Copydesk could not read the library: %1</source>
        <translation>تعذّرت على Copydesk قراءة المكتبة: %1</translation>
    </message>
    <message>
        <source>The stored story %1 is damaged: %2</source>
        <translation>القصة المحفوظة %1 تالفة: %2</translation>
    </message>
    <message>
        <source>Copydesk could not read the newest stories: %1</source>
        <translation>تعذّرت على Copydesk قراءة أحدث القصص: %1</translation>
    </message>
    <message>
        <source>The published version of the story %1 is damaged: %2</source>
        <translation>الإصدار المنشور من القصة %1 تالف: %2</translation>
    </message>
    <message>
        <source>Copydesk could not read the published stories: %1</source>
        <translation>تعذّرت على Copydesk قراءة القصص المنشورة: %1</translation>
    </message>
    <message>
        <source>Copydesk could not load the published version of the story %1: %2</source>
        <translation>تعذّر على Copydesk تحميل الإصدار المنشور من القصة %1: %2</translation>
    </message>
    <message>
        <source>The story %1 has no published version.</source>
        <translation>ليس للقصة %1 إصدار منشور.</translation>
    </message>
    <message>
        <source>Copydesk could not record the published version: %1</source>
        <translation>تعذّر على Copydesk تسجيل الإصدار المنشور: %1</translation>
    </message>
    <message>
        <source>Copydesk could not read the schedule: %1</source>
        <translation>تعذّرت على Copydesk قراءة الجدول: %1</translation>
    </message>
    <message>
        <source>Copydesk could not load the story %1: %2</source>
        <translation>تعذّر على Copydesk تحميل القصة %1: %2</translation>
    </message>
    <message>
        <source>Copydesk could not save “%1”; nothing was saved: %2</source>
        <translation>تعذّر على Copydesk حفظ «%1»؛ لم يُحفظ شيء: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 None of the %n stories was saved.</source>
        <translation>
            <numerusform>%1 لم تُحفظ أي قصة من القصص الـ%n.</numerusform>
            <numerusform>%1 لم تُحفظ القصة.</numerusform>
            <numerusform>%1 لم تُحفظ أي من القصتين.</numerusform>
            <numerusform>%1 لم تُحفظ أي قصة من القصص الـ%n.</numerusform>
            <numerusform>%1 لم تُحفظ أي قصة من القصص الـ%n.</numerusform>
            <numerusform>%1 لم تُحفظ أي قصة من القصص الـ%n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copydesk could not save %n stories; nothing was saved: %1</source>
        <translation>
            <numerusform>تعذّر على Copydesk حفظ %n قصة؛ لم يُحفظ شيء: %1</numerusform>
            <numerusform>تعذّر على Copydesk حفظ قصة واحدة؛ لم يُحفظ شيء: %1</numerusform>
            <numerusform>تعذّر على Copydesk حفظ قصتين؛ لم يُحفظ شيء: %1</numerusform>
            <numerusform>تعذّر على Copydesk حفظ %n قصص؛ لم يُحفظ شيء: %1</numerusform>
            <numerusform>تعذّر على Copydesk حفظ %n قصة؛ لم يُحفظ شيء: %1</numerusform>
            <numerusform>تعذّر على Copydesk حفظ %n قصة؛ لم يُحفظ شيء: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the story has no id</source>
        <translation>ليس للقصة معرّف</translation>
    </message>
    <message>
        <source>The story “%1” is no longer in the library: it was deleted elsewhere (you edited version %2); nothing was saved.</source>
        <translation>لم تعد القصة «%1» في المكتبة: حُذفت في مكان آخر (كنت تحرّر الإصدار %2)؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The story “%1” was changed elsewhere (version %2 is stored, you edited version %3); nothing was saved.</source>
        <translation>تغيّرت القصة «%1» في مكان آخر (الإصدار %2 محفوظ، وكنت تحرّر الإصدار %3)؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>The story “%1” was changed elsewhere while saving; nothing was saved.</source>
        <translation>تغيّرت القصة «%1» في مكان آخر أثناء الحفظ؛ لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>the library gave the story no number</source>
        <translation>لم تُعطِ المكتبة القصة رقماً</translation>
    </message>
    <message>
        <source>the versions it was kept against are missing</source>
        <translation>الإصدارات التي حُفظت على أساسها مفقودة</translation>
    </message>
    <message>
        <source>Copydesk could not delete the story %1: %2</source>
        <translation>تعذّر على Copydesk حذف القصة %1: %2</translation>
    </message>
    <message>
        <source>There is no story %1 in the library; nothing was deleted.</source>
        <translation>لا توجد قصة %1 في المكتبة؛ لم يُحذف شيء.</translation>
    </message>
    <message>
        <source>Copydesk could not check the library for changes: %1</source>
        <translation>تعذّر على Copydesk فحص المكتبة بحثاً عن تغييرات: %1</translation>
    </message>
    <message>
        <source>Copydesk could not list the versions of the story %1: %2</source>
        <translation>تعذّر على Copydesk سرد إصدارات القصة %1: %2</translation>
    </message>
    <message>
        <source>Copydesk could not load version %1 of the story %2: %3</source>
        <translation>تعذّر على Copydesk تحميل الإصدار %1 من القصة %2: %3</translation>
    </message>
    <message>
        <source>Version %1 of the story %2 is not in the library.</source>
        <translation>الإصدار %1 من القصة %2 ليس في المكتبة.</translation>
    </message>
    <message>
        <source>Version %1 of the story %2 is damaged in the library.</source>
        <translation>الإصدار %1 من القصة %2 تالف في المكتبة.</translation>
    </message>
    <message>
        <source>The photo file is empty; there is nothing to keep.</source>
        <translation>ملف الصورة فارغ؛ لا شيء يُحفظ.</translation>
    </message>
    <message>
        <source>Copydesk could not keep the photo file in the library: %1</source>
        <translation>تعذّر على Copydesk حفظ ملف الصورة في المكتبة: %1</translation>
    </message>
    <message>
        <source>Copydesk could not read the photo file %1: %2</source>
        <translation>تعذّرت على Copydesk قراءة ملف الصورة %1: %2</translation>
    </message>
    <message>
        <source>The photo file %1 is not in the library.</source>
        <translation>ملف الصورة %1 ليس في المكتبة.</translation>
    </message>
    <message>
        <source>Copydesk could not look up the slug “%1”: %2</source>
        <translation>تعذّر على Copydesk البحث عن الاسم المختصر «%1»: %2</translation>
    </message>
    <message>
        <source>Copydesk could not list the photos: %1</source>
        <translation>تعذّر على Copydesk سرد الصور: %1</translation>
    </message>
    <message>
        <source>Copydesk could not search the library for “%1”: %2</source>
        <translation>تعذّر على Copydesk البحث في المكتبة عن «%1»: %2</translation>
    </message>
    <message>
        <source>Copydesk could not take the story for editing: %1</source>
        <translation>تعذّر على Copydesk أخذ القصة للتحرير: %1</translation>
    </message>
    <message>
        <source>Copydesk could not renew the editing lease: %1</source>
        <translation>تعذّر على Copydesk تجديد حق التحرير: %1</translation>
    </message>
    <message>
        <source>Copydesk could not let the story go: %1</source>
        <translation>تعذّر على Copydesk ترك القصة: %1</translation>
    </message>
    <message>
        <source>Copydesk could not read who is editing the story: %1</source>
        <translation>تعذّر على Copydesk معرفة من يحرر القصة: %1</translation>
    </message>
    <message>
        <source>Copydesk could not read the library&apos;s settings: %1</source>
        <translation>تعذّر على Copydesk قراءة إعدادات المكتبة: %1</translation>
    </message>
    <message>
        <source>Copydesk could not keep the library&apos;s settings: %1</source>
        <translation>تعذّر على Copydesk حفظ إعدادات المكتبة: %1</translation>
    </message>
    <message>
        <source>Copydesk could not take the story: %1</source>
        <translation>تعذّر على Copydesk حجز القصة: %1</translation>
    </message>
    <message>
        <source>Copydesk could not read the tags in use: %1</source>
        <translation>تعذّر على Copydesk قراءة الوسوم المستخدمة: %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::Story</name>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدول</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشور</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>مسحوب</translation>
    </message>
</context>
<context>
    <name>Copydesk::StoryComparison</name>
    <message>
        <source>Show &amp;unchanged fields</source>
        <translation>اعرض الحقول &amp;غير المتغيّرة</translation>
    </message>
    <message>
        <source>The two versions, field by field</source>
        <translation>النسختان، حقلًا حقلًا</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>جارٍ المقارنة…</translation>
    </message>
    <message>
        <source>The two say the same.</source>
        <translation>النسختان متطابقتان.</translation>
    </message>
    <message>
        <source>%1: what went is struck through on the left, what came is underlined on the right.</source>
        <translation>%1: ما حُذف مشطوب على اليسار، وما أُضيف مسطّر على اليمين.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln fields changed</source>
        <translation>
            <numerusform>لم يتغيّر حقل</numerusform>
            <numerusform>تغيّر حقل واحد</numerusform>
            <numerusform>تغيّر حقلان</numerusform>
            <numerusform>تغيّرت %Ln حقول</numerusform>
            <numerusform>تغيّر %Ln حقلًا</numerusform>
            <numerusform>تغيّر %Ln حقل</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>لم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>Copydesk::StoryDiff</name>
    <message>
        <source>Correction</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>النقاط البارزة</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>سطر المكان</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>اسم الكاتب</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>المتن</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>الصورة %1</translation>
    </message>
    <message>
        <source>%1 caption</source>
        <translation>تعليق %1</translation>
    </message>
    <message>
        <source>%1 credit</source>
        <translation>مصدر %1</translation>
    </message>
    <message>
        <source>%1 alt text</source>
        <translation>النص البديل لـ%1</translation>
    </message>
    <message>
        <source>%1 picture</source>
        <translation>صورة %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>مجدولة لـ</translation>
    </message>
    <message>
        <source>Embargo until</source>
        <translation>محظورة حتى</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>حُدّثت</translation>
    </message>
    <message>
        <source>Updates and corrections</source>
        <translation>التحديثات والتصحيحات</translation>
    </message>
    <message>
        <source>Withdrawal reason</source>
        <translation>سبب السحب</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>الموضوعات</translation>
    </message>
</context>
<context>
    <name>Copydesk::StoryDocument</name>
    <message>
        <source>Edit body</source>
        <translation>تحرير المتن</translation>
    </message>
    <message>
        <source>Edit headline</source>
        <translation>تحرير العنوان</translation>
    </message>
    <message>
        <source>Edit slug</source>
        <translation>تحرير الاسم المختصر</translation>
    </message>
    <message>
        <source>Edit dateline</source>
        <translation>تحرير مكان الخبر</translation>
    </message>
    <message>
        <source>Edit byline</source>
        <translation>تحرير الكاتب</translation>
    </message>
    <message>
        <source>Edit language</source>
        <translation>تحرير اللغة</translation>
    </message>
    <message>
        <source>Edit highlight %1</source>
        <translation>تحرير النقطة البارزة %1</translation>
    </message>
    <message>
        <source>Add highlight</source>
        <translation>إضافة نقطة بارزة</translation>
    </message>
    <message>
        <source>Remove highlight</source>
        <translation>حذف نقطة بارزة</translation>
    </message>
    <message>
        <source>Move highlight</source>
        <translation>نقل نقطة بارزة</translation>
    </message>
    <message>
        <source>Add photo</source>
        <translation>إضافة صورة</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>إزالة صورة</translation>
    </message>
    <message>
        <source>Move photo</source>
        <translation>نقل صورة</translation>
    </message>
    <message>
        <source>Edit caption</source>
        <translation>تحرير التعليق</translation>
    </message>
    <message>
        <source>Edit credit</source>
        <translation>تحرير المصدر</translation>
    </message>
    <message>
        <source>Edit alt text</source>
        <translation>تحرير النص البديل</translation>
    </message>
    <message>
        <source>Change section</source>
        <translation>تغيير القسم</translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>تحرير الوسوم</translation>
    </message>
    <message>
        <source>Change subjects</source>
        <translation>تغيير الموضوعات</translation>
    </message>
</context>
<context>
    <name>Copydesk::StoryEditor</name>
    <message>
        <source>Slug</source>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <source>The story&apos;s address in the library and on the site; left empty, it follows the headline</source>
        <translation>عنوان الخبر في المكتبة وعلى الموقع؛ إن تُرك فارغًا يتبع العنوان</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>مكان الخبر</translation>
    </message>
    <message>
        <source>The city the story is reported from, in capitals; shown bold before the first paragraph</source>
        <translation>المدينة التي يُنقل منها الخبر؛ تظهر بخط عريض قبل الفقرة الأولى</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Who wrote the story (optional)</source>
        <translation>من كتب الخبر (اختياري)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The story&apos;s language as a BCP 47 tag (en, ar, fr-CA); empty, the site&apos;s. Pages, feeds and ninjs say it, and an ar, he, fa or ur page reads right to left</source>
        <translation>لغة القصة بوسم BCP 47 ‏(en وar وfr-CA)؛ إن كانت فارغة فلغة الموقع. تذكرها الصفحات والخلاصات وninjs، وتُقرأ صفحة ar أو he أو fa أو ur من اليمين إلى اليسار</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>The headline readers see first; the count shows the house limit. A long headline wraps onto more lines.</source>
        <translation>العنوان أول ما يراه القرّاء؛ يُظهر العدد الحد المسموح. يلتف العنوان الطويل على أسطر أكثر.</translation>
    </message>
    <message>
        <source>Characters in the headline against the house limit</source>
        <translation>عدد أحرف العنوان مقابل الحد المسموح</translation>
    </message>
    <message>
        <source>CITY</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Reporter&apos;s name</source>
        <translation>اسم المراسل</translation>
    </message>
    <message>
        <source>&amp;Headline:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>S&amp;lug:</source>
        <translation>الاسم ال&amp;مختصر:</translation>
    </message>
    <message>
        <source>Highligh&amp;ts:</source>
        <translation>النقاط ال&amp;بارزة:</translation>
    </message>
    <message>
        <source>&amp;Dateline:</source>
        <translation>&amp;مكان الخبر:</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>B&amp;yline:</source>
        <translation>ال&amp;كاتب:</translation>
    </message>
    <message>
        <source>&amp;Body (Markdown):</source>
        <translation>ال&amp;متن (Markdown):</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <source>dateline</source>
        <translation>مكان الخبر</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Site&apos;s: %1</source>
        <translation>لغة الموقع: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln words</source>
        <translation>
            <numerusform>لا كلمات</numerusform>
            <numerusform>كلمة واحدة</numerusform>
            <numerusform>كلمتان</numerusform>
            <numerusform>%Ln كلمات</numerusform>
            <numerusform>%Ln كلمةً</numerusform>
            <numerusform>%Ln كلمة</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 min read</source>
        <translation>%L1 دقيقة قراءة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Words the story is filed under besides its section, separated by commas; the tags in use are offered as you type</source>
        <translation>كلمات تُصنَّف تحتها القصة إلى جانب قسمها، تفصل بينها فواصل؛ تُقترح الوسوم المستخدمة أثناء الكتابة</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>The section the story is filed under, from the library&apos;s list (Publishing → Publishing Settings…); its feed lists the story</source>
        <translation>القسم الذي تُصنَّف تحته القصة، من قائمة المكتبة (النشر ← إعدادات النشر…)؛ تُدرج القصة في موجزه</translation>
    </message>
    <message>
        <source>tag, another tag</source>
        <translation>وسم، وسم آخر</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>الموضوعات</translation>
    </message>
    <message>
        <source>What the story is about, as IPTC Media Topics: feeds and ninjs carry them for other newsrooms&apos; systems</source>
        <translation>موضوع القصة وفق موضوعات IPTC الإعلامية: تحملها الموجزات وninjs لأنظمة غرف الأخبار الأخرى</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>ال&amp;وسوم:</translation>
    </message>
    <message>
        <source>Sub&amp;jects:</source>
        <translation>المو&amp;ضوعات:</translation>
    </message>
    <message>
        <source>Se&amp;ction:</source>
        <translation>ال&amp;قسم:</translation>
    </message>
    <message>
        <source>section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>No section</source>
        <translation>بلا قسم</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
</context>
<context>
    <name>Copydesk::StoryJson</name>
    <message>
        <source>The story has no valid id.</source>
        <translation>ليس للقصة معرّف صالح.</translation>
    </message>
    <message>
        <source>Unknown story status “%1”.</source>
        <translation>حالة قصة غير معروفة «%1».</translation>
    </message>
</context>
<context>
    <name>Copydesk::StoryListModel</name>
    <message>
        <source>due in %1 h</source>
        <translation>بعد %1 ساعة</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>%1
Slug: %2
Version %3, saved %4</source>
        <translation>%1
الاسم المختصر: %2
النسخة %3، حُفظت %4</translation>
    </message>
    <message>
        <source>
Readers have version %1</source>
        <translation>
لدى القرّاء النسخة %1</translation>
    </message>
    <message>
        <source>
Scheduled for %1</source>
        <translation>
مجدول في %1</translation>
    </message>
    <message>
        <source>
Embargoed until %1</source>
        <translation>
محظور حتى %1</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>الحفظ</translation>
    </message>
</context>
<context>
    <name>Copydesk::StoryMerge</name>
    <message>
        <source>Headline</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>الاسم المختصر</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>النقاط البارزة</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>مكان الخبر</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>المتن</translation>
    </message>
    <message>
        <source>Photos and captions</source>
        <translation>الصور والتعليقات</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>الموضوعات</translation>
    </message>
</context>
<context>
    <name>Copydesk::WebDavDestination</name>
    <message>
        <source>the web server %1</source>
        <translation>خادم الويب %1</translation>
    </message>
    <message>
        <source>making the folder %1</source>
        <translation>إنشاء المجلد %1</translation>
    </message>
    <message>
        <source>uploading %1</source>
        <translation>رفع %1</translation>
    </message>
    <message>
        <source>uploading a test file</source>
        <translation>رفع ملف تجريبي</translation>
    </message>
    <message>
        <source>removing the test file</source>
        <translation>إزالة الملف التجريبي</translation>
    </message>
    <message>
        <source>%1 took a test file and removed it again.</source>
        <translation>أخذ %1 ملفاً تجريبياً وأزاله مرة أخرى.</translation>
    </message>
    <message>
        <source>checking for %1</source>
        <translation>التحقق من %1</translation>
    </message>
    <message>
        <source>removing %1</source>
        <translation>إزالة %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::WireImport</name>
    <message>
        <source>Updated from %1</source>
        <translation>حُدّثت من %1</translation>
    </message>
    <message>
        <source>The file “%1” does not exist. Check the name and the folder.</source>
        <translation>الملف «%1» غير موجود. تحقّق من الاسم والمجلد.</translation>
    </message>
    <message>
        <source>“%1” is a folder; choose the wire page file inside it.</source>
        <translation>«%1» مجلد؛ اختر ملف صفحة الوكالة داخله.</translation>
    </message>
    <message>
        <source>Copydesk cannot read “%1”: %2</source>
        <translation>لا يستطيع Copydesk قراءة «%1»: %2</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>النص الملصوق</translation>
    </message>
</context>
<context>
    <name>Copydesk::WireImporter</name>
    <message>
        <source>wire text</source>
        <translation>نص الوكالة</translation>
    </message>
    <message>
        <source>The page is saved as UTF-16 text; Copydesk reads UTF-8. Save it as UTF-8 (plain text) and import it again.</source>
        <translation>الصفحة محفوظة نصاً بترميز UTF-16؛ يقرأ Copydesk ترميز UTF-8. احفظها بترميز UTF-8 (نصاً عادياً) واستوردها مرة أخرى.</translation>
    </message>
    <message>
        <source>This is binary data, not text: the line holds a NUL byte. Import the wire page as plain text (UTF-8), for example by pasting it into a text editor and saving it from there.</source>
        <translation>هذه بيانات ثنائية لا نص: في السطر بايت NUL. استورد صفحة الوكالة نصاً عادياً (UTF-8)، مثلاً بلصقها في محرر نصوص وحفظها من هناك.</translation>
    </message>
    <message numerus="yes">
        <source>This looks like binary data, not text: it holds %n control characters, the first on this line. Import the wire page as plain text (UTF-8).</source>
        <translation>
            <numerusform>يبدو هذا بيانات ثنائية لا نصاً: فيه %n محرف تحكّم، أولها في هذا السطر. استورد صفحة الوكالة نصاً عادياً (UTF-8).</numerusform>
            <numerusform>يبدو هذا بيانات ثنائية لا نصاً: فيه محرف تحكّم واحد في هذا السطر. استورد صفحة الوكالة نصاً عادياً (UTF-8).</numerusform>
            <numerusform>يبدو هذا بيانات ثنائية لا نصاً: فيه محرفا تحكّم، أولهما في هذا السطر. استورد صفحة الوكالة نصاً عادياً (UTF-8).</numerusform>
            <numerusform>يبدو هذا بيانات ثنائية لا نصاً: فيه %n محارف تحكّم، أولها في هذا السطر. استورد صفحة الوكالة نصاً عادياً (UTF-8).</numerusform>
            <numerusform>يبدو هذا بيانات ثنائية لا نصاً: فيه %n محرف تحكّم، أولها في هذا السطر. استورد صفحة الوكالة نصاً عادياً (UTF-8).</numerusform>
            <numerusform>يبدو هذا بيانات ثنائية لا نصاً: فيه %n محرف تحكّم، أولها في هذا السطر. استورد صفحة الوكالة نصاً عادياً (UTF-8).</numerusform>
        </translation>
    </message>
    <message>
        <source>The text is not valid UTF-8 (byte 0x%1 on this line cannot start or continue a character). Save the page as UTF-8 and import it again.</source>
        <translation>النص ليس UTF-8 صالحاً (البايت 0x%1 في هذا السطر لا يبدأ حرفاً ولا يكمله). احفظ الصفحة بترميز UTF-8 واستوردها مرة أخرى.</translation>
    </message>
    <message>
        <source>A story starts with its headline, but this line is %1. Add the headline above it, or remove the line.</source>
        <translation>تبدأ القصة بعنوانها، لكن هذا السطر %1. أضف العنوان فوقه أو احذف السطر.</translation>
    </message>
    <message>
        <source>Copydesk cannot read the date in %1. Write it like “Updated 18 November 2026”, “Updated Nov. 18, 2026 14:05” or “Updated 2 min ago”.</source>
        <translation>لا يستطيع Copydesk قراءة التاريخ في %1. اكتبه مثل «Updated 18 November 2026» أو «Updated Nov. 18, 2026 14:05» أو «Updated 2 min ago».</translation>
    </message>
    <message>
        <source>The story %1 has no repeated headline: a wire page gives the headline again after the “Updated” line, before the highlights. Add it, or check that the story was copied whole.</source>
        <translation>ليس للقصة %1 عنوان مكرّر: تعطي صفحة الوكالة العنوان مرة أخرى بعد سطر «Updated» وقبل النقاط البارزة. أضفه، أو تحقّق من أن القصة نُسخت كاملة.</translation>
    </message>
    <message>
        <source>The story %1 ends before its repeated headline, highlights and body. Copy the whole story again, or remove what is left of it.</source>
        <translation>تنتهي القصة %1 قبل عنوانها المكرّر ونقاطها البارزة ومتنها. انسخ القصة كاملة مرة أخرى، أو احذف ما بقي منها.</translation>
    </message>
    <message>
        <source>The repeated headline %1 differs from the headline %2 on line %3. A wire page gives each headline twice; correct the one that is wrong.</source>
        <translation>العنوان المكرّر %1 يختلف عن العنوان %2 في السطر %3. تعطي صفحة الوكالة كل عنوان مرتين؛ صحّح الخاطئ منهما.</translation>
    </message>
    <message>
        <source>The page ends inside the story %1, before its repeated headline, highlights and body: it looks cut short. Copy the whole story again.</source>
        <translation>تنتهي الصفحة داخل القصة %1، قبل عنوانها المكرّر ونقاطها البارزة ومتنها: تبدو مبتورة. انسخ القصة كاملة مرة أخرى.</translation>
    </message>
    <message>
        <source>The story %1 has %L2 highlight bullets; a story takes at most %3. Keep the ones that matter and import it again.</source>
        <translation>في القصة %1 ‏%L2 نقطة بارزة؛ تأخذ القصة %3 على الأكثر. أبقِ المهم منها واستوردها مرة أخرى.</translation>
    </message>
    <message>
        <source>The story %1 has no body. Add its paragraphs after the highlights, or remove the story from the page.</source>
        <translation>ليس للقصة %1 متن. أضف فقراتها بعد النقاط البارزة، أو احذف القصة من الصفحة.</translation>
    </message>
    <message>
        <source>The story %1 has a %2 of %L3 characters; it takes at most %L4. Check the page for a missing line break.</source>
        <translation>في القصة %1 %2 من %L3 حرفاً؛ الحد %L4. ابحث في الصفحة عن فاصل أسطر مفقود.</translation>
    </message>
    <message>
        <source>headline</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>dateline</source>
        <translation>سطر مكان</translation>
    </message>
    <message>
        <source>highlight</source>
        <translation>نقطة بارزة</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>تعليق</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>مصدر</translation>
    </message>
    <message>
        <source>The page is empty: there is no story to import. Copy the wire page again and import the text.</source>
        <translation>الصفحة فارغة: لا قصة للاستيراد. انسخ صفحة الوكالة مرة أخرى واستورد النص.</translation>
    </message>
    <message>
        <source>The page holds only blank lines: there is no story to import. Copy the wire page again and import the text.</source>
        <translation>لا تحوي الصفحة إلا أسطراً فارغة: لا قصة للاستيراد. انسخ صفحة الوكالة مرة أخرى واستورد النص.</translation>
    </message>
    <message numerus="yes">
        <source>There are more problems than the %n listed; fix these and import the page again.</source>
        <translation>
            <numerusform>هناك مشكلات أكثر من الـ%n المدرجة؛ أصلح هذه واستورد الصفحة مرة أخرى.</numerusform>
            <numerusform>هناك مشكلات أكثر من المشكلة المدرجة؛ أصلحها واستورد الصفحة مرة أخرى.</numerusform>
            <numerusform>هناك مشكلات أكثر من المشكلتين المدرجتين؛ أصلحهما واستورد الصفحة مرة أخرى.</numerusform>
            <numerusform>هناك مشكلات أكثر من الـ%n المدرجة؛ أصلح هذه واستورد الصفحة مرة أخرى.</numerusform>
            <numerusform>هناك مشكلات أكثر من الـ%n المدرجة؛ أصلح هذه واستورد الصفحة مرة أخرى.</numerusform>
            <numerusform>هناك مشكلات أكثر من الـ%n المدرجة؛ أصلح هذه واستورد الصفحة مرة أخرى.</numerusform>
        </translation>
    </message>
    <message>
        <source>No story was found on the page.</source>
        <translation>لم يُعثر على أي قصة في الصفحة.</translation>
    </message>
    <message>
        <source>The page is %1 MB; Copydesk imports wire pages of up to %2 MB. Split it into smaller files and import each of them.</source>
        <translation>حجم الصفحة %1 م.ب؛ يستورد Copydesk صفحات الوكالة حتى %2 م.ب. قسّمها على ملفات أصغر واستورد كلاً منها.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1، السطر %2: %3</translation>
    </message>
</context>
<context>
    <name>Copydesk::WordPressClient</name>
    <message>
        <source>: “%1”</source>
        <translation>: «%1»</translation>
    </message>
    <message>
        <source>: “%1” (%2)</source>
        <translation>: «%1» (%2)</translation>
    </message>
    <message>
        <source>WordPress did not accept the user name or application password while %1 (HTTP 401)%2. Check them in the destination.</source>
        <translation>لم يقبل ووردبريس اسم المستخدم أو كلمة مرور التطبيق أثناء %1 (HTTP 401)%2. تحقّق منهما في الوجهة.</translation>
    </message>
    <message>
        <source>WordPress does not let this user do it while %1 (HTTP 403)%2. The user needs the Editor or Administrator role.</source>
        <translation>لا يسمح ووردبريس لهذا المستخدم بذلك أثناء %1 (HTTP 403)%2. يحتاج المستخدم إلى دور المحرّر أو المدير.</translation>
    </message>
    <message>
        <source>WordPress could not take it while %1 (HTTP %2)%3; trying again later.</source>
        <translation>تعذّر على ووردبريس قبوله أثناء %1 (HTTP %2)%3؛ ستُعاد المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>WordPress refused %1 (HTTP %2)%3</source>
        <translation>رفض ووردبريس %1 (HTTP %2)%3</translation>
    </message>
    <message>
        <source>No answer while %1: %2</source>
        <translation>لا جواب أثناء %1: %2</translation>
    </message>
    <message>
        <source>%1 answered with something other than WordPress&apos;s REST API while %2.</source>
        <translation>أجاب %1 بشيء غير واجهة REST الخاصة بووردبريس أثناء %2.</translation>
    </message>
    <message>
        <source>signing in to %1</source>
        <translation>تسجيل الدخول إلى %1</translation>
    </message>
    <message>
        <source>looking for the REST API of %1</source>
        <translation>البحث عن واجهة REST للموقع %1</translation>
    </message>
    <message>
        <source>%1 does not look like a WordPress site: it has no REST API at wp-json/ or ?rest_route=/. Check the address.</source>
        <translation>لا يبدو %1 موقع ووردبريس: لا واجهة REST له في wp-json/ ولا في ?rest_route=/. تحقّق من العنوان.</translation>
    </message>
    <message>
        <source>category</source>
        <translation>التصنيف</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>looking for the %1 “%2”</source>
        <translation>البحث عن %1 «%2»</translation>
    </message>
    <message>
        <source>adding the %1 “%2”</source>
        <translation>إضافة %1 «%2»</translation>
    </message>
    <message>
        <source>WordPress gave no id for the %1 “%2”.</source>
        <translation>لم يعطِ ووردبريس معرّفًا لـ%1 «%2».</translation>
    </message>
    <message>
        <source>reading the term %1</source>
        <translation>قراءة المصطلح %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::WordPressController</name>
    <message>
        <source>Open from &amp;WordPress…</source>
        <translation>ا&amp;فتح من WordPress…</translation>
    </message>
    <message>
        <source>List the posts of a WordPress site and bring those chosen into the library as stories linked to their posts</source>
        <translation>اعرض مقالات موقع WordPress واجلب المختارة منها إلى المكتبة أخبارًا مرتبطة بمقالاتها</translation>
    </message>
    <message>
        <source>Open from WordPress</source>
        <translation>الفتح من WordPress</translation>
    </message>
    <message>
        <source>The library has no WordPress site to open posts from.</source>
        <translation>ليس في المكتبة موقع WordPress تُفتح منه المقالات.</translation>
    </message>
    <message>
        <source>Add one in Publishing → Destinations…: choose the kind “WordPress site (REST API)” and give the site&apos;s address, your WordPress user name and an application password, which WordPress makes under Users → Profile → Application Passwords.</source>
        <translation>أضف موقعًا من النشر ← الوجهات…: اختر النوع «موقع WordPress ‏(REST API)» وأعطِ عنوان الموقع واسم مستخدمك في WordPress وكلمة مرور تطبيق، ينشئها WordPress من الأعضاء ← الملف الشخصي ← كلمات مرور التطبيقات.</translation>
    </message>
    <message>
        <source>&amp;Destinations…</source>
        <translation>&amp;الوجهات…</translation>
    </message>
    <message>
        <source>Open Publishing → Destinations… to add the site</source>
        <translation>افتح النشر ← الوجهات… لإضافة الموقع</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n posts from %1.</source>
        <translation>
            <numerusform>لم تُستورد أي مقالة من %1.</numerusform>
            <numerusform>استُوردت مقالة واحدة من %1.</numerusform>
            <numerusform>استُوردت مقالتان من %1.</numerusform>
            <numerusform>استُوردت %n مقالات من %1.</numerusform>
            <numerusform>استُوردت %n مقالةً من %1.</numerusform>
            <numerusform>استُوردت %n مقالة من %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were in the library already.</source>
        <translation>
            <numerusform>لم تكن أي منها في المكتبة من قبل.</numerusform>
            <numerusform>كانت واحدة منها في المكتبة من قبل.</numerusform>
            <numerusform>كانت اثنتان منها في المكتبة من قبل.</numerusform>
            <numerusform>كانت %n منها في المكتبة من قبل.</numerusform>
            <numerusform>كانت %n منها في المكتبة من قبل.</numerusform>
            <numerusform>كانت %n منها في المكتبة من قبل.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::WordPressDestination</name>
    <message>
        <source>the WordPress site %1</source>
        <translation>موقع ووردبريس %1</translation>
    </message>
    <message>
        <source>signing in as %1</source>
        <translation>تسجيل الدخول باسم %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3); its REST API is at %4.</source>
        <translation>تمّ تسجيل الدخول إلى %1 باسم %2 (%3)؛ واجهة REST الخاصة به في %4.</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>بلا دور</translation>
    </message>
    <message>
        <source>looking for the post of “%1”</source>
        <translation>البحث عن تدوينة «%1»</translation>
    </message>
    <message>
        <source>turning the post of “%1” back to a draft</source>
        <translation>إعادة تدوينة «%1» إلى مسودة</translation>
    </message>
    <message>
        <source>updating the picture %1</source>
        <translation>تحديث الصورة %1</translation>
    </message>
    <message>
        <source>uploading the picture %1</source>
        <translation>رفع الصورة %1</translation>
    </message>
    <message>
        <source>updating the post of “%1”</source>
        <translation>تحديث تدوينة «%1»</translation>
    </message>
    <message>
        <source>creating the post of “%1”</source>
        <translation>إنشاء تدوينة «%1»</translation>
    </message>
    <message>
        <source>WordPress gave no post id for “%1”.</source>
        <translation>لم يعطِ ووردبريس معرّف تدوينة لـ«%1».</translation>
    </message>
</context>
<context>
    <name>Copydesk::WordPressImport</name>
    <message>
        <source>listing the posts of %1</source>
        <translation>سرد تدوينات %1</translation>
    </message>
    <message>
        <source>reading the post %1</source>
        <translation>قراءة التدوينة %1</translation>
    </message>
    <message>
        <source>reading the post&apos;s author</source>
        <translation>قراءة كاتب التدوينة</translation>
    </message>
    <message>
        <source>reading the site&apos;s settings</source>
        <translation>قراءة إعدادات الموقع</translation>
    </message>
    <message>
        <source>reading the featured image</source>
        <translation>قراءة الصورة البارزة</translation>
    </message>
    <message>
        <source>The featured image (media %1) is gone from the site.</source>
        <translation>الصورة البارزة (الوسائط %1) لم تعد على الموقع.</translation>
    </message>
    <message>
        <source>downloading the featured image %1</source>
        <translation>تنزيل الصورة البارزة %1</translation>
    </message>
    <message>
        <source>it is larger than %1 MB</source>
        <translation type="vanished">حجمها أكبر من %1 ميغابايت</translation>
    </message>
    <message>
        <source>The featured image %1 was left out: %2</source>
        <translation>تُركت الصورة البارزة %1: %2</translation>
    </message>
    <message>
        <source>From the WordPress post %1 at %2 (%3)</source>
        <translation>من تدوينة ووردبريس %1 في %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Copydesk::WordPressOpenDialog</name>
    <message>
        <source>&amp;Drafts</source>
        <translation>المسو&amp;دات</translation>
    </message>
    <message>
        <source>S&amp;cheduled</source>
        <translation>المجدو&amp;لة</translation>
    </message>
    <message>
        <source>&amp;Published</source>
        <translation>المن&amp;شورة</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>&amp;More Posts</source>
        <translation>مقالات أ&amp;كثر</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستورد</translation>
    </message>
    <message>
        <source>Open from WordPress</source>
        <translation>الفتح من WordPress</translation>
    </message>
    <message>
        <source>WordPress site</source>
        <translation>موقع WordPress</translation>
    </message>
    <message>
        <source>The library&apos;s WordPress sites (Publishing → Destinations…)</source>
        <translation>مواقع WordPress في المكتبة (النشر ← الوجهات…)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>List the site&apos;s drafts (and posts waiting for review)</source>
        <translation>اعرض مسودات الموقع (والمقالات المنتظرة للمراجعة)</translation>
    </message>
    <message>
        <source>List the posts scheduled to come out later</source>
        <translation>اعرض المقالات المجدولة للنشر لاحقًا</translation>
    </message>
    <message>
        <source>List the posts readers can see; imported, they stay published</source>
        <translation>اعرض المقالات التي يراها القرّاء؛ وتبقى منشورة بعد استيرادها</translation>
    </message>
    <message>
        <source>Ask the site for its posts again (F5)</source>
        <translation>اطلب مقالات الموقع من جديد (F5)</translation>
    </message>
    <message>
        <source>Posts on the site</source>
        <translation>مقالات الموقع</translation>
    </message>
    <message>
        <source>Select one or more posts (Ctrl and Shift add to the selection); Enter imports them</source>
        <translation>اختر مقالة أو أكثر (يضيف Ctrl وShift إلى الاختيار)؛ ومفتاح Enter يستوردها</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Last Changed</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message numerus="yes">
        <source>List the next %n posts, older ones</source>
        <translation>
            <numerusform>لا مقالات أقدم</numerusform>
            <numerusform>اعرض المقالة الأقدم التالية</numerusform>
            <numerusform>اعرض المقالتين الأقدم التاليتين</numerusform>
            <numerusform>اعرض %n مقالات أقدم تالية</numerusform>
            <numerusform>اعرض %n مقالةً أقدم تالية</numerusform>
            <numerusform>اعرض %n مقالة أقدم تالية</numerusform>
        </translation>
    </message>
    <message>
        <source>Work under way</source>
        <translation>عمل جارٍ</translation>
    </message>
    <message>
        <source>What the site answered</source>
        <translation>ما أجاب به الموقع</translation>
    </message>
    <message>
        <source>Bring the selected posts into the library as stories linked to their posts: publishing one updates its post</source>
        <translation>اجلب المقالات المختارة إلى المكتبة أخبارًا مرتبطة بمقالاتها: نشر أحدها يحدّث مقالته</translation>
    </message>
    <message>
        <source>Close without importing (Esc)</source>
        <translation>أغلق دون استيراد (Esc)</translation>
    </message>
    <message>
        <source>WordPress &amp;site:</source>
        <translation>&amp;موقع WordPress:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>اعرض:</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>مسودة</translation>
    </message>
    <message>
        <source>Pending review</source>
        <translation>بانتظار المراجعة</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>مجدولة</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منشورة</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>خاصة</translation>
    </message>
    <message>
        <source>Tick at least one of Drafts, Scheduled and Published to list posts.</source>
        <translation>علّم واحدًا على الأقل من المسودات والمجدولة والمنشورة لعرض المقالات.</translation>
    </message>
    <message>
        <source>Asking %1 for its posts…</source>
        <translation>جارٍ طلب المقالات من %1…</translation>
    </message>
    <message>
        <source>Asking %1 for more posts…</source>
        <translation>جارٍ طلب مزيد من المقالات من %1…</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>Comes out %1</source>
        <translation>تُنشر %1</translation>
    </message>
    <message>
        <source>In library</source>
        <translation>في المكتبة</translation>
    </message>
    <message>
        <source>Linked to a story already: importing it again opens that story</source>
        <translation>مرتبطة بخبر من قبل: استيرادها مجددًا يفتح ذلك الخبر</translation>
    </message>
    <message>
        <source>%1 has no posts of these kinds.</source>
        <translation>ليس في %1 مقالات من هذه الأنواع.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n posts listed, the most lately changed first.</source>
        <translation>
            <numerusform>عُرضت %1 من المقالات، الأحدث تغييرًا أولًا.</numerusform>
            <numerusform>عُرضت %1 من مقالة واحدة، الأحدث تغييرًا أولًا.</numerusform>
            <numerusform>عُرضت %1 من مقالتين، الأحدث تغييرًا أولًا.</numerusform>
            <numerusform>عُرضت %1 من %n مقالات، الأحدث تغييرًا أولًا.</numerusform>
            <numerusform>عُرضت %1 من %n مقالةً، الأحدث تغييرًا أولًا.</numerusform>
            <numerusform>عُرضت %1 من %n مقالة، الأحدث تغييرًا أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the posts to import first.</source>
        <translation>اختر المقالات المراد استيرادها أولًا.</translation>
    </message>
    <message>
        <source>Importing %1 of %2: “%3”…</source>
        <translation>جارٍ استيراد %1 من %2: «%3»…</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n posts.</source>
        <translation>
            <numerusform>لم تُستورد أي مقالة.</numerusform>
            <numerusform>استُوردت مقالة واحدة.</numerusform>
            <numerusform>استُوردت مقالتان.</numerusform>
            <numerusform>استُوردت %n مقالات.</numerusform>
            <numerusform>استُوردت %n مقالةً.</numerusform>
            <numerusform>استُوردت %n مقالة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were in the library already.</source>
        <translation>
            <numerusform>لم تكن أي منها في المكتبة من قبل.</numerusform>
            <numerusform>كانت واحدة منها في المكتبة من قبل.</numerusform>
            <numerusform>كانت اثنتان منها في المكتبة من قبل.</numerusform>
            <numerusform>كانت %n منها في المكتبة من قبل.</numerusform>
            <numerusform>كانت %n منها في المكتبة من قبل.</numerusform>
            <numerusform>كانت %n منها في المكتبة من قبل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped before the last %n.</source>
        <translation>
            <numerusform>توقّف الاستيراد.</numerusform>
            <numerusform>توقّف قبل المقالة الأخيرة.</numerusform>
            <numerusform>توقّف قبل المقالتين الأخيرتين.</numerusform>
            <numerusform>توقّف قبل آخر %n مقالات.</numerusform>
            <numerusform>توقّف قبل آخر %n مقالةً.</numerusform>
            <numerusform>توقّف قبل آخر %n مقالة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>لم يُستورد: %1</translation>
    </message>
    <message>
        <source>Left out: %1</source>
        <translation>تُرك: %1</translation>
    </message>
    <message>
        <source>Stopping after the post being imported…</source>
        <translation>سيتوقف بعد المقالة الجاري استيرادها…</translation>
    </message>
</context>
<context>
    <name>Copydesk::ZonedTimeEdit</name>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>In the newsroom&apos;s time zone, %1</source>
        <translation>بتوقيت غرفة الأخبار، %1</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>; %1 on this computer&apos;s clock</source>
        <translation>؛ %1 بساعة هذا الحاسوب</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks skip it for daylight saving. Choose a time before or after the change.</source>
        <translation>%1 غير موجود في %2: تتخطاه الساعات للتوقيت الصيفي. اختر وقتاً قبل التغيير أو بعده.</translation>
    </message>
    <message>
        <source>%1 happens twice in %2: the clocks go back. Which one?</source>
        <translation>%1 يتكرر مرتين في %2: تعود الساعات إلى الوراء. أيهما؟</translation>
    </message>
    <message>
        <source>%1 %2, before the clocks go back (%3 UTC)</source>
        <translation>%1 %2، قبل إرجاع الساعات (%3 UTC)</translation>
    </message>
    <message>
        <source>%1 %2, after the clocks go back (%3 UTC)</source>
        <translation>%1 %2، بعد إرجاع الساعات (%3 UTC)</translation>
    </message>
    <message>
        <source>%1 happens twice in %2: choose which one.</source>
        <translation>%1 يتكرر مرتين في %2: اختر أيهما.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop newsroom editor</source>
        <translation>محرر أخبار لسطح المكتب</translation>
    </message>
    <message>
        <source>Open the library at &lt;path&gt; (default: %1).</source>
        <translation>افتح المكتبة في &lt;path&gt; (الافتراضي: %1).</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; once the preview is drawn, then quit.</source>
        <translation>احفظ صورة للنافذة في &lt;file&gt; بعد رسم المعاينة، ثم اخرج.</translation>
    </message>
    <message>
        <source>Check stories against the house style rules in &lt;file&gt; (default: %1 when it exists, else the bundled rules).</source>
        <translation>افحص القصص وفق قواعد أسلوب التحرير في &lt;file&gt; (الافتراضي: %1 إن وُجد، وإلا فالقواعد المرفقة).</translation>
    </message>
    <message>
        <source>Cannot Open Library</source>
        <translation>تعذّر فتح المكتبة</translation>
    </message>
    <message>
        <source>Speak &lt;language&gt; (en, ar) instead of the one chosen under View → Language, or the system&apos;s.</source>
        <translation>تحدّث بـ&lt;language&gt; ‏(en، ar) بدلاً من اللغة المختارة في عرض ← اللغة، أو لغة النظام.</translation>
    </message>
</context>
</TS>
