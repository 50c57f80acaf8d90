# Prints the matches zsh's completion system offers at the end of a command
# line, one a line, sorted: an interactive zsh on a pseudo-terminal (zpty)
# loads the completion functions of FPATH_DIR, gets LINE and a Tab, and a
# wrapper of compadd prints every match it adds.
# Usage: zsh -f tests/cli/zsh_complete.zsh FPATH_DIR LINE   (status 2: zsh did not answer)
zmodload zsh/zpty || exit 2
dir=$1 cmdline=$2
zpty z zsh -f -i
# read_until TEXT: reads the pseudo-terminal until TEXT appears (at most 10 s); the output in $out.
read_until() {
    local chunk start=$SECONDS
    out=""
    while (( SECONDS - start < 10 )); do
        zpty -r -t z chunk 2>/dev/null && out+=$chunk || sleep 0.02
        [[ $out == *$1* ]] && return 0
    done
    return 1
}
zpty -w z "PROMPT='> '; fpath=($dir \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w z 'zstyle ":completion:*" list-prompt ""; zstyle ":completion:*" menu no; LISTMAX=100000'
# Every match added is also printed between markers; calls that collect
# matches for themselves (-O, -A, -D) pass through.
zpty -w z 'compadd() { if (( ${@[(I)-[OAD]*]} )); then builtin compadd "$@"; return; fi; local -a m; local x; builtin compadd -O m "$@"; for x in $m; do print -rn -- "<<""M:$x"">>"; done; builtin compadd "$@"; }'
zpty -w z 'echo RE""ADY'
read_until $'READY\r' || { print -u2 "zsh did not start: $out"; exit 2; }
zpty -w -n z "$cmdline"$'\t'
# Then clear the line and print a marker: everything before it is the completion's output.
zpty -w -n z $'\C-e\C-u'
zpty -w z 'echo DO""NE'
read_until $'DONE\r' || { print -u2 "no marker after the completion: $out"; exit 2; }
zpty -d z
print -r -- "$out" | grep -o '<<M:[^>]*>>' | sed 's/^<<M://; s/>>$//' | sort -u
