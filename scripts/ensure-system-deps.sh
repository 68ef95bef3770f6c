#!/usr/bin/env bash
# Installs the Debian packages the test suite needs when they are missing: chromium (browser tests
# through playwright-core) and postgresql (server-backend tests). Needs root and apt-get; without
# them it says what is missing and exits 0, and those suites skip with a reason.
# Set FAULTLINE_NO_APT=1 to never touch apt.
set -uo pipefail
log() { echo "ensure-system-deps: $*" >&2; }
missing=()
command -v chromium >/dev/null 2>&1 || [[ -x /usr/bin/chromium ]] || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || missing+=(postgresql)
[[ ${#missing[@]} -eq 0 ]] && exit 0
if [[ -n "${FAULTLINE_NO_APT:-}" || $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
  log "missing ${missing[*]} (install with: sudo apt-get install -y ${missing[*]}); their tests will be skipped"
  exit 0
fi
log "installing ${missing[*]} from Debian"
apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2 \
  || log "apt-get failed; the tests that need ${missing[*]} will be skipped"
exit 0
