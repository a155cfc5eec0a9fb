<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountsFlow</name>
    <message>
        <source>Follow-up due soon</source>
        <translation>Relance à faire bientôt</translation>
    </message>
    <message>
        <source>Follow up %1: it was due at %2.</source>
        <translation>Relancez %1&#xa0;: c’était prévu à %2.</translation>
    </message>
    <message>
        <source>Follow up %1 by %2.</source>
        <translation>Relancez %1 avant %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1 And %n more.</source>
        <translation>
            <numerusform>%1 Et %n autre.</numerusform>
            <numerusform>%1 Et %n autres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsPanel</name>
    <message numerus="yes">
        <source>%n week(s) without a touch</source>
        <translation>
            <numerusform>%n semaine sans contact</numerusform>
            <numerusform>%n semaines sans contact</numerusform>
        </translation>
    </message>
    <message>
        <source>never touched, added %1</source>
        <translation>jamais contacté, ajouté le %1</translation>
    </message>
    <message>
        <source>last: %1</source>
        <translation>dernier contact&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Accounts going cold</source>
        <translation>Comptes qui refroidissent</translation>
    </message>
    <message>
        <source>Account touched</source>
        <translation>Compte contacté</translation>
    </message>
    <message>
        <source>T&amp;ouched</source>
        <translation>C&amp;ontacté</translation>
    </message>
    <message numerus="yes">
        <source>Accounts going cold (no touch for %n week(s))</source>
        <translation>
            <numerusform>Comptes qui refroidissent (sans contact depuis %n semaine)</numerusform>
            <numerusform>Comptes qui refroidissent (sans contact depuis %n semaines)</numerusform>
        </translation>
    </message>
    <message>
        <source>None: every account was touched in time.</source>
        <translation>Aucun&#xa0;: chaque compte a été contacté à temps.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) touched this week</source>
        <translation>
            <numerusform>%n compte contacté cette semaine</numerusform>
            <numerusform>%n comptes contactés cette semaine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AppActions</name>
    <message numerus="yes">
        <source>Start %n min</source>
        <translation>
            <numerusform>Démarrer %n min</numerusform>
            <numerusform>Démarrer %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Start a focus block…</source>
        <translation>&amp;Démarrer un bloc de concentration…</translation>
    </message>
    <message>
        <source>S&amp;top the block</source>
        <translation>&amp;Arrêter le bloc</translation>
    </message>
    <message>
        <source>Start in 1&amp;0 min</source>
        <translation>Commencer dans 1&amp;0&#xa0;min</translation>
    </message>
    <message>
        <source>Log an &amp;interruption…</source>
        <translation>Noter une &amp;interruption…</translation>
    </message>
    <message numerus="yes">
        <source>+%n min</source>
        <translation>
            <numerusform>+%n&#xa0;min</numerusform>
            <numerusform>+%n&#xa0;min</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Count one (+1)</source>
        <translation>&amp;Compter un (+1)</translation>
    </message>
    <message>
        <source>&amp;Undo the last count</source>
        <translation>&amp;Annuler le dernier comptage</translation>
    </message>
    <message>
        <source>Met at an event / partner &amp;call…</source>
        <translation>Rencontré sur un salon / appel &amp;partenaire…</translation>
    </message>
    <message>
        <source>New &amp;lead…</source>
        <translation>Nouveau &amp;lead…</translation>
    </message>
    <message>
        <source>My &amp;One Thing…</source>
        <translation>Mon &amp;One Thing…</translation>
    </message>
    <message>
        <source>✓ One Thing &amp;done</source>
        <translation>✓ One Thing &amp;faite</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Weekly &amp;review</source>
        <translation>&amp;Bilan de la semaine</translation>
    </message>
    <message>
        <source>Streak &amp;history</source>
        <translation>&amp;Historique des séries</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
    <message>
        <source>&amp;Export your data…</source>
        <translation>&amp;Exporter vos données…</translation>
    </message>
    <message>
        <source>&amp;Import data…</source>
        <translation>&amp;Importer des données…</translation>
    </message>
    <message>
        <source>&amp;Quit FocusApp</source>
        <translation>&amp;Quitter FocusApp</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
</context>
<context>
    <name>AwayDialog</name>
    <message>
        <source>Welcome back</source>
        <translation>Bon retour</translation>
    </message>
    <message numerus="yes">
        <source>You were away %n min. What was it?</source>
        <translation>
            <numerusform>Absence de %n min. Qu’était-ce&#xa0;?</numerusform>
            <numerusform>Absence de %n min. Qu’était-ce&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;On a call or in a meeting (counts as work)</source>
        <translation>Au &amp;téléphone ou en réunion (compte comme du travail)</translation>
    </message>
    <message>
        <source>A &amp;break (not counted: the block is paused for that time)</source>
        <translation>Une &amp;pause (non comptée&#xa0;: le bloc est mis en pause pendant ce temps)</translation>
    </message>
    <message>
        <source>&amp;Discard this block (it ends, abandoned, when you left)</source>
        <translation>&amp;Abandonner ce bloc (il s’arrête, abandonné, à votre départ)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>BlockEndDialog</name>
    <message>
        <source>Focus block finished</source>
        <translation>Bloc de concentration terminé</translation>
    </message>
    <message>
        <source>Optional: the account you touched</source>
        <translation>Facultatif&#xa0;: le compte contacté</translation>
    </message>
    <message>
        <source>Account &amp;touched</source>
        <translation>&amp;Compte contacté</translation>
    </message>
    <message>
        <source>e.g. Send the proposal to the CFO</source>
        <translation>p. ex. Envoyer la proposition au DAF</translation>
    </message>
    <message>
        <source>Ne&amp;xt step and its date</source>
        <translation>Pro&amp;chaine étape et sa date</translation>
    </message>
    <message>
        <source>Less than a minute focused.</source>
        <translation>Moins d&apos;une minute de concentration.</translation>
    </message>
    <message numerus="yes">
        <source>%n focused minute(s). Well done.</source>
        <translation>
            <numerusform>%n minute de concentration. Bravo.</numerusform>
            <numerusform>%n minutes de concentration. Bravo.</numerusform>
        </translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>non compté</translation>
    </message>
    <message>
        <source>How many %1?</source>
        <translation>Combien de %1&#xa0;?</translation>
    </message>
    <message>
        <source>How many did you count?</source>
        <translation>Combien en avez-vous compté&#xa0;?</translation>
    </message>
    <message>
        <source>Optional one-line note</source>
        <translation>Note facultative (une ligne)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Save and take a &amp;break</source>
        <translation>Enregistrer et faire une &amp;pause</translation>
    </message>
</context>
<context>
    <name>BlockedPage</name>
    <message>
        <source>A strict block: this page opens again when it ends.</source>
        <translation>Un bloc strict&#xa0;: cette page s’ouvrira de nouveau à sa fin.</translation>
    </message>
    <message>
        <source>This page opens again when the block ends, or when you stop the block in FocusApp.</source>
        <translation>Cette page s’ouvrira de nouveau à la fin du bloc, ou quand vous arrêterez le bloc dans FocusApp.</translation>
    </message>
    <message>
        <source>Blocked during your focus block</source>
        <translation>Bloqué pendant votre bloc de concentration</translation>
    </message>
    <message>
        <source>Your One Thing today</source>
        <translation>Votre One Thing du jour</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Encore %1</translation>
    </message>
    <message>
        <source>The focus block is over: you can open this page again.</source>
        <translation>Le bloc de concentration est terminé&#xa0;: vous pouvez rouvrir cette page.</translation>
    </message>
</context>
<context>
    <name>BlockingStatus</name>
    <message>
        <source>What to do: install polkit&apos;s pkexec (“sudo apt install pkexec” on Debian and Ubuntu, “sudo dnf install polkit” on Fedora).</source>
        <translation>Que faire&#xa0;: installez pkexec de polkit (« sudo apt install pkexec » sous Debian et Ubuntu, « sudo dnf install polkit » sous Fedora).</translation>
    </message>
    <message>
        <source>What to do: install xdotool (“sudo apt install xdotool”) and log in to an X11 session.</source>
        <translation>Que faire&#xa0;: installez xdotool (« sudo apt install xdotool ») et ouvrez une session X11.</translation>
    </message>
    <message>
        <source>What to do: choose an X11 session when you log in (for example “Ubuntu on Xorg”).</source>
        <translation>Que faire&#xa0;: choisissez une session X11 à la connexion (par exemple « Ubuntu sur Xorg »).</translation>
    </message>
    <message>
        <source>What to do: install python-xlib where FocusApp runs (“pip install python-xlib”); the packaged app includes it.</source>
        <translation>Que faire&#xa0;: installez python-xlib là où FocusApp s&apos;exécute (« pip install python-xlib »)&#xa0;; l&apos;application empaquetée l&apos;inclut.</translation>
    </message>
    <message>
        <source>What to do: install GNOME&apos;s gsettings (“sudo apt install libglib2.0-bin”).</source>
        <translation>Que faire&#xa0;: installez gsettings de GNOME (« sudo apt install libglib2.0-bin »).</translation>
    </message>
    <message>
        <source>A browser with secure DNS (DNS over HTTPS) turned on does not read the blocked websites: turn it off (Firefox: Settings → Privacy &amp; Security → DNS over HTTPS → Off; Chrome and Edge: Settings → Privacy and security → Use secure DNS → off).</source>
        <translation>Un navigateur dont le DNS sécurisé (DNS over HTTPS) est activé ne lit pas la liste des sites bloqués&#xa0;: désactivez-le (Firefox&#xa0;: Paramètres → Vie privée et sécurité → DNS via HTTPS → Désactivé&#xa0;; Chrome et Edge&#xa0;: Paramètres → Confidentialité et sécurité → Utiliser un DNS sécurisé → désactivé).</translation>
    </message>
    <message>
        <source>works</source>
        <translation>fonctionne</translation>
    </message>
    <message>
        <source>works in part</source>
        <translation>fonctionne en partie</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>What blocks distractions on this computer</source>
        <translation>Ce qui bloque les distractions sur cet ordinateur</translation>
    </message>
    <message>
        <source>Not known yet: it is checked when FocusApp starts.</source>
        <translation>Pas encore connu&#xa0;: c&apos;est vérifié au démarrage de FocusApp.</translation>
    </message>
    <message>
        <source>What to do: on GNOME, turn on the AppIndicator extension (“sudo apt install gnome-shell-extension-appindicator”, then log in again); elsewhere, add a system tray to the panel.</source>
        <translation>Que faire&#xa0;: sous GNOME, activez l’extension AppIndicator («&#xa0;sudo apt install gnome-shell-extension-appindicator&#xa0;», puis reconnectez-vous)&#xa0;; ailleurs, ajoutez une zone de notification au tableau de bord.</translation>
    </message>
    <message>
        <source>What to do: start a notification server with the desktop (on sway: mako, “sudo apt install mako-notifier”).</source>
        <translation>Que faire&#xa0;: lancez un serveur de notifications avec le bureau (sous sway&#xa0;: mako, «&#xa0;sudo apt install mako-notifier&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>BlocksFlow</name>
    <message>
        <source>Focus block started</source>
        <translation>Bloc de concentration démarré</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s). Distractions can wait.</source>
        <translation>
            <numerusform>%n minute. Les distractions attendront.</numerusform>
            <numerusform>%n minutes. Les distractions attendront.</numerusform>
        </translation>
    </message>
    <message>
        <source>Focus block extended</source>
        <translation>Bloc de concentration prolongé</translation>
    </message>
    <message numerus="yes">
        <source>%n more minute(s).</source>
        <translation>
            <numerusform>%n minute de plus.</numerusform>
            <numerusform>%n minutes de plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Focus block finished</source>
        <translation>Bloc de concentration terminé</translation>
    </message>
    <message numerus="yes">
        <source>%n focused minute(s).</source>
        <translation>
            <numerusform>%n minute de concentration.</numerusform>
            <numerusform>%n minutes de concentration.</numerusform>
        </translation>
    </message>
    <message>
        <source>Focus block saved</source>
        <translation>Bloc de concentration enregistré</translation>
    </message>
    <message>
        <source>The focus block that ended at %1 is saved now.</source>
        <translation>Le bloc de concentration terminé à %1 est maintenant enregistré.</translation>
    </message>
    <message>
        <source>Your block ended while the computer was asleep</source>
        <translation>Votre bloc s&apos;est terminé pendant la veille de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>It was saved as finished at %1.</source>
        <translation>Il a été enregistré comme terminé à %1.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock was set back</source>
        <translation>L&apos;horloge de l&apos;ordinateur a été reculée</translation>
    </message>
    <message>
        <source>Your focus block keeps the time it had earned and the time it had left.</source>
        <translation>Votre bloc de concentration garde le temps déjà gagné et le temps qui lui restait.</translation>
    </message>
    <message>
        <source>Break over</source>
        <translation>Fin de la pause</translation>
    </message>
    <message>
        <source>Ready for the next focus block?</source>
        <translation>On passe au prochain bloc de concentration&#xa0;?</translation>
    </message>
    <message>
        <source>No focus block yet today</source>
        <translation>Aucun bloc de concentration aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Start one on your key activity: 25 minutes is enough.</source>
        <translation>Démarrez-en un sur votre activité clé&#xa0;: 25 minutes suffisent.</translation>
    </message>
</context>
<context>
    <name>BrowserBox</name>
    <message>
        <source>Browser extension</source>
        <translation>Extension du navigateur</translation>
    </message>
    <message>
        <source>Install in my browsers</source>
        <translation>Installer dans mes navigateurs</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Connected: pages are blocked by path, and web time is measured from the page in front.</source>
        <translation>Connectée&#xa0;: les pages sont bloquées selon leur chemin, et le temps sur le web est mesuré d’après la page au premier plan.</translation>
    </message>
    <message>
        <source>Not connected. Installed for: %1. Add the FocusApp extension to the browser (see the README).</source>
        <translation>Non connectée. Installée pour&#xa0;: %1. Ajoutez l’extension FocusApp au navigateur (voir le README).</translation>
    </message>
    <message>
        <source>Not installed: blocked pages need the FocusApp extension, and this app installed in your browsers.</source>
        <translation>Non installée&#xa0;: les pages bloquées demandent l’extension FocusApp, et cette application installée dans vos navigateurs.</translation>
    </message>
    <message>
        <source>No Chromium, Chrome, Edge, Brave or Firefox profile was found in your home folder.</source>
        <translation>Aucun profil Chromium, Chrome, Edge, Brave ou Firefox n’a été trouvé dans votre dossier personnel.</translation>
    </message>
    <message>
        <source>The browsers&apos; files could not be written: %1</source>
        <translation>Les fichiers des navigateurs n’ont pas pu être écrits&#xa0;: %1</translation>
    </message>
    <message>
        <source>Installed for: %1.</source>
        <translation>Installée pour&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The browsers&apos; files could not be removed: %1</source>
        <translation>Les fichiers des navigateurs n’ont pas pu être supprimés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Removed from: %1.</source>
        <translation>Retirée de&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>CalendarFlow</name>
    <message>
        <source>Calendar %1</source>
        <translation>Agenda %1</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>FocusApp shows your meetings from the calendars below. It reads them at start and at the interval you choose, and reads nothing else from the network.</source>
        <translation>FocusApp affiche vos réunions à partir des agendas ci-dessous. Il les lit au démarrage puis à l&apos;intervalle choisi, et ne lit rien d&apos;autre sur le réseau.</translation>
    </message>
    <message>
        <source>Your calendars</source>
        <translation>Vos agendas</translation>
    </message>
    <message>
        <source>Read them now</source>
        <translation>Les lire maintenant</translation>
    </message>
    <message>
        <source>Remove this calendar</source>
        <translation>Retirer cet agenda</translation>
    </message>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <source>Read your calendars every</source>
        <translation>Lire vos agendas toutes les</translation>
    </message>
    <message>
        <source>https://… (iCal address) or /path/to/file.ics</source>
        <translation>https://… (adresse iCal) ou /chemin/du/fichier.ics</translation>
    </message>
    <message>
        <source>you@example.com, other@example.com</source>
        <translation>vous@example.com, autre@example.com</translation>
    </message>
    <message>
        <source>Add this calendar</source>
        <translation>Ajouter cet agenda</translation>
    </message>
    <message>
        <source>Calendar address or file</source>
        <translation>Adresse ou fichier de l&apos;agenda</translation>
    </message>
    <message>
        <source>Your e-mail addresses in it</source>
        <translation>Vos adresses e-mail dans cet agenda</translation>
    </message>
    <message>
        <source>FocusApp leaves out the meetings these addresses declined.</source>
        <translation>FocusApp écarte les réunions refusées par ces adresses.</translation>
    </message>
    <message>
        <source>Reading the calendar…</source>
        <translation>Lecture de l&apos;agenda…</translation>
    </message>
    <message>
        <source>Calendar added: %1.</source>
        <translation>Agenda ajouté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No calendar yet.</source>
        <translation>Aucun agenda pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Last read: %1</source>
        <translation>Dernière lecture&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Pas encore lu</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>%1 is not a focusapp command.</source>
        <translation>%1 n&apos;est pas une commande de focusapp.</translation>
    </message>
    <message>
        <source>the data folder to use (default: $%1, else the user data folder)</source>
        <translation>le dossier de données à utiliser (par défaut&#xa0;: $%1, sinon le dossier de données de l&apos;utilisateur)</translation>
    </message>
    <message>
        <source>FocusApp: focus blocks and the One Thing, from the tray. Without a command, starts the app (or brings the running one to the front).</source>
        <translation>FocusApp&#xa0;: blocs de concentration et One Thing, depuis la zone de notification. Sans commande, lance l&apos;application (ou met au premier plan celle qui tourne).</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>afficher la version et quitter</translation>
    </message>
    <message>
        <source>start a focus block in the running app</source>
        <translation>démarrer un bloc de concentration dans l&apos;application ouverte</translation>
    </message>
    <message>
        <source>5 to 180 (default: preset)</source>
        <translation>de 5 à 180 (par défaut&#xa0;: le préréglage)</translation>
    </message>
    <message>
        <source>one of: %1</source>
        <translation>l&apos;un de&#xa0;: %1</translation>
    </message>
    <message>
        <source>start it this many minutes from now (10 or 10m), by itself</source>
        <translation>le lancer tout seul dans ce nombre de minutes (10 ou 10m)</translation>
    </message>
    <message>
        <source>stop the running focus block (kept as a partial block)</source>
        <translation>arrêter le bloc en cours (gardé comme bloc partiel)</translation>
    </message>
    <message>
        <source>add minutes to the running focus block</source>
        <translation>ajouter des minutes au bloc de concentration en cours</translation>
    </message>
    <message>
        <source>how many: 5, 10, 15…</source>
        <translation>combien&#xa0;: 5, 10, 15…</translation>
    </message>
    <message>
        <source>say what the running app is doing</source>
        <translation>dire ce que fait l&apos;application ouverte</translation>
    </message>
    <message>
        <source>set today&apos;s One Thing</source>
        <translation>définir le One Thing du jour</translation>
    </message>
    <message>
        <source>count a call, a touch, a meeting… in the running app, without a dialog (on the running block, else on today&apos;s last activity)</source>
        <translation>compter un appel, une prise de contact, un rendez-vous… dans l&apos;application ouverte, sans fenêtre (sur le bloc en cours, sinon sur la dernière activité du jour)</translation>
    </message>
    <message>
        <source>how many (default: 1)</source>
        <translation>combien (par défaut&#xa0;: 1)</translation>
    </message>
    <message>
        <source>what to count (default: the running block&apos;s activity, else today&apos;s last one); an id or its short form</source>
        <translation>quoi compter (par défaut&#xa0;: l&apos;activité du bloc en cours, sinon la dernière du jour)&#xa0;; un identifiant ou sa forme courte</translation>
    </message>
    <message>
        <source>take the last count back</source>
        <translation>annuler le dernier comptage</translation>
    </message>
    <message>
        <source>record a handoff sent to another role or a colleague (--to), or mark one accepted or sent back (ID)</source>
        <translation>noter un transfert envoyé à un autre rôle ou à un collègue (--to), ou en marquer un accepté ou renvoyé (ID)</translation>
    </message>
    <message>
        <source>a handoff&apos;s id (its first characters are enough), to answer it</source>
        <translation>l&apos;identifiant d&apos;un transfert (ses premiers caractères suffisent), pour y répondre</translation>
    </message>
    <message>
        <source>a role id or a colleague&apos;s name</source>
        <translation>un identifiant de rôle ou le nom d&apos;un collègue</translation>
    </message>
    <message>
        <source>it missed the delay the roles agreed (Settings → Roles)</source>
        <translation>il a dépassé le délai convenu entre les rôles (Réglages → Rôles)</translation>
    </message>
    <message>
        <source>what the brief lacked, comma-separated items of the role&apos;s checklist (Settings → Roles; built in: need, budget, decision_maker, next_step)</source>
        <translation>ce qui manquait au brief&#xa0;: des éléments de la liste du rôle, séparés par des virgules (Réglages → Rôles&#xa0;; intégrés&#xa0;: need, budget, decision_maker, next_step)</translation>
    </message>
    <message>
        <source>the sending role (default: today&apos;s)</source>
        <translation>le rôle qui envoie (par défaut&#xa0;: celui du jour)</translation>
    </message>
    <message>
        <source>the receiver accepted it</source>
        <translation>le destinataire l&apos;a accepté</translation>
    </message>
    <message>
        <source>the receiver sent it back, and why</source>
        <translation>le destinataire l&apos;a renvoyé, et pourquoi</translation>
    </message>
    <message>
        <source>speed-to-lead: a lead came in, its clock starts against your role&apos;s target; or --touched, its first touch stops it (with the app running or not)</source>
        <translation>réactivité&#xa0;: un lead arrive, son chrono démarre face à l&apos;objectif de votre rôle&#xa0;; ou --touched, son premier contact l&apos;arrête (application ouverte ou non)</translation>
    </message>
    <message>
        <source>who came in (optional)</source>
        <translation>qui est arrivé (facultatif)</translation>
    </message>
    <message>
        <source>a waiting lead&apos;s name, or its id&apos;s first characters</source>
        <translation>le nom d&apos;un lead en attente, ou les premiers caractères de son identifiant</translation>
    </message>
    <message>
        <source>set a waiting lead aside as not a lead (spam, a duplicate): its clock stops and it counts nowhere</source>
        <translation>mettre de côté un lead en attente qui n&apos;en est pas un (spam, doublon)&#xa0;: son chrono s&apos;arrête et il ne compte nulle part</translation>
    </message>
    <message>
        <source>Field Sales: the dated next step of today&apos;s last meeting without one (with the app running or not)</source>
        <translation>Commercial terrain&#xa0;: la prochaine étape datée du dernier rendez-vous du jour qui n&apos;en a pas (l&apos;application ouverte ou non)</translation>
    </message>
    <message>
        <source>what happens next, in one line</source>
        <translation>ce qui se passe ensuite, en une ligne</translation>
    </message>
    <message>
        <source>by when (default: the next working day)</source>
        <translation>pour quand (par défaut&#xa0;: le prochain jour travaillé)</translation>
    </message>
    <message>
        <source>a sales manager&apos;s week of the team, from the reps&apos; JSON exports in a folder (several weeks of one rep are merged)</source>
        <translation>la semaine de l&apos;équipe pour un manager commercial, à partir des exports JSON des commerciaux dans un dossier (plusieurs semaines d&apos;un même commercial sont fusionnées)</translation>
    </message>
    <message>
        <source>e.g. 2026-W48 (default: this week)</source>
        <translation>par ex. 2026-W48 (par défaut&#xa0;: cette semaine)</translation>
    </message>
    <message>
        <source>write a row per rep and role, and the handoffs between roles in a second file beside it (team.csv: team-handoffs.csv)</source>
        <translation>écrire une ligne par commercial et par rôle, et les transferts entre rôles dans un second fichier à côté (team.csv&#xa0;: team-handoffs.csv)</translation>
    </message>
    <message>
        <source>write the report a manager reads: the grid, counts, funnel and handoffs per rep and role, and the handoffs between roles</source>
        <translation>écrire le rapport que lit un manager&#xa0;: la grille, les comptages, l&apos;entonnoir et les transferts par commercial et par rôle, et les transferts entre rôles</translation>
    </message>
    <message>
        <source>the weekly streak review</source>
        <translation>le bilan hebdomadaire des séries</translation>
    </message>
    <message>
        <source>write the review as a PDF</source>
        <translation>écrire le bilan en PDF</translation>
    </message>
    <message>
        <source>export: FILE.json everything (re-importable), FILE.csv blocks, FILE.ics focus blocks for a calendar</source>
        <translation>exporter&#xa0;: FICHIER.json tout (réimportable), FICHIER.csv les blocs, FICHIER.ics les blocs de concentration pour un agenda</translation>
    </message>
    <message>
        <source>CSV/ICS: only this week</source>
        <translation>CSV/ICS&#xa0;: cette semaine seulement</translation>
    </message>
    <message>
        <source>CSV/ICS: first day</source>
        <translation>CSV/ICS&#xa0;: premier jour</translation>
    </message>
    <message>
        <source>CSV/ICS: last day</source>
        <translation>CSV/ICS&#xa0;: dernier jour</translation>
    </message>
    <message>
        <source>print today&apos;s agenda: the One Thing, the meetings from your calendars and the finished blocks</source>
        <translation>afficher l&apos;agenda du jour&#xa0;: le One Thing, les réunions de vos agendas et les blocs terminés</translation>
    </message>
    <message>
        <source>your calendars, read to show your meetings (the only thing FocusApp fetches from the network, and only from the addresses you add)</source>
        <translation>vos agendas, lus pour afficher vos réunions (la seule chose que FocusApp va chercher sur le réseau, et seulement aux adresses que vous ajoutez)</translation>
    </message>
    <message>
        <source>add: an .ics file or the calendar&apos;s iCal address (https:// or webcal://); remove: its number in the list or its name</source>
        <translation>add&#xa0;: un fichier .ics ou l&apos;adresse iCal de l&apos;agenda (https:// ou webcal://)&#xa0;; remove&#xa0;: son numéro dans la liste ou son nom</translation>
    </message>
    <message>
        <source>add: your e-mail address in this calendar, so that meetings you declined are left out (repeat for several)</source>
        <translation>add&#xa0;: votre adresse e-mail dans cet agenda, pour écarter les réunions que vous avez refusées (à répéter s&apos;il y en a plusieurs)</translation>
    </message>
    <message>
        <source>add: the calendar&apos;s name (default: from its file or address)</source>
        <translation>add&#xa0;: le nom de l&apos;agenda (par défaut&#xa0;: tiré de son fichier ou de son adresse)</translation>
    </message>
    <message>
        <source>import a JSON export (checked first; nothing written if bad)</source>
        <translation>importer un export JSON (vérifié d&apos;abord&#xa0;; rien n&apos;est écrit s&apos;il est mauvais)</translation>
    </message>
    <message>
        <source>list what the import would change, and write nothing</source>
        <translation>lister ce que l&apos;import changerait, sans rien écrire</translation>
    </message>
    <message>
        <source>record that you touched an account (a name not on your list joins it)</source>
        <translation>noter que vous avez contacté un compte (un nom absent de votre liste y est ajouté)</translation>
    </message>
    <message>
        <source>your account list: add one, import a CRM export&apos;s column, or list the accounts going cold</source>
        <translation>votre liste de comptes&#xa0;: en ajouter un, importer une colonne d’un export de CRM, ou lister les comptes qui refroidissent</translation>
    </message>
    <message>
        <source>add NAME, import FILE.csv, or cold</source>
        <translation>add NOM, import FICHIER.csv, ou cold</translation>
    </message>
    <message>
        <source>add: a one-line note for the account&apos;s owner</source>
        <translation>add&#xa0;: une note d’une ligne pour le responsable du compte</translation>
    </message>
    <message>
        <source>import: the CSV column that holds the account names</source>
        <translation>import&#xa0;: la colonne du CSV qui contient les noms des comptes</translation>
    </message>
    <message>
        <source>met at an event or on a partner call: a follow-up due in 48 hours (--due), or mark one done (--done)</source>
        <translation>rencontré sur un salon ou lors d’un appel partenaire&#xa0;: une relance à faire sous 48 heures (--due), ou en marquer une comme faite (--done)</translation>
    </message>
    <message>
        <source>within how long: 48h (default), 2d, 90m</source>
        <translation>dans quel délai&#xa0;: 48h (par défaut), 2j, 90m</translation>
    </message>
    <message>
        <source>mark a follow-up done: its name, or its id&apos;s first characters</source>
        <translation>marquer une relance comme faite&#xa0;: son nom, ou les premiers caractères de son identifiant</translation>
    </message>
    <message>
        <source>--done marks a follow-up done: give it no NAME and no --due.</source>
        <translation>--done marque une relance comme faite&#xa0;: ne donnez ni NOM ni --due.</translation>
    </message>
    <message>
        <source>Say whom to follow up: focusapp follow-up NAME [--due 48h].</source>
        <translation>Dites qui relancer&#xa0;: focusapp follow-up NOM [--due 48h].</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not something to do with your accounts: add, import or cold.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une action sur vos comptes&#xa0;: add, import ou cold.</translation>
    </message>
    <message>
        <source>Say which: focusapp accounts add NAME, or focusapp accounts import FILE.csv --column NAME.</source>
        <translation>Dites lequel&#xa0;: focusapp accounts add NOM, ou focusapp accounts import FICHIER.csv --column NOM.</translation>
    </message>
    <message>
        <source>Say which column holds the account names: --column NAME.</source>
        <translation>Dites quelle colonne contient les noms des comptes&#xa0;: --column NOM.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>an activity of the role (default: today&apos;s One Thing&apos;s, when it is of that role) — %1. A solo seller uses role.activity ids.</source>
        <translation>une activité du rôle (par défaut&#xa0;: celle du One Thing du jour, si elle est de ce rôle) — %1. Un vendeur solo utilise des identifiants rôle.activité.</translation>
    </message>
    <message>
        <source>the command is empty</source>
        <translation>la commande est vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of minutes.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de minutes.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number to count.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier à compter.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role. Valid roles: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un rôle. Rôles valides&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for help.</source>
        <translation>Lancez «&#xa0;%1 --help&#xa0;» pour l&apos;aide.</translation>
    </message>
    <message>
        <source>Argument %1 (&apos;%2&apos;) is not valid UTF-8 text; check your terminal&apos;s encoding.</source>
        <translation>L&apos;argument %1 («&#xa0;%2&#xa0;») n&apos;est pas du texte UTF-8 valide&#xa0;; vérifiez l&apos;encodage de votre terminal.</translation>
    </message>
    <message>
        <source>--undo takes back the last count: give it no N and no --activity.</source>
        <translation>--undo annule le dernier comptage&#xa0;: ne lui donnez ni N ni --activity.</translation>
    </message>
    <message>
        <source>%1 is not a folder of exports.</source>
        <translation>%1 n&apos;est pas un dossier d&apos;exports.</translation>
    </message>
    <message>
        <source>Say what to write: --csv FILE, --pdf FILE, or both.</source>
        <translation>Dites quoi écrire&#xa0;: --csv FICHIER, --pdf FICHIER, ou les deux.</translation>
    </message>
    <message>
        <source>Review of %1 shown.</source>
        <translation>Bilan de %1 affiché.</translation>
    </message>
    <message>
        <source>%1 %2 is not available.</source>
        <translation>%1 %2 n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Say which calendar: %1 calendar %2 FILE|ADDRESS|N.</source>
        <translation>Dites quel agenda&#xa0;: %1 calendar %2 FICHIER|ADRESSE|N.</translation>
    </message>
    <message>
        <source>&apos;%1 calendar %2&apos; takes nothing more.</source>
        <translation>«&#xa0;%1 calendar %2&#xa0;» ne prend rien de plus.</translation>
    </message>
    <message>
        <source>Your e-mail address(es) in this calendar, separated by commas, so that meetings you declined are left out (Enter to skip): </source>
        <translation>Vos adresses e-mail dans cet agenda, séparées par des virgules, pour écarter les réunions que vous avez refusées (Entrée pour passer)&#xa0;: </translation>
    </message>
    <message>
        <source>Say which handoff to answer: focusapp handoff ID --accepted.</source>
        <translation>Dites à quel transfert répondre&#xa0;: focusapp handoff ID --accepted.</translation>
    </message>
    <message>
        <source>Say who received the handoff: --to ROLE or a colleague&apos;s name.</source>
        <translation>Dites qui a reçu le transfert&#xa0;: --to RÔLE ou le nom d&apos;un collègue.</translation>
    </message>
    <message>
        <source>To answer a handoff give only its ID and --accepted or --sent-back.</source>
        <translation>Pour répondre à un transfert, donnez seulement son ID et --accepted ou --sent-back.</translation>
    </message>
    <message>
        <source>Answer a handoff with --accepted or with --sent-back WHY.</source>
        <translation>Répondez à un transfert avec --accepted ou avec --sent-back POURQUOI.</translation>
    </message>
    <message>
        <source>Give a new lead&apos;s NAME, --touched NAME|ID or --drop NAME|ID: one of them.</source>
        <translation>Donnez le NOM d&apos;un nouveau lead, --touched NOM|ID ou --drop NOM|ID&#xa0;: un seul des trois.</translation>
    </message>
    <message>
        <source>FocusApp seems to be running on this data folder but did not answer: %1 (data folder: %2).</source>
        <translation>FocusApp semble ouvert sur ce dossier de données mais n&apos;a pas répondu&#xa0;: %1 (dossier de données&#xa0;: %2).</translation>
    </message>
    <message>
        <source>FocusApp is already running (data folder: %1); brought it to the front.</source>
        <translation>FocusApp est déjà ouvert (dossier de données&#xa0;: %1)&#xa0;; il est passé au premier plan.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source> One Thing: %1</source>
        <translation> One Thing&#xa0;: %1</translation>
    </message>
    <message>
        <source> No One Thing set for today.</source>
        <translation> Pas de One Thing pour aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Focus block running: %1 left%2.</source>
        <translation>Bloc de concentration en cours&#xa0;: encore %1%2.</translation>
    </message>
    <message>
        <source>Focus block paused: %1 left%2.</source>
        <translation>Bloc de concentration en pause&#xa0;: encore %1%2.</translation>
    </message>
    <message>
        <source>On a break: %1 left.</source>
        <translation>En pause&#xa0;: encore %1.</translation>
    </message>
    <message>
        <source>Idle.</source>
        <translation>Au repos.</translation>
    </message>
    <message>
        <source>State: %3.</source>
        <translation>État&#xa0;: %3.</translation>
    </message>
    <message>
        <source>A focus block of %1 minutes%2 starts by itself at %3.</source>
        <translation>Un bloc de concentration de %1&#xa0;minutes%2 commencera tout seul à %3.</translation>
    </message>
    <message>
        <source>Focus block started for %1 minutes%2.</source>
        <translation>Bloc de concentration démarré pour %1 minutes%2.</translation>
    </message>
    <message>
        <source>Focus block extended by %1 minutes: %2 minutes planned, %3 left.</source>
        <translation>Bloc de concentration prolongé de %1&#xa0;minutes&#xa0;: %2&#xa0;minutes prévues, %3 restantes.</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>arrêté avant la fin</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>Focus block stopped after %1 minutes (%2).</source>
        <translation>Bloc de concentration arrêté après %1 minutes (%2).</translation>
    </message>
    <message>
        <source>Today&apos;s One Thing: %1</source>
        <translation>One Thing du jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Took back the last count%1, on the running block: %2 today.</source>
        <translation>Dernier comptage annulé%1, sur le bloc en cours&#xa0;: %2 aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Took back the last count%1, between blocks: %2 today.</source>
        <translation>Dernier comptage annulé%1, entre les blocs&#xa0;: %2 aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Counted%1, on the running block: %2 today.</source>
        <translation>Compté%1, sur le bloc en cours&#xa0;: %2 aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Counted%1, between blocks: %2 today.</source>
        <translation>Compté%1, entre les blocs&#xa0;: %2 aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Handoff %1 to %2: accepted.</source>
        <translation>Transfert %1 à %2&#xa0;: accepté.</translation>
    </message>
    <message>
        <source>Handoff %1 to %2: sent back.</source>
        <translation>Transfert %1 à %2&#xa0;: renvoyé.</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>dans les délais</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>brief missing %1</source>
        <translation>brief sans %1</translation>
    </message>
    <message>
        <source>brief complete</source>
        <translation>brief complet</translation>
    </message>
    <message>
        <source>Handoff %1 sent to %2 (%3): %4, %5.</source>
        <translation>Transfert %1 envoyé à %2 (%3)&#xa0;: %4, %5.</translation>
    </message>
    <message>
        <source>Next step of the %1 meeting: %2, by %3.</source>
        <translation>Prochaine étape du rendez-vous de %1&#xa0;: %2, pour le %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) today still without one.</source>
        <translation>
            <numerusform>%n rendez-vous du jour n&apos;en a toujours pas.</numerusform>
            <numerusform>%n rendez-vous du jour n&apos;en ont toujours pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The lead %1</source>
        <translation>Le lead %1</translation>
    </message>
    <message>
        <source>%1 set aside: not a lead, counted nowhere.</source>
        <translation>%1 mis de côté&#xa0;: ce n&apos;est pas un lead, il ne compte nulle part.</translation>
    </message>
    <message numerus="yes">
        <source>Clock started for %1 (id %2): touch it within %n minute(s).</source>
        <translation>
            <numerusform>Chrono lancé pour %1 (id %2)&#xa0;: contactez-le d&apos;ici %n minute.</numerusform>
            <numerusform>Chrono lancé pour %1 (id %2)&#xa0;: contactez-le d&apos;ici %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clock started for a new lead (id %2): touch it within %n minute(s).</source>
        <translation>
            <numerusform>Chrono lancé pour un nouveau lead (id %2)&#xa0;: contactez-le d&apos;ici %n minute.</numerusform>
            <numerusform>Chrono lancé pour un nouveau lead (id %2)&#xa0;: contactez-le d&apos;ici %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 touched after %2, within the %n-minute target.</source>
        <translation>
            <numerusform>%1 contacté après %2, dans l&apos;objectif de %n minute.</numerusform>
            <numerusform>%1 contacté après %2, dans l&apos;objectif de %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 touched after %2, past the %n-minute target.</source>
        <translation>
            <numerusform>%1 contacté après %2, au-delà de l&apos;objectif de %n minute.</numerusform>
            <numerusform>%1 contacté après %2, au-delà de l&apos;objectif de %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) waiting.</source>
        <translation>
            <numerusform>%n lead en attente.</numerusform>
            <numerusform>%n leads en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>No lead waiting.</source>
        <translation>Aucun lead en attente.</translation>
    </message>
    <message>
        <source>Could not record the lead: %1</source>
        <translation>Impossible d&apos;enregistrer le lead&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not record the next step: %1</source>
        <translation>Impossible d&apos;enregistrer la prochaine étape&#xa0;: %1</translation>
    </message>
    <message>
        <source>FocusApp did not answer within %1 seconds</source>
        <translation>FocusApp n&apos;a pas répondu en %1 secondes</translation>
    </message>
    <message>
        <source>FocusApp&apos;s answer could not be read</source>
        <translation>la réponse de FocusApp n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not import: %1</source>
        <translation>Import impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not check the import: %1</source>
        <translation>Impossible de vérifier l&apos;import&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not check the import: a copy of the data could not be made: %1.</source>
        <translation>Impossible de vérifier l&apos;import&#xa0;: une copie des données n&apos;a pas pu être faite&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Exported %1 blocks to %2 (%3).</source>
        <translation>%1 blocs exportés dans %2 (%3).</translation>
    </message>
    <message>
        <source>Review of %1 written to %2.</source>
        <translation>Bilan de %1 écrit dans %2.</translation>
    </message>
    <message>
        <source>Could not write the review: %1</source>
        <translation>Impossible d&apos;écrire le bilan&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not write the team report: %1</source>
        <translation>Impossible d&apos;écrire le rapport d&apos;équipe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Touched %1 (new on your account list). %2</source>
        <translation>%1 contacté (ajouté à votre liste de comptes). %2</translation>
    </message>
    <message>
        <source>Touched %1. %2</source>
        <translation>%1 contacté. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) touched this week.</source>
        <translation>
            <numerusform>%n compte contacté cette semaine.</numerusform>
            <numerusform>%n comptes contactés cette semaine.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is on your account list.</source>
        <translation>%1 est dans votre liste de comptes.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new account(s); %1 already on your list.</source>
        <translation>
            <numerusform>%n nouveau compte importé&#xa0;; %1 déjà dans votre liste.</numerusform>
            <numerusform>%n nouveaux comptes importés&#xa0;; %1 déjà dans votre liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up with %1: done.</source>
        <translation>Relance de %1&#xa0;: faite.</translation>
    </message>
    <message>
        <source>Follow up %1 by %2 (id %3).</source>
        <translation>Relancez %1 avant le %2 (identifiant %3).</translation>
    </message>
    <message numerus="yes">
        <source>Accounts going cold (no touch for %n week(s)):</source>
        <translation>
            <numerusform>Comptes qui refroidissent (sans contact depuis %n semaine)&#xa0;:</numerusform>
            <numerusform>Comptes qui refroidissent (sans contact depuis %n semaines)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>last touched %1</source>
        <translation>dernier contact le %1</translation>
    </message>
    <message>
        <source>never touched</source>
        <translation>jamais contacté</translation>
    </message>
    <message numerus="yes">
        <source>  %1 — %n week(s) without a touch, %2</source>
        <translation>
            <numerusform>  %1 — %n semaine sans contact, %2</numerusform>
            <numerusform>  %1 — %n semaines sans contact, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  aucun</translation>
    </message>
    <message>
        <source>FocusApp is not running (data folder: %1).</source>
        <translation>FocusApp n&apos;est pas ouvert (dossier de données&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Start it first with &apos;%1&apos;.</source>
        <translation>Lancez-le d&apos;abord avec «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>FocusApp refused: %1</source>
        <translation>FocusApp a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (data folder: %2).</source>
        <translation>%1 (dossier de données&#xa0;: %2).</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>partly done</source>
        <translation>fait en partie</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>pas fait</translation>
    </message>
    <message>
        <source>One Thing: %1 (%2)</source>
        <translation>One Thing&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>One Thing: %1</source>
        <translation>One Thing&#xa0;: %1</translation>
    </message>
    <message>
        <source>No One Thing set for today.</source>
        <translation>Pas de One Thing pour aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Meetings:</source>
        <translation>Réunions&#xa0;:</translation>
    </message>
    <message>
        <source>No meetings.</source>
        <translation>Aucune réunion.</translation>
    </message>
    <message>
        <source>Finished blocks:</source>
        <translation>Blocs terminés&#xa0;:</translation>
    </message>
    <message>
        <source>No finished block yet.</source>
        <translation>Aucun bloc terminé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Planned and proposed:</source>
        <translation>Prévu et proposé&#xa0;:</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (accepted)</source>
        <translation>%1 (accepté)</translation>
    </message>
    <message>
        <source>%1 (proposed)</source>
        <translation>%1 (proposé)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 · %2 min%3</source>
        <translation>%1 · %2 min%3</translation>
    </message>
    <message>
        <source>%1, stopped early</source>
        <translation>%1, arrêté avant la fin</translation>
    </message>
    <message>
        <source>Could not add the calendar: %1</source>
        <translation>Impossible d&apos;ajouter l&apos;agenda&#xa0;: %1</translation>
    </message>
    <message>
        <source>Calendar added: %1.</source>
        <translation>Agenda ajouté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Calendar removed: %1.</source>
        <translation>Agenda retiré&#xa0;: %1.</translation>
    </message>
    <message>
        <source>FocusApp is reading your calendars in the background: &apos;%1 calendar list&apos; shows when it is done.</source>
        <translation>FocusApp lit vos agendas en arrière-plan&#xa0;: «&#xa0;%1 calendar list&#xa0;» dit quand c&apos;est fait.</translation>
    </message>
    <message>
        <source>No calendar: add one with &apos;%1 calendar add FILE|ADDRESS&apos;.</source>
        <translation>Aucun agenda&#xa0;: ajoutez-en un avec «&#xa0;%1 calendar add FICHIER|ADRESSE&#xa0;».</translation>
    </message>
    <message>
        <source>last read: %1</source>
        <translation>dernière lecture&#xa0;: %1</translation>
    </message>
    <message>
        <source>never read yet</source>
        <translation>pas encore lu</translation>
    </message>
    <message>
        <source>your addresses: %1</source>
        <translation>vos adresses&#xa0;: %1</translation>
    </message>
    <message>
        <source>Calendars are read at start and every %1 minutes while FocusApp runs.</source>
        <translation>Les agendas sont lus au démarrage, puis toutes les %1 minutes tant que FocusApp tourne.</translation>
    </message>
    <message>
        <source>No FocusApp export could be read in %1.</source>
        <translation>Aucun export FocusApp n&apos;a pu être lu dans %1.</translation>
    </message>
    <message>
        <source>%1: another rep is also named &apos;%2&apos; (another profile id): each is shown with its files.</source>
        <translation>%1&#xa0;: un autre commercial s&apos;appelle aussi «&#xa0;%2&#xa0;» (un autre identifiant de profil)&#xa0;: chacun est présenté avec ses fichiers.</translation>
    </message>
    <message>
        <source>Team report of %1: %2 rep(s) from %3 export(s), %4 role(s), written to %5.</source>
        <translation>Rapport d&apos;équipe de %1&#xa0;: %2 commercial(aux) d&apos;après %3 export(s), %4 rôle(s), écrit dans %5.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>%1: skipped: %2</source>
        <translation>%1&#xa0;: ignoré&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Your data is kept in</source>
        <translation>Vos données sont conservées dans</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Daily backups (the newest first)</source>
        <translation>Sauvegardes quotidiennes (les plus récentes en premier)</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Put all your data back as it was on %1? Your current data is kept aside in the backups folder.</source>
        <translation>Remettre toutes vos données dans leur état du %1&#xa0;? Vos données actuelles seront mises de côté dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1</source>
        <translation>Impossible de restaurer la sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your data was restored from %1.</source>
        <translation>Vos données ont été restaurées à partir de la sauvegarde du %1.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Write your One Thing first: the text is empty.</source>
        <translation>Écrivez d&apos;abord votre One Thing&#xa0;: le texte est vide.</translation>
    </message>
    <message>
        <source>Keep your One Thing to %1 characters; this one has %2.</source>
        <translation>Votre One Thing doit tenir en %1 caractères&#xa0;; celui-ci en compte %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time of day; write it as HH:MM, e.g. 08:30.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure valide&#xa0;; écrivez-la au format HH:MM, par ex. 08:30.</translation>
    </message>
    <message>
        <source>The block lists cannot change while a strict focus block runs.</source>
        <translation>Les listes de blocage ne peuvent pas changer pendant un bloc strict.</translation>
    </message>
    <message>
        <source>Enable at least one sales role.</source>
        <translation>Activez au moins un rôle commercial.</translation>
    </message>
    <message>
        <source>A name cannot be empty.</source>
        <translation>Le nom ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A name is at most %1 characters.</source>
        <translation>Un nom compte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>That is not a whole number of minutes.</source>
        <translation>Ce n&apos;est pas un nombre entier de minutes.</translation>
    </message>
    <message>
        <source>A focus block lasts from %1 to %2 minutes, not %3.</source>
        <translation>Un bloc de concentration dure de %1 à %2 minutes, pas %3.</translation>
    </message>
    <message>
        <source>Energy goes from 1 to 5, not %1.</source>
        <translation>L&apos;énergie va de 1 à 5, pas %1.</translation>
    </message>
    <message>
        <source>A count is a whole number from 0 to %1.</source>
        <translation>Un nombre doit être un entier de 0 à %1.</translation>
    </message>
    <message>
        <source>This value is not one of the choices.</source>
        <translation>Cette valeur ne fait pas partie des choix proposés.</translation>
    </message>
    <message>
        <source>This must be between %1 and %2, not %3.</source>
        <translation>La valeur doit être comprise entre %1 et %2, pas %3.</translation>
    </message>
    <message>
        <source>Keep at least one timer preset.</source>
        <translation>Gardez au moins une durée prédéfinie du minuteur.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time of day; hours go from 00 to 23 and minutes from 00 to 59.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une heure valide&#xa0;; les heures vont de 00 à 23 et les minutes de 00 à 59.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date; write it as YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;; écrivez-la au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a week; write it as YYYY-Www, e.g. 2026-W48.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une semaine&#xa0;; écrivez-la au format AAAA-Wss, par ex. 2026-W48.</translation>
    </message>
    <message>
        <source>Week %1 does not exist in %2.</source>
        <translation>La semaine %1 n&apos;existe pas en %2.</translation>
    </message>
    <message>
        <source>Choose at least one working day in the week.</source>
        <translation>Choisissez au moins un jour travaillé dans la semaine.</translation>
    </message>
    <message>
        <source>Weekdays go from 0 (Monday) to 6 (Sunday).</source>
        <translation>Les jours de la semaine vont de 0 (lundi) à 6 (dimanche).</translation>
    </message>
    <message>
        <source>A day-off range cannot end (%1) before it starts (%2).</source>
        <translation>Une période de congé ne peut pas finir (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>A daily target needs minutes, a count, or both.</source>
        <translation>Un objectif quotidien demande des minutes, un nombre, ou les deux.</translation>
    </message>
    <message>
        <source>A daily target is between 1 and 1440 minutes.</source>
        <translation>Un objectif quotidien est compris entre 1 et 1&#xa0;440 minutes.</translation>
    </message>
    <message>
        <source>There is already an activity called &apos;%1&apos;.</source>
        <translation>Il existe déjà une activité nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This is a strict block: type the phrase to stop it early.</source>
        <translation>C&apos;est un bloc strict : tapez la phrase pour l&apos;arrêter avant la fin.</translation>
    </message>
    <message>
        <source>A focus block is already running.</source>
        <translation>Un bloc de concentration est déjà en cours.</translation>
    </message>
    <message>
        <source>No focus block is running.</source>
        <translation>Aucun bloc de concentration n&apos;est en cours.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an activity of this role. Valid activities: %2.</source>
        <translation>« %1 » n&apos;est pas une activité de ce rôle. Activités possibles : %2.</translation>
    </message>
    <message>
        <source>Give the scheduled block a name: it is what its notification says.</source>
        <translation>Donnez un nom au bloc programmé&#xa0;: c’est ce que dira sa notification.</translation>
    </message>
    <message>
        <source>Keep the name to %1 characters; this one has %2.</source>
        <translation>Gardez le nom sous %1&#xa0;caractères&#xa0;; celui-ci en a %2.</translation>
    </message>
    <message>
        <source>Choose at least one weekday for the scheduled block.</source>
        <translation>Choisissez au moins un jour de la semaine pour le bloc programmé.</translation>
    </message>
    <message>
        <source>The weekdays of this scheduled block are not days of the week.</source>
        <translation>Les jours de ce bloc programmé ne sont pas des jours de la semaine.</translation>
    </message>
    <message>
        <source>Choose the role the scheduled block is for.</source>
        <translation>Choisissez le rôle auquel ce bloc programmé est destiné.</translation>
    </message>
    <message>
        <source>A block can be extended by %1 to %2 minutes at a time, not %3.</source>
        <translation>Un bloc se prolonge de %1 à %2&#xa0;minutes à la fois, pas de %3.</translation>
    </message>
    <message>
        <source>A focus block lasts at most %1 minutes: this one cannot be extended by %2.</source>
        <translation>Un bloc de concentration dure au plus %1&#xa0;minutes&#xa0;: celui-ci ne peut pas être prolongé de %2.</translation>
    </message>
    <message>
        <source>A block can start in 1 to %1 minutes, not %2.</source>
        <translation>Un bloc peut commencer dans 1 à %1&#xa0;minutes, pas %2.</translation>
    </message>
    <message>
        <source>Starting a block later is not available in this session.</source>
        <translation>Lancer un bloc plus tard n’est pas possible dans cette session.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a calendar address: paste the whole https:// address, or give a file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse d&apos;agenda&#xa0;: collez l&apos;adresse https:// entière, ou donnez un fichier.</translation>
    </message>
    <message>
        <source>FocusApp reads calendars from https://, http:// or webcal:// addresses and from files, not from &apos;%1&apos;.</source>
        <translation>FocusApp lit les agendas à des adresses https://, http:// ou webcal:// et dans des fichiers, pas depuis «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This calendar is already in the list: %1.</source>
        <translation>Cet agenda est déjà dans la liste&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No calendar is called &apos;%1&apos;: &apos;focusapp calendar list&apos; shows their numbers and names.</source>
        <translation>Aucun agenda ne s&apos;appelle «&#xa0;%1&#xa0;»&#xa0;: «&#xa0;focusapp calendar list&#xa0;» donne leurs numéros et leurs noms.</translation>
    </message>
    <message>
        <source>The list of calendars (%1) is damaged; fix or delete that file, then add the calendars again.</source>
        <translation>La liste des agendas (%1) est abîmée&#xa0;; réparez ou supprimez ce fichier, puis ajoutez de nouveau les agendas.</translation>
    </message>
    <message>
        <source>Calendars are not available in this session of FocusApp.</source>
        <translation>Les agendas ne sont pas disponibles dans cette session de FocusApp.</translation>
    </message>
    <message>
        <source>The calendar file %1 is not there.</source>
        <translation>Le fichier d&apos;agenda %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The calendar file %1 could not be read: %2.</source>
        <translation>Le fichier d&apos;agenda %1 n&apos;a pas pu être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 could not be reached (%2): check the address and the connection.</source>
        <translation>%1 est injoignable (%2)&#xa0;: vérifiez l&apos;adresse et la connexion.</translation>
    </message>
    <message>
        <source>%1 has no calendar at this address (it was moved or deleted): copy the address from your calendar again.</source>
        <translation>%1 n&apos;a pas d&apos;agenda à cette adresse (il a été déplacé ou supprimé)&#xa0;: copiez de nouveau l&apos;adresse depuis votre agenda.</translation>
    </message>
    <message>
        <source>%1 refused to give this calendar: copy its secret or public address again.</source>
        <translation>%1 a refusé de donner cet agenda&#xa0;: copiez de nouveau son adresse secrète ou publique.</translation>
    </message>
    <message>
        <source>%1 answered with error %2 instead of the calendar.</source>
        <translation>%1 a répondu par l&apos;erreur %2 au lieu de l&apos;agenda.</translation>
    </message>
    <message>
        <source>%1 sent FocusApp from address to address without giving the calendar.</source>
        <translation>%1 a renvoyé FocusApp d&apos;adresse en adresse sans donner l&apos;agenda.</translation>
    </message>
    <message>
        <source>This address gives a web page, not a calendar: use the address your calendar app gives for the iCal (.ics) format.</source>
        <translation>Cette adresse donne une page web, pas un agenda&#xa0;: utilisez l&apos;adresse que votre agenda donne pour le format iCal (.ics).</translation>
    </message>
    <message>
        <source>This is not a calendar in the iCalendar (.ics) format.</source>
        <translation>Ce n&apos;est pas un agenda au format iCalendar (.ics).</translation>
    </message>
    <message>
        <source>This calendar is larger than %1 MB: FocusApp does not read it.</source>
        <translation>Cet agenda dépasse %1&#xa0;Mo&#xa0;: FocusApp ne le lit pas.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) could not be read and were left out.</source>
        <translation>
            <numerusform>%n événement illisible a été écarté.</numerusform>
            <numerusform>%n événements illisibles ont été écartés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Events in time zones FocusApp does not know (%1) were left out.</source>
        <translation>Les événements dans des fuseaux horaires que FocusApp ne connaît pas (%1) ont été écartés.</translation>
    </message>
    <message>
        <source>%1 %2 The rest of the calendar is shown.</source>
        <translation>%1 %2 Le reste de l&apos;agenda est affiché.</translation>
    </message>
    <message>
        <source>There is no X11 display to ask.</source>
        <translation>Il n’y a pas d’écran X11 à interroger.</translation>
    </message>
    <message>
        <source>The python-xlib module is not installed, so time away cannot be seen.</source>
        <translation>Le module python-xlib n’est pas installé&#xa0;: le temps passé loin du bureau ne peut pas être vu.</translation>
    </message>
    <message>
        <source>The X11 server does not say how long it has been idle (no MIT-SCREEN-SAVER extension).</source>
        <translation>Le serveur X11 ne dit pas depuis combien de temps il est inactif (pas d’extension MIT-SCREEN-SAVER).</translation>
    </message>
    <message>
        <source>Under Wayland, the X11 idle time only sees typing in X11 windows: time away may be overstated.</source>
        <translation>Sous Wayland, l’inactivité X11 ne voit que la saisie dans les fenêtres X11&#xa0;: le temps d’absence peut être surestimé.</translation>
    </message>
    <message>
        <source>There is no session bus to ask the desktop how long it has been idle.</source>
        <translation>Il n’y a pas de bus de session pour demander au bureau depuis combien de temps il est inactif.</translation>
    </message>
    <message>
        <source>The desktop did not say how long it has been idle (%1).</source>
        <translation>Le bureau n’a pas dit depuis combien de temps il est inactif (%1).</translation>
    </message>
    <message>
        <source>The system&apos;s idle-time API is not available (%1).</source>
        <translation>L’interface d’inactivité du système n’est pas disponible (%1).</translation>
    </message>
    <message>
        <source>No meeting today is waiting for its next step.</source>
        <translation>Aucun rendez-vous du jour n&apos;attend sa prochaine étape.</translation>
    </message>
    <message>
        <source>Date the next step on or after its meeting&apos;s day (%1).</source>
        <translation>Datez la prochaine étape le jour de son rendez-vous ou après (%1).</translation>
    </message>
    <message>
        <source>This list holds at most %1 entries, not %2.</source>
        <translation>Cette liste compte au plus %1 entrées, pas %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be written as HH:MM, e.g. 08:30.</source>
        <translation>«&#xa0;%1&#xa0;» doit s&apos;écrire au format HH:MM, par ex. 08:30.</translation>
    </message>
    <message>
        <source>An entry appears twice in this list.</source>
        <translation>Une entrée figure deux fois dans cette liste.</translation>
    </message>
    <message>
        <source>The days of this list are not in order.</source>
        <translation>Les jours de cette liste ne sont pas dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>Days off go from %1 to %2, not %3.</source>
        <translation>Les jours de congé vont de %1 à %2, pas %3.</translation>
    </message>
    <message>
        <source>A range of days off lasts at most %1 days; %2 to %3 lasts %4.</source>
        <translation>Une période de congé dure au plus %1 jours&#xa0;; du %2 au %3, elle en dure %4.</translation>
    </message>
    <message>
        <source>%1 is written %2 in the list of blocked sites.</source>
        <translation>%1 s&apos;écrit %2 dans la liste des sites bloqués.</translation>
    </message>
    <message>
        <source>%1 names no page: add its path, as in linkedin.com/feed (a whole site goes in the blocked sites).</source>
        <translation>%1 ne désigne aucune page&#xa0;: ajoutez son chemin, comme dans linkedin.com/feed (un site entier va dans les sites bloqués).</translation>
    </message>
    <message>
        <source>%1: this path is not one a browser sends.</source>
        <translation>%1&#xa0;: ce chemin n’est pas de ceux qu’envoie un navigateur.</translation>
    </message>
    <message>
        <source>%1 is not written as the list of blocked pages keeps it.</source>
        <translation>%1 n’est pas écrit comme la liste des pages bloquées le garde.</translation>
    </message>
    <message>
        <source>Your working hours must end after they start.</source>
        <translation>Vos heures de travail doivent finir après leur début.</translation>
    </message>
    <message>
        <source>A daily count target is between 1 and 10,000.</source>
        <translation>Un objectif quotidien en nombre est compris entre 1 et 10&#xa0;000.</translation>
    </message>
    <message>
        <source>A daily target names the count &apos;%1&apos; twice, or a count FocusApp does not know.</source>
        <translation>Un objectif quotidien cite deux fois le comptage «&#xa0;%1&#xa0;», ou un comptage que FocusApp ne connaît pas.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an activity of your roles. Valid activities: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une activité de vos rôles. Activités possibles&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Count between 1 and %1 at a time.</source>
        <translation>Comptez entre 1 et %1 à la fois.</translation>
    </message>
    <message>
        <source>Nothing to count for yet: start a focus block, or name the activity.</source>
        <translation>Rien à quoi rattacher ce comptage pour l&apos;instant&#xa0;: démarrez un bloc de concentration, ou nommez l&apos;activité.</translation>
    </message>
    <message>
        <source>There is no count to take back.</source>
        <translation>Il n&apos;y a aucun comptage à annuler.</translation>
    </message>
    <message>
        <source>The count could not be saved: %1. It was not counted; free some space and count again.</source>
        <translation>Le comptage n&apos;a pas pu être enregistré&#xa0;: %1. Il n&apos;a pas été compté&#xa0;; libérez de la place et comptez de nouveau.</translation>
    </message>
    <message>
        <source>Say who received the handoff: a role, a colleague or a service.</source>
        <translation>Indiquez qui a reçu le transfert&#xa0;: un rôle, un collègue ou un service.</translation>
    </message>
    <message>
        <source>Say in one line why the handoff was sent back.</source>
        <translation>Dites en une ligne pourquoi le transfert a été renvoyé.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not on the brief&apos;s checklist: %2.</source>
        <translation>«&#xa0;%1&#xa0;» ne figure pas dans la liste du brief&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No single handoff has an id starting with &apos;%1&apos;.</source>
        <translation>Aucun transfert unique n&apos;a d&apos;identifiant commençant par «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A strict block cannot be paused: stop it with the phrase, or take the emergency exit.</source>
        <translation>Un bloc strict ne peut pas être mis en pause&#xa0;: arrêtez-le en tapant la phrase, ou prenez la sortie d&apos;urgence.</translation>
    </message>
    <message>
        <source>This is a strict block: stop it in FocusApp&apos;s window, where you type the phrase (or take the emergency exit there).</source>
        <translation>C&apos;est un bloc strict&#xa0;: arrêtez-le dans la fenêtre de FocusApp, où vous tapez la phrase (ou prenez-y la sortie d&apos;urgence).</translation>
    </message>
    <message>
        <source>The focus block could not be saved: %1. It was not started; free some space and try again.</source>
        <translation>Le bloc de concentration n&apos;a pas pu être enregistré&#xa0;: %1. Il n&apos;a pas démarré&#xa0;; libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>Your focus block is stopped but could not be saved: %1. FocusApp keeps it and will save it as soon as it can.</source>
        <translation>Votre bloc de concentration est arrêté, mais il n&apos;a pas pu être enregistré&#xa0;: %1. FocusApp le garde et l&apos;enregistrera dès que possible.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should end with .json, .csv or .ics.</source>
        <translation>«&#xa0;%1&#xa0;» doit se terminer par .json, .csv ou .ics.</translation>
    </message>
    <message>
        <source>The range ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>There is no block-list preset named &apos;%1&apos;; pick one of %2.</source>
        <translation>Il n&apos;existe pas de liste de blocage prédéfinie nommée «&#xa0;%1&#xa0;»&#xa0;; choisissez parmi %2.</translation>
    </message>
    <message>
        <source>A block must end after it starts.</source>
        <translation>Un bloc doit se terminer après son début.</translation>
    </message>
    <message numerus="yes">
        <source>A block can block sites for at most %n hour(s).</source>
        <translation>
            <numerusform>Un bloc peut bloquer les sites pendant %n heure au plus.</numerusform>
            <numerusform>Un bloc peut bloquer les sites pendant %n heures au plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the app&apos;s executable name or its full path.</source>
        <translation>Tapez le nom de l&apos;exécutable de l&apos;application ou son chemin complet.</translation>
    </message>
    <message>
        <source>This app entry is too long: %1.</source>
        <translation>Cette entrée d&apos;application est trop longue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Remove the spaces around the app name: %1.</source>
        <translation>Retirez les espaces autour du nom de l&apos;application&#xa0;: %1.</translation>
    </message>
    <message>
        <source>An app name cannot contain control or invisible characters: %1.</source>
        <translation>Un nom d&apos;application ne peut pas contenir de caractères de contrôle ou invisibles&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Give either the executable&apos;s name or its full path, not a relative path: %1.</source>
        <translation>Indiquez soit le nom de l&apos;exécutable, soit son chemin complet, mais pas un chemin relatif&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A domain is text, not %1.</source>
        <translation>Un domaine est du texte, pas %1.</translation>
    </message>
    <message>
        <source>The domain is empty.</source>
        <translation>Le domaine est vide.</translation>
    </message>
    <message>
        <source>A domain cannot contain a line break: %1.</source>
        <translation>Un domaine ne peut pas contenir de saut de ligne&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A domain cannot contain control character %1: %2.</source>
        <translation>Un domaine ne peut pas contenir le caractère de contrôle %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>A domain cannot contain invisible character %1 (zero-width, joiner or text-direction mark): %2.</source>
        <translation>Un domaine ne peut pas contenir le caractère invisible %1 (espace sans largeur, liant ou marque de sens d&apos;écriture)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>A domain cannot contain spaces: %1.</source>
        <translation>Un domaine ne peut pas contenir d&apos;espaces&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A domain cannot contain &apos;#&apos;: %1.</source>
        <translation>Un domaine ne peut pas contenir «&#xa0;#&#xa0;»&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Type only the site&apos;s name (like example.com), not an address with a scheme, path or user: %1.</source>
        <translation>Tapez seulement le nom du site (comme example.com), pas une adresse avec un protocole, un chemin ou un nom d&apos;utilisateur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Type the site&apos;s name without a port: %1.</source>
        <translation>Tapez le nom du site sans numéro de port&#xa0;: %1.</translation>
    </message>
    <message>
        <source>An IP address cannot be blocked, only a name: %1.</source>
        <translation>Une adresse IP ne peut pas être bloquée, seulement un nom&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Wildcards are not supported; type the domain itself (it also blocks its www. and m. forms): %1.</source>
        <translation>Les jokers ne sont pas pris en charge&#xa0;; tapez le domaine lui-même (ses formes www. et m. sont bloquées aussi)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A host name cannot contain &apos;_&apos;: %1.</source>
        <translation>Un nom d&apos;hôte ne peut pas contenir «&#xa0;_&#xa0;»&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This name mixes alphabets (%1), so it only looks like the site you mean; type it with the right keyboard layout: %2.</source>
        <translation>Ce nom mélange des alphabets (%1)&#xa0;: il ne fait que ressembler au site voulu&#xa0;; tapez-le avec la bonne disposition de clavier&#xa0;: %2.</translation>
    </message>
    <message>
        <source>This name is written with letters that only look like Latin ones, so it is not the site you mean: %1.</source>
        <translation>Ce nom est écrit avec des lettres qui imitent l&apos;alphabet latin&#xa0;; ce n&apos;est donc pas le site voulu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A domain has at most %1 characters; this one has %2.</source>
        <translation>Un domaine compte au plus %1 caractères&#xa0;; celui-ci en a %2.</translation>
    </message>
    <message>
        <source>A domain cannot have an empty part (two dots in a row, or a dot at the start): %1.</source>
        <translation>Un domaine ne peut pas avoir de partie vide (deux points qui se suivent, ou un point au début)&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A part of a domain cannot start or end with &apos;-&apos;: %1.</source>
        <translation>Une partie d&apos;un domaine ne peut ni commencer ni finir par «&#xa0;-&#xa0;»&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This is not a valid international domain name: %1.</source>
        <translation>Ce nom de domaine international n&apos;est pas valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Local host names cannot be blocked: %1.</source>
        <translation>Les noms de l&apos;hôte local ne peuvent pas être bloqués&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Names of the local network (.local) cannot be blocked: %1.</source>
        <translation>Les noms du réseau local (.local) ne peuvent pas être bloqués&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Type a full domain with a dot, like example.com: %1.</source>
        <translation>Tapez un domaine complet, avec un point, comme example.com&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 keeps the computer updated, on time or able to check certificates, so it is never blocked.</source>
        <translation>%1 sert à mettre l&apos;ordinateur à jour, à le garder à l&apos;heure ou à vérifier les certificats&#xa0;: il n&apos;est jamais bloqué.</translation>
    </message>
    <message>
        <source>%1 belongs to Windows&apos; updates, Microsoft Defender or diagnostics: Defender resets the whole hosts file when one of them is blocked, so it is never blocked.</source>
        <translation>%1 sert aux mises à jour de Windows, à Microsoft Defender ou aux diagnostics&#xa0;: Defender réinitialise tout le fichier hosts dès que l&apos;un d&apos;eux est bloqué, il n&apos;est donc jamais bloqué.</translation>
    </message>
    <message>
        <source>%1 keeps the Mac updated, on time or able to check certificates, so it is never blocked.</source>
        <translation>%1 garde le Mac à jour, à l&apos;heure ou capable de vérifier les certificats, il n&apos;est donc jamais bloqué.</translation>
    </message>
    <message>
        <source>Internal error: %1 is not canonical.</source>
        <translation>Erreur interne&#xa0;: %1 n&apos;est pas sous forme canonique.</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; appears twice in one object.</source>
        <translation>La clé «&#xa0;%1&#xa0;» apparaît deux fois dans un même objet.</translation>
    </message>
    <message>
        <source>%1 is not a number JSON allows.</source>
        <translation>%1 n&apos;est pas un nombre permis en JSON.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (%1 at byte %2).</source>
        <translation>Le fichier n&apos;est pas du texte UTF-8 (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at line %2, column %3); is it complete?</source>
        <translation>Le fichier n&apos;est pas du JSON valide (%1 à la ligne %2, colonne %3)&#xa0;; est-il complet&#xa0;?</translation>
    </message>
    <message>
        <source>The file is nested too deeply to be read.</source>
        <translation>Le fichier est trop profondément imbriqué pour être lu.</translation>
    </message>
    <message>
        <source>The file holds a number too long to read.</source>
        <translation>Le fichier contient un nombre trop long pour être lu.</translation>
    </message>
    <message>
        <source>FocusApp cannot use the data folder %1: %2. Choose another one with --data-dir.</source>
        <translation>FocusApp ne peut pas utiliser le dossier de données %1&#xa0;: %2. Choisissez-en un autre avec --data-dir.</translation>
    </message>
    <message>
        <source>FocusApp could not save this change in its data folder: %1. Nothing was changed; try again once the folder can be written to.</source>
        <translation>FocusApp n&apos;a pas pu enregistrer cette modification dans son dossier de données&#xa0;: %1. Rien n&apos;a été modifié&#xa0;; réessayez quand le dossier sera de nouveau accessible en écriture.</translation>
    </message>
    <message>
        <source>The import failed (%1): nothing of it was kept; your data is as it was before.</source>
        <translation>L&apos;importation a échoué (%1)&#xa0;: rien n&apos;en a été gardé&#xa0;; vos données sont telles qu&apos;avant.</translation>
    </message>
    <message>
        <source>The import failed and your data could not be put back yet (%1). Free some space, then restart FocusApp: it will put your data back as it was before the import.</source>
        <translation>L&apos;importation a échoué et vos données n&apos;ont pas encore pu être remises en l&apos;état (%1). Libérez de la place, puis redémarrez FocusApp&#xa0;: il remettra vos données telles qu&apos;elles étaient avant l&apos;importation.</translation>
    </message>
    <message>
        <source>This file is not a FocusApp export.</source>
        <translation>Ce fichier n&apos;est pas un export FocusApp.</translation>
    </message>
    <message>
        <source>This export has version %1, which this FocusApp cannot read (it reads versions %2): update FocusApp, then import it again.</source>
        <translation>Cet export est en version %1, que ce FocusApp ne sait pas lire (il lit les versions %2)&#xa0;: mettez FocusApp à jour, puis importez-le de nouveau.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB: it cannot be a FocusApp export.</source>
        <translation>Le fichier dépasse %1&#xa0;Mo&#xa0;: ce ne peut pas être un export FocusApp.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>More than %1 problems: checking stopped there.</source>
        <translation>Plus de %1&#xa0;problèmes&#xa0;: la vérification s&apos;est arrêtée là.</translation>
    </message>
    <message>
        <source>%1 is inside FocusApp&apos;s data folder; choose another folder so your data is never overwritten.</source>
        <translation>%1 est dans le dossier de données de FocusApp&#xa0;; choisissez un autre dossier pour que vos données ne soient jamais écrasées.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 est un dossier&#xa0;; donnez un nom de fichier.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written to.</source>
        <translation>Impossible d&apos;écrire dans le dossier %1.</translation>
    </message>
    <message>
        <source>%1 could not be written.</source>
        <translation>%1 n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Write the item first: it is empty.</source>
        <translation>Écrivez d&apos;abord l&apos;élément&#xa0;: il est vide.</translation>
    </message>
    <message>
        <source>An item of the brief is at most %1 characters.</source>
        <translation>Un élément du brief fait au plus %1 caractères.</translation>
    </message>
    <message>
        <source>A handoff brief needs at least one item.</source>
        <translation>Un brief de transfert doit compter au moins un élément.</translation>
    </message>
    <message>
        <source>A handoff brief holds at most %1 items.</source>
        <translation>Un brief de transfert compte au plus %1 éléments.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already in the brief.</source>
        <translation>«&#xa0;%1&#xa0;» figure déjà dans le brief.</translation>
    </message>
    <message>
        <source>The agreed delay is from %1 to %2 hours, not %3.</source>
        <translation>Le délai convenu va de %1 à %2 heures, pas %3.</translation>
    </message>
    <message>
        <source>A lead&apos;s name is at most %1 characters; this one has %2.</source>
        <translation>Le nom d&apos;un lead fait au plus %1 caractères&#xa0;; celui-ci en a %2.</translation>
    </message>
    <message>
        <source>No lead waiting is called &apos;%1&apos; or has an id starting with it.</source>
        <translation>Aucun lead en attente ne s&apos;appelle «&#xa0;%1&#xa0;» ni n&apos;a un identifiant qui commence ainsi.</translation>
    </message>
    <message>
        <source>Lead clocks are for the Inbound Lead Qualification role (or the solo seller): take it up in Settings → Roles.</source>
        <translation>Les chronos de leads sont pour le rôle Qualification des leads entrants (ou le vendeur solo)&#xa0;: activez-le dans Réglages → Rôles.</translation>
    </message>
    <message>
        <source>The speed-to-lead target is from %1 to %2 minutes, not %3.</source>
        <translation>L&apos;objectif de réactivité va de %1 à %2 minutes, pas %3.</translation>
    </message>
    <message>
        <source>Your weekly export is waiting: the folder %1 is not there (is the drive connected?). FocusApp tries again every hour.</source>
        <translation>Votre export hebdomadaire attend&#xa0;: le dossier %1 est introuvable (le disque est-il connecté&#xa0;?). FocusApp réessaie toutes les heures.</translation>
    </message>
    <message>
        <source>Your weekly export could not be written to %1: %2. FocusApp tries again every hour.</source>
        <translation>Votre export hebdomadaire n&apos;a pas pu être écrit dans %1&#xa0;: %2. FocusApp réessaie toutes les heures.</translation>
    </message>
    <message>
        <source>Choose the folder with the button: this is not a whole path to a folder.</source>
        <translation>Choisissez le dossier avec le bouton&#xa0;: ceci n&apos;est pas le chemin complet d&apos;un dossier.</translation>
    </message>
    <message>
        <source>The command to start FocusApp is empty.</source>
        <translation>La commande qui lance FocusApp est vide.</translation>
    </message>
    <message>
        <source>The command to start FocusApp contains a control character.</source>
        <translation>La commande qui lance FocusApp contient un caractère de contrôle.</translation>
    </message>
    <message>
        <source>The Windows Run key exists only on Windows.</source>
        <translation>La clé Run de Windows n&apos;existe que sous Windows.</translation>
    </message>
    <message>
        <source>Could not turn on start at login: %1 could not be written: %2.</source>
        <translation>Impossible d&apos;activer le lancement à l&apos;ouverture de session&#xa0;: %1 n&apos;a pas pu être écrit&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not turn off start at login: %1 could not be removed: %2.</source>
        <translation>Impossible de désactiver le lancement à l&apos;ouverture de session&#xa0;: %1 n&apos;a pas pu être supprimé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The app list entry &apos;%1&apos; was ignored: %2</source>
        <translation>L&apos;entrée «&#xa0;%1&#xa0;» de la liste des applications a été ignorée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Nothing is blocked for this block: its block plan was refused.</source>
        <translation>Rien n&apos;est bloqué pendant ce bloc&#xa0;: son plan de blocage a été refusé.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries of the block list were skipped as invalid: %1</source>
        <translation>
            <numerusform>%n entrée de la liste de blocage a été ignorée car invalide&#xa0;: %1</numerusform>
            <numerusform>%n entrées de la liste de blocage ont été ignorées car invalides&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Websites are not blocked: %1.</source>
        <translation>Les sites web ne sont pas bloqués&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Websites stay blocked until the block&apos;s planned end: %1.</source>
        <translation>Les sites web restent bloqués jusqu&apos;à la fin prévue du bloc&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not save the record of the active blocking for crash recovery.</source>
        <translation>Impossible d&apos;enregistrer l&apos;état du blocage en cours pour la reprise après un plantage.</translation>
    </message>
    <message>
        <source>Could not turn on %1.</source>
        <translation>Impossible d&apos;activer %1.</translation>
    </message>
    <message>
        <source>Could not put %1 back as it was before the block.</source>
        <translation>Impossible de remettre %1 dans l&apos;état où il était avant le bloc.</translation>
    </message>
    <message>
        <source>Its state could not be read (%1).</source>
        <translation>Son état n&apos;a pas pu être lu (%1).</translation>
    </message>
    <message>
        <source>The hosts helper that blocks websites is not installed on this computer. Install FocusApp from its package or bundle, which includes the helper (this needs administrator rights once).</source>
        <translation>L&apos;assistant hosts, qui bloque les sites web, n&apos;est pas installé sur cet ordinateur. Installez FocusApp à partir de son paquet ou de son bundle, qui contient l&apos;assistant (il faut les droits d&apos;administrateur une seule fois).</translation>
    </message>
    <message>
        <source>pkexec (polkit) is not installed, so the hosts helper cannot get the rights it needs to block websites.</source>
        <translation>pkexec (polkit) n&apos;est pas installé, donc l&apos;assistant hosts ne peut pas obtenir les droits nécessaires pour bloquer les sites web.</translation>
    </message>
    <message>
        <source>The last change to the blocked websites failed: %1.</source>
        <translation>La dernière modification des sites bloqués a échoué&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Apps set to be minimized are only warned about: minimizing needs an X11 session with xdotool.</source>
        <translation>Les applications à réduire font seulement l&apos;objet d&apos;un avertissement&#xa0;: pour les réduire, il faut une session X11 avec xdotool.</translation>
    </message>
    <message>
        <source>The system&apos;s window API is not available (%1).</source>
        <translation>L&apos;interface du système pour les fenêtres n&apos;est pas disponible (%1).</translation>
    </message>
    <message>
        <source>Wayland does not let applications see which window is in front.</source>
        <translation>Wayland ne permet pas aux applications de savoir quelle fenêtre est au premier plan.</translation>
    </message>
    <message>
        <source>There is no graphical display.</source>
        <translation>Il n&apos;y a pas d&apos;affichage graphique.</translation>
    </message>
    <message>
        <source>The python-xlib module is not installed, so the window in front cannot be seen.</source>
        <translation>Le module python-xlib n&apos;est pas installé, donc la fenêtre au premier plan reste inconnue.</translation>
    </message>
    <message>
        <source>The X11 display could not be opened (%1).</source>
        <translation>L&apos;affichage X11 n&apos;a pas pu être ouvert (%1).</translation>
    </message>
    <message>
        <source>The connection to the X11 display failed (%1).</source>
        <translation>La connexion à l&apos;affichage X11 a échoué (%1).</translation>
    </message>
    <message>
        <source>The window manager does not say which window is in front.</source>
        <translation>Le gestionnaire de fenêtres n&apos;indique pas quelle fenêtre est au premier plan.</translation>
    </message>
    <message>
        <source>macOS shows the app in front but not its window title, so blocked sites are not seen in browser titles.</source>
        <translation>macOS indique l&apos;application au premier plan mais pas le titre de sa fenêtre, donc les sites bloqués ne sont pas repérés dans les titres du navigateur.</translation>
    </message>
    <message>
        <source>GNOME&apos;s gsettings tool is not installed.</source>
        <translation>L&apos;outil gsettings de GNOME n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>GNOME&apos;s notification settings could not be read or changed (%1).</source>
        <translation>Les réglages de notification de GNOME n&apos;ont pas pu être lus ou modifiés (%1).</translation>
    </message>
    <message>
        <source>GNOME&apos;s notification banner setting has an unexpected value: %1.</source>
        <translation>Le réglage des bannières de notification de GNOME a une valeur inattendue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>There is no session bus to reach the notification server.</source>
        <translation>Aucun bus de session ne permet de joindre le serveur de notifications.</translation>
    </message>
    <message>
        <source>No notification server answers on the session bus (%1).</source>
        <translation>Aucun serveur de notifications ne répond sur le bus de session (%1).</translation>
    </message>
    <message>
        <source>The notification server does not let applications silence it.</source>
        <translation>Le serveur de notifications ne permet pas aux applications de le rendre silencieux.</translation>
    </message>
    <message>
        <source>Windows gives applications no supported way to turn on Do Not Disturb (Focus assist): turn it on yourself for a block, from the notification centre.</source>
        <translation>Windows ne donne aux applications aucun moyen reconnu d&apos;activer Ne pas déranger (Assistant de concentration)&#xa0;: activez-le vous-même pour un bloc, depuis le centre de notifications.</translation>
    </message>
    <message>
        <source>macOS gives applications no supported way to turn on a Focus or Do Not Disturb: turn it on yourself for a block, from Control Centre.</source>
        <translation>macOS ne donne aux applications aucun moyen reconnu d&apos;activer un mode Concentration ou Ne pas déranger&#xa0;: activez-le vous-même pour un bloc, depuis le Centre de contrôle.</translation>
    </message>
    <message>
        <source>This way of starting at login works only on Linux desktops.</source>
        <translation>Ce mode de lancement à l&apos;ouverture de session ne fonctionne que sur les bureaux Linux.</translation>
    </message>
    <message>
        <source>This way of starting at login works only on Windows.</source>
        <translation>Ce mode de lancement à l&apos;ouverture de session ne fonctionne que sous Windows.</translation>
    </message>
    <message>
        <source>This way of starting at login works only on macOS.</source>
        <translation>Ce mode de lancement à l&apos;ouverture de session ne fonctionne que sous macOS.</translation>
    </message>
    <message>
        <source>Name the account first.</source>
        <translation>Nommez d’abord le compte.</translation>
    </message>
    <message>
        <source>An account&apos;s name is at most %1 characters.</source>
        <translation>Le nom d’un compte fait au plus %1 caractères.</translation>
    </message>
    <message>
        <source>An account goes cold after %1 to %2 weeks without a touch, not %3.</source>
        <translation>Un compte refroidit après %1 à %2 semaines sans contact, pas %3.</translation>
    </message>
    <message>
        <source>The file has no column &apos;%1&apos;. Its columns: %2.</source>
        <translation>Le fichier n’a pas de colonne «&#xa0;%1&#xa0;». Ses colonnes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Line %1 of the file: an account&apos;s name is at most %2 characters.</source>
        <translation>Ligne %1 du fichier&#xa0;: le nom d’un compte fait au plus %2 caractères.</translation>
    </message>
    <message>
        <source>The file names %1 accounts; at most %2 can be imported.</source>
        <translation>Le fichier cite %1 comptes&#xa0;; %2 au plus peuvent être importés.</translation>
    </message>
    <message>
        <source>Say whom to follow up first.</source>
        <translation>Dites d’abord qui relancer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a delay: write hours (48h), days (2d) or minutes (90m).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un délai&#xa0;: écrivez des heures (48h), des jours (2j) ou des minutes (90m).</translation>
    </message>
    <message>
        <source>A follow-up is due within %1 days at most, not &apos;%2&apos;.</source>
        <translation>Une relance se fait dans %1 jours au plus, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>No single follow-up is named &apos;%1&apos; or has an id starting with it.</source>
        <translation>Aucune relance unique ne s’appelle «&#xa0;%1&#xa0;» ni n’a d’identifiant qui commence ainsi.</translation>
    </message>
    <message>
        <source>Windows keeps FocusApp from starting at login: it is turned off in Task Manager&apos;s Startup tab (or Settings &gt; Apps &gt; Startup). Turn it on there.</source>
        <translation>Windows empêche FocusApp de démarrer à l&apos;ouverture de session&#xa0;: il est désactivé dans l&apos;onglet Démarrage du Gestionnaire des tâches (ou Paramètres &gt; Applications &gt; Démarrage). Réactivez-le là.</translation>
    </message>
    <message>
        <source>No way to see time away from the desk was found here.</source>
        <translation>Aucun moyen de voir le temps passé loin du bureau n’a été trouvé ici.</translation>
    </message>
    <message>
        <source>No way to see time away from the desk works here. %1</source>
        <translation>Aucun moyen de voir le temps passé loin du bureau ne fonctionne ici. %1</translation>
    </message>
    <message>
        <source>No way to silence notifications was found on this desktop.</source>
        <translation>Aucun moyen de rendre les notifications silencieuses n&apos;a été trouvé sur ce bureau.</translation>
    </message>
    <message>
        <source>No way to silence notifications works on this desktop. %1</source>
        <translation>Aucun moyen de rendre les notifications silencieuses ne fonctionne sur ce bureau. %1</translation>
    </message>
    <message>
        <source>Write something first: the text is empty.</source>
        <translation>Écrivez d&apos;abord quelque chose&#xa0;: le texte est vide.</translation>
    </message>
    <message>
        <source>Keep it to %1 characters; this text has %2.</source>
        <translation>Limitez-vous à %1 caractères&#xa0;; ce texte en compte %2.</translation>
    </message>
    <message>
        <source>A domain cannot contain character %1: %2.</source>
        <translation>Un domaine ne peut pas contenir le caractère %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>This is not a valid domain: %1.</source>
        <translation>Ce domaine n&apos;est pas valide&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Each part of a domain has at most %1 characters; one has %2: %3.</source>
        <translation>Chaque partie d&apos;un domaine compte au plus %1 caractères&#xa0;; l&apos;une en a %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Each part of a domain has at most %1 characters once encoded: %2.</source>
        <translation>Chaque partie d&apos;un domaine compte au plus %1 caractères une fois encodée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>latin</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>cyrillique</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>grec</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>arménien</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>géorgien</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>hébreu</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <source>Chinese characters</source>
        <translation>sinogrammes</translation>
    </message>
    <message>
        <source>Hiragana</source>
        <translation>hiragana</translation>
    </message>
    <message>
        <source>Katakana</source>
        <translation>katakana</translation>
    </message>
    <message>
        <source>Hangul</source>
        <translation>hangeul</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>thaï</translation>
    </message>
    <message>
        <source>Devanagari</source>
        <translation>devanagari</translation>
    </message>
    <message>
        <source>the hosts helper is not installed</source>
        <translation>l&apos;assistant hosts n&apos;est pas installé</translation>
    </message>
    <message>
        <source>pkexec (polkit) is not installed</source>
        <translation>pkexec (polkit) n&apos;est pas installé</translation>
    </message>
    <message>
        <source>authorisation was refused</source>
        <translation>l&apos;autorisation a été refusée</translation>
    </message>
    <message>
        <source>the hosts helper did not answer (was the password prompt left open?)</source>
        <translation>l&apos;assistant hosts n&apos;a pas répondu (la demande de mot de passe est-elle restée ouverte&#xa0;?)</translation>
    </message>
    <message>
        <source>the hosts helper could not be started</source>
        <translation>l&apos;assistant hosts n&apos;a pas pu être lancé</translation>
    </message>
    <message>
        <source>the hosts helper gave no readable answer</source>
        <translation>l&apos;assistant hosts n&apos;a pas donné de réponse lisible</translation>
    </message>
    <message>
        <source>what answered for the FocusApp hosts service is not a system service, so nothing was sent to it</source>
        <translation>ce qui a répondu à la place du service hosts de FocusApp n&apos;est pas un service du système, rien ne lui a donc été envoyé</translation>
    </message>
    <message>
        <source>some blocked sites are not valid domains, so nothing was blocked</source>
        <translation>certains sites bloqués ne sont pas des domaines valides, donc rien n&apos;a été bloqué</translation>
    </message>
    <message>
        <source>the hosts helper does not support this system</source>
        <translation>l&apos;assistant hosts ne prend pas en charge ce système</translation>
    </message>
    <message>
        <source>the hosts file is a symbolic link, which the helper refuses to edit</source>
        <translation>le fichier hosts est un lien symbolique, que l&apos;assistant refuse de modifier</translation>
    </message>
    <message>
        <source>the hosts file is not a regular file</source>
        <translation>le fichier hosts n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the hosts file does not exist</source>
        <translation>le fichier hosts n&apos;existe pas</translation>
    </message>
    <message>
        <source>the hosts file is too large</source>
        <translation>le fichier hosts est trop volumineux</translation>
    </message>
    <message>
        <source>another change to the hosts file was in progress; try again</source>
        <translation>une autre modification du fichier hosts était en cours&#xa0;; réessayez</translation>
    </message>
    <message>
        <source>the helper&apos;s lock file is not its own (someone else made it)</source>
        <translation>le fichier de verrou de l&apos;assistant n&apos;est pas le sien (quelqu&apos;un d&apos;autre l&apos;a créé)</translation>
    </message>
    <message>
        <source>the hosts file kept changing while the helper worked; try again</source>
        <translation>le fichier hosts n&apos;a pas cessé de changer pendant le travail de l&apos;assistant&#xa0;; réessayez</translation>
    </message>
    <message>
        <source>the hosts file could not be read or written</source>
        <translation>le fichier hosts n&apos;a pas pu être lu ou écrit</translation>
    </message>
    <message>
        <source>the hosts helper refused its test hosts path</source>
        <translation>l&apos;assistant hosts a refusé son chemin hosts de test</translation>
    </message>
    <message>
        <source>the block had already ended</source>
        <translation>le bloc était déjà terminé</translation>
    </message>
    <message>
        <source>the hosts helper is not installed safely (its Python does not start isolated, with -I)</source>
        <translation>l&apos;assistant hosts n&apos;est pas installé de façon sûre (son Python ne démarre pas isolé, avec -I)</translation>
    </message>
    <message>
        <source>the hosts helper is not installed safely (a user other than root can change its files)</source>
        <translation>l&apos;assistant hosts n&apos;est pas installé de façon sûre (un autre utilisateur que root peut modifier ses fichiers)</translation>
    </message>
    <message>
        <source>the hosts helper failed</source>
        <translation>l&apos;assistant hosts a échoué</translation>
    </message>
    <message>
        <source>website blocking</source>
        <translation>le blocage des sites web</translation>
    </message>
    <message>
        <source>app blocking</source>
        <translation>le blocage des applications</translation>
    </message>
    <message>
        <source>distraction tracking</source>
        <translation>le suivi des distractions</translation>
    </message>
    <message>
        <source>Do Not Disturb</source>
        <translation>le mode Ne pas déranger</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <translation>c&apos;est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>a part of its path is a file, not a folder</source>
        <translation>une partie de son chemin est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>it is on a read-only disk</source>
        <translation>il est sur un disque en lecture seule</translation>
    </message>
    <message>
        <source>you are not allowed to write there</source>
        <translation>vous n&apos;avez pas le droit d&apos;y écrire</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the system refused it</source>
        <translation>le système l&apos;a refusé</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>ce fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>you are not allowed to read it</source>
        <translation>vous n&apos;avez pas le droit de le lire</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>This Wayland desktop does not tell applications how long it has been idle (GNOME and KDE do, over D-Bus; sway only through a Wayland protocol FocusApp cannot use).</source>
        <translation>Ce bureau Wayland ne dit pas aux applications depuis combien de temps il est inactif (GNOME et KDE le disent, par D-Bus&#xa0;; sway seulement par un protocole Wayland que FocusApp ne peut pas utiliser).</translation>
    </message>
    <message>
        <source>Under Wayland, only the windows of X11 apps are seen in front: time in a Wayland window (most browsers there) is not counted.</source>
        <translation>Sous Wayland, seules les fenêtres des applications X11 sont vues au premier plan&#xa0;: le temps passé dans une fenêtre Wayland (c’est le cas de la plupart des navigateurs) n’est pas compté.</translation>
    </message>
    <message>
        <source>Apps set to be minimized are only warned about: Wayland does not let one app minimize the windows of another.</source>
        <translation>Les applications à réduire font seulement l’objet d’un avertissement&#xa0;: Wayland ne permet pas à une application de réduire les fenêtres d’une autre.</translation>
    </message>
    <message>
        <source>time away from the desk</source>
        <translation>le temps d’absence</translation>
    </message>
    <message>
        <source>This desktop shows no tray icons, so FocusApp lives in its Today window.</source>
        <translation>Ce bureau n’affiche pas d’icônes dans la zone de notification&#xa0;: FocusApp vit donc dans sa fenêtre Aujourd’hui.</translation>
    </message>
    <message>
        <source>Without a tray icon, FocusApp&apos;s messages (the end of a block, a blocked app) are not shown.</source>
        <translation>Sans icône dans la zone de notification, les messages de FocusApp (la fin d’un bloc, une application bloquée) ne s’affichent pas.</translation>
    </message>
    <message>
        <source>No notification server runs on this desktop, so FocusApp&apos;s messages (the end of a block, a blocked app) are not shown.</source>
        <translation>Aucun serveur de notifications ne tourne sur ce bureau&#xa0;: les messages de FocusApp (la fin d’un bloc, une application bloquée) ne s’affichent donc pas.</translation>
    </message>
    <message>
        <source>the tray icon</source>
        <translation>l’icône de la zone de notification</translation>
    </message>
    <message>
        <source>FocusApp&apos;s messages</source>
        <translation>les messages de FocusApp</translation>
    </message>
</context>
<context>
    <name>EveningCheckDialog</name>
    <message>
        <source>How did your One Thing go?</source>
        <translation>Comment s&apos;est passé votre One Thing&#xa0;?</translation>
    </message>
    <message>
        <source>Your One Thing for %1:</source>
        <translation>Votre One Thing du %1&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fait</translation>
    </message>
    <message>
        <source>&amp;Partly</source>
        <translation>&amp;En partie</translation>
    </message>
    <message>
        <source>&amp;Not done</source>
        <translation>&amp;Pas fait</translation>
    </message>
    <message>
        <source>Not done – &amp;carry it over to the next working day</source>
        <translation>Pas fait – le &amp;reporter au prochain jour travaillé</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>FocusApp – first run</source>
        <translation>FocusApp – premier lancement</translation>
    </message>
</context>
<context>
    <name>FocusApp</name>
    <message>
        <source>Commands from the command line are unavailable in this session.</source>
        <translation>Les commandes en ligne de commande sont indisponibles pendant cette session.</translation>
    </message>
    <message>
        <source>FocusApp</source>
        <translation>FocusApp</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Met at an event / partner call</source>
        <translation>Rencontré sur un salon / appel partenaire</translation>
    </message>
    <message>
        <source>Claire Dubois, VivaTech</source>
        <translation>Claire Dubois, VivaTech</translation>
    </message>
    <message>
        <source>&amp;Whom to follow up</source>
        <translation>&amp;Qui relancer</translation>
    </message>
    <message>
        <source>48h</source>
        <translation>48h</translation>
    </message>
    <message>
        <source>Hours (48h), days (2d) or minutes (90m).</source>
        <translation>Heures (48h), jours (2j) ou minutes (90m).</translation>
    </message>
    <message>
        <source>D&amp;ue within</source>
        <translation>À faire so&amp;us</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — overdue since %2</source>
        <translation>%1 — en retard depuis %2</translation>
    </message>
    <message>
        <source>%1 — due %2</source>
        <translation>%1 — à faire avant %2</translation>
    </message>
    <message>
        <source>Follow-ups, by due time</source>
        <translation>Relances, par échéance</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Faite</translation>
    </message>
    <message>
        <source>No follow-up open.</source>
        <translation>Aucune relance en cours.</translation>
    </message>
</context>
<context>
    <name>GuardFlow</name>
    <message>
        <source>Blocking lifted</source>
        <translation>Blocage levé</translation>
    </message>
    <message>
        <source>FocusApp stopped during a focus block; the sites and notifications it had blocked are released.</source>
        <translation>FocusApp s&apos;est arrêté pendant un bloc de concentration&#xa0;; les sites et les notifications qu&apos;il bloquait sont de nouveau autorisés.</translation>
    </message>
    <message>
        <source>%1 is on your block list: back to your focus block?</source>
        <translation>%1 figure sur votre liste de blocage&#xa0;: on retourne à votre bloc de concentration&#xa0;?</translation>
    </message>
    <message>
        <source>%1 was minimised: it is on your block list.</source>
        <translation>%1 a été réduit&#xa0;: il figure sur votre liste de blocage.</translation>
    </message>
    <message>
        <source>%1 was closed: it is on your block list.</source>
        <translation>%1 a été fermé&#xa0;: il figure sur votre liste de blocage.</translation>
    </message>
    <message>
        <source>%1 was stopped: it is on your block list.</source>
        <translation>%1 a été arrêté&#xa0;: il figure sur votre liste de blocage.</translation>
    </message>
    <message>
        <source>Distraction blocked</source>
        <translation>Distraction bloquée</translation>
    </message>
    <message>
        <source>Blocking needs attention</source>
        <translation>Le blocage demande votre attention</translation>
    </message>
</context>
<context>
    <name>HandoffDialog</name>
    <message>
        <source>Handoff</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>How did the handoff from %1 go?</source>
        <translation>Comment s&apos;est passé le transfert depuis %1&#xa0;?</translation>
    </message>
    <message>
        <source>A role, a colleague or a service</source>
        <translation>Un rôle, un collègue ou un service</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Destinataire</translation>
    </message>
    <message>
        <source>&amp;On time (within the agreed %1 h)</source>
        <translation>&amp;Dans les temps (délai convenu de %1 h)</translation>
    </message>
    <message>
        <source>The brief covers</source>
        <translation>Le brief couvre</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Passer</translation>
    </message>
</context>
<context>
    <name>HandoffsPanel</name>
    <message>
        <source>Today&apos;s handoffs</source>
        <translation>Transferts du jour</translation>
    </message>
    <message>
        <source>&amp;Accepted</source>
        <translation>&amp;Accepté</translation>
    </message>
    <message>
        <source>Sent &amp;back…</source>
        <translation>&amp;Renvoyé…</translation>
    </message>
    <message>
        <source>Handoff sent back</source>
        <translation>Transfert renvoyé</translation>
    </message>
    <message>
        <source>Why was it sent back? (one line)</source>
        <translation>Pourquoi a-t-il été renvoyé&#xa0;? (une ligne)</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>dans les délais</translation>
    </message>
    <message>
        <source>late</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>brief complete</source>
        <translation>brief complet</translation>
    </message>
    <message>
        <source>brief missing %1</source>
        <translation>brief incomplet&#xa0;: manque %1</translation>
    </message>
    <message>
        <source>waiting for an answer</source>
        <translation>en attente de réponse</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>sent back</source>
        <translation>renvoyé</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <source>Days of the year</source>
        <translation>Jours de l&apos;année</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>ddd d MMM</source>
        <comment>date pattern</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>date pattern</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>month range</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern</comment>
        <translation>d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <source>Streak history</source>
        <translation>Historique des séries</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>◀ Earlier</source>
        <translation>◀ Plus tôt</translation>
    </message>
    <message>
        <source>Later ▶</source>
        <translation>Plus tard ▶</translation>
    </message>
    <message>
        <source>&amp;This month</source>
        <translation>&amp;Ce mois-ci</translation>
    </message>
    <message>
        <source>&lt;b&gt;Strength&lt;/b&gt;</source>
        <translation>&lt;b&gt;Force&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No role to show: choose your roles in Settings.</source>
        <translation>Aucun rôle à afficher&#xa0;: choisissez vos rôles dans les Réglages.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n jour d&apos;affilée</numerusform>
            <numerusform>%n jours d&apos;affilée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>best %n day(s)</source>
        <translation>
            <numerusform>record %n jour</numerusform>
            <numerusform>record %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>strength %1</source>
        <translation>force %1</translation>
    </message>
    <message numerus="yes">
        <source>%n freeze(s) used</source>
        <translation>
            <numerusform>%n gel utilisé</numerusform>
            <numerusform>%n gels utilisés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 – %3)</source>
        <translation>%1 (%2 – %3)</translation>
    </message>
</context>
<context>
    <name>IcsText</name>
    <message>
        <source>Focus: %1</source>
        <translation>Concentration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Focus: %1 — %2</source>
        <translation>Concentration&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>Focused %1 of %2 minutes</source>
        <translation>Concentré %1 minutes sur %2</translation>
    </message>
    <message>
        <source>Energy %1/5</source>
        <translation>Énergie %1/5</translation>
    </message>
    <message>
        <source>Count: %1</source>
        <translation>Compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Stopped early</source>
        <translation>Arrêté avant la fin</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n problème trouvé.</numerusform>
            <numerusform>Rien n&apos;a été importé&#xa0;: %n problèmes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importer des données</translation>
    </message>
    <message>
        <source>Import “%1”? This is what it would change:</source>
        <translation>Importer «&#xa0;%1&#xa0;»&#xa0;? Voici ce que cela changerait&#xa0;:</translation>
    </message>
    <message>
        <source>Your data as it is now is kept in the backups folder first.</source>
        <translation>Vos données actuelles sont d&apos;abord mises de côté dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Nothing: your data already holds everything in this file.</source>
        <translation>Rien&#xa0;: vos données contiennent déjà tout ce que contient ce fichier.</translation>
    </message>
    <message>
        <source>Focus blocks: %1 new, %2 changed</source>
        <translation>Blocs de concentration&#xa0;: %1 nouveau(x), %2 modifié(s)</translation>
    </message>
    <message>
        <source>Days (One Things): %1 new, %2 changed</source>
        <translation>Jours (One Things)&#xa0;: %1 nouveau(x), %2 modifié(s)</translation>
    </message>
    <message>
        <source>Weekly reviews: %1 new, %2 changed</source>
        <translation>Bilans de la semaine&#xa0;: %1 nouveau(x), %2 modifié(s)</translation>
    </message>
    <message>
        <source>Counts between blocks: %1 new, %2 changed</source>
        <translation>Comptages entre les blocs&#xa0;: %1 nouveau(x), %2 modifié(s)</translation>
    </message>
    <message>
        <source>Handoffs: %1 new, %2 changed</source>
        <translation>Transferts&#xa0;: %1 nouveau(x), %2 modifié(s)</translation>
    </message>
    <message>
        <source>Leads: %1 new, %2 changed</source>
        <translation>Leads&#xa0;: %1 nouveau(x), %2 modifié(s)</translation>
    </message>
    <message>
        <source>Roles: replaced by the file&apos;s</source>
        <translation>Rôles&#xa0;: remplacés par ceux du fichier</translation>
    </message>
    <message>
        <source>Roles: unchanged</source>
        <translation>Rôles&#xa0;: inchangés</translation>
    </message>
    <message>
        <source>Start at login stays off: turn it on in Settings if you want it.</source>
        <translation>Le lancement à l&apos;ouverture de session reste désactivé&#xa0;: activez-le dans les Réglages si vous le souhaitez.</translation>
    </message>
    <message>
        <source>Apps the file would suspend or quit by force are only warned about: %1. Choose that in Settings if you want it.</source>
        <translation>Les applications que le fichier suspendrait ou forcerait à quitter font seulement l&apos;objet d&apos;un avertissement&#xa0;: %1. Choisissez-le dans les Réglages si vous le souhaitez.</translation>
    </message>
    <message>
        <source>Accounts: %1 new, %2 changed</source>
        <translation>Comptes&#xa0;: %1 nouveau(x), %2 modifié(s)</translation>
    </message>
    <message>
        <source>Accounts touched: %1 new, %2 changed</source>
        <translation>Contacts de comptes&#xa0;: %1 nouveau(x), %2 modifié(s)</translation>
    </message>
    <message>
        <source>Follow-ups: %1 new, %2 changed</source>
        <translation>Relances&#xa0;: %1 nouvelle(s), %2 modifiée(s)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>ajout de %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>retrait de %1</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Dry run, nothing was written. Importing %1 would change:</source>
        <translation>Essai à blanc, rien n&apos;a été écrit. Importer %1 changerait&#xa0;:</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>Importé&#xa0;:</translation>
    </message>
    <message>
        <source>Your data as it was before the import is kept in %1.</source>
        <translation>Vos données d&apos;avant l&apos;import sont gardées dans %1.</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>the same entries, reordered</source>
        <translation>les mêmes entrées, dans un autre ordre</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutés</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retirés</translation>
    </message>
    <message>
        <source>%1, %2:</source>
        <translation>%1, %2&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
</context>
<context>
    <name>InterruptionDialog</name>
    <message>
        <source>Log an interruption</source>
        <translation>Noter une interruption</translation>
    </message>
    <message>
        <source>Who or what interrupted you?</source>
        <translation>Qui ou qu&apos;est-ce qui vous a interrompu&#xa0;?</translation>
    </message>
    <message>
        <source>Something else…</source>
        <translation>Autre chose…</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Noter</translation>
    </message>
</context>
<context>
    <name>Interruptions</name>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Colleague</source>
        <translation>Collègue</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Email or message</source>
        <translation>E-mail ou message</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Lead touched</source>
        <translation>Lead contacté</translation>
    </message>
</context>
<context>
    <name>LeadsFlow</name>
    <message>
        <source>Lead waiting</source>
        <translation>Lead en attente</translation>
    </message>
    <message numerus="yes">
        <source>%1 has waited %n minute(s) for a first touch.</source>
        <translation>
            <numerusform>%1 attend un premier contact depuis %n minute.</numerusform>
            <numerusform>%1 attend un premier contact depuis %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A lead has waited %n minute(s) for a first touch.</source>
        <translation>
            <numerusform>Un lead attend un premier contact depuis %n minute.</numerusform>
            <numerusform>Un lead attend un premier contact depuis %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadsPanel</name>
    <message>
        <source>Lead of %1</source>
        <translation>Lead de %1</translation>
    </message>
    <message numerus="yes">
        <source>Leads waiting · target %n min</source>
        <translation>
            <numerusform>Leads en attente · objectif %n min</numerusform>
            <numerusform>Leads en attente · objectif %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Leads waiting</source>
        <translation>Leads en attente</translation>
    </message>
    <message>
        <source>Past its target: touch it now.</source>
        <translation>Objectif dépassé&#xa0;: contactez-le maintenant.</translation>
    </message>
    <message>
        <source>No lead yet today.</source>
        <translation>Aucun lead aujourd&apos;hui pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>Today: %n lead(s) · %1 within target · %2 late · %3 waiting</source>
        <translation>
            <numerusform>Aujourd&apos;hui&#xa0;: %n lead · %1 dans l&apos;objectif · %2 en retard · %3 en attente</numerusform>
            <numerusform>Aujourd&apos;hui&#xa0;: %n leads · %1 dans l&apos;objectif · %2 en retard · %3 en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Time %1 has waited</source>
        <translation>Temps d&apos;attente de %1</translation>
    </message>
    <message>
        <source>Touched</source>
        <translation>Contacté</translation>
    </message>
    <message>
        <source>%1 touched</source>
        <translation>%1 contacté</translation>
    </message>
    <message>
        <source>Not a lead</source>
        <translation>Pas un lead</translation>
    </message>
    <message>
        <source>Spam or a duplicate: its clock stops and it counts nowhere.</source>
        <translation>Spam ou doublon&#xa0;: son chrono s&apos;arrête et il ne compte nulle part.</translation>
    </message>
    <message>
        <source>%1 is not a lead</source>
        <translation>%1 n&apos;est pas un lead</translation>
    </message>
    <message>
        <source>%1 · %2 · past its target</source>
        <translation>%1 · %2 · objectif dépassé</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>occupé</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <source>Today&apos;s meetings</source>
        <translation>Réunions du jour</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>Account Manager</source>
        <translation>Account Manager</translation>
    </message>
    <message>
        <source>Field Sales</source>
        <translation>Commercial terrain</translation>
    </message>
    <message>
        <source>Inbound lead qualification</source>
        <translation>Qualification des leads entrants</translation>
    </message>
    <message>
        <source>Outbound prospecting</source>
        <translation>Prospection sortante</translation>
    </message>
    <message>
        <source>Business Developer</source>
        <translation>Business Developer</translation>
    </message>
    <message>
        <source>Solo seller</source>
        <translation>Commercial indépendant</translation>
    </message>
    <message>
        <source>Look after my clients (account management)</source>
        <translation>Je suis mes clients (gestion de comptes)</translation>
    </message>
    <message>
        <source>Meet prospects and close (field sales)</source>
        <translation>Je rencontre des prospects et je conclus (vente terrain)</translation>
    </message>
    <message>
        <source>Qualify the leads that come in (inbound)</source>
        <translation>Je qualifie les leads entrants (inbound)</translation>
    </message>
    <message>
        <source>Prospect by calls, emails and social (outbound)</source>
        <translation>Je prospecte par appels, e-mails et réseaux sociaux (outbound)</translation>
    </message>
    <message>
        <source>Open new markets and partners (business development)</source>
        <translation>J&apos;ouvre de nouveaux marchés et partenaires (développement)</translation>
    </message>
    <message>
        <source>Proactive value touches</source>
        <translation>Contacts proactifs à valeur ajoutée</translation>
    </message>
    <message>
        <source>Account health review</source>
        <translation>Bilan de santé des comptes</translation>
    </message>
    <message>
        <source>Renewal / upsell next step</source>
        <translation>Renouvellement / vente additionnelle&#xa0;: prochaine étape</translation>
    </message>
    <message>
        <source>Handoff: route a client issue to the right service</source>
        <translation>Transfert&#xa0;: orienter un problème client vers le bon service</translation>
    </message>
    <message>
        <source>Meeting preparation from the handoff brief</source>
        <translation>Préparation du rendez-vous à partir du brief de transfert</translation>
    </message>
    <message>
        <source>Qualified-prospect meetings</source>
        <translation>Rendez-vous avec des prospects qualifiés</translation>
    </message>
    <message>
        <source>Dated next step agreed and logged</source>
        <translation>Prochaine étape datée, convenue et consignée</translation>
    </message>
    <message>
        <source>Proposal / closing action</source>
        <translation>Proposition / action de closing</translation>
    </message>
    <message>
        <source>Handoff: brief the won client&apos;s Account Manager</source>
        <translation>Transfert&#xa0;: briefer l&apos;Account Manager du client gagné</translation>
    </message>
    <message>
        <source>Speed-to-lead: first touch on new leads</source>
        <translation>Réactivité&#xa0;: premier contact avec les nouveaux leads</translation>
    </message>
    <message>
        <source>Qualification conversations</source>
        <translation>Échanges de qualification</translation>
    </message>
    <message>
        <source>Qualified meetings booked</source>
        <translation>Rendez-vous qualifiés obtenus</translation>
    </message>
    <message>
        <source>Handoff: brief for every booked meeting</source>
        <translation>Transfert&#xa0;: un brief pour chaque rendez-vous obtenu</translation>
    </message>
    <message>
        <source>Ideal-customer list research</source>
        <translation>Recherche de comptes au profil client idéal</translation>
    </message>
    <message>
        <source>Prospecting block: calls, emails, social</source>
        <translation>Bloc de prospection&#xa0;: appels, e-mails, réseaux sociaux</translation>
    </message>
    <message>
        <source>Conversations held</source>
        <translation>Échanges menés</translation>
    </message>
    <message>
        <source>Handoff: pass a qualified prospect to Field Sales</source>
        <translation>Transfert&#xa0;: confier un prospect qualifié au commercial terrain</translation>
    </message>
    <message>
        <source>New-market intelligence</source>
        <translation>Veille sur les nouveaux marchés</translation>
    </message>
    <message>
        <source>Partner / channel conversations</source>
        <translation>Échanges avec partenaires / distributeurs</translation>
    </message>
    <message>
        <source>Event and networking follow-ups</source>
        <translation>Relances après événements et networking</translation>
    </message>
    <message>
        <source>Handoff: feed prospecting a target list</source>
        <translation>Transfert&#xa0;: fournir une liste de cibles à la prospection</translation>
    </message>
    <message>
        <source>Other work</source>
        <translation>Autres tâches</translation>
    </message>
    <message>
        <source>accounts touched</source>
        <translation>comptes contactés</translation>
    </message>
    <message>
        <source>accounts scored</source>
        <translation>comptes évalués</translation>
    </message>
    <message>
        <source>proposals</source>
        <translation>propositions</translation>
    </message>
    <message>
        <source>escalations routed</source>
        <translation>demandes transmises au bon service</translation>
    </message>
    <message>
        <source>meetings prepared</source>
        <translation>rendez-vous préparés</translation>
    </message>
    <message>
        <source>meetings held</source>
        <translation>rendez-vous réalisés</translation>
    </message>
    <message>
        <source>next steps</source>
        <translation>prochaines étapes</translation>
    </message>
    <message>
        <source>briefs</source>
        <translation>briefs</translation>
    </message>
    <message>
        <source>leads touched</source>
        <translation>leads contactés</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>échanges</translation>
    </message>
    <message>
        <source>meetings booked</source>
        <translation>rendez-vous obtenus</translation>
    </message>
    <message>
        <source>accounts researched</source>
        <translation>comptes étudiés</translation>
    </message>
    <message>
        <source>touches</source>
        <translation>prises de contact</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>relances</translation>
    </message>
    <message>
        <source>lists</source>
        <translation>listes</translation>
    </message>
    <message>
        <source>the need</source>
        <translation>le besoin</translation>
    </message>
    <message>
        <source>the budget</source>
        <translation>le budget</translation>
    </message>
    <message>
        <source>the decision maker</source>
        <translation>le décideur</translation>
    </message>
    <message>
        <source>the next step</source>
        <translation>la prochaine étape</translation>
    </message>
</context>
<context>
    <name>NewLeadDialog</name>
    <message>
        <source>New lead</source>
        <translation>Nouveau lead</translation>
    </message>
    <message>
        <source>Who came in? (optional: the clock starts now)</source>
        <translation>Qui est arrivé&#xa0;? (facultatif&#xa0;: le chrono démarre maintenant)</translation>
    </message>
    <message>
        <source>Name or company</source>
        <translation>Nom ou entreprise</translation>
    </message>
    <message>
        <source>Lead&apos;s name</source>
        <translation>Nom du lead</translation>
    </message>
    <message>
        <source>&amp;Start its clock</source>
        <translation>&amp;Lancer son chrono</translation>
    </message>
</context>
<context>
    <name>NextStepsFlow</name>
    <message>
        <source>Meetings without a next step</source>
        <translation>Rendez-vous sans prochaine étape</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) today still have no dated next step: give it before the day ends.</source>
        <translation>
            <numerusform>%n rendez-vous du jour n&apos;a toujours pas de prochaine étape datée&#xa0;: donnez-la avant la fin de la journée.</numerusform>
            <numerusform>%n rendez-vous du jour n&apos;ont toujours pas de prochaine étape datée&#xa0;: donnez-la avant la fin de la journée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OneThingDialog</name>
    <message>
        <source>Your One Thing today</source>
        <translation>Votre One Thing du jour</translation>
    </message>
    <message>
        <source>What is the ONE thing you can do today such that by doing it everything else becomes easier or unnecessary?</source>
        <translation>Quelle est l&apos;UNIQUE chose que vous pouvez faire aujourd&apos;hui, de sorte qu&apos;en la faisant, tout le reste devienne plus facile ou inutile&#xa0;?</translation>
    </message>
    <message>
        <source>One sentence</source>
        <translation>Une phrase</translation>
    </message>
    <message>
        <source>&amp;One Thing</source>
        <translation>&amp;One Thing</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;Key activity</source>
        <translation>Activité &amp;clé</translation>
    </message>
    <message>
        <source>Any activity of the role</source>
        <translation>Toute activité du rôle</translation>
    </message>
</context>
<context>
    <name>OpenMeetingsPanel</name>
    <message numerus="yes">
        <source>%n meeting(s) without a dated next step: %1. Give it with focusapp next-step, or at the next meeting&apos;s end.</source>
        <translation>
            <numerusform>%n rendez-vous sans prochaine étape datée&#xa0;: %1. Donnez-la avec focusapp next-step, ou à la fin du prochain rendez-vous.</numerusform>
            <numerusform>%n rendez-vous sans prochaine étape datée&#xa0;: %1. Donnez-la avec focusapp next-step, ou à la fin du prochain rendez-vous.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PracticesBox</name>
    <message>
        <source>As a solo seller, what do you do yourself?</source>
        <translation>Commercial indépendant, que faites-vous vous-même&#xa0;?</translation>
    </message>
</context>
<context>
    <name>QtShell</name>
    <message>
        <source>FocusApp</source>
        <translation>FocusApp</translation>
    </message>
    <message>
        <source>Export your data</source>
        <translation>Exporter vos données</translation>
    </message>
    <message>
        <source>Everything, re-importable (*.json);;Blocks for a spreadsheet (*.csv);;Focus blocks for a calendar (*.ics)</source>
        <translation>Tout, réimportable (*.json);;Les blocs pour un tableur (*.csv);;Les blocs de concentration pour un agenda (*.ics)</translation>
    </message>
    <message>
        <source>Import data</source>
        <translation>Importer des données</translation>
    </message>
    <message>
        <source>FocusApp export (*.json)</source>
        <translation>Export FocusApp (*.json)</translation>
    </message>
</context>
<context>
    <name>ReflectionsPanel</name>
    <message>
        <source>Reflections</source>
        <translation>Réflexions</translation>
    </message>
    <message>
        <source>What worked this week?</source>
        <translation>Qu&apos;est-ce qui a marché cette semaine&#xa0;?</translation>
    </message>
    <message>
        <source>What will you change?</source>
        <translation>Qu&apos;allez-vous changer&#xa0;?</translation>
    </message>
    <message>
        <source>Next week&apos;s priority, per role</source>
        <translation>Priorité de la semaine prochaine, par rôle</translation>
    </message>
    <message>
        <source>The one thing that matters most</source>
        <translation>L&apos;unique chose qui compte le plus</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <source>Counted: %1 this week · last week %2 · 4-week average %3</source>
        <translation>Comptés&#xa0;: %1 cette semaine · semaine dernière %2 · moyenne sur 4 semaines %3</translation>
    </message>
    <message>
        <source>%1 on time</source>
        <translation>%1 dans les délais</translation>
    </message>
    <message>
        <source>%1 complete</source>
        <translation>%1 complets</translation>
    </message>
    <message>
        <source>%1 accepted</source>
        <translation>%1 acceptés</translation>
    </message>
    <message>
        <source>Handoffs: %1 sent · %2</source>
        <translation>Transferts&#xa0;: %1 envoyés · %2</translation>
    </message>
    <message>
        <source>Meetings held: %1 · with a dated next step the same day: %2</source>
        <translation>Rendez-vous réalisés&#xa0;: %1 · avec une prochaine étape datée le jour même&#xa0;: %2</translation>
    </message>
    <message>
        <source>Hunting: %1 · farming: %2</source>
        <translation>Chasse&#xa0;: %1 · élevage&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 · %2 hunting</source>
        <translation>%1 · %2 de chasse</translation>
    </message>
    <message numerus="yes">
        <source>Accounts touched: %1 · going cold (no touch for %n week(s)): %2</source>
        <translation>
            <numerusform>Comptes contactés&#xa0;: %1 · qui refroidissent (sans contact depuis %n semaine)&#xa0;: %2</numerusform>
            <numerusform>Comptes contactés&#xa0;: %1 · qui refroidissent (sans contact depuis %n semaines)&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n week(s))</source>
        <translation>
            <numerusform>%1 (%n semaine)</numerusform>
            <numerusform>%1 (%n semaines)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — oldest: %2</source>
        <translation>%1 — les plus anciens&#xa0;: %2</translation>
    </message>
    <message>
        <source>Follow-ups due: %1 · done in time: %2 · late: %3 · overdue: %4 · to come: %5</source>
        <translation>Relances à faire&#xa0;: %1 · faites à temps&#xa0;: %2 · en retard&#xa0;: %3 · dépassées&#xa0;: %4 · à venir&#xa0;: %5</translation>
    </message>
    <message>
        <source>Follow-ups due: none this week</source>
        <translation>Relances à faire&#xa0;: aucune cette semaine</translation>
    </message>
    <message numerus="yes">
        <source>Speed to lead: %n lead(s) · median %1 to first touch · %2 within target (%3 late) · %4 left untouched</source>
        <translation>
            <numerusform>Réactivité&#xa0;: %n lead · médiane %1 avant le premier contact · %2 dans l&apos;objectif (%3 en retard) · %4 jamais contacté(s)</numerusform>
            <numerusform>Réactivité&#xa0;: %n leads · médiane %1 avant le premier contact · %2 dans l&apos;objectif (%3 en retard) · %4 jamais contacté(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>share of the step before</comment>
        <translation>%1 des %2</translation>
    </message>
    <message>
        <source>%1 become %2</source>
        <comment>share of this step</comment>
        <translation>%1 mènent à des %2</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Entonnoir</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>Sales results</source>
        <translation>Résultats commerciaux</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Focused minutes per day</source>
        <translation>Minutes de concentration par jour</translation>
    </message>
    <message>
        <source>Awesome per day</source>
        <translation>Score Awesome par jour</translation>
    </message>
    <message>
        <source>Awesome</source>
        <translation>Score Awesome</translation>
    </message>
    <message>
        <source>Energy %1 / 5 · focus %2 %</source>
        <translation>Énergie %1 / 5 · concentration %2&#xa0;%</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Concentration</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>% of the maximum</source>
        <translation>% du maximum</translation>
    </message>
    <message>
        <source>Weekly review — %1</source>
        <translation>Bilan hebdomadaire — %1</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Bilan hebdomadaire</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>label: value</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No sales role is enabled.</source>
        <translation>Aucun rôle commercial n&apos;est activé.</translation>
    </message>
    <message>
        <source>Sales results</source>
        <translation>Résultats commerciaux</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Ce qui a marché</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Ce qu&apos;il faut changer</translation>
    </message>
    <message>
        <source>Next week&apos;s priorities</source>
        <translation>Priorités de la semaine prochaine</translation>
    </message>
    <message>
        <source>Week %1 · %2</source>
        <translation>Semaine %1 · %2</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date pattern</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>d</source>
        <comment>first day of a range in one month</comment>
        <translation>d</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>first day of a range in one year</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>date range</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>target met</source>
        <translation>objectif atteint</translation>
    </message>
    <message>
        <source>target missed</source>
        <translation>objectif manqué</translation>
    </message>
    <message>
        <source>missed, a streak freeze was used</source>
        <translation>manqué, un gel de série a été utilisé</translation>
    </message>
    <message>
        <source>not a working day</source>
        <translation>jour non travaillé</translation>
    </message>
    <message>
        <source>today: not met yet</source>
        <translation>aujourd&apos;hui&#xa0;: pas encore atteint</translation>
    </message>
    <message>
        <source>still to come</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>percent</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Nothing was recorded this week: no focus block, no One Thing.</source>
        <translation>Rien n&apos;a été enregistré cette semaine&#xa0;: aucun bloc de concentration, aucun One Thing.</translation>
    </message>
    <message>
        <source>This whole week was off: no working day, nothing to review.</source>
        <translation>Cette semaine ne comptait aucun jour travaillé&#xa0;: rien à passer en revue.</translation>
    </message>
    <message>
        <source>This week has not started yet.</source>
        <translation>Cette semaine n&apos;a pas encore commencé.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>distraction and its time</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Focused time</source>
        <translation>Temps de concentration</translation>
    </message>
    <message>
        <source>One Thing done</source>
        <translation>One Thing réalisés</translation>
    </message>
    <message>
        <source>partly done, target missed</source>
        <translation>fait en partie, objectif manqué</translation>
    </message>
    <message>
        <source>not tracked: the role was not taken up yet</source>
        <translation>non suivi&#xa0;: le rôle n&apos;était pas encore pris</translation>
    </message>
    <message>
        <source>met</source>
        <comment>legend</comment>
        <translation>atteint</translation>
    </message>
    <message>
        <source>partly</source>
        <comment>legend</comment>
        <translation>en partie</translation>
    </message>
    <message>
        <source>missed</source>
        <comment>legend</comment>
        <translation>manqué</translation>
    </message>
    <message>
        <source>frozen</source>
        <comment>legend</comment>
        <translation>gelé</translation>
    </message>
    <message>
        <source>day off</source>
        <comment>legend</comment>
        <translation>jour non travaillé</translation>
    </message>
    <message>
        <source>today</source>
        <comment>legend</comment>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>not tracked</source>
        <comment>legend</comment>
        <translation>non suivi</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>symbol and its meaning</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No focus block and no One Thing this week.</source>
        <translation>Aucun bloc de concentration ni aucun One Thing cette semaine.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>done of set</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Average energy</source>
        <translation>Énergie moyenne</translation>
    </message>
    <message>
        <source>%1 / 5</source>
        <translation>%1 / 5</translation>
    </message>
    <message>
        <source>Average focus</source>
        <translation>Concentration moyenne</translation>
    </message>
    <message>
        <source>Abandoned blocks</source>
        <translation>Blocs abandonnés</translation>
    </message>
    <message>
        <source>Away from the desk</source>
        <translation>Loin du bureau</translation>
    </message>
    <message>
        <source>Top distractions</source>
        <translation>Principales distractions</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Interruptions</source>
        <translation>Interruptions</translation>
    </message>
    <message>
        <source>%1 started · %2 skipped · %3 missed</source>
        <translation>lancés&#xa0;: %1 · sautés&#xa0;: %2 · manqués&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 (%2 on calls, %3 on breaks)</source>
        <translation>%1 (%2 en appels, %3 en pauses)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>interruption and its count</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>total (kinds)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>days met of working days</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Atteints</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Force</translation>
    </message>
    <message>
        <source>Weekly streak</source>
        <translation>Série hebdomadaire</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Weekly review</source>
        <translation>Bilan hebdomadaire</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ Semaine précédente</translation>
    </message>
    <message>
        <source>Alt+Left or Page Up</source>
        <translation>Alt+Gauche ou Page précédente</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Alt+Home or Ctrl+Home</source>
        <translation>Alt+Début ou Ctrl+Début</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>Semaine suivante ▶</translation>
    </message>
    <message>
        <source>Alt+Right or Page Down</source>
        <translation>Alt+Droite ou Page suivante</translation>
    </message>
    <message>
        <source>Streak &amp;history</source>
        <translation>&amp;Historique des séries</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export charts (PNG)…</source>
        <translation>Exporter les graphiques (PNG)…</translation>
    </message>
    <message>
        <source>Export blocks (CSV)…</source>
        <translation>Exporter les blocs (CSV)…</translation>
    </message>
    <message>
        <source>%1 started on %2 this week: the days before it are not tracked.</source>
        <translation>Le rôle %1 a commencé le %2 cette semaine&#xa0;: les jours précédents ne sont pas suivis.</translation>
    </message>
    <message>
        <source>Your reflections could not be saved: %1. They stay in this window and FocusApp will save them as soon as it can.</source>
        <translation>Vos réflexions n&apos;ont pas pu être enregistrées&#xa0;: %1. Elles restent dans cette fenêtre et FocusApp les enregistrera dès que possible.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message>
        <source>Activities, and what each one counts</source>
        <translation>Activités, et ce que chacune compte</translation>
    </message>
    <message>
        <source>Name of an activity of your own</source>
        <translation>Nom d&apos;une activité personnelle</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>No count</source>
        <translation>Aucun comptage</translation>
    </message>
    <message>
        <source>Count for the selected activity</source>
        <translation>Comptage de l&apos;activité sélectionnée</translation>
    </message>
    <message>
        <source>Daily target for this count</source>
        <translation>Objectif quotidien de ce comptage</translation>
    </message>
    <message>
        <source>One daily target across your practices</source>
        <translation>Un seul objectif quotidien pour toutes vos pratiques</translation>
    </message>
    <message>
        <source>Daily target of the role %1</source>
        <translation>Objectif quotidien du rôle %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Focused minutes on its key activities</source>
        <translation>Minutes concentrées sur ses activités clés</translation>
    </message>
    <message>
        <source>All its counts together</source>
        <translation>Tous ses comptages ensemble</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>An account goes cold after, without a touch</source>
        <translation>Un compte refroidit après, sans contact</translation>
    </message>
    <message>
        <source>A new lead&apos;s clock turns red, and you are told once, when it has waited this long for a first touch.</source>
        <translation>Le chrono d&apos;un nouveau lead passe au rouge, et vous êtes prévenu une fois, quand il a attendu aussi longtemps un premier contact.</translation>
    </message>
    <message>
        <source>Speed to lead: first touch within</source>
        <translation>Réactivité&#xa0;: premier contact d&apos;ici</translation>
    </message>
    <message>
        <source>Handoffs from this role</source>
        <translation>Transferts depuis ce rôle</translation>
    </message>
    <message>
        <source>An item the brief must cover</source>
        <translation>Un élément que le brief doit couvrir</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Ajouter l&apos;élément</translation>
    </message>
    <message>
        <source>Rename item</source>
        <translation>Renommer l&apos;élément</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Retirer l&apos;élément</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Agreed delay to hand off</source>
        <translation>Délai convenu pour transférer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>RoleRows</name>
    <message>
        <source>Streaks per role</source>
        <translation>Séries par rôle</translation>
    </message>
    <message>
        <source>No sales role is enabled.</source>
        <translation>Aucun rôle commercial n&apos;est activé.</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>The sales roles you hold</source>
        <translation>Les rôles commerciaux que vous occupez</translation>
    </message>
    <message>
        <source>Edit the activities of</source>
        <translation>Modifier les activités du rôle</translation>
    </message>
</context>
<context>
    <name>ScheduleFlow</name>
    <message>
        <source>Your focus block</source>
        <translation>Votre bloc de concentration</translation>
    </message>
    <message>
        <source>Focus block later</source>
        <translation>Bloc de concentration plus tard</translation>
    </message>
    <message>
        <source>It starts by itself at %1.</source>
        <translation>Il commencera tout seul à %1.</translation>
    </message>
    <message>
        <source>A focus block was running at its time.</source>
        <translation>Un bloc de concentration était en cours à son heure.</translation>
    </message>
    <message>
        <source>The computer was asleep at its time.</source>
        <translation>L’ordinateur était en veille à son heure.</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>%1 a commencé</translation>
    </message>
    <message>
        <source>Your delayed focus block did not start</source>
        <translation>Votre bloc de concentration différé n’a pas commencé</translation>
    </message>
    <message>
        <source>%1 missed</source>
        <translation>%1 manqué</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>%1 — %2 %3, %4 min</source>
        <translation>%1 — %2 %3, %4&#xa0;min</translation>
    </message>
    <message>
        <source>Scheduled blocks</source>
        <translation>Blocs programmés</translation>
    </message>
    <message>
        <source>&amp;Add a scheduled block</source>
        <translation>&amp;Ajouter un bloc programmé</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Power hour</source>
        <translation>Heure de prospection</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Jours&#xa0;:</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Heure&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation>&#xa0;min</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ctivity:</source>
        <translation>A&amp;ctivité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Strict: no pause, stopping it takes the phrase</source>
        <translation>&amp;Strict&#xa0;: pas de pause, l’arrêter demande la phrase</translation>
    </message>
    <message>
        <source>Any activity</source>
        <translation>Toute activité</translation>
    </message>
</context>
<context>
    <name>ScheduledDialog</name>
    <message numerus="yes">
        <source>%1 in %n min</source>
        <translation>
            <numerusform>%1 dans %n&#xa0;min</numerusform>
            <numerusform>%1 dans %n&#xa0;min</numerusform>
        </translation>
    </message>
    <message>
        <source>It starts by itself at %1.</source>
        <translation>Il commence tout seul à %1.</translation>
    </message>
    <message>
        <source>&amp;Start now</source>
        <translation>&amp;Commencer maintenant</translation>
    </message>
    <message>
        <source>S&amp;nooze 10 min</source>
        <translation>&amp;Reporter de 10&#xa0;min</translation>
    </message>
    <message>
        <source>S&amp;kip today</source>
        <translation>&amp;Sauter aujourd’hui</translation>
    </message>
</context>
<context>
    <name>Score</name>
    <message>
        <source>%1 min × (%2 × %3 × %4)^%5 = %6</source>
        <comment>time × (energy × focus × important)^consistency</comment>
        <translation>%1 min × (%2 × %3 × %4)^%5 = %6</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more block(s): each block&apos;s factors are in its tooltip.</source>
        <translation>
            <numerusform>… et %n autre bloc : les facteurs de chaque bloc sont dans son info-bulle.</numerusform>
            <numerusform>… et %n autres blocs : les facteurs de chaque bloc sont dans leur info-bulle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sum of %1 blocks = %2</source>
        <translation>Somme des %1 blocs = %2</translation>
    </message>
    <message>
        <source>Sum: %1 = %2</source>
        <translation>Somme : %1 = %2</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>FocusApp – Settings</source>
        <translation>FocusApp – Réglages</translation>
    </message>
    <message>
        <source>The block lists cannot change while a strict focus block runs.</source>
        <translation>Les listes de blocage ne peuvent pas changer pendant un bloc strict.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Scheduled blocks</source>
        <translation>Blocs programmés</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Start FocusApp when I log in</source>
        <translation>Lancer FocusApp à l&apos;ouverture de ma session</translation>
    </message>
    <message>
        <source>Your name on exports for your manager (empty: your account&apos;s)</source>
        <translation>Votre nom sur les exports pour votre manager (vide&#xa0;: celui de votre compte)</translation>
    </message>
    <message>
        <source>Send my weekly export to this folder (e.g. a team drive)</source>
        <translation>Envoyer mon export hebdomadaire dans ce dossier partagé</translation>
    </message>
    <message>
        <source>A day starts at (work after midnight counts for the evening)</source>
        <translation>La journée commence à (le travail après minuit compte pour la veille au soir)</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Jours travaillés</translation>
    </message>
    <message>
        <source>Days off (holidays, leave, sick days)</source>
        <translation>Jours de congé (jours fériés, congés, arrêts maladie)</translation>
    </message>
    <message>
        <source>Ask my One Thing at</source>
        <translation>Demander mon One Thing à</translation>
    </message>
    <message>
        <source>Evening check at</source>
        <translation>Point du soir à</translation>
    </message>
    <message>
        <source>Weekly review on</source>
        <translation>Bilan hebdomadaire le</translation>
    </message>
    <message>
        <source>Weekly review at</source>
        <translation>Bilan hebdomadaire à</translation>
    </message>
    <message>
        <source>Nudge me when no focus block has started</source>
        <translation>M&apos;envoyer un rappel si aucun bloc de concentration n&apos;a démarré</translation>
    </message>
    <message>
        <source>Nudge at</source>
        <translation>Rappel à</translation>
    </message>
    <message>
        <source>Timer presets</source>
        <translation>Durées prédéfinies du minuteur</translation>
    </message>
    <message>
        <source>Short break (minutes)</source>
        <translation>Pause courte (minutes)</translation>
    </message>
    <message>
        <source>Long break (minutes)</source>
        <translation>Pause longue (minutes)</translation>
    </message>
    <message>
        <source>A long break every (blocks)</source>
        <translation>Une pause longue tous les (blocs)</translation>
    </message>
    <message>
        <source>Strict mode by default</source>
        <translation>Mode strict par défaut</translation>
    </message>
    <message>
        <source>Ask what it was after this long away (minutes)</source>
        <translation>Demander ce que c’était après cette absence (minutes)</translation>
    </message>
    <message>
        <source>Blocked sites</source>
        <translation>Sites bloqués</translation>
    </message>
    <message>
        <source>Blocked pages (browser extension)</source>
        <translation>Pages bloquées (extension)</translation>
    </message>
    <message>
        <source>Blocked apps</source>
        <translation>Applications bloquées</translation>
    </message>
    <message>
        <source>Streak freezes (a missed day does not break a streak)</source>
        <translation>Gels de série (un jour manqué ne rompt pas la série)</translation>
    </message>
    <message>
        <source>My working hours start at</source>
        <translation>Mes heures de travail commencent à</translation>
    </message>
    <message>
        <source>My working hours end at</source>
        <translation>Mes heures de travail finissent à</translation>
    </message>
    <message>
        <source>Prepare each meeting this long before it (minutes, 0: never)</source>
        <translation>Préparer chaque rendez-vous ce temps avant (minutes, 0&#xa0;: jamais)</translation>
    </message>
    <message>
        <source>Power hours a day (outbound prospecting)</source>
        <translation>Heures de prospection par jour (prospection sortante)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Minuteur</translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blocage</translation>
    </message>
    <message>
        <source>Streaks</source>
        <translation>Séries</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Agendas</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Add social networks</source>
        <translation>Ajouter les réseaux sociaux</translation>
    </message>
    <message>
        <source>Add news sites</source>
        <translation>Ajouter les sites d&apos;actualité</translation>
    </message>
    <message>
        <source>Add video sites</source>
        <translation>Ajouter les sites de vidéo</translation>
    </message>
    <message>
        <source>Warn</source>
        <translation>Avertir</translation>
    </message>
    <message>
        <source>Minimize</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Suspend (opt-in)</source>
        <translation>Suspendre (sur choix explicite)</translation>
    </message>
    <message>
        <source>Quit by force (opt-in)</source>
        <translation>Forcer à quitter (sur choix explicite)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Folder for your weekly export</source>
        <translation>Dossier de votre export hebdomadaire</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add days off</source>
        <translation>Ajouter des jours de congé</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>exemple.com</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Ajouter le site</translation>
    </message>
    <message>
        <source>App name or full path</source>
        <translation>Nom de l&apos;application ou chemin complet</translation>
    </message>
    <message>
        <source>Add app</source>
        <translation>Ajouter l&apos;application</translation>
    </message>
    <message>
        <source>When it runs during a block:</source>
        <translation>Quand elle tourne pendant un bloc&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Add the LinkedIn feed</source>
        <translation>Ajouter le fil LinkedIn</translation>
    </message>
    <message>
        <source>linkedin.com/feed</source>
        <translation>linkedin.com/feed</translation>
    </message>
    <message>
        <source>Add page</source>
        <translation>Ajouter une page</translation>
    </message>
</context>
<context>
    <name>StartBlockDialog</name>
    <message>
        <source>Start a focus block</source>
        <translation>Démarrer un bloc de concentration</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Durée en minutes</translation>
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
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>A&amp;ctivité</translation>
    </message>
    <message>
        <source>Energy %1 of 5</source>
        <translation>Énergie %1 sur 5</translation>
    </message>
    <message>
        <source>&amp;Energy (1 tired – 5 rested)</source>
        <translation>É&amp;nergie (1 fatigué – 5 reposé)</translation>
    </message>
    <message>
        <source>&amp;Strict mode: stopping early needs a typed phrase</source>
        <translation>Mode &amp;strict&#xa0;: pour arrêter avant la fin, il faut taper une phrase</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
</context>
<context>
    <name>StreakChip</name>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n jour d&apos;affilée</numerusform>
            <numerusform>%n jours d&apos;affilée</numerusform>
        </translation>
    </message>
    <message>
        <source>strength %1 % · best %2</source>
        <translation>force %1&#xa0;% · record %2</translation>
    </message>
    <message>
        <source>Hunting: prospecting, qualifying, meeting prospects, new markets. Farming: looking after your clients.</source>
        <translation>Chasse&#xa0;: prospecter, qualifier, rencontrer des prospects, ouvrir des marchés. Élevage&#xa0;: suivre vos clients.</translation>
    </message>
    <message>
        <source>Today&apos;s target met</source>
        <translation>Objectif du jour atteint</translation>
    </message>
    <message>
        <source>Today&apos;s target not met yet</source>
        <translation>Objectif du jour pas encore atteint</translation>
    </message>
    <message>
        <source>Click (or press Enter) for its history.</source>
        <translation>Cliquez (ou appuyez sur Entrée) pour voir son historique.</translation>
    </message>
</context>
<context>
    <name>StrengthTrend</name>
    <message>
        <source>Strength over the year</source>
        <translation>La force au fil de l&apos;année</translation>
    </message>
    <message>
        <source>best streak</source>
        <translation>meilleure série</translation>
    </message>
</context>
<context>
    <name>StrictStopDialog</name>
    <message>
        <source>Stop a strict block?</source>
        <translation>Arrêter un bloc strict&#xa0;?</translation>
    </message>
    <message>
        <source>I choose to stop this block</source>
        <translation>Je choisis d&apos;arrêter ce bloc</translation>
    </message>
    <message>
        <source>To stop early, type: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Pour arrêter avant la fin, tapez&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Confirmation phrase</source>
        <translation>Phrase de confirmation</translation>
    </message>
    <message>
        <source>&amp;Stop the block</source>
        <translation>A&amp;rrêter le bloc</translation>
    </message>
    <message>
        <source>&amp;Emergency exit (abandon)</source>
        <translation>Sortie d&apos;&amp;urgence (abandonner)</translation>
    </message>
</context>
<context>
    <name>Strip</name>
    <message>
        <source>Last %1 weeks</source>
        <translation>%1 dernières semaines</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <comment>met days of working days</comment>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>TeamReport</name>
    <message>
        <source>Team report — %1</source>
        <translation>Rapport d&apos;équipe — %1</translation>
    </message>
    <message>
        <source>Team report</source>
        <translation>Rapport d&apos;équipe</translation>
    </message>
    <message>
        <source>Reps: %1 · exports read: %2 · files left out: %3</source>
        <translation>Commerciaux&#xa0;: %1 · exports lus&#xa0;: %2 · fichiers écartés&#xa0;: %3</translation>
    </message>
    <message>
        <source>✓ met · ◐ partly: some work, target missed · ✗ missed · ❄ frozen: a streak freeze was used · – day off · … today, not met yet · · not tracked yet</source>
        <translation>✓ atteint · ◐ en partie&#xa0;: du travail, objectif manqué · ✗ manqué · ❄ gelé&#xa0;: un gel de série a été utilisé · – jour non travaillé · … aujourd&apos;hui, pas encore atteint · · pas encore suivi</translation>
    </message>
    <message>
        <source>Another rep has this name; these exports: %1</source>
        <translation>Un autre commercial porte ce nom&#xa0;; ces exports-ci&#xa0;: %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Days met</source>
        <translation>Objectif atteint</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>De → à</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptés</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Renvoyés</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Dans les délais</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complets</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>sending role → receiver</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Handoffs between roles</source>
        <translation>Transferts entre rôles</translation>
    </message>
    <message>
        <source>Sent this week across the team, and what the receivers made of them so far.</source>
        <translation>Envoyés cette semaine dans l&apos;équipe, et ce que leurs destinataires en ont fait jusqu&apos;ici.</translation>
    </message>
    <message>
        <source>No handoff was sent this week.</source>
        <translation>Aucun transfert n&apos;a été envoyé cette semaine.</translation>
    </message>
    <message>
        <source>Files left out</source>
        <translation>Fichiers écartés</translation>
    </message>
    <message>
        <source>The command line said what is wrong with each.</source>
        <translation>La ligne de commande a indiqué le problème de chacun.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>file: why</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>not a FocusApp export this version can read (another kind of file, an export from a newer version, or a damaged one)</source>
        <translation>pas un export FocusApp que cette version sait lire (un autre type de fichier, un export d&apos;une version plus récente, ou un fichier endommagé)</translation>
    </message>
    <message>
        <source>some of its records cannot be read</source>
        <translation>certains de ses enregistrements sont illisibles</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>prepare %1</source>
        <translation>préparer %1</translation>
    </message>
    <message>
        <source>log the dated next step of %1</source>
        <translation>noter la prochaine étape datée (%1)</translation>
    </message>
    <message>
        <source>power hour (%1)</source>
        <translation>heure de prospection (%1)</translation>
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
        <translation>%1&#xa0;h&#xa0;%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Today&apos;s plan</source>
        <translation>Le plan du jour</translation>
    </message>
    <message>
        <source>Count them</source>
        <translation>Les compter</translation>
    </message>
    <message>
        <source>%1 · now</source>
        <translation>%1 · maintenant</translation>
    </message>
    <message numerus="yes">
        <source>Your calendar says %n meeting(s) held today that the meetings held count does not have yet.</source>
        <translation>
            <numerusform>Votre agenda compte %n rendez-vous réalisé aujourd’hui qui manque au compte des rendez-vous réalisés.</numerusform>
            <numerusform>Votre agenda compte %n rendez-vous réalisés aujourd’hui qui manquent au compte des rendez-vous réalisés.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · now: %2</source>
        <translation>%1 · maintenant&#xa0;: %2</translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>All day · %1</source>
        <translation>Toute la journée · %1</translation>
    </message>
    <message>
        <source>%1 · meeting: %2</source>
        <translation>%1 · rendez-vous&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 · %2 (free)</source>
        <translation>%1 · %2 (libre)</translation>
    </message>
    <message>
        <source>%1 · proposed: %2</source>
        <translation>%1 · proposé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>%1 · planned: %2</source>
        <translation>%1 · prévu&#xa0;: %2</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 · done: %2 · Awesome %3</source>
        <translation>%1 · fait&#xa0;: %2 · Awesome %3</translation>
    </message>
    <message>
        <source>%1 · free: %2</source>
        <translation>%1 · libre&#xa0;: %2</translation>
    </message>
    <message>
        <source>meeting: %1</source>
        <translation>rendez-vous&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next: nothing planned for the rest of the day.</source>
        <translation>Ensuite&#xa0;: rien de prévu pour le reste de la journée.</translation>
    </message>
    <message>
        <source>Next: %1 at %2 (in %3)</source>
        <translation>Ensuite&#xa0;: %1 à %2 (dans %3)</translation>
    </message>
</context>
<context>
    <name>Timer</name>
    <message>
        <source>Strict focus: %1 left</source>
        <translation>Concentration stricte&#xa0;: encore %1</translation>
    </message>
    <message>
        <source>Focus: %1 left</source>
        <translation>Concentration&#xa0;: encore %1</translation>
    </message>
    <message>
        <source>Paused: %1 left</source>
        <translation>Bloc en pause&#xa0;: encore %1</translation>
    </message>
    <message>
        <source>Break: %1 left</source>
        <translation>Pause&#xa0;: encore %1</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>%1 / %2 min</source>
        <translation>%1 / %2 min</translation>
    </message>
    <message>
        <source>%1 / %2 %3</source>
        <translation>%1 / %2 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>counted</source>
        <translation>comptés</translation>
    </message>
    <message>
        <source>hunting %1 min · farming %2 min</source>
        <translation>chasse %1 min · élevage %2 min</translation>
    </message>
</context>
<context>
    <name>TodayFlow</name>
    <message>
        <source>Focus block recovered</source>
        <translation>Bloc de concentration récupéré</translation>
    </message>
    <message>
        <source>FocusApp stopped during your block; it is running again.</source>
        <translation>FocusApp s&apos;est arrêté pendant votre bloc&#xa0;; le bloc a repris.</translation>
    </message>
    <message>
        <source>Focus block saved</source>
        <translation>Bloc de concentration enregistré</translation>
    </message>
    <message>
        <source>FocusApp stopped before it could save your last focus block; it is saved now, as you stopped it.</source>
        <translation>FocusApp s&apos;est arrêté avant de pouvoir enregistrer votre dernier bloc de concentration&#xa0;; il est maintenant enregistré, tel que vous l&apos;avez arrêté.</translation>
    </message>
    <message>
        <source>FocusApp stopped during your block; it was saved up to the last moment it was seen running.</source>
        <translation>FocusApp s&apos;est arrêté pendant votre bloc&#xa0;; le bloc a été enregistré jusqu&apos;au dernier instant où il était encore en cours.</translation>
    </message>
    <message>
        <source>Your desktop has no system tray, so FocusApp keeps this window open instead. Minimise it to keep it out of the way.</source>
        <translation>Votre bureau n&apos;a pas de zone de notification, FocusApp garde donc cette fenêtre ouverte. Réduisez-la pour qu&apos;elle ne vous gêne pas.</translation>
    </message>
    <message>
        <source>An import was interrupted: nothing of it was kept; your data is as it was before. Import the file again.</source>
        <translation>Une importation a été interrompue&#xa0;: rien n&apos;en a été gardé&#xa0;; vos données sont telles qu&apos;avant. Importez à nouveau le fichier.</translation>
    </message>
    <message>
        <source>An import was interrupted and could not be undone: part of it may be in your data. Your data as it was before the import is kept in %1.</source>
        <translation>Une importation a été interrompue et n&apos;a pas pu être annulée&#xa0;: une partie peut se trouver dans vos données. Vos données telles qu&apos;elles étaient avant l&apos;importation sont conservées dans %1.</translation>
    </message>
    <message>
        <source>Your data file %1 was damaged; it was restored from the backup of %2. The damaged copy was kept as %3.</source>
        <translation>Votre fichier de données %1 était endommagé&#xa0;; il a été restauré à partir de la sauvegarde du %2. La copie endommagée a été conservée sous %3.</translation>
    </message>
    <message>
        <source>Your data file %1 was damaged and no backup could be read; FocusApp started it afresh. The damaged copy was kept as %2.</source>
        <translation>Votre fichier de données %1 était endommagé et aucune sauvegarde n&apos;a pu être lue ; FocusApp l&apos;a recommencé à zéro. La copie endommagée a été gardée sous %2.</translation>
    </message>
</context>
<context>
    <name>TodayWindow</name>
    <message>
        <source>FocusApp – Today</source>
        <translation>FocusApp – Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Set my &amp;One Thing</source>
        <translation>Définir mon &amp;One Thing</translation>
    </message>
    <message>
        <source>Today&apos;s blocks</source>
        <translation>Blocs du jour</translation>
    </message>
    <message>
        <source>&amp;FocusApp</source>
        <translation>&amp;FocusApp</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;Bloc</translation>
    </message>
    <message>
        <source>E&amp;xtend the block</source>
        <translation>&amp;Prolonger le bloc</translation>
    </message>
    <message>
        <source>Edit my &amp;One Thing</source>
        <translation>Modifier mon &amp;One Thing</translation>
    </message>
    <message>
        <source>No One Thing yet today.</source>
        <translation>Pas encore de One Thing aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Reading your history…</source>
        <translation>Lecture de votre historique…</translation>
    </message>
    <message>
        <source>Today&apos;s Awesome: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Score Awesome du jour&#xa0;: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No finished block yet today.</source>
        <translation>Aucun bloc terminé aujourd&apos;hui pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 · %2 min · %3 · %4</source>
        <translation>%1 · %2 min · %3 · %4</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>comptés</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>arrêté avant la fin</translation>
    </message>
    <message>
        <source>abandoned</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>recovered after a crash</source>
        <translation>récupéré après un plantage</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>websites</source>
        <translation>sites web</translation>
    </message>
    <message>
        <source>apps</source>
        <translation>applications</translation>
    </message>
    <message>
        <source>distraction time</source>
        <translation>temps de distraction</translation>
    </message>
    <message>
        <source>on</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>limited</source>
        <translation>limité</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Counts between blocks go to today&apos;s last activity.</source>
        <translation>Entre deux blocs, les comptages vont à la dernière activité du jour.</translation>
    </message>
    <message>
        <source>This block: %1 %2</source>
        <translation>Ce bloc&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>This block: %1 counted</source>
        <translation>Ce bloc&#xa0;: %1 comptés</translation>
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
        <translation>ne pas déranger</translation>
    </message>
    <message>
        <source>Blocking — %1</source>
        <translation>Blocage — %1</translation>
    </message>
    <message>
        <source>Ready when you are.</source>
        <translation>À vous de jouer.</translation>
    </message>
    <message>
        <source>time away</source>
        <translation>temps d’absence</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>E&amp;xtend the block</source>
        <translation>&amp;Prolonger le bloc</translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) waiting for a first touch</source>
        <translation>
            <numerusform>%n lead attend un premier contact</numerusform>
            <numerusform>%n leads attendent un premier contact</numerusform>
        </translation>
    </message>
    <message>
        <source>FocusApp – no block running</source>
        <translation>FocusApp – aucun bloc en cours</translation>
    </message>
    <message>
        <source>One Thing: %1</source>
        <translation>One Thing&#xa0;: %1</translation>
    </message>
    <message>
        <source>No One Thing set today</source>
        <translation>Aucun One Thing défini aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>WeekNumbers</name>
    <message>
        <source>The week in numbers</source>
        <translation>La semaine en chiffres</translation>
    </message>
    <message>
        <source>Scheduled blocks</source>
        <translation>Blocs programmés</translation>
    </message>
</context>
<context>
    <name>WeeklyExportFlow</name>
    <message>
        <source>Weekly export</source>
        <translation>Export hebdomadaire</translation>
    </message>
    <message>
        <source>Your weekly export %1 is in %2.</source>
        <translation>Votre export hebdomadaire %1 est dans %2.</translation>
    </message>
</context>
<context>
    <name>WindowsFlow</name>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Your data was restored from the backup you chose.</source>
        <translation>Vos données ont été restaurées à partir de la sauvegarde choisie.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>%1 written.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The file was imported. Your data as it was before is kept in %1.</source>
        <translation>Le fichier a été importé. Vos données telles qu&apos;elles étaient avant sont conservées dans %1.</translation>
    </message>
</context>
<context>
    <name>_BlockingPage</name>
    <message>
        <source>Distractions to block during a focus block</source>
        <translation>Distractions à bloquer pendant un bloc de concentration</translation>
    </message>
    <message>
        <source>Kept away while a block runs, back as soon as it ends.</source>
        <translation>Tenues à l&apos;écart pendant un bloc, de retour dès qu&apos;il se termine.</translation>
    </message>
    <message>
        <source>&amp;Social networks (Facebook, Instagram, X, TikTok…)</source>
        <translation>&amp;Réseaux sociaux (Facebook, Instagram, X, TikTok…)</translation>
    </message>
    <message>
        <source>&amp;News sites</source>
        <translation>Sites d&apos;&amp;actualité</translation>
    </message>
    <message>
        <source>&amp;Video sites (YouTube, Netflix, Twitch…)</source>
        <translation>Sites de &amp;vidéo (YouTube, Netflix, Twitch…)</translation>
    </message>
    <message>
        <source>LinkedIn is in none of these lists: it is a sales tool. Change the lists any time in Settings → Blocking, which also says what can be blocked on this computer.</source>
        <translation>LinkedIn n&apos;est dans aucune de ces listes&#xa0;: c&apos;est un outil de vente. Modifiez les listes quand vous voulez dans Réglages → Blocage, qui dit aussi ce qui peut être bloqué sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>_DaysPage</name>
    <message>
        <source>Your working days</source>
        <translation>Vos jours travaillés</translation>
    </message>
    <message>
        <source>Weekends and days off never break a streak.</source>
        <translation>Les week-ends et les jours de congé ne cassent jamais une série.</translation>
    </message>
    <message>
        <source>A day starts at (work after midnight counts for the evening)</source>
        <translation>La journée commence à (le travail après minuit compte pour la veille au soir)</translation>
    </message>
</context>
<context>
    <name>_LanguagePage</name>
    <message>
        <source>Welcome to FocusApp</source>
        <translation>Bienvenue dans FocusApp</translation>
    </message>
    <message>
        <source>Do the work that matters, every day, with focus. A few questions and you are ready.</source>
        <translation>Faites ce qui compte, chaque jour, avec concentration. Quelques questions, et c&apos;est parti.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <source>It names your exports for your manager&apos;s team report; change it any time in Settings.</source>
        <translation>Il nomme vos exports dans le rapport d&apos;équipe de votre manager&#xa0;; vous pouvez le changer à tout moment dans les Réglages.</translation>
    </message>
</context>
<context>
    <name>_RemindersPage</name>
    <message>
        <source>Reminders and timer</source>
        <translation>Rappels et minuteur</translation>
    </message>
    <message>
        <source>On working days only; change them any time in Settings.</source>
        <translation>Les jours travaillés seulement&#xa0;; modifiables à tout moment dans les Réglages.</translation>
    </message>
    <message>
        <source>Ask my One Thing at</source>
        <translation>Demander mon One Thing à</translation>
    </message>
    <message>
        <source>Evening check at</source>
        <translation>Point du soir à</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Timer presets</source>
        <translation>Durées prédéfinies du minuteur</translation>
    </message>
</context>
<context>
    <name>_RolesPage</name>
    <message>
        <source>Which sales roles do you hold?</source>
        <translation>Quels rôles commerciaux occupez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Each role gets its own daily target and streak.</source>
        <translation>Chaque rôle a son propre objectif quotidien et sa propre série.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Choisissez au moins un rôle.</translation>
    </message>
    <message>
        <source>Choose at least one thing you do yourself.</source>
        <translation>Choisissez au moins une chose que vous faites vous-même.</translation>
    </message>
</context>
</TS>
