#!/usr/bin/env bash
# Installs what Dateline needs on a fresh Debian machine, then runs the app or the tests.
#   bash scripts/setup.sh run [PATHS…]   # the desktop app (default: data/)
#   bash scripts/setup.sh test           # the whole test suite
# System packages are installed only when missing (root or sudo needed the first time).
set -euo pipefail
cd "$(dirname "$0")/.."

# Libraries winit/wgpu open at run time (X11, Wayland keyboard, Mesa's GL and its software
# renderer), fonts, and zenity so rfd's file dialogs work without a desktop portal.
RUN_PACKAGES=(libx11-6 libxcursor1 libxrandr2 libxi6 libxkbcommon-x11-0 libxkbcommon0 libwayland-client0
  libegl1 libgl1 libgl1-mesa-dri mesa-vulkan-drivers zenity fonts-dejavu-core)
# The tests need only the Rust toolchain and python3 (the TempEval scorer).
TEST_PACKAGES=(python3)

install_missing() {
  local missing=()
  for package in "$@"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

command -v cargo >/dev/null || { echo "setup: cargo not found; install Rust 1.95+ with rustup" >&2; exit 1; }

mode="${1:-run}"
shift || true
case "$mode" in
  run)
    install_missing "${RUN_PACKAGES[@]}"
    exec cargo run --release -- "${@:-data}"
    ;;
  test)
    install_missing "${TEST_PACKAGES[@]}"
    exec cargo test --all-targets --locked
    ;;
  *)
    echo "usage: bash scripts/setup.sh run [PATHS…] | test" >&2
    exit 2
    ;;
esac
