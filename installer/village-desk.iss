; Inno Setup script: the Windows installer of 村民关切回应站工作台.
;
; Build on a Windows PC (installer\build-windows.cmd does all of it):
;   1. the one-folder bundle:  pyinstaller --noconfirm --clean installer\village-desk.spec
;      -> dist\village-desk\village-desk.exe, village-desk-cli.exe, _internal\
;   2. this script:            iscc /DAppVersion=0.1.0 installer\village-desk.iss
;      -> dist\village-desk-setup-0.1.0.exe
; Inno Setup 6.3 or newer (for x64compatible). This file is UTF-8 with a BOM,
; which Inno Setup needs to read the Chinese in it: keep the BOM when editing.
;
; What it does:
; - installs for all users into Program Files (admin rights; no per-user mode);
; - a Start-menu folder and a desktop shortcut named 村民关切回应站工作台;
; - an upgrade installs over the older version (same AppId), first removing
;   the old program files in {app}\_internal so no stale file lingers;
; - the data is NOT in the install folder: each Windows user's data lives in
;   their own %LOCALAPPDATA%\village-desk\village-desk\ (station.sqlite3 and
;   backups\), made by the program itself. Neither the installer nor the
;   uninstaller ever touches it: there is no [UninstallDelete] section, and
;   there must never be one that reaches outside {app}. On first start after
;   an upgrade the program backs the database up (SQLite online backup,
;   checked) before migrating it;
; - nothing is downloaded: everything is inside the setup file.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "村民关切回应站工作台"
#define AppExe "village-desk.exe"
#define DistDir AddBackslash(SourcePath) + "..\dist\village-desk"

; The Chinese wizard text. ChineseSimplified.isl is the translation by
; Zhenghan Yang (Kira), https://github.com/kira-96/Inno-Setup-Chinese-Simplified-Translation.
; For years it was an unofficial, separately downloaded file
; (https://jrsoftware.org/files/istrans/); newer Inno Setup releases ship it in
; their Languages folder. We use, in this order: a copy placed next to this
; script (installer\ChineseSimplified.isl, not committed), the one shipped with
; the compiler, the compiler's Unofficial folder; and failing all three, the
; default English wizard (our shortcuts and messages stay Chinese).
#if FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
  #define ChineseIsl AddBackslash(SourcePath) + "ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ChineseIsl "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseSimplified.isl")
  #define ChineseIsl "compiler:Languages\Unofficial\ChineseSimplified.isl"
#else
  #pragma warning "ChineseSimplified.isl not found: the installer wizard will be in English (see installer/README.md)"
#endif

[Setup]
; Never change the AppId: it is how an upgrade finds the installed version.
AppId={{6F1C2B7E-4D3A-4F0B-9C57-2A8E5D1B7C40}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=村民关切回应站
VersionInfoVersion={#AppVersion}
VersionInfoDescription={#AppName} 安装程序
; ASCII folder name: the program itself does not mind Chinese paths, but
; some antivirus and backup tools on old PCs do.
DefaultDirName={autopf}\VillageDesk
DefaultGroupName=村民关切回应站
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 (PySide6) runs on 64-bit Windows 10 1809 or newer only; on an older
; PC the installer says so instead of installing a program that cannot start.
MinVersion=10.0.17763
OutputDir={#SourcePath}\..\dist
OutputBaseFilename=village-desk-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
; Close a running desk before replacing its files (Restart Manager).
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=no
#ifexist AddBackslash(SourcePath) + "..\resources\icons\app.ico"
SetupIconFile={#SourcePath}\..\resources\icons\app.ico
#endif

[Languages]
#ifdef ChineseIsl
Name: "chinesesimplified"; MessagesFile: "{#ChineseIsl}"
#else
Name: "english"; MessagesFile: "compiler:Default.isl"
#endif

[CustomMessages]
DesktopIcon=在桌面上放一个“{#AppName}”图标
IconsGroup=快捷方式：
LaunchDesk=现在打开{#AppName}
SelfTest=自检（检查软件是否完整）
Uninstall=卸载{#AppName}
DataKept=软件已经卸载。%n%n各位工作人员的数据没有删除，仍在各自的数据文件夹里（C:\Users\用户名\AppData\Local\village-desk\village-desk）。重新安装后会自动接着使用这些数据。

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; GroupDescription: "{cm:IconsGroup}"

[InstallDelete]
; The old version's program files only (never the data, which is elsewhere).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "村民关切回应站的值班工作台"
Name: "{group}\{cm:SelfTest}"; Filename: "{cmd}"; Parameters: "/k """"{app}\village-desk-cli.exe"" selftest"""; WorkingDir: "{app}"
Name: "{group}\{cm:Uninstall}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
; As the person who ran the installer, not the administrator account, so the
; data folder is made in the clerk's own profile.
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchDesk}"; Flags: nowait postinstall skipifsilent runasoriginaluser

; There is deliberately no [UninstallDelete] section: see the header.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(CustomMessage('DataKept'), mbInformation, MB_OK);
end;
