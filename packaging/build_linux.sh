#!/usr/bin/env bash
# Build the Linux one-folder bundle with packaging/studyapp-linux.spec, then run the
# frozen app's --self-test offscreen and once under Xvfb with the xcb platform.
# Fails when PyInstaller could not find a library Qt needs (the host's missing
# libraries would become the bundle's missing libraries).
#   bash packaging/build_linux.sh        → dist/studyapp/studyapp
set -euo pipefail
cd "$(dirname "$0")/.."

venv=build/venv
log=build/pyinstaller.log
mkdir -p build
if [ ! -x "$venv/bin/pyinstaller" ]; then
  python3 -m venv "$venv"
fi
"$venv/bin/pip" install -q --disable-pip-version-check ".[build]"  # PyInstaller and Pillow (icons)

started=$(date +%s)
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/studyapp-linux.spec 2>&1 | tee "$log"
echo "build: $(( $(date +%s) - started )) s"

qt_libs='libxcb|libxkbcommon|libEGL|libGL|libfontconfig|libfreetype|libdbus|libX11|libglib|libICE|libSM'
if grep -E "Library not found" "$log" | grep -E "$qt_libs"; then
  echo "build: libraries Qt needs are missing on this host (see above); install them first" >&2
  exit 1
fi

du -sh dist/studyapp | sed 's/^/bundle size: /'

echo "self-test, offscreen:"
timeout 180 env QT_QPA_PLATFORM=offscreen dist/studyapp/studyapp --self-test
echo "self-test, Xvfb + xcb:"
timeout 180 xvfb-run -a -s "-screen 0 1280x800x24" \
  env QT_QPA_PLATFORM=xcb dist/studyapp/studyapp --self-test
