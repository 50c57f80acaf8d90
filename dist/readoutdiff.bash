# bash completion for readoutdiff(1): commands, each command's options, their
# values (formats, colors, gate expressions with the lexicons' topic ids,
# aligner parameters) and files or folders where they are expected.
# Needs the bash-completion package (_init_completion), which loads it from
# its completions folder. Installed by `make install` from dist/readoutdiff.bash
# with @TOPIC_IDS@ filled in from corpus/lexicons/topics.tsv (tools/complete_topics.sh).

_readoutdiff() {
    local cur prev words cword
    _init_completion -s -n : || return

    local commands="compare batch merge eval lexicon series pair version help"
    local common="--lexicons --max-bytes --help -h"
    local topics="@TOPIC_IDS@"
    # As batch's and eval's own errors list them (tests/cli/test_install.sh compares).
    local gate_fields="tone_gap coverage confrontation_gap left_tone right_tone left_confrontation
        right_confrontation left_assertiveness right_assertiveness"
    local gate_flags="characterization_changed outlier unpaired"
    local parameters="stem_weight char_weight topic_weight role_weight topic_conflict_penalty entity_weight
        official_weight position_weight link_threshold relative_floor merge_margin merge_floor
        description_evidence candidates_per_sentence posting_cap exact_matching_limit"

    if ((cword == 1)); then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--help -h --version" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return
    fi
    local command=${words[1]}

    # Values of the options that take one (--opt VALUE, or --opt=VALUE: _init_completion -s splits it).
    case $prev in
        -f | --format)
            COMPREPLY=($(compgen -W "term json md html" -- "$cur"))
            return
            ;;
        --color)
            COMPREPLY=($(compgen -W "auto always never" -- "$cur"))
            return
            ;;
        --side)
            COMPREPLY=($(compgen -W "us prc" -- "$cur"))
            return
            ;;
        --topic)
            COMPREPLY=($(compgen -W "$topics" -- "$cur"))
            return
            ;;
        --pair)
            COMPREPLY=($(compgen -W "auto" -- "$cur"))
            return
            ;;
        --lexicons | --real | --real-gold)
            _filedir -d
            return
            ;;
        -o | --output)
            case $command in
                compare | series | pair) _filedir ;;
                *) _filedir -d ;;
            esac
            return
            ;;
        --baseline)
            _filedir jsonl
            return
            ;;
        --fail-on)
            if [[ $cur == omitted:* ]]; then
                COMPREPLY=($(compgen -W "$(printf 'omitted:%s ' any $topics)" -- "$cur"))
                __ltrim_colon_completions "$cur"
            else
                COMPREPLY=($(compgen -W "$gate_fields $gate_flags omitted:" -- "$cur"))
                __ltrim_colon_completions "$cur"
                [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == *: ]] && compopt -o nospace
            fi
            return
            ;;
        --set)
            COMPREPLY=($(compgen -S = -W "$parameters" -- "$cur"))
            compopt -o nospace
            return
            ;;
        -w | --width | -j | --jobs | --max-bytes | --worst | --shard | --window)
            return
            ;;
    esac

    local options
    case $command in
        compare) options="--format -f --output -o --width -w --color --explain --force" ;;
        batch) options="--output -o --jobs -j --fail-on --baseline --shard --force --pair --window" ;;
        merge) options="--output -o" ;;
        eval) options="--worst --set --real --real-gold" ;;
        lexicon) options="" ;;
        series) options="--side --topic --format -f --output -o --width -w --color --jobs -j --force" ;;
        pair) options="--output -o --window --jobs -j" ;;
        version | help)
            COMPREPLY=($(compgen -W "--help -h" -- "$cur"))
            return
            ;;
        *) return ;;
    esac
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options $common" -- "$cur"))
        return
    fi

    # Operands: the words after the command that are neither options nor their values.
    local operands=0 i
    for ((i = 2; i < cword; i++)); do
        case ${words[i]} in
            --*=*) ;;
            -f | --format | -o | --output | -w | --width | --color | --lexicons | --max-bytes | -j | --jobs | \
                --fail-on | --baseline | --shard | --worst | --set | --real | --real-gold | --side | --topic | \
                --pair | --window) ((i++)) ;;
            -*) ;;
            *) ((operands++)) ;;
        esac
    done
    case $command in
        compare | eval | series) _filedir ;;
        batch | merge | pair) _filedir -d ;;
        lexicon)
            if ((operands == 0)); then
                COMPREPLY=($(compgen -W "list check" -- "$cur"))
            else
                _filedir -d
            fi
            ;;
    esac
} && complete -F _readoutdiff readoutdiff
