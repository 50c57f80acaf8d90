#!/bin/sh
# The GitHub Action (action.yml) as far as it runs outside GitHub: its
# composite steps call tools/action/steps.sh, whose subcommands run here as
# on a runner, with the environment action.yml gives them (INPUT_*,
# GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, PR_NUMBER) and a stand-in `gh` that
# records the comment it would post. The deps step (apt, as root) is not run.
. "$(dirname "$0")/common.sh"

STEPS="$ROOT/tools/action/steps.sh"
A="$WORK/action"
mkdir -p "$A/readouts" "$A/bin"
batch_copy_pairs "$A/readouts" 2023-11-15-biden-xi-woodside 2021-02-10-biden-xi-call 2022-11-14-biden-xi-bali

# ---- action.yml: a composite action whose steps are steps.sh's subcommands, with the inputs the issue names
if out=$(python3 - "$ROOT/action.yml" "$STEPS" <<'PYEOF'
import re, sys, yaml
action = yaml.safe_load(open(sys.argv[1]))
script = open(sys.argv[2]).read()
problems = []
if action.get("runs", {}).get("using") != "composite":
    problems.append("not a composite action")
inputs = action.get("inputs", {})
for name in ("folder", "fail-on", "baseline", "pair", "output"):
    if name not in inputs:
        problems.append("no input " + name)
commands = set(re.findall(r"^\s+([a-z]+)\) step_", script, re.M))
used = set()
for step in action["runs"]["steps"]:
    text = yaml.safe_dump(step)
    for ref in re.findall(r"inputs\.([a-z-]+)", text):
        if ref not in inputs:
            problems.append("step %r uses an undeclared input %s" % (step.get("name"), ref))
    if "run" in step:
        m = re.fullmatch(r'"\$GITHUB_ACTION_PATH/tools/action/steps\.sh" ([a-z]+)', step["run"].strip())
        if not m or m.group(1) not in commands:
            problems.append("step %r runs %r, not a steps.sh subcommand" % (step.get("name"), step["run"]))
        else:
            used.add(m.group(1))
        if step.get("shell") != "bash":
            problems.append("step %r has no shell: bash" % step.get("name"))
uses = [s.get("uses", "").split("@")[0] for s in action["runs"]["steps"]]
for needed in ("actions/cache", "actions/upload-artifact"):
    if needed not in uses:
        problems.append("no %s step" % needed)
if used != commands:
    problems.append("steps.sh subcommands no step runs: %s" % sorted(commands - used))
print("\n".join(problems))
PYEOF
) && [ -z "$out" ]; then pass "action.yml: a composite action; each run step is a steps.sh subcommand; its inputs declared; cache and upload steps"; else fail_text "action.yml: composite, steps.sh subcommands, inputs declared" "$out"; fi

# step NAME [VAR=VALUE...]: runs steps.sh NAME in $A with a fresh GITHUB_OUTPUT and
# the variables given; status in $STATUS, what it prints in $A/out.
step() {
    step_name=$1
    shift
    : >"$A/github_output"
    (cd "$A" && env GITHUB_OUTPUT="$A/github_output" GITHUB_STEP_SUMMARY="$A/step_summary" RUNNER_TEMP="$WORK" \
        READOUTDIFF_BIN="$BIN" PATH="$A/bin:$PATH" "$@" "$STEPS" "$step_name") >"$A/out" 2>&1
    STATUS=$?
}
output_of() { sed -n "s/^$1=//p" "$A/github_output"; }

# ---- build: the binary through the Makefile (up to date here: nothing compiled)
case $BIN in
    "$ROOT"/*/readoutdiff)
        build_dir=${BIN#"$ROOT"/}
        build_dir=${build_dir%/readoutdiff}
        step build READOUTDIFF_BUILD="$build_dir"
        if [ "$STATUS" -eq 0 ] && [ "$(output_of binary)" = "$BIN" ]; then pass "build step: makes $build_dir/readoutdiff, output binary"; else fail "build step" "$(tail -3 "$A/out")"; fi
        ;;
    *) skip "build step" "BIN is not a build folder of this checkout" ;;
esac

# ---- batch: a clean run
export INPUT_FOLDER=readouts INPUT_OUTPUT=reports
step batch
if [ "$STATUS" -eq 0 ] && [ "$(output_of status)" = 0 ] && [ "$(output_of summary)" = reports/summary.md ] &&
    [ "$(output_of reports)" = reports ] && cmp -s "$A/reports/summary.md" "$A/step_summary"; then
    pass "batch step: compares the folder, outputs status 0, summary and reports, summary.md in the job summary"
else
    fail "batch step: a clean run" "status $STATUS, outputs: $(tr '\n' ' ' <"$A/github_output")" "$(tail -3 "$A/out")"
fi

# ---- gates: one a line, blank lines and comments skipped; a tripped gate is status 1 for the verdict step
INPUT_FAIL_ON=$(printf '  tone_gap>0.01\n\n# a comment\ncoverage<0.1  \n')
export INPUT_FAIL_ON
rm -f "$A/step_summary"
step batch
if [ "$STATUS" -eq 0 ] && [ "$(output_of status)" = 1 ] && grep -qF -- "--fail-on tone_gap>0.01 --fail-on coverage<0.1" "$A/out" &&
    [ "$(grep -c -- '--fail-on' "$A/out")" -eq 1 ]; then
    pass "batch step: the gates of fail-on, one a line (blank lines and comments skipped); a tripped gate outputs status 1"
else
    fail "batch step: gates" "status $STATUS, outputs: $(tr '\n' ' ' <"$A/github_output")" "$(head -2 "$A/out")"
fi
unset INPUT_FAIL_ON

for status in 0 1 2; do
    step verdict BATCH_STATUS="$status"
    got=$STATUS
    if [ "$got" -eq "$status" ]; then pass "verdict step: ends with the batch status, $status"; else fail "verdict step: status $status" "exit $got: $(cat "$A/out")"; fi
done

# ---- baseline: "previous" takes the restored summary.jsonl; a missing file is an error
export INPUT_BASELINE=previous
step batch
if [ "$STATUS" -eq 0 ] && grep -q -- "--baseline $WORK/readoutdiff-baseline\." "$A/out"; then
    pass "batch step: baseline previous compares against the summary.jsonl of the last run"
else
    fail "batch step: baseline previous" "$(head -3 "$A/out")"
fi
rm -rf "$A/reports"
step batch
if [ "$STATUS" -eq 0 ] && grep -q "this run has no baseline" "$A/out" && ! grep -q -- "--baseline" "$A/out"; then
    pass "batch step: baseline previous without an earlier run: no baseline, said so"
else
    fail "batch step: baseline previous, first run" "$(head -3 "$A/out")"
fi
export INPUT_BASELINE=nowhere.jsonl
step batch
if [ "$STATUS" -eq 2 ] && grep -q "baseline nowhere.jsonl: no such file" "$A/out"; then pass "batch step: a missing baseline file is an error (2)"; else fail "batch step: missing baseline" "status $STATUS: $(cat "$A/out")"; fi
unset INPUT_BASELINE

# ---- pair: auto, or an error
export INPUT_PAIR=auto INPUT_WINDOW=2
step batch
if [ "$STATUS" -eq 0 ] && grep -qF -- "--pair auto --window 2" "$A/out" && [ "$(output_of status)" = 0 ]; then pass "batch step: pair auto and window"; else fail "batch step: pair auto" "status $STATUS: $(head -3 "$A/out")"; fi
export INPUT_PAIR=sometimes
step batch
if [ "$STATUS" -eq 2 ] && grep -q "the input 'pair' is 'auto' or empty" "$A/out"; then pass "batch step: a wrong pair input is an error (2)"; else fail "batch step: wrong pair input" "status $STATUS: $(cat "$A/out")"; fi
unset INPUT_PAIR INPUT_WINDOW
step batch INPUT_FOLDER=missing
if [ "$STATUS" -eq 2 ] && grep -q "missing: no such folder" "$A/out"; then pass "batch step: a missing folder is an error (2)"; else fail "batch step: missing folder" "$(cat "$A/out")"; fi

# ---- comment: summary.md on the pull request, through gh (a stand-in here)
cat >"$A/bin/gh" <<'GHEOF'
#!/bin/sh
# Records a call; --edit-last fails as on a pull request with no comment yet.
echo "$*" >>"$GH_LOG"
for arg in "$@"; do [ "$arg" = --edit-last ] && exit 1; done
while [ $# -gt 0 ]; do [ "$1" = --body-file ] && cp "$2" "$GH_BODY"; shift; done
exit 0
GHEOF
chmod +x "$A/bin/gh"
export GH_LOG="$A/gh.log" GH_BODY="$A/gh-body.md"
step batch
step comment PR_NUMBER=17
status=$STATUS
if [ "$status" -eq 0 ] && grep -q "^pr comment 17 --body-file" "$GH_LOG" && cmp -s "$GH_BODY" "$A/reports/summary.md"; then
    pass "comment step: posts summary.md on the pull request (editing the last comment when there is one)"
else
    fail "comment step" "status $status: $(cat "$A/out")" "gh calls: $(cat "$GH_LOG" 2>/dev/null)"
fi
rm -f "$GH_LOG" "$GH_BODY"
limit=$(($(wc -c <"$A/reports/summary.md") / 2 + 100))
step comment PR_NUMBER=17 COMMENT_LIMIT="$limit"
if [ "$(wc -c <"$GH_BODY")" -le "$limit" ] && grep -q "cut to fit a comment" "$GH_BODY"; then pass "comment step: a summary over the comment limit is cut at a line end, with a note"; else fail "comment step: the limit" "$(wc -c <"$GH_BODY") bytes"; fi
rm -f "$GH_LOG"
step comment
if [ "$STATUS" -eq 0 ] && [ ! -e "$GH_LOG" ] && grep -q "not a pull request" "$A/out"; then pass "comment step: outside a pull request, no comment"; else fail "comment step: outside a pull request" "$(cat "$A/out")"; fi

# ---- the README's workflows use the action, with inputs it declares; none builds from source
if out=$(python3 - "$ROOT/README.md" "$ROOT/action.yml" <<'PYEOF'
import re, sys, yaml
readme = open(sys.argv[1], encoding="utf-8").read()
inputs = yaml.safe_load(open(sys.argv[2]))["inputs"]
problems, uses = [], 0
for block in re.findall(r"```yaml\n(.*?)```", readme, re.S):
    workflow = yaml.safe_load(block)
    if not isinstance(workflow, dict):
        continue
    for job in (workflow.get("jobs") or {}).values():
        for step in job.get("steps", []):
            if str(step.get("uses", "")).startswith("our-org/readoutdiff@"):
                uses += 1
                for key in step.get("with", {}):
                    if key not in inputs:
                        problems.append("a README workflow gives the undeclared input %s" % key)
            if "make -C readoutdiff" in str(step.get("run", "")):
                problems.append("a README workflow builds from source: %s" % step.get("run"))
if uses < 2:
    problems.append("%d README workflows use the action, expected both CI examples" % uses)
print("\n".join(problems))
PYEOF
) && [ -z "$out" ]; then pass "README: both CI workflows use the action, with declared inputs; none builds from source"; else fail_text "README: the CI workflows use the action" "$out"; fi
