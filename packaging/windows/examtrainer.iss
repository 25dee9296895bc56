; Inno Setup 6 script: installs the PyInstaller bundle dist\examtrainer\ (built on Windows with
; `pyinstaller packaging\examtrainer.spec`) for one user or for every user of the PC.
;
;   iscc /DAppVersion=0.1.0 packaging\windows\examtrainer.iss
;       -> dist\examtrainer-0.1.0-windows-x64-setup.exe
;
; Learner at home (no administrator rights needed): double-click; installs for that user.
; School IT, silently for every user, with the school's settings:
;   examtrainer-0.1.0-windows-x64-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /ALLUSERS
;       /NORESTART /SITECONFIG="\\server\it\examtrainer\site.toml" /LOG="C:\Windows\Temp\et.log"
;   This copies site.toml to C:\ProgramData\examtrainer\examtrainer\site.toml, where the app
;   reads it (examtrainer/paths.py: platformdirs' site_config_dir), with permissions that let
;   learners read it but not change, replace or add files: SYSTEM and Administrators full
;   control, Users read and execute, nothing inherited from ProgramData (whose default lets
;   every user create files in new folders). A per-machine install makes that folder locked
;   even without /SITECONFIG, so no learner can put a site.toml of their own there.
; Uninstall (Apps and features, or unins000.exe /VERYSILENT): removes the program, its
; shortcuts and its registry entry; learner data (%LOCALAPPDATA%\examtrainer) and the school's
; site.toml stay, unless /REMOVEDATA is given or the user answers Yes to the question (which a
; silent uninstall never asks). See docs/packaging.md; tests/distribution/test_windows.py
; checks these settings.

#define AppName "examtrainer"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
; Keep this id forever: Windows recognises an update of the same app by it.
#define AppGuid "{{C656F907-FEA6-572A-B125-A11F9E3DDBFA}"
; platformdirs: <known folder>\<app author>\<app name>; both are "examtrainer"
#define AuthorFolder "examtrainer"
#define DataFolder AuthorFolder + "\examtrainer"

[Setup]
AppId={#AppGuid}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=examtrainer project
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
; Per user by default (no administrator needed); /ALLUSERS or the dialog makes it per machine.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
SetupIconFile=..\icons\examtrainer.ico
UninstallDisplayIcon={app}\examtrainer.exe
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; An update closes a running examtrainer first (the database is committed after every answer).
CloseApplications=yes
RestartApplications=no
SetupLogging=yes

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
nl.RemoveDataQuestion=Wilt u ook alle oefengegevens van deze gebruiker verwijderen (antwoorden, opnames, instellingen)?%n%nKies Nee als u examtrainer later weer wilt gebruiken.
en.RemoveDataQuestion=Also remove all practice data of this user (answers, recordings, settings)?%n%nChoose No if you want to use examtrainer again later.
nl.SiteConfigNeedsAdmin=/SITECONFIG werkt alleen bij een installatie voor alle gebruikers (/ALLUSERS, als beheerder).
en.SiteConfigNeedsAdmin=/SITECONFIG works only with an installation for all users (/ALLUSERS, as administrator).
nl.SiteConfigMissing=Het bestand met de instellingen van de school is niet gevonden:
en.SiteConfigMissing=The file with the school's settings was not found:
nl.PermissionsFailed=De rechten op de map met de instellingen van de school konden niet worden gezet:
en.PermissionsFailed=Could not set the permissions of the folder with the school's settings:

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An update replaces the whole program folder, so no file of the old version is left behind.
; Learner data is not in {app}: it is in the user's profile.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\examtrainer\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The school's settings, copied from the file /SITECONFIG names into the folder that
; CurStepChanged(ssInstall) has locked, so the file inherits its permissions.
Source: "{param:SITECONFIG|}"; DestDir: "{commonappdata}\{#DataFolder}"; DestName: "site.toml"; Flags: external ignoreversion uninsneveruninstall; Check: HasSiteConfig

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\examtrainer.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\examtrainer.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\examtrainer.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function SiteConfigSource(): String;
begin
  Result := ExpandConstant('{param:SITECONFIG|}');
end;

function SiteConfigFolder(): String;
begin
  Result := ExpandConstant('{commonappdata}\{#DataFolder}');
end;

function InitializeSetup(): Boolean;
begin
  Result := True;
  if SiteConfigSource() <> '' then
  begin
    if not IsAdminInstallMode() then
    begin
      SuppressibleMsgBox(CustomMessage('SiteConfigNeedsAdmin'), mbCriticalError, MB_OK, IDOK);
      Result := False;
    end
    else if not FileExists(SiteConfigSource()) then
    begin
      SuppressibleMsgBox(CustomMessage('SiteConfigMissing') + #13#10 + SiteConfigSource(),
        mbCriticalError, MB_OK, IDOK);
      Result := False;
    end;
  end;
end;

{ SYSTEM (S-1-5-18) and Administrators (S-1-5-32-544) full control, Users (S-1-5-32-545) read
  and execute, for the folder and everything in it; nothing inherited. SIDs, not names: a
  Dutch Windows calls the group "Gebruikers". }
procedure LockSiteConfigFolder(Folder: String);
var
  Code: Integer;
begin
  if not Exec(ExpandConstant('{sys}\icacls.exe'),
      '"' + Folder + '" /inheritance:r /grant:r *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX',
      '', SW_HIDE, ewWaitUntilTerminated, Code) or (Code <> 0) then
    RaiseException(CustomMessage('PermissionsFailed') + ' ' + Folder);
end;

function HasSiteConfig(): Boolean;
begin
  Result := SiteConfigSource() <> '';
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  { Before the files are copied: a per-machine install makes the site config folder and locks
    it, with or without /SITECONFIG. }
  if (CurStep = ssInstall) and IsAdminInstallMode() then
  begin
    ForceDirectories(SiteConfigFolder());
    LockSiteConfigFolder(SiteConfigFolder());
    Log('site config folder locked: ' + SiteConfigFolder());
  end;
end;

function RemoveDataAsked(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount() do
    if CompareText(ParamStr(I), '/REMOVEDATA') = 0 then
      Result := True;
  if not Result and not UninstallSilent() then
    Result := MsgBox(CustomMessage('RemoveDataQuestion'), mbConfirmation,
      MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and RemoveDataAsked() then
  begin
    { The data of the user who uninstalls (a per-user install: the learner). Learners' data in
      other profiles of a per-machine install is theirs; the school removes profiles itself. }
    DelTree(ExpandConstant('{localappdata}\{#AuthorFolder}'), True, True, True);
    if IsAdminInstallMode() then
      DelTree(ExpandConstant('{commonappdata}\{#AuthorFolder}'), True, True, True);
  end;
end;
