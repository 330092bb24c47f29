@echo off
rem Build the Windows installer of the desk, on a Windows PC with
rem   - Python 3.11 (64-bit, from python.org; "py" launcher installed),
rem   - Inno Setup 6.3 or newer,
rem   - this source tree (a clone, or a copy on a USB stick).
rem Output: dist\village-desk\ (the program) and dist\village-desk-setup-VERSION.exe.
rem See installer\README.md. Needs the internet (PyPI) only for the first
rem pip install; the installer it makes needs nothing from the internet.
setlocal
cd /d "%~dp0.."

if not exist build\venv\Scripts\python.exe (
  py -3.11 -m venv build\venv || python -m venv build\venv || goto :fail
)
build\venv\Scripts\python -m pip install --disable-pip-version-check -r requirements.txt -r installer\requirements-build.txt || goto :fail
build\venv\Scripts\pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller installer\village-desk.spec || goto :fail

rem The bundle checks itself: main window, font, translation, a PDF, QtPdf, printing.
dist\village-desk\village-desk-cli.exe selftest || goto :fail

for /f "usebackq delims=" %%v in (`build\venv\Scripts\python -c "import sys; sys.path.insert(0, '.'); from models.about import APP_VERSION; print(APP_VERSION)"`) do set VERSION=%%v
set "ISCC=%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe"
if not exist "%ISCC%" set "ISCC=%ProgramFiles%\Inno Setup 6\ISCC.exe"
if not exist "%ISCC%" set "ISCC=%LOCALAPPDATA%\Programs\Inno Setup 6\ISCC.exe"
"%ISCC%" /DAppVersion=%VERSION% installer\village-desk.iss || goto :fail
echo.
echo Built dist\village-desk-setup-%VERSION%.exe
exit /b 0

:fail
echo Build failed.
exit /b 1
