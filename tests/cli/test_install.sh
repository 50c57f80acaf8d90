#!/bin/sh
# make install and make uninstall (issue 18) into a DESTDIR: the stripped binary,
# the man page (man --warnings clean, every command and option of --help), the
# bash and zsh completions (every command and option, the lexicons' topic ids,
# and what they complete, through bash-completion and zsh's own completion
# system), the lexicons as examples; PREFIX honoured; uninstall removes it all.
. "$(dirname "$0")/common.sh"

BUILD_DIR=$(dirname "$BIN")
DEST="$WORK/dest"

# make_install TARGET DESTDIR [VAR=VALUE...]: make TARGET from the repository with
# the build folder of $BIN, never rebuilding the binary (-o); output in $WORK/make.log.
make_install() {
    mi_target=$1 mi_dest=$2
    shift 2
    make --no-print-directory -C "$ROOT" -o "$BUILD_DIR/readoutdiff" BUILD="$BUILD_DIR" DESTDIR="$mi_dest" "$@" "$mi_target" \
        >"$WORK/make.log" 2>&1
}

if make_install install "$DEST"; then pass "make install into a DESTDIR"; else fail "make install into a DESTDIR" "$(tail -5 "$WORK/make.log")"; exit 0; fi

P="$DEST/usr/local"
expected="bin/readoutdiff share/man/man1/readoutdiff.1 share/bash-completion/completions/readoutdiff share/zsh/site-functions/_readoutdiff"
for f in "$ROOT"/corpus/lexicons/*.tsv; do expected="$expected share/readoutdiff/lexicons/$(basename "$f")"; done
for f in "$ROOT"/schema/*.schema.json; do expected="$expected share/readoutdiff/schema/$(basename "$f")"; done
missing=""
for f in $expected; do [ -f "$P/$f" ] || missing="$missing $f"; done
got=$(cd "$DEST" && find . -type f | sed 's|^\./usr/local/||' | sort | tr '\n' ' ')
want=$(printf '%s\n' $expected | sort | tr '\n' ' ')
if [ -z "$missing" ] && [ "$got" = "$want" ]; then pass "PREFIX defaults to /usr/local: binary, man page, completions, lexicons, JSON Schemas"; else fail "PREFIX defaults to /usr/local: binary, man page, completions, lexicons, JSON Schemas" "missing:$missing" "installed: $got"; fi

# ---- the binary

sections=$(readelf -S "$P/bin/readoutdiff" 2>/dev/null | grep -oE '\.(symtab|debug_[a-z]+)' | sort -u | tr '\n' ' ')
if [ -x "$P/bin/readoutdiff" ] && [ -z "$sections" ]; then pass "installed binary is stripped"; else fail "installed binary is stripped" "sections: $sections"; fi
size=$(wc -c <"$P/bin/readoutdiff")
if readelf -d "$BIN" 2>/dev/null | grep -q 'libasan'; then
    skip "installed binary is at most 8 MB" "a sanitizer build ($size bytes)"
elif [ "$size" -le 8000000 ]; then
    pass "installed binary is at most 8 MB ($size bytes)"
else
    fail "installed binary is at most 8 MB" "$size bytes"
fi
if [ "$("$P/bin/readoutdiff" version)" = "$("$BIN" version)" ]; then pass "installed binary runs: same version output"; else fail "installed binary runs: same version output" "$("$P/bin/readoutdiff" version 2>&1 | head -2)"; fi

# ---- the lexicons, as examples

differ=""
for f in "$ROOT"/corpus/lexicons/*.tsv; do cmp -s "$f" "$P/share/readoutdiff/lexicons/$(basename "$f")" || differ="$differ $(basename "$f")"; done
if [ -z "$differ" ]; then pass "lexicons installed as the built-in ones"; else fail "lexicons installed as the built-in ones" "differ:$differ"; fi
expect_status "installed lexicons pass lexicon check" 0 "$BIN" lexicon check "$P/share/readoutdiff/lexicons"

# ---- the JSON Schemas: the repository's, and a report validates against the installed one
differ=""
for f in "$ROOT"/schema/*.schema.json; do cmp -s "$f" "$P/share/readoutdiff/schema/$(basename "$f")" || differ="$differ $(basename "$f")"; done
if [ -z "$differ" ]; then pass "JSON Schemas installed under share/readoutdiff/schema/"; else fail "JSON Schemas installed under share/readoutdiff/schema/" "differ:$differ"; fi
"$BIN" compare "$CORPUS/2023-11-15-biden-xi-woodside/us.txt" "$CORPUS/2023-11-15-biden-xi-woodside/prc.txt" --format json -o "$WORK/report.json" 2>/dev/null
if python3 -c 'import json, sys, jsonschema; jsonschema.validate(json.load(open(sys.argv[2])), json.load(open(sys.argv[1])))' \
    "$P/share/readoutdiff/schema/compare-report.schema.json" "$WORK/report.json" 2>"$WORK/err"; then
    pass "a compare report validates against the installed compare-report.schema.json"
else
    fail "a compare report validates against the installed compare-report.schema.json" "$(tail -3 "$WORK/err")"
fi

# ---- what --help lists: the commands, and each command's options (own and common)

"$BIN" --help | sed -n 's/^  readoutdiff \([a-z-]*\).*/\1/p' | sort -u >"$WORK/commands"
for command in $(cat "$WORK/commands"); do
    "$BIN" "$command" --help >"$WORK/help-$command" 2>&1
done
if [ "$(wc -l <"$WORK/commands")" -ge 6 ]; then pass "--help lists the commands ($(tr '\n' ' ' <"$WORK/commands"))"; else fail "--help lists the commands" "$(cat "$WORK/commands")"; fi

# ---- the man page

if command -v man >/dev/null 2>&1; then
    MANWIDTH=100 man --warnings -l "$P/share/man/man1/readoutdiff.1" >"$WORK/man.txt" 2>"$WORK/man.err"
    if [ -s "$WORK/man.txt" ] && [ ! -s "$WORK/man.err" ]; then pass "man --warnings: no warnings"; else fail_text "man --warnings: no warnings" "$(head -10 "$WORK/man.err")"; fi
    expect_py "man page: every command, and each command's options in its section" '
import re, sys
work = sys.argv[1]
text = re.sub(r".\x08", "", open(work + "/man.txt", encoding="utf-8").read())
section = lambda name: re.search(r"^" + name + r"\n(.*?)(?=^[A-Z][A-Z ]+\n)", text, re.S | re.M)
commands_text = section("COMMANDS").group(1)
options_text = section("OPTIONS").group(1)
# OPTIONS has a subsection per command (3-space headings): "Every command" holds the common options.
subsections = dict(re.findall(r"^   (\S[^\n]*)\n(.*?)(?=^   \S|\Z)", options_text, re.S | re.M))
for command in open(work + "/commands").read().split():
    if not re.search(r"^       " + command + r"\b", commands_text, re.M):
        print("COMMANDS has no entry for " + command)
    help_text = open(work + "/help-" + command, encoding="utf-8").read()
    for block in re.split(r"\n(?=\S[^\n]*options:\n)", help_text):
        title = block.split("\n", 1)[0]
        if not title.endswith("options:"):
            continue
        where = "Every command" if title == "Common options:" else command
        body = subsections.get(where, "")
        for option in re.findall(r"^  (?:-[a-z] \[ )?(--[a-z-]+)", block, re.M):
            if not re.search(r"(^|\s)" + re.escape(option) + r"\b", body, re.M):
                print("OPTIONS/" + where + " lacks " + option)
' "$WORK"
    expect_contains "man page: names the version" "$WORK/man.txt" "readoutdiff $("$BIN" version | sed -n '1s/^readoutdiff //p')"
    expect_contains "man page: the lexicons' folder under PREFIX" "$WORK/man.txt" "/usr/local/share/readoutdiff/lexicons/"
    for status in 0 1 2 3; do
        if sed -n '/^EXIT STATUS/,/^[A-Z]/p' "$WORK/man.txt" | grep -qE "^       $status  "; then pass "man page: exit status $status"; else fail "man page: exit status $status"; fi
    done
else
    skip "man page checks" "man (man-db) is not installed"
fi

# ---- the completions: every command and option, the topics, gate fields and parameters

BASH_COMPLETION="$P/share/bash-completion/completions/readoutdiff"
ZSH_COMPLETION="$P/share/zsh/site-functions/_readoutdiff"
# The topic ids, gate fields and flags, and aligner parameters, as the binary's own errors list them.
"$BIN" batch "$WORK" -o "$WORK/out" --fail-on omitted:no-such-topic 2>&1 | sed -n 's/.*(topics: \(.*\), or any)$/\1/p' | tr -d ',' >"$WORK/topics"
"$BIN" batch "$WORK" -o "$WORK/out" --fail-on no_such_field 2>&1 | sed -n 's/.*(fields: \(.*\); flags: \(.*\); or omitted:TOPIC)$/\1 \2/p' | tr -d ',' >"$WORK/gates"
"$BIN" eval --set no_such_parameter=1 "$WORK/none.json" 2>&1 | sed -n 's/.*(known: \(.*\))$/\1/p' | tr -d ',' >"$WORK/parameters"
for name in topics gates parameters; do
    [ -s "$WORK/$name" ] || fail "the binary lists its $name in an error" "nothing parsed"
done
for shell in bash zsh; do
    if [ $shell = bash ]; then script=$BASH_COMPLETION; else script=$ZSH_COMPLETION; fi
    missing=""
    for command in $(cat "$WORK/commands"); do grep -qw -- "$command" "$script" || missing="$missing $command"; done
    for command in $(cat "$WORK/commands"); do
        for option in $(grep -oE '^  (-[a-z] \[ )?--[a-z-]+' "$WORK/help-$command" | grep -oE -- '--?[a-z-]+'); do
            grep -qE -- "(^|[^a-z-])$option([^a-z-]|$)" "$script" || missing="$missing $command:$option"
        done
    done
    for word in $(cat "$WORK/topics" "$WORK/gates" "$WORK/parameters"); do grep -qw -- "$word" "$script" || missing="$missing $word"; done
    if [ -z "$missing" ]; then pass "$shell completion: every command, option, topic id, gate field and parameter"; else fail "$shell completion: every command, option, topic id, gate field and parameter" "missing:$missing"; fi
    if grep -q '@TOPIC_IDS@' "$script"; then fail "$shell completion: topic ids filled in" "@TOPIC_IDS@ left"; else pass "$shell completion: topic ids filled in"; fi
done

# bash: the completion function run as bash-completion runs it, on words as bash splits them.
if [ -f /usr/share/bash-completion/bash_completion ]; then
    # bash_complete WORD...: the completions of the last WORD (=: and : are words of their own, as bash splits them).
    bash_complete() {
        bash -c '
            . /usr/share/bash-completion/bash_completion
            . "$1"
            shift
            compopt() { :; }  # only valid while bash itself is completing
            COMP_WORDS=("$@")
            COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
            COMP_LINE=$1 previous=$1
            for w in "${@:2}"; do
                if [[ $w == [=:] || $previous == [=:] ]]; then COMP_LINE+=$w; else COMP_LINE+=" $w"; fi
                previous=$w
            done
            COMP_POINT=${#COMP_LINE}
            _readoutdiff readoutdiff "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf "%s\n" "${COMPREPLY[@]}" | sort' _ "$BASH_COMPLETION" "$@" 2>&1 | tr '\n' ' '
    }
    # expect_bash NAME EXPECTED WORD...
    expect_bash() {
        eb_name=$1 eb_want=$2
        shift 2
        eb_got=$(cd "$ROOT" && bash_complete "$@")
        if [ "$eb_got" = "$eb_want" ]; then pass "bash completion: $eb_name"; else fail "bash completion: $eb_name" "expected: $eb_want" "got: $eb_got"; fi
    }
    expect_bash "commands" "batch compare eval help lexicon merge pair series version " readoutdiff ""
    expect_bash "options before a command" "--help --version " readoutdiff --
    expect_bash "a command's options" "--force --format " readoutdiff compare --f
    expect_bash "formats" "html json md term " readoutdiff compare -f ""
    expect_bash "--format=" "json " readoutdiff compare --format = j
    expect_bash "colors" "always auto never " readoutdiff compare --color ""
    expect_bash "gate fields" "left_assertiveness left_confrontation left_tone " readoutdiff batch corpus --fail-on left
    expect_bash "omitted: and a topic id" "taiwan technology trade " readoutdiff batch corpus --fail-on omitted : t
    expect_bash "eval --set parameter" "link_threshold= " readoutdiff eval --set link
    expect_bash "lexicon actions" "check list " readoutdiff lexicon ""
    expect_bash "readout files" "corpus/pairs/2023-11-15-biden-xi-woodside/us.txt " readoutdiff compare corpus/pairs/2023-11-15-biden-xi-woodside/u
else
    skip "bash completion behaviour" "bash-completion is not installed"
fi

# zsh: its completion system loads the installed function from its folder.
if command -v zsh >/dev/null 2>&1; then
    # expect_zsh NAME EXPECTED LINE
    expect_zsh() {
        ez_got=$(cd "$ROOT" && zsh -f "$ROOT/tests/cli/zsh_complete.zsh" "$(dirname "$ZSH_COMPLETION")" "$3" 2>&1 | tr '\n' ' ')
        if [ "$ez_got" = "$2" ]; then pass "zsh completion: $1"; else fail "zsh completion: $1" "expected: $2" "got: $ez_got"; fi
    }
    expect_zsh "commands" "batch compare eval help lexicon merge pair series version " "readoutdiff "
    expect_zsh "formats" "html json md term " "readoutdiff compare --format "
    expect_zsh "--format=" "json " "readoutdiff compare --format=j"
    expect_zsh "colors" "always auto never " "readoutdiff compare --color "
    expect_zsh "gate fields" "left_assertiveness left_confrontation left_tone " "readoutdiff batch corpus --fail-on left"
    expect_zsh "omitted: and a topic id" "taiwan technology trade " "readoutdiff batch corpus --fail-on omitted:t"
    expect_zsh "eval --set parameter" "link_threshold " "readoutdiff eval --set link"
    expect_zsh "lexicon actions" "check list " "readoutdiff lexicon "
    expect_zsh "readout files" "us.txt " "readoutdiff compare corpus/pairs/2023-11-15-biden-xi-woodside/u"
else
    skip "zsh completion behaviour" "zsh is not installed"
fi

# ---- uninstall

echo "my own terms" >"$P/share/readoutdiff/lexicons/mine.tsv"
if make_install uninstall "$DEST"; then pass "make uninstall"; else fail "make uninstall" "$(tail -5 "$WORK/make.log")"; fi
left=$(cd "$DEST" && find . -type f | sort | tr '\n' ' ')
if [ "$left" = "./usr/local/share/readoutdiff/lexicons/mine.tsv " ]; then pass "uninstall removes what install put there, not a user's own file"; else fail "uninstall removes what install put there, not a user's own file" "left: $left"; fi
rm -f "$P/share/readoutdiff/lexicons/mine.tsv"
make_install uninstall "$DEST"
if [ ! -e "$P/share/readoutdiff" ]; then pass "uninstall removes share/readoutdiff once empty"; else fail "uninstall removes share/readoutdiff once empty" "$(ls -R "$P/share/readoutdiff")"; fi

# ---- PREFIX

if make_install install "$WORK/opt" PREFIX=/opt/rd && [ -x "$WORK/opt/opt/rd/bin/readoutdiff" ] &&
    grep -q '/opt/rd/share/readoutdiff/lexicons/' "$WORK/opt/opt/rd/share/man/man1/readoutdiff.1"; then
    pass "PREFIX=/opt/rd: installed under it, and the man page names its lexicons' folder"
else
    fail "PREFIX=/opt/rd: installed under it, and the man page names its lexicons' folder" "$(tail -5 "$WORK/make.log")"
fi
