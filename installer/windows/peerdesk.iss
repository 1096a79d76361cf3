; Inno Setup 6 script for PeerDesk on Windows (see installer/README.md).
;
; Build the one-folder app first (installer\dist\peerdesk\peerdesk.exe), then:
;   iscc /DAppVersion=0.1.0 installer\windows\peerdesk.iss
; The installer lands in installer\dist\PeerDesk-<version>-setup.exe.
;
; - Per-machine: into Program Files, for every user, with a Start-menu shortcut; needs an
;   administrator (agency IT deploys it, also silently: /VERYSILENT /NORESTART).
; - No network, ever: no download, no update check, no web links. The only program run after
;   installing is PeerDesk's own self-test (a temporary vault, removed afterwards).
; - Uninstalling removes the program only. Vaults and backups stay in each user's
;   %LOCALAPPDATA%\PeerDesk (and wherever users saved backups); the uninstaller says so.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "PeerDesk"
#define AppExe "peerdesk.exe"

[Setup]
; The AppId identifies PeerDesk for upgrades and uninstall: never change it.
AppId={{8FDEA18D-1766-45E8-A20E-FBB5DC2D0716}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=PeerDesk
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\icons\peerdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Messages]
english.ConfirmUninstall=Remove %1 from this computer?%n%nYour vaults and backups are kept: they stay in each user's AppData\Local\PeerDesk folder and wherever backups were saved.
french.ConfirmUninstall=Supprimer %1 de cet ordinateur?%n%nVos coffres et vos sauvegardes sont conservés : ils restent dans le dossier AppData\Local\PeerDesk de chaque utilisateur et là où les sauvegardes ont été enregistrées.

[CustomMessages]
english.DataKept=PeerDesk was removed. Vault data was kept in each user's AppData\Local\PeerDesk folder; delete it there only if the team no longer needs it.
french.DataKept=PeerDesk a été supprimé. Les données des coffres ont été conservées dans le dossier AppData\Local\PeerDesk de chaque utilisateur; ne les supprimez que si l'équipe n'en a plus besoin.
english.RunSelfTest=Checking the installation (self-test)...
french.RunSelfTest=Vérification de l'installation (autotest)...
english.LaunchApp=Start PeerDesk
french.LaunchApp=Démarrer PeerDesk

[Files]
Source: "..\dist\peerdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the whole bundle (stale libraries of an older build must not linger).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Offline, encrypted contact log for peer support teams"

[Run]
; Local only: the frozen app's self-test (temporary vault, write, read, PDF), then optionally the app.
Filename: "{app}\{#AppExe}"; Parameters: "selftest"; StatusMsg: "{cm:RunSelfTest}"; Flags: runhidden waituntilterminated
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent unchecked runasoriginaluser

[UninstallDelete]
; Only what the installer itself put in {app}; users' vault folders are never listed here.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and (not UninstallSilent) then
    MsgBox(CustomMessage('DataKept'), mbInformation, MB_OK);
end;
