<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountsFlow</name>
    <message>
        <source>Follow-up due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up %1: it was due at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 And %n more.</source>
        <translation>
            <numerusform>%1 And %n more.</numerusform>
            <numerusform>%1 And %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message numerus="yes">
        <source>%n week(s) without a touch</source>
        <translation>
            <numerusform>%n week without a touch</numerusform>
            <numerusform>%n weeks without a touch</numerusform>
        </translation>
    </message>
    <message>
        <source>never touched, added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts going cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accounts going cold (no touch for %n week(s))</source>
        <translation>
            <numerusform>Accounts going cold (no touch for %n week)</numerusform>
            <numerusform>Accounts going cold (no touch for %n weeks)</numerusform>
        </translation>
    </message>
    <message>
        <source>None: every account was touched in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) touched this week</source>
        <translation>
            <numerusform>%n account touched this week</numerusform>
            <numerusform>%n accounts touched this week</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message numerus="yes">
        <source>Start %n min</source>
        <translation>
            <numerusform>Start %n min</numerusform>
            <numerusform>Start %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start a focus block…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in 1&amp;0 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an &amp;interruption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n min</source>
        <translation>
            <numerusform>+%n min</numerusform>
            <numerusform>+%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Count one (+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo the last count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met at an event / partner &amp;call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;One Thing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ One Thing &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly &amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit FocusApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwayDialog</name>
    <message>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You were away %n min. What was it?</source>
        <translation>
            <numerusform>You were away %n min. What was it?</numerusform>
            <numerusform>You were away %n min. What was it?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;On a call or in a meeting (counts as work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;break (not counted: the block is paused for that time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard this block (it ends, abandoned, when you left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockEndDialog</name>
    <message>
        <source>Focus block finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the account you touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Send the proposal to the CFO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt step and its date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than a minute focused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n focused minute(s). Well done.</source>
        <translation>
            <numerusform>%n focused minute. Well done.</numerusform>
            <numerusform>%n focused minutes. Well done.</numerusform>
        </translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many did you count?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional one-line note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and take a &amp;break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;touched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockedPage</name>
    <message>
        <source>A strict block: this page opens again when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page opens again when the block ends, or when you stop the block in FocusApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked during your focus block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your One Thing today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The focus block is over: you can open this page again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockingStatus</name>
    <message>
        <source>What to do: install polkit&apos;s pkexec (“sudo apt install pkexec” on Debian and Ubuntu, “sudo dnf install polkit” on Fedora).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: install xdotool (“sudo apt install xdotool”) and log in to an X11 session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: choose an X11 session when you log in (for example “Ubuntu on Xorg”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: on GNOME, turn on the AppIndicator extension (“sudo apt install gnome-shell-extension-appindicator”, then log in again); elsewhere, add a system tray to the panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: start a notification server with the desktop (on sway: mako, “sudo apt install mako-notifier”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: install python-xlib where FocusApp runs (“pip install python-xlib”); the packaged app includes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: install GNOME&apos;s gsettings (“sudo apt install libglib2.0-bin”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A browser with secure DNS (DNS over HTTPS) turned on does not read the blocked websites: turn it off (Firefox: Settings → Privacy &amp; Security → DNS over HTTPS → Off; Chrome and Edge: Settings → Privacy and security → Use secure DNS → off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What blocks distractions on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet: it is checked when FocusApp starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlocksFlow</name>
    <message>
        <source>Focus block started</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s). Distractions can wait.</source>
        <translation>
            <numerusform>%n minute. Distractions can wait.</numerusform>
            <numerusform>%n minutes. Distractions can wait.</numerusform>
        </translation>
    </message>
    <message>
        <source>Focus block extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more minute(s).</source>
        <translation>
            <numerusform>%n more minute.</numerusform>
            <numerusform>%n more minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Focus block finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n focused minute(s).</source>
        <translation>
            <numerusform>%n focused minute.</numerusform>
            <numerusform>%n focused minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Focus block saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The focus block that ended at %1 is saved now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your block ended while the computer was asleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was saved as finished at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer&apos;s clock was set back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your focus block keeps the time it had earned and the time it had left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for the next focus block?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No focus block yet today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start one on your key activity: 25 minutes is enough.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserBox</name>
    <message>
        <source>Browser extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install in my browsers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: pages are blocked by path, and web time is measured from the page in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Installed for: %1. Add the FocusApp extension to the browser (see the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not installed: blocked pages need the FocusApp extension, and this app installed in your browsers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Chromium, Chrome, Edge, Brave or Firefox profile was found in your home folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browsers&apos; files could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browsers&apos; files could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarFlow</name>
    <message>
        <source>Calendar %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>FocusApp shows your meetings from the calendars below. It reads them at start and at the interval you choose, and reads nothing else from the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read them now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read your calendars every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (iCal address) or /path/to/file.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.com, other@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar address or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail addresses in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FocusApp leaves out the meetings these addresses declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar added: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calendar yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a focusapp command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data folder to use (default: $%1, else the user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FocusApp: focus blocks and the One Thing, from the tray. Without a command, starts the app (or brings the running one to the front).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a focus block in the running app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 to 180 (default: preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start it this many minutes from now (10 or 10m), by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop the running focus block (kept as a partial block)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add minutes to the running focus block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many: 5, 10, 15…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what the running app is doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set today&apos;s One Thing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count a call, a touch, a meeting… in the running app, without a dialog (on the running block, else on today&apos;s last activity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many (default: 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what to count (default: the running block&apos;s activity, else today&apos;s last one); an id or its short form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take the last count back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a handoff sent to another role or a colleague (--to), or mark one accepted or sent back (ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a handoff&apos;s id (its first characters are enough), to answer it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a role id or a colleague&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it missed the delay the roles agreed (Settings → Roles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the brief lacked, comma-separated items of the role&apos;s checklist (Settings → Roles; built in: need, budget, decision_maker, next_step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sending role (default: today&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiver accepted it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the receiver sent it back, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speed-to-lead: a lead came in, its clock starts against your role&apos;s target; or --touched, its first touch stops it (with the app running or not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who came in (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a waiting lead&apos;s name, or its id&apos;s first characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a waiting lead aside as not a lead (spam, a duplicate): its clock stops and it counts nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field Sales: the dated next step of today&apos;s last meeting without one (with the app running or not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what happens next, in one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by when (default: the next working day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sales manager&apos;s week of the team, from the reps&apos; JSON exports in a folder (several weeks of one rep are merged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026-W48 (default: this week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a row per rep and role, and the handoffs between roles in a second file beside it (team.csv: team-handoffs.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the report a manager reads: the grid, counts, funnel and handoffs per rep and role, and the handoffs between roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weekly streak review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the review as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: FILE.json everything (re-importable), FILE.csv blocks, FILE.ics focus blocks for a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV/ICS: only this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV/ICS: first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV/ICS: last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print today&apos;s agenda: the One Thing, the meetings from your calendars and the finished blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your calendars, read to show your meetings (the only thing FocusApp fetches from the network, and only from the addresses you add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: an .ics file or the calendar&apos;s iCal address (https:// or webcal://); remove: its number in the list or its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: your e-mail address in this calendar, so that meetings you declined are left out (repeat for several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: the calendar&apos;s name (default: from its file or address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a JSON export (checked first; nothing written if bad)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list what the import would change, and write nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record that you touched an account (a name not on your list joins it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your account list: add one, import a CRM export&apos;s column, or list the accounts going cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add NAME, import FILE.csv, or cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: a one-line note for the account&apos;s owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: the CSV column that holds the account names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met at an event or on a partner call: a follow-up due in 48 hours (--due), or mark one done (--done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within how long: 48h (default), 2d, 90m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark a follow-up done: its name, or its id&apos;s first characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--done marks a follow-up done: give it no NAME and no --due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whom to follow up: focusapp follow-up NAME [--due 48h].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not something to do with your accounts: add, import or cold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which: focusapp accounts add NAME, or focusapp accounts import FILE.csv --column NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which column holds the account names: --column NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an activity of the role (default: today&apos;s One Thing&apos;s, when it is of that role) — %1. A solo seller uses role.activity ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the command is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role. Valid roles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Argument %1 (&apos;%2&apos;) is not valid UTF-8 text; check your terminal&apos;s encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--undo takes back the last count: give it no N and no --activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder of exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to write: --csv FILE, --pdf FILE, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of %1 shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which calendar: %1 calendar %2 FILE|ADDRESS|N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1 calendar %2&apos; takes nothing more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail address(es) in this calendar, separated by commas, so that meetings you declined are left out (Enter to skip): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which handoff to answer: focusapp handoff ID --accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who received the handoff: --to ROLE or a colleague&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To answer a handoff give only its ID and --accepted or --sent-back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer a handoff with --accepted or with --sent-back WHY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a new lead&apos;s NAME, --touched NAME|ID or --drop NAME|ID: one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FocusApp seems to be running on this data folder but did not answer: %1 (data folder: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FocusApp is already running (data folder: %1); brought it to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> One Thing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> No One Thing set for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus block running: %1 left%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus block paused: %1 left%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a break: %1 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A focus block of %1 minutes%2 starts by itself at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus block started for %1 minutes%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus block extended by %1 minutes: %2 minutes planned, %3 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus block stopped after %1 minutes (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s One Thing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took back the last count%1, on the running block: %2 today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took back the last count%1, between blocks: %2 today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted%1, on the running block: %2 today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted%1, between blocks: %2 today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff %1 to %2: accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff %1 to %2: sent back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brief missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brief complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff %1 sent to %2 (%3): %4, %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step of the %1 meeting: %2, by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) today still without one.</source>
        <translation>
            <numerusform>%n meeting today still without one.</numerusform>
            <numerusform>%n meetings today still without one.</numerusform>
        </translation>
    </message>
    <message>
        <source>The lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set aside: not a lead, counted nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Clock started for %1 (id %2): touch it within %n minute(s).</source>
        <translation>
            <numerusform>Clock started for %1 (id %2): touch it within %n minute.</numerusform>
            <numerusform>Clock started for %1 (id %2): touch it within %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock started for a new lead (id %2): touch it within %n minute(s).</source>
        <translation>
            <numerusform>Clock started for a new lead (id %2): touch it within %n minute.</numerusform>
            <numerusform>Clock started for a new lead (id %2): touch it within %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 touched after %2, within the %n-minute target.</source>
        <translation>
            <numerusform>%1 touched after %2, within the %n-minute target.</numerusform>
            <numerusform>%1 touched after %2, within the %n-minute target.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 touched after %2, past the %n-minute target.</source>
        <translation>
            <numerusform>%1 touched after %2, past the %n-minute target.</numerusform>
            <numerusform>%1 touched after %2, past the %n-minute target.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) waiting.</source>
        <translation>
            <numerusform>%n lead waiting.</numerusform>
            <numerusform>%n leads waiting.</numerusform>
        </translation>
    </message>
    <message>
        <source>No lead waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the lead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record the next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FocusApp did not answer within %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FocusApp&apos;s answer could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the import: a copy of the data could not be made: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 blocks to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of %1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the team report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touched %1 (new on your account list). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touched %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) touched this week.</source>
        <translation>
            <numerusform>%n account touched this week.</numerusform>
            <numerusform>%n accounts touched this week.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is on your account list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new account(s); %1 already on your list.</source>
        <translation>
            <numerusform>Imported %n new account; %1 already on your list.</numerusform>
            <numerusform>Imported %n new accounts; %1 already on your list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1 — %n week(s) without a touch, %2</source>
        <translation>
            <numerusform>  %1 — %n week without a touch, %2</numerusform>
            <numerusform>  %1 — %n weeks without a touch, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One Thing: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One Thing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No One Thing set for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished blocks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished block yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned and proposed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (proposed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 min%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the calendar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar added: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar removed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FocusApp is reading your calendars in the background: &apos;%1 calendar list&apos; shows when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calendar: add one with &apos;%1 calendar add FILE|ADDRESS&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your addresses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars are read at start and every %1 minutes while FocusApp runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up with %1: done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up %1 by %2 (id %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accounts going cold (no touch for %n week(s)):</source>
        <translation>
            <numerusform>Accounts going cold (no touch for %n week):</numerusform>
            <numerusform>Accounts going cold (no touch for %n weeks):</numerusform>
        </translation>
    </message>
    <message>
        <source>last touched %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FocusApp is not running (data folder: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it first with &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FocusApp refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (data folder: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No FocusApp export could be read in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: another rep is also named &apos;%2&apos; (another profile id): each is shown with its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team report of %1: %2 rep(s) from %3 export(s), %4 role(s), written to %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Your data is kept in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups (the newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put all your data back as it was on %1? Your current data is kept aside in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data was restored from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Write your One Thing first: the text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your One Thing to %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time of day; write it as HH:MM, e.g. 08:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block lists cannot change while a strict focus block runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable at least one sales role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a whole number of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A focus block lasts from %1 to %2 minutes, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy goes from 1 to 5, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count is a whole number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not one of the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This must be between %1 and %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at least one timer preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time of day; hours go from 00 to 23 and minutes from 00 to 59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a week; write it as YYYY-Www, e.g. 2026-W48.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1 does not exist in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one working day in the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekdays go from 0 (Monday) to 6 (Sunday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day-off range cannot end (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A daily target needs minutes, a count, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A daily target is between 1 and 1440 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an activity called &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a strict block: type the phrase to stop it early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A focus block is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No focus block is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an activity of this role. Valid activities: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the scheduled block a name: it is what its notification says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the name to %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one weekday for the scheduled block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The weekdays of this scheduled block are not days of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the role the scheduled block is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A block can be extended by %1 to %2 minutes at a time, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A focus block lasts at most %1 minutes: this one cannot be extended by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A block can start in 1 to %1 minutes, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a block later is not available in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a calendar address: paste the whole https:// address, or give a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FocusApp reads calendars from https://, http:// or webcal:// addresses and from files, not from &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This calendar is already in the list: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calendar is called &apos;%1&apos;: &apos;focusapp calendar list&apos; shows their numbers and names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of calendars (%1) is damaged; fix or delete that file, then add the calendars again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars are not available in this session of FocusApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file %1 is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file %1 could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be reached (%2): check the address and the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no calendar at this address (it was moved or deleted): copy the address from your calendar again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to give this calendar: copy its secret or public address again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with error %2 instead of the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent FocusApp from address to address without giving the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address gives a web page, not a calendar: use the address your calendar app gives for the iCal (.ics) format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a calendar in the iCalendar (.ics) format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This calendar is larger than %1 MB: FocusApp does not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) could not be read and were left out.</source>
        <translation>
            <numerusform>%n event could not be read and was left out.</numerusform>
            <numerusform>%n events could not be read and were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Events in time zones FocusApp does not know (%1) were left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 The rest of the calendar is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no X11 display to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Wayland desktop does not tell applications how long it has been idle (GNOME and KDE do, over D-Bus; sway only through a Wayland protocol FocusApp cannot use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The python-xlib module is not installed, so time away cannot be seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X11 server does not say how long it has been idle (no MIT-SCREEN-SAVER extension).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under Wayland, the X11 idle time only sees typing in X11 windows: time away may be overstated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session bus to ask the desktop how long it has been idle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop did not say how long it has been idle (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s idle-time API is not available (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting today is waiting for its next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the next step on or after its meeting&apos;s day (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list holds at most %1 entries, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be written as HH:MM, e.g. 08:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry appears twice in this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days of this list are not in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days off go from %1 to %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A range of days off lasts at most %1 days; %2 to %3 lasts %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is written %2 in the list of blocked sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no page: add its path, as in linkedin.com/feed (a whole site goes in the blocked sites).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this path is not one a browser sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not written as the list of blocked pages keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A daily count target is between 1 and 10,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A daily target names the count &apos;%1&apos; twice, or a count FocusApp does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an activity of your roles. Valid activities: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count between 1 and %1 at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to count for yet: start a focus block, or name the activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no count to take back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count could not be saved: %1. It was not counted; free some space and count again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who received the handoff: a role, a colleague or a service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in one line why the handoff was sent back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not on the brief&apos;s checklist: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single handoff has an id starting with &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A strict block cannot be paused: stop it with the phrase, or take the emergency exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a strict block: stop it in FocusApp&apos;s window, where you type the phrase (or take the emergency exit there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The focus block could not be saved: %1. It was not started; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your focus block is stopped but could not be saved: %1. FocusApp keeps it and will save it as soon as it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; should end with .json, .csv or .ics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no block-list preset named &apos;%1&apos;; pick one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A block must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A block can block sites for at most %n hour(s).</source>
        <translation>
            <numerusform>A block can block sites for at most %n hour.</numerusform>
            <numerusform>A block can block sites for at most %n hours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the app&apos;s executable name or its full path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app entry is too long: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the spaces around the app name: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An app name cannot contain control or invisible characters: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either the executable&apos;s name or its full path, not a relative path: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain is text, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain cannot contain a line break: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain cannot contain control character %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain cannot contain invisible character %1 (zero-width, joiner or text-direction mark): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain cannot contain spaces: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain cannot contain &apos;#&apos;: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type only the site&apos;s name (like example.com), not an address with a scheme, path or user: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the site&apos;s name without a port: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IP address cannot be blocked, only a name: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wildcards are not supported; type the domain itself (it also blocks its www. and m. forms): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host name cannot contain &apos;_&apos;: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This name mixes alphabets (%1), so it only looks like the site you mean; type it with the right keyboard layout: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This name is written with letters that only look like Latin ones, so it is not the site you mean: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain has at most %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain cannot have an empty part (two dots in a row, or a dot at the start): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of a domain cannot start or end with &apos;-&apos;: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid international domain name: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local host names cannot be blocked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names of the local network (.local) cannot be blocked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a full domain with a dot, like example.com: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps the computer updated, on time or able to check certificates, so it is never blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to Windows&apos; updates, Microsoft Defender or diagnostics: Defender resets the whole hosts file when one of them is blocked, so it is never blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps the Mac updated, on time or able to check certificates, so it is never blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: %1 is not canonical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; appears twice in one object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a number JSON allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at line %2, column %3); is it complete?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is nested too deeply to be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds a number too long to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FocusApp cannot use the data folder %1: %2. Choose another one with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FocusApp could not save this change in its data folder: %1. Nothing was changed; try again once the folder can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed (%1): nothing of it was kept; your data is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and your data could not be put back yet (%1). Free some space, then restart FocusApp: it will put your data back as it was before the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a FocusApp export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export has version %1, which this FocusApp cannot read (it reads versions %2): update FocusApp, then import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB: it cannot be a FocusApp export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 problems: checking stopped there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inside FocusApp&apos;s data folder; choose another folder so your data is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the item first: it is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item of the brief is at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A handoff brief needs at least one item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A handoff brief holds at most %1 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already in the brief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreed delay is from %1 to %2 hours, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead&apos;s name is at most %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead waiting is called &apos;%1&apos; or has an id starting with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead clocks are for the Inbound Lead Qualification role (or the solo seller): take it up in Settings → Roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speed-to-lead target is from %1 to %2 minutes, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your weekly export is waiting: the folder %1 is not there (is the drive connected?). FocusApp tries again every hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your weekly export could not be written to %1: %2. FocusApp tries again every hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder with the button: this is not a whole path to a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to start FocusApp is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to start FocusApp contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Windows Run key exists only on Windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not turn on start at login: %1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not turn off start at login: %1 could not be removed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app list entry &apos;%1&apos; was ignored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is blocked for this block: its block plan was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries of the block list were skipped as invalid: %1</source>
        <translation>
            <numerusform>%n entry of the block list was skipped as invalid: %1</numerusform>
            <numerusform>%n entries of the block list were skipped as invalid: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Websites are not blocked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Websites stay blocked until the block&apos;s planned end: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the record of the active blocking for crash recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not turn on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not put %1 back as it was before the block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its state could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hosts helper that blocks websites is not installed on this computer. Install FocusApp from its package or bundle, which includes the helper (this needs administrator rights once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pkexec (polkit) is not installed, so the hosts helper cannot get the rights it needs to block websites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last change to the blocked websites failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps set to be minimized are only warned about: minimizing needs an X11 session with xdotool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s window API is not available (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wayland does not let applications see which window is in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop shows no tray icons, so FocusApp lives in its Today window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a tray icon, FocusApp&apos;s messages (the end of a block, a blocked app) are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notification server runs on this desktop, so FocusApp&apos;s messages (the end of a block, a blocked app) are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under Wayland, only the windows of X11 apps are seen in front: time in a Wayland window (most browsers there) is not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps set to be minimized are only warned about: Wayland does not let one app minimize the windows of another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no graphical display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The python-xlib module is not installed, so the window in front cannot be seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The X11 display could not be opened (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the X11 display failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your working hours must end after they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window manager does not say which window is in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS shows the app in front but not its window title, so blocked sites are not seen in browser titles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNOME&apos;s gsettings tool is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNOME&apos;s notification settings could not be read or changed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNOME&apos;s notification banner setting has an unexpected value: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session bus to reach the notification server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notification server answers on the session bus (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification server does not let applications silence it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows gives applications no supported way to turn on Do Not Disturb (Focus assist): turn it on yourself for a block, from the notification centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS gives applications no supported way to turn on a Focus or Do Not Disturb: turn it on yourself for a block, from Control Centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This way of starting at login works only on Linux desktops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This way of starting at login works only on Windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This way of starting at login works only on macOS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account&apos;s name is at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account goes cold after %1 to %2 weeks without a touch, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column &apos;%1&apos;. Its columns: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the file: an account&apos;s name is at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names %1 accounts; at most %2 can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whom to follow up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a delay: write hours (48h), days (2d) or minutes (90m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up is due within %1 days at most, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single follow-up is named &apos;%1&apos; or has an id starting with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows keeps FocusApp from starting at login: it is turned off in Task Manager&apos;s Startup tab (or Settings &gt; Apps &gt; Startup). Turn it on there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No way to see time away from the desk was found here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No way to see time away from the desk works here. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No way to silence notifications was found on this desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No way to silence notifications works on this desktop. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something first: the text is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it to %1 characters; this text has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A domain cannot contain character %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid domain: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each part of a domain has at most %1 characters; one has %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each part of a domain has at most %1 characters once encoded: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiragana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Katakana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hangul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devanagari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hosts helper is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pkexec (polkit) is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorisation was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hosts helper did not answer (was the password prompt left open?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hosts helper could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hosts helper gave no readable answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what answered for the FocusApp hosts service is not a system service, so nothing was sent to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some blocked sites are not valid domains, so nothing was blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hosts helper does not support this system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hosts file is a symbolic link, which the helper refuses to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hosts file is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hosts file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hosts file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another change to the hosts file was in progress; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the helper&apos;s lock file is not its own (someone else made it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hosts file kept changing while the helper worked; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hosts file could not be read or written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hosts helper refused its test hosts path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the block had already ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hosts helper is not installed safely (its Python does not start isolated, with -I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hosts helper is not installed safely (a user other than root can change its files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hosts helper failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>website blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distraction tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do Not Disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time away from the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tray icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FocusApp&apos;s messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part of its path is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is on a read-only disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are not allowed to write there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are not allowed to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EveningCheckDialog</name>
    <message>
        <source>How did your One Thing go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your One Thing for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done – &amp;carry it over to the next working day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>FocusApp – first run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FocusApp</name>
    <message>
        <source>Commands from the command line are unavailable in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FocusApp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Met at an event / partner call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claire Dubois, VivaTech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whom to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>48h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours (48h), days (2d) or minutes (90m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue within</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — overdue since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups, by due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuardFlow</name>
    <message>
        <source>Blocking lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FocusApp stopped during a focus block; the sites and notifications it had blocked are released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on your block list: back to your focus block?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was minimised: it is on your block list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was closed: it is on your block list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was stopped: it is on your block list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distraction blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking needs attention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <source>Handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did the handoff from %1 go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role, a colleague or a service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On time (within the agreed %1 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brief covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoffsPanel</name>
    <message>
        <source>Today&apos;s handoffs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent &amp;back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff sent back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why was it sent back? (one line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brief complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brief missing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <source>Days of the year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>ddd d MMM</source>
        <comment>date pattern</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>date pattern</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>month range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Streak history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Strength&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No role to show: choose your roles in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n day in a row</numerusform>
            <numerusform>%n days in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>best %n day(s)</source>
        <translation>
            <numerusform>best %n day</numerusform>
            <numerusform>best %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>strength %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n freeze(s) used</source>
        <translation>
            <numerusform>%n freeze used</numerusform>
            <numerusform>%n freezes used</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcsText</name>
    <message>
        <source>Focus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focused %1 of %2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy %1/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem found.</numerusform>
            <numerusform>Nothing was imported: %n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import “%1”? This is what it would change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data as it is now is kept in the backups folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing: your data already holds everything in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus blocks: %1 new, %2 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days (One Things): %1 new, %2 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly reviews: %1 new, %2 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts between blocks: %1 new, %2 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoffs: %1 new, %2 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads: %1 new, %2 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: replaced by the file&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles: unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login stays off: turn it on in Settings if you want it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps the file would suspend or quit by force are only warned about: %1. Choose that in Settings if you want it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts: %1 new, %2 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts touched: %1 new, %2 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups: %1 new, %2 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run, nothing was written. Importing %1 would change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data as it was before the import is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same entries, reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterruptionDialog</name>
    <message>
        <source>Log an interruption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who or what interrupted you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Interruptions</name>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead touched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadsFlow</name>
    <message>
        <source>Lead waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has waited %n minute(s) for a first touch.</source>
        <translation>
            <numerusform>%1 has waited %n minute for a first touch.</numerusform>
            <numerusform>%1 has waited %n minutes for a first touch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A lead has waited %n minute(s) for a first touch.</source>
        <translation>
            <numerusform>A lead has waited %n minute for a first touch.</numerusform>
            <numerusform>A lead has waited %n minutes for a first touch.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadsPanel</name>
    <message>
        <source>Lead of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Leads waiting · target %n min</source>
        <translation>
            <numerusform>Leads waiting · target %n min</numerusform>
            <numerusform>Leads waiting · target %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Leads waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past its target: touch it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead yet today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Today: %n lead(s) · %1 within target · %2 late · %3 waiting</source>
        <translation>
            <numerusform>Today: %n lead · %1 within target · %2 late · %3 waiting</numerusform>
            <numerusform>Today: %n leads · %1 within target · %2 late · %3 waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Time %1 has waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam or a duplicate: its clock stops and it counts nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · past its target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <source>Today&apos;s meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>Account Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound lead qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound prospecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business Developer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solo seller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look after my clients (account management)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meet prospects and close (field sales)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualify the leads that come in (inbound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect by calls, emails and social (outbound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open new markets and partners (business development)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proactive value touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account health review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal / upsell next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff: route a client issue to the right service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting preparation from the handoff brief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified-prospect meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated next step agreed and logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal / closing action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff: brief the won client&apos;s Account Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed-to-lead: first touch on new leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified meetings booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff: brief for every booked meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal-customer list research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospecting block: calls, emails, social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff: pass a qualified prospect to Field Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New-market intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner / channel conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event and networking follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff: feed prospecting a target list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalations routed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>briefs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leads touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts researched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>touches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewLeadDialog</name>
    <message>
        <source>New lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who came in? (optional: the clock starts now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start its clock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextStepsFlow</name>
    <message>
        <source>Meetings without a next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) today still have no dated next step: give it before the day ends.</source>
        <translation>
            <numerusform>%n meeting today still has no dated next step: give it before the day ends.</numerusform>
            <numerusform>%n meetings today still have no dated next step: give them before the day ends.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OneThingDialog</name>
    <message>
        <source>Your One Thing today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the ONE thing you can do today such that by doing it everything else becomes easier or unnecessary?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;One Thing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any activity of the role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenMeetingsPanel</name>
    <message numerus="yes">
        <source>%n meeting(s) without a dated next step: %1. Give it with focusapp next-step, or at the next meeting&apos;s end.</source>
        <translation>
            <numerusform>%n meeting without a dated next step: %1. Give it with focusapp next-step, or at the next meeting&apos;s end.</numerusform>
            <numerusform>%n meetings without a dated next step: %1. Give them with focusapp next-step, or at the next meeting&apos;s end.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticesBox</name>
    <message>
        <source>As a solo seller, what do you do yourself?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QtShell</name>
    <message>
        <source>FocusApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything, re-importable (*.json);;Blocks for a spreadsheet (*.csv);;Focus blocks for a calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FocusApp export (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionsPanel</name>
    <message>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What worked this week?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will you change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week&apos;s priority, per role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one thing that matters most</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>Counted: %1 this week · last week %2 · 4-week average %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoffs: %1 sent · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings held: %1 · with a dated next step the same day: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hunting: %1 · farming: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 hunting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accounts touched: %1 · going cold (no touch for %n week(s)): %2</source>
        <translation>
            <numerusform>Accounts touched: %1 · going cold (no touch for %n week): %2</numerusform>
            <numerusform>Accounts touched: %1 · going cold (no touch for %n weeks): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups due: %1 · done in time: %2 · late: %3 · overdue: %4 · to come: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Speed to lead: %n lead(s) · median %1 to first touch · %2 within target (%3 late) · %4 left untouched</source>
        <translation>
            <numerusform>Speed to lead: %n lead · median %1 to first touch · %2 within target (%3 late) · %4 left untouched</numerusform>
            <numerusform>Speed to lead: %n leads · median %1 to first touch · %2 within target (%3 late) · %4 left untouched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n week(s))</source>
        <translation>
            <numerusform>%1 (%n week)</numerusform>
            <numerusform>%1 (%n weeks)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — oldest: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups due: none this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>share of the step before</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 become %2</source>
        <comment>share of this step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Sales results</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Focused minutes per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awesome per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awesome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy %1 / 5 · focus %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly review — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>label: value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales role is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week&apos;s priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d</source>
        <comment>first day of a range in one month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>first day of a range in one year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>date range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed, a streak freeze was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today: not met yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still to come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded this week: no focus block, no One Thing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This whole week was off: no working day, nothing to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week has not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>distraction and its time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focused time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One Thing done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly done, target missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tracked: the role was not taken up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <comment>legend</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly</source>
        <comment>legend</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <comment>legend</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frozen</source>
        <comment>legend</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day off</source>
        <comment>legend</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <comment>legend</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tracked</source>
        <comment>legend</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>symbol and its meaning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No focus block and no One Thing this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>done of set</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average focus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away from the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top distractions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interruptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started · %2 skipped · %3 missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 on calls, %3 on breaks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>interruption and its count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>total (kinds)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>days met of working days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly streak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Weekly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left or Page Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Home or Ctrl+Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Right or Page Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export charts (PNG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export blocks (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started on %2 this week: the days before it are not tracked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reflections could not be saved: %1. They stay in this window and FocusApp will save them as soon as it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message>
        <source>Activities, and what each one counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of an activity of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count for the selected activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily target for this count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One daily target across your practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily target of the role %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focused minutes on its key activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All its counts together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account goes cold after, without a touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new lead&apos;s clock turns red, and you are told once, when it has waited this long for a first touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed to lead: first touch within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoffs from this role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item the brief must cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed delay to hand off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleRows</name>
    <message>
        <source>Streaks per role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales role is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>The sales roles you hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the activities of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduleFlow</name>
    <message>
        <source>Your focus block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus block later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It starts by itself at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A focus block was running at its time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer was asleep at its time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your delayed focus block did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 missed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>%1 — %2 %3, %4 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a scheduled block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctivity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strict: no pause, stopping it takes the phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScheduledDialog</name>
    <message numerus="yes">
        <source>%1 in %n min</source>
        <translation>
            <numerusform>%1 in %n min</numerusform>
            <numerusform>%1 in %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>It starts by itself at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;nooze 10 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Score</name>
    <message>
        <source>%1 min × (%2 × %3 × %4)^%5 = %6</source>
        <comment>time × (energy × focus × important)^consistency</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more block(s): each block&apos;s factors are in its tooltip.</source>
        <translation>
            <numerusform>… and %n more block: each block&apos;s factors are in its tooltip.</numerusform>
            <numerusform>… and %n more blocks: each block&apos;s factors are in its tooltip.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sum of %1 blocks = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum: %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>FocusApp – Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The block lists cannot change while a strict focus block runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start FocusApp when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name on exports for your manager (empty: your account&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send my weekly export to this folder (e.g. a team drive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day starts at (work after midnight counts for the evening)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days off (holidays, leave, sick days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask my One Thing at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening check at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly review on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly review at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge me when no focus block has started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nudge at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short break (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long break (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A long break every (blocks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict mode by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask what it was after this long away (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked pages (browser extension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak freezes (a missed day does not break a streak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My working hours start at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My working hours end at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare each meeting this long before it (minutes, 0: never)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power hours a day (outbound prospecting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add social networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add news sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add video sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend (opt-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit by force (opt-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for your weekly export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add days off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App name or full path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it runs during a block:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the LinkedIn feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linkedin.com/feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartBlockDialog</name>
    <message>
        <source>Start a focus block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Energy (1 tired – 5 rested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Strict mode: stopping early needs a typed phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreakChip</name>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n day in a row</numerusform>
            <numerusform>%n days in a row</numerusform>
        </translation>
    </message>
    <message>
        <source>strength %1 % · best %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hunting: prospecting, qualifying, meeting prospects, new markets. Farming: looking after your clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s target met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s target not met yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click (or press Enter) for its history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthTrend</name>
    <message>
        <source>Strength over the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best streak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrictStopDialog</name>
    <message>
        <source>Stop a strict block?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I choose to stop this block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To stop early, type: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Emergency exit (abandon)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Strip</name>
    <message>
        <source>Last %1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>met days of working days</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamReport</name>
    <message>
        <source>Team report — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps: %1 · exports read: %2 · files left out: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ met · ◐ partly: some work, target missed · ✗ missed · ❄ frozen: a streak freeze was used · – day off · … today, not met yet · · not tracked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another rep has this name; these exports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From → to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>sending role → receiver</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoffs between roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent this week across the team, and what the receivers made of them so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handoff was sent this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command line said what is wrong with each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>file: why</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a FocusApp export this version can read (another kind of file, an export from a newer version, or a damaged one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some of its records cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log the dated next step of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power hour (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Today&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your calendar says %n meeting(s) held today that the meetings held count does not have yet.</source>
        <translation>
            <numerusform>Your calendar says %n meeting held today that the meetings held count does not have yet.</numerusform>
            <numerusform>Your calendar says %n meetings held today that the meetings held count does not have yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · meeting: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · proposed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · planned: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · done: %2 · Awesome %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · free: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: nothing planned for the rest of the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 at %2 (in %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Timer</name>
    <message>
        <source>Strict focus: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>%1 / %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hunting %1 min · farming %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayFlow</name>
    <message>
        <source>Focus block recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FocusApp stopped during your block; it is running again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus block saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FocusApp stopped before it could save your last focus block; it is saved now, as you stopped it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FocusApp stopped during your block; it was saved up to the last moment it was seen running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your desktop has no system tray, so FocusApp keeps this window open instead. Minimise it to keep it out of the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import was interrupted: nothing of it was kept; your data is as it was before. Import the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import was interrupted and could not be undone: part of it may be in your data. Your data as it was before the import is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data file %1 was damaged; it was restored from the backup of %2. The damaged copy was kept as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data file %1 was damaged and no backup could be read; FocusApp started it afresh. The damaged copy was kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayWindow</name>
    <message>
        <source>FocusApp – Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set my &amp;One Thing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;FocusApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xtend the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit my &amp;One Thing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No One Thing yet today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s Awesome: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished block yet today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 min · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovered after a crash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>websites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>distraction time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts between blocks go to today&apos;s last activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This block: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This block: %1 counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n interruption(s)</source>
        <translation>
            <numerusform>%1 · %n interruption</numerusform>
            <numerusform>%1 · %n interruptions</numerusform>
        </translation>
    </message>
    <message>
        <source>do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready when you are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>E&amp;xtend the block</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) waiting for a first touch</source>
        <translation>
            <numerusform>%n lead waiting for a first touch</numerusform>
            <numerusform>%n leads waiting for a first touch</numerusform>
        </translation>
    </message>
    <message>
        <source>FocusApp – no block running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One Thing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No One Thing set today</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekNumbers</name>
    <message>
        <source>The week in numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled blocks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyExportFlow</name>
    <message>
        <source>Weekly export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your weekly export %1 is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowsFlow</name>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data was restored from the backup you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was imported. Your data as it was before is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_BlockingPage</name>
    <message>
        <source>Distractions to block during a focus block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept away while a block runs, back as soon as it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Social networks (Facebook, Instagram, X, TikTok…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;News sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Video sites (YouTube, Netflix, Twitch…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn is in none of these lists: it is a sales tool. Change the lists any time in Settings → Blocking, which also says what can be blocked on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_DaysPage</name>
    <message>
        <source>Your working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekends and days off never break a streak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day starts at (work after midnight counts for the evening)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_LanguagePage</name>
    <message>
        <source>Welcome to FocusApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the work that matters, every day, with focus. A few questions and you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It names your exports for your manager&apos;s team report; change it any time in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_RemindersPage</name>
    <message>
        <source>Reminders and timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On working days only; change them any time in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask my One Thing at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening check at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timer presets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_RolesPage</name>
    <message>
        <source>Which sales roles do you hold?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each role gets its own daily target and streak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one thing you do yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
