# Sourced by the scripts: the tools setup.sh installed, first on PATH, and no downloads.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Trunk's update check is a network look-up; this machine is offline.
export TRUNK_SKIP_VERSION_CHECK=true
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
