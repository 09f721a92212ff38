#!/bin/sh
# Installs the Debian packages ftpy needs to build and test, if missing.
# Uses sudo when not run as root.
set -e
pkgs="build-essential clang libclang-rt-dev libmimalloc-dev libgmp-dev"
missing=""
for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
        missing="$missing $p"
done
[ -z "$missing" ] && exit 0
sudo=""
[ "$(id -u)" -ne 0 ] && sudo=sudo
echo "installing:$missing"
$sudo apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
