; FocusApp's Windows installer (Inno Setup 6), unsigned. Build from the repository's root
; after PyInstaller (build\dist\FocusApp):
;     iscc /DAppVersion=0.1.0 packaging\windows\focusapp.iss
; -> build\installer\FocusApp-<version>-setup.exe
;
; Per machine, once, as an administrator: the bundle goes under Program Files, where only
; administrators write, because its focusapp-hosts-helper.exe runs as LocalSystem (the
; FocusAppHosts service: focusapp/services/blocking/win_service.py). What the user sees,
; and how to uninstall: packaging/README.md.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define ServiceName "FocusAppHosts"
#define ServiceExe "focusapp-hosts-helper.exe"

[Setup]
AppId={{6F2C8A51-3B1E-4C4F-9B1D-F0C5A2E7D113}
AppName=FocusApp
AppVersion={#AppVersion}
AppPublisher=FocusApp
DefaultDirName={autopf}\FocusApp
DisableDirPage=yes
DefaultGroupName=FocusApp
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=build\installer
OutputBaseFilename=FocusApp-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\focusapp.exe
; The app may be running (tray): the installer asks to close it, and the service is stopped
; below before its files are replaced.
CloseApplications=yes
SourceDir=..\..

[Files]
Source: "build\dist\FocusApp\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
; The same AppUserModelID the app sets at start (services/app_identity.py): notifications
; carry FocusApp's name and icon.
Name: "{autoprograms}\FocusApp"; Filename: "{app}\focusapp.exe"; AppUserModelID: "FocusApp.FocusApp"

[Run]
; The website-blocking service: LocalSystem, started at boot, restarted if it dies.
Filename: "{sys}\sc.exe"; Parameters: "stop {#ServiceName}"; Flags: runhidden; StatusMsg: "Stopping the hosts service..."
Filename: "{sys}\sc.exe"; Parameters: "create {#ServiceName} binPath= ""\""{app}\{#ServiceExe}\"""" start= auto obj= LocalSystem DisplayName= ""FocusApp hosts helper"""; Flags: runhidden
Filename: "{sys}\sc.exe"; Parameters: "config {#ServiceName} binPath= ""\""{app}\{#ServiceExe}\"""" start= auto"; Flags: runhidden
Filename: "{sys}\sc.exe"; Parameters: "description {#ServiceName} ""Blocks the websites of a FocusApp focus block in the hosts file until the block ends."""; Flags: runhidden
Filename: "{sys}\sc.exe"; Parameters: "failure {#ServiceName} reset= 86400 actions= restart/5000/restart/60000//"; Flags: runhidden
Filename: "{sys}\sc.exe"; Parameters: "start {#ServiceName}"; Flags: runhidden; StatusMsg: "Starting the hosts service..."
Filename: "{app}\focusapp.exe"; Description: "Start FocusApp"; Flags: postinstall nowait skipifsilent

[UninstallRun]
; Stop the service, lift a block that is still on (the service only sweeps expired ones),
; then remove the service. The app's own Run value is removed below.
Filename: "{sys}\sc.exe"; Parameters: "stop {#ServiceName}"; Flags: runhidden; RunOnceId: "StopService"
Filename: "{app}\{#ServiceExe}"; Parameters: "--clear"; Flags: runhidden; RunOnceId: "ClearHosts"
Filename: "{sys}\sc.exe"; Parameters: "delete {#ServiceName}"; Flags: runhidden; RunOnceId: "DeleteService"

[UninstallDelete]
; The helper's lock file, next to the hosts file (64-bit install mode: {sys} is System32).
Type: files; Name: "{sys}\drivers\etc\focusapp-hosts-helper.lock"

[Registry]
; Start at login is the app's own per-user setting; uninstalling removes the value of the
; user who runs the uninstaller (other accounts: packaging/README.md).
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: none; ValueName: "FocusApp"; Flags: dontcreatekey uninsdeletevalue
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Explorer\StartupApproved\Run"; ValueType: none; ValueName: "FocusApp"; Flags: dontcreatekey uninsdeletevalue
