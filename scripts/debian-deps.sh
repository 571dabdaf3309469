#!/bin/sh
# Install the Debian packages bodymap needs beside its pip packages: the libraries Qt loads
# (also offscreen), the X11/xcb libraries for a real window, and for the end-to-end tests
# Xvfb + x11-utils, plus openbox, xdotool and wmctrl (a real window manager, and the tools to
# minimise, switch desktops and close under it: tests/test_e2e_kiosk.py), and the validators
# for the desktop files (desktop-file-utils, appstream). Installs only what is missing; uses
# sudo when not run as root.
set -eu
packages="libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
  libxcb-xinerama0 libxcb-xkb1 libxcb-randr0 libxkbcommon-x11-0 python3-venv xvfb x11-utils
  openbox xdotool wmctrl desktop-file-utils appstream"
missing=""
for p in $packages; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
echo "Installing Debian packages:$missing" >&2
$sudo apt-get update -qq
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
