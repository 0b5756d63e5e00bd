; Inno Setup script of the Windows installer of Enablement Hub. UNTESTED: never built or run on Windows.
;
;   python scripts\build_bundle.py                      (on Windows: dist\enablement-hub\ with two executables)
;   iscc packaging\windows\enablement.iss              (Inno Setup 6: dist\EnablementHub-Setup-0.1.0.exe)
;
; Per-user install (no administrator rights, like `enablement register-links`): the files go to
; %LOCALAPPDATA%\Programs\Enablement Hub, with a Start-menu entry and the enablement:// link handler
; under HKEY_CURRENT_USER\Software\Classes\enablement, the same keys enablement/desktop.py writes.
;
; Updates keep everything of the user's: the library is in %LOCALAPPDATA%\EnablementHub\library and the
; settings in the registry (HKCU\Software\EnablementHub), never in the program folder; a newer installer
; with the same AppId replaces the program files (the [InstallDelete] entry clears the old _internal
; folder first, so no file of an older version lingers) and the uninstaller leaves the library alone.

#define AppName "Enablement Hub"
#define AppVersion "0.1.0"
#define GuiExe "EnablementHub.exe"
#define CliExe "enablement.exe"
#define BundleDir "..\..\dist\enablement-hub"

[Setup]
AppId={{6F1B7C0E-3C53-4B8E-9B0E-4C5D2E7A9E14}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Enablement Hub
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
OutputDir=..\..\dist
OutputBaseFilename=EnablementHub-Setup-{#AppVersion}
SetupIconFile=..\..\build\bundle-icons\app.ico
UninstallDisplayIcon={app}\{#GuiExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#GuiExe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; enablement://item/12#slide=7 opens the app at that slide (the same keys as `enablement register-links`)
Root: HKCU; Subkey: "Software\Classes\enablement"; ValueType: string; ValueName: ""; ValueData: "URL:Enablement Hub"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\enablement"; ValueType: string; ValueName: "URL Protocol"; ValueData: ""
Root: HKCU; Subkey: "Software\Classes\enablement\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"",0"
Root: HKCU; Subkey: "Software\Classes\enablement\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
