#!/usr/bin/env bash
# Runs lchnv on hostile input and checks the bound every command must keep: an answer in under
# 2 s and 200 MB, exit 1 or 2, and a message naming the file, whether the file is checked with
# the whole repository, checked by path, or read by another command. Checking another file by
# path must not pay for the hostile one.
#
# Usage: bench/hostile.sh [WORK_DIR]
# Needs GNU time (apt-get install time) and python3. CARGO_TARGET_DIR is honoured.
# Exit status: 0 when every case keeps the bound, 1 otherwise.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-${TMPDIR:-/tmp}/lchnv-hostile}
target=${CARGO_TARGET_DIR:-$root/target}
lchnv=$target/release/lchnv
max_seconds=2
max_mb=200

if ! [[ -x /usr/bin/time ]] || ! /usr/bin/time -f %e true >/dev/null 2>&1; then
    echo "error: GNU time is needed (apt-get install time)" >&2
    exit 2
fi
echo "== building (release)" >&2
(cd "$root" && cargo build --release --quiet --bin lchnv)

rm -rf "$work"
mkdir -p "$work"

# A valid minutes front matter, then the hostile body (written by python: exact sizes).
header='---
kind: minutes
date: 2026-01-29
---

# Minnesanteckningar

## 1. Mötets öppnande

'

# make CASE FILE: writes the hostile input of CASE at FILE (relative to the meetings folder).
make() {
    local case=$1 file=$2
    local path=$repo/meetings/$file
    mkdir -p "$(dirname "$path")"
    case $case in
        brackets) python3 -c 'import sys; sys.stdout.write(sys.argv[1] + "[[" * 20000 + "\n")' "$header" >"$path" ;;
        closed-brackets) python3 -c 'import sys; sys.stdout.write(sys.argv[1] + "[[x]] " * 20000 + "\n")' "$header" >"$path" ;;
        ocr-words) python3 -c 'import sys; sys.stdout.write(sys.argv[1] + "Lanschefsnatverket Féredragande 6vergripande " * 3400 + "\n")' "$header" >"$path" ;;
        unknown-owners) python3 -c 'import sys; sys.stdout.write(sys.argv[1] + "Uppdrag:\n\n" + "".join(f"- [ ] **Okänd {i}**: x.\n" for i in range(100000)))' "$header" >"$path" ;;
        one-owner-many-times) python3 -c 'import sys; sys.stdout.write(sys.argv[1] + "".join("- [ ] **Regon Dalarna**: x.\n" for i in range(100000)))' "$header" >"$path" ;;
        disable-comments) python3 -c 'import sys; sys.stdout.write(sys.argv[1] + "x <!-- lchnv-disable-line ocr-damge -->\n" * 90000)' "$header" >"$path" ;;
        nested-quotes) python3 -c 'import sys; sys.stdout.write(sys.argv[1] + ">" * 100000 + " x\n")' "$header" >"$path" ;;
        nested-lists) python3 -c 'import sys; sys.stdout.write(sys.argv[1] + "".join("  " * i + "- [ ] **A**: x\n" for i in range(2000)))' "$header" >"$path" ;;
        headings) python3 -c 'import sys; sys.stdout.write(sys.argv[1] + "".join(f"## {i}. Information: x\n\nÄrende: x\n\n" for i in range(2, 60000)))' "$header" >"$path" ;;
        long-line) python3 -c 'import sys; sys.stdout.write(sys.argv[1] + "- [ ] **A** " + "och **B** " * 300000)' "$header" >"$path" ;;
        alias-bomb) python3 -c '
import sys
lines = ["---", "kind: minutes", "date: 2026-01-29", "notes: &a [x, x, x, x, x, x, x, x, x, x]"]
prev = "a"
for name in "bcdefghij":
    lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 10) + "]")
    prev = name
sys.stdout.write("\n".join(lines) + "\n---\n")' >"$path" ;;
        deep-yaml) python3 -c 'import sys; sys.stdout.write("---\nkind: minutes\ndate: 2026-01-29\nnotes: " + "[" * 100000 + "\n---\n")' >"$path" ;;
        huge) truncate -s 3G "$path" ;;
        dev-zero) ln -s /dev/zero "$path" ;;
        fifo) mkfifo "$path" ;;
        nul-bytes) python3 -c 'import sys; sys.stdout.write(sys.argv[1] + "\0" * 1000)' "$header" >"$path" ;;
        windows-1252) printf -- '---\nkind: minutes\ndate: 2026-01-29\n---\n\n# Minnesanteckningar L\xe4nsn\xe4tverket\n' >"$path" ;;
        *) echo "unknown case $case" >&2; exit 2 ;;
    esac
}

failed=0
printf '%-22s %-52s %8s %6s %5s %s\n' case command seconds MB exit verdict
# run CASE EXPECT FILE ARGS...: runs lchnv in the repository and checks the bound. EXPECT is
# `finding` (exit 1 or 2, FILE named), `answer` (a register may answer, exit 0, when nothing in
# FILE is lost; any other exit names FILE) or `other` (another file: only time and memory count).
run() {
    local case=$1 expect=$2 name=$3
    shift 3
    local out=$work/out.txt
    local timing=$work/time.txt
    set +e
    (cd "$repo" && timeout 60 /usr/bin/time -o "$timing" -f '%e %M' "$lchnv" "$@" >"$out" 2>&1)
    local code=$?
    set -e
    local seconds kb mb verdict=ok
    read -r seconds kb < <(tail -n 1 "$timing") || { seconds=60; kb=0; }
    mb=$((kb / 1024))
    if (($(echo "$seconds > $max_seconds" | bc -l))) || ((mb > max_mb)); then
        verdict="TOO SLOW OR LARGE"
    fi
    case $expect in
        finding)
            if ((code != 1 && code != 2)); then
                verdict="EXIT $code"
            elif ! grep -q -- "$name" "$out"; then
                verdict="FILE NOT NAMED"
            fi
            ;;
        answer)
            if ((code > 2)); then
                verdict="EXIT $code"
            elif ((code != 0)) && ! grep -q -- "$name" "$out"; then
                verdict="FILE NOT NAMED"
            fi
            ;;
    esac
    [[ $verdict == ok ]] || failed=1
    printf '%-22s %-52s %8s %6s %5s %s\n' "$case" "$*" "$seconds" "$mb" "$code" "$verdict"
}

for case in brackets closed-brackets ocr-words unknown-owners one-owner-many-times disable-comments \
    nested-quotes nested-lists headings long-line alias-bomb deep-yaml huge dev-zero fifo nul-bytes \
    windows-1252; do
    repo=$work/$case
    mkdir -p "$repo"
    cp -r "$root/meetings" "$repo/meetings"
    make "$case" 2026-01-29/minutes.md
    file=2026-01-29/minutes.md
    run "$case" finding "$file" check --format concise
    run "$case" finding "$file" check "meetings/$file" --format concise
    run "$case" other "$file" check meetings/2025-11-21/minutes.md
    run "$case" answer "$file" todo
    run "$case" answer "$file" decisions
    run "$case" answer "$file" new-agenda 2026-03-20 --dry-run
done

# The configuration read by every command.
for case in dev-zero fifo huge; do
    repo=$work/config-$case
    mkdir -p "$repo"
    cp -r "$root/meetings" "$repo/meetings"
    make "$case" lchnv.yaml
    run "config-$case" finding lchnv.yaml check
    run "config-$case" finding lchnv.yaml todo
done

if ((failed)); then
    echo "some case broke the bound of ${max_seconds} s and ${max_mb} MB, exit 1 or 2, the file named" >&2
    exit 1
fi
echo "every case kept the bound of ${max_seconds} s and ${max_mb} MB, exit 1 or 2, the file named" >&2
