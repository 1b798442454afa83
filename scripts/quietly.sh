# Sourced by the scripts that build: runs a command and shows its output only when it fails, so a
# failed build says why instead of ending the script silently.
quietly() { local log; log=$("$@" 2>&1) || { printf '%s\n' "$log" >&2; return 1; }; }
