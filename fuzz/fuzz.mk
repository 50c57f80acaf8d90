# Hardening targets (issue 7): libFuzzer harnesses built with clang and
# ASan+UBSan, and the whole test suite against an ASan+UBSan build.
# Run from the repository root, included by the Makefile or on its own:
#   make -f fuzz/fuzz.mk fuzz FUZZ_SECONDS=600   each harness for N seconds (-j2: two at a time)
#   make -f fuzz/fuzz.mk fuzz-build              only build build-fuzz/fuzz_<harness>
#   make -f fuzz/fuzz.mk fuzz-replay             replay tests/regressions/<harness>/* through the harnesses
#   make -f fuzz/fuzz.mk asan                    build into build-asan/, run tests/run_all.sh on it, then fuzz-replay
# All variables here start with FUZZ_ or ASAN_ (BUILD is only read, with the
# Makefile's default) so that including this file changes nothing the Makefile
# defines; its own build dirs are build-fuzz/ and build-asan/.

FUZZ_STANDALONE := $(if $(filter 1,$(words $(MAKEFILE_LIST))),yes)
FUZZ_SAVED_GOAL := $(.DEFAULT_GOAL)
FUZZ_MK         := $(lastword $(MAKEFILE_LIST))

# clang from Debian (clang + libclang-rt-<version>-dev provide libFuzzer).
FUZZ_CXX      ?= $(shell command -v clang++-14 2>/dev/null || echo clang++)
FUZZ_PACKAGES ?= clang libclang-rt-14-dev
FUZZ_BUILD    ?= build-fuzz
# The Makefile's build folder: its g++-built tools/compile_lexicons writes the compiled lexicons there.
BUILD         ?= build
FUZZ_SECONDS  ?= 60
FUZZ_TIMEOUT  ?= 20
FUZZ_MAX_LEN  ?= 12000
FUZZ_NICE     ?= nice -n 10
FUZZ_FIXED_READOUT ?= $(CURDIR)/corpus/pairs/2023-11-15-biden-xi-woodside/prc.txt

FUZZ_HARNESSES      := read_segment analyze align_compare render_term render_json render_md render_html
# Harnesses whose input is one readout; the others take LEFT \0 RIGHT.
FUZZ_SINGLE_INPUT   := read_segment analyze

# float-cast-overflow is not part of "undefined": a double too large for its
# integer type (a score, a width) would otherwise pass unseen.
FUZZ_SANITIZE := -fsanitize=fuzzer,address,undefined,float-cast-overflow -fno-sanitize-recover=undefined,float-cast-overflow
# -D_GLIBCXX_ASSERTIONS: bounds checks in the standard library (operator[], front(), ...)
# that ASan cannot see when the index stays inside the allocation.
FUZZ_CXXFLAGS := -std=c++20 -O1 -g -fno-omit-frame-pointer -D_GLIBCXX_ASSERTIONS $(FUZZ_SANITIZE) \
                 -Wall -Wextra -Isrc -Ifuzz -MMD -MP
# Recursive (=) so pkg-config runs after the packages are installed.
FUZZ_LDLIBS    = -lstemmer -lgumbo -lxxhash $(shell pkg-config --libs icu-i18n icu-uc libutf8proc 2>/dev/null) -lpthread

# The library without the CLI (Boost.Program_options is not needed to fuzz).
FUZZ_LIB_SRC  := $(shell find src -name '*.cpp' ! -path 'src/cli/*' | sort)
FUZZ_LIB_OBJ  := $(FUZZ_LIB_SRC:src/%.cpp=$(FUZZ_BUILD)/obj/%.o) $(FUZZ_BUILD)/obj/gen/builtin_lexicons.o \
                 $(FUZZ_BUILD)/obj/gen/builtin_lexicon_data.o
FUZZ_LEXICONS := $(sort $(wildcard corpus/lexicons/*.tsv))
FUZZ_BINS     := $(FUZZ_HARNESSES:%=$(FUZZ_BUILD)/fuzz_%)

FUZZ_ASAN_OPTIONS  := detect_leaks=1:halt_on_error=1:abort_on_error=1
FUZZ_UBSAN_OPTIONS := halt_on_error=1:print_stacktrace=1

ASAN_BUILD    ?= build-asan
ASAN_CXXFLAGS ?= -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined,float-cast-overflow \
                 -fno-sanitize-recover=float-cast-overflow -D_GLIBCXX_ASSERTIONS
ASAN_OPTIONS_RUN  := detect_leaks=1:halt_on_error=1
UBSAN_OPTIONS_RUN := halt_on_error=1:print_stacktrace=1

.PHONY: fuzz fuzz-deps fuzz-build fuzz-run fuzz-replay fuzz-clean asan $(FUZZ_HARNESSES:%=fuzz-run-%)

# Install, build, then run every harness FUZZ_SECONDS seconds; with -j2, two at a time.
fuzz:
	@$(MAKE) -f $(FUZZ_MK) --no-print-directory fuzz-deps
	@$(MAKE) -f $(FUZZ_MK) --no-print-directory fuzz-build
	@$(MAKE) -f $(FUZZ_MK) --no-print-directory fuzz-run

fuzz-deps:
	@$(MAKE) -f Makefile --no-print-directory install-packages \
	    PACKAGES="g++ make pkg-config libicu-dev libstemmer-dev nlohmann-json3-dev libutf8proc-dev libdtl-dev libgumbo-dev libxxhash-dev $(FUZZ_PACKAGES)"

fuzz-build: $(FUZZ_BINS)

fuzz-run: $(FUZZ_HARNESSES:%=fuzz-run-%)

# One harness: seeds are copied from corpus/pairs/ at run time (single
# readouts, and for the pair harnesses each us.txt \0 prc.txt); new inputs
# accumulate in $(FUZZ_BUILD)/corpus/<harness>/, crashes in
# $(FUZZ_BUILD)/artifacts/<harness>/, the log in $(FUZZ_BUILD)/logs/<harness>.log.
$(FUZZ_HARNESSES:%=fuzz-run-%): fuzz-run-%: $(FUZZ_BUILD)/fuzz_%
	@seeds=$(FUZZ_BUILD)/seeds/$*; rm -rf $$seeds; \
	mkdir -p $$seeds $(FUZZ_BUILD)/corpus/$* $(FUZZ_BUILD)/artifacts/$* $(FUZZ_BUILD)/logs; \
	for dir in corpus/pairs/*/; do \
	    pair=$$(basename $$dir); \
	    for f in $$dir*.txt; do cp "$$f" "$$seeds/$$pair-$$(basename $$f)"; done; \
	    case " $(FUZZ_SINGLE_INPUT) " in *" $* "*) ;; *) \
	        if [ -f $${dir}us.txt ] && [ -f $${dir}prc.txt ]; then \
	            { cat $${dir}us.txt; printf '\000'; cat $${dir}prc.txt; } > "$$seeds/$$pair-pair"; fi ;; \
	    esac; \
	done; \
	echo "fuzz_$*: $(FUZZ_SECONDS) s, log in $(FUZZ_BUILD)/logs/$*.log"; \
	ASAN_OPTIONS=$(FUZZ_ASAN_OPTIONS) UBSAN_OPTIONS=$(FUZZ_UBSAN_OPTIONS) \
	$(FUZZ_NICE) $(FUZZ_BUILD)/fuzz_$* -max_total_time=$(FUZZ_SECONDS) -timeout=$(FUZZ_TIMEOUT) \
	    -max_len=$(FUZZ_MAX_LEN) -rss_limit_mb=2048 -dict=fuzz/readouts.dict -print_final_stats=1 \
	    -artifact_prefix=$(FUZZ_BUILD)/artifacts/$*/ $(FUZZ_BUILD)/corpus/$* $$seeds \
	    >$(FUZZ_BUILD)/logs/$*.log 2>&1; \
	status=$$?; \
	grep -E '^(Done|stat::number_of_executed_units|stat::average_exec_per_sec)' $(FUZZ_BUILD)/logs/$*.log | sed 's/^/fuzz_$*: /'; \
	if [ $$status -ne 0 ]; then echo "fuzz_$*: FAILED (status $$status); see $(FUZZ_BUILD)/logs/$*.log and $(FUZZ_BUILD)/artifacts/$*/"; \
	    grep -E -m3 '^(==[0-9]+==ERROR|SUMMARY|fuzz check failed|.*runtime error)' $(FUZZ_BUILD)/logs/$*.log; fi; \
	exit $$status

# Every saved regression input through its harness, once each (no fuzzing).
fuzz-replay: $(FUZZ_BINS)
	@status=0; for h in $(FUZZ_HARNESSES); do \
	    files=$$(find tests/regressions/$$h -type f ! -name '*.md' 2>/dev/null | sort); \
	    [ -n "$$files" ] || continue; \
	    echo "fuzz_$$h: replaying $$(echo "$$files" | wc -l) inputs"; \
	    ASAN_OPTIONS=$(FUZZ_ASAN_OPTIONS) UBSAN_OPTIONS=$(FUZZ_UBSAN_OPTIONS) \
	    $(FUZZ_BUILD)/fuzz_$$h -runs=1 $$files >$(FUZZ_BUILD)/replay-$$h.log 2>&1 \
	        || { status=1; echo "fuzz_$$h: FAILED, see $(FUZZ_BUILD)/replay-$$h.log"; }; \
	done; exit $$status

fuzz-clean:
	rm -rf $(FUZZ_BUILD)

$(FUZZ_BUILD)/libreadoutdiff.a: $(FUZZ_LIB_OBJ)
	@mkdir -p $(@D)
	ar rcs $@ $^

$(FUZZ_BUILD)/fuzz_%: $(FUZZ_BUILD)/obj/fuzz/fuzz_%.o $(FUZZ_BUILD)/obj/fuzz/fuzz_support.o $(FUZZ_BUILD)/libreadoutdiff.a
	$(FUZZ_CXX) $(FUZZ_CXXFLAGS) -o $@ $^ $(FUZZ_LDLIBS)

# Keep the harness objects (make would delete them as intermediate files).
.SECONDARY: $(FUZZ_HARNESSES:%=$(FUZZ_BUILD)/obj/fuzz/fuzz_%.o) $(FUZZ_BUILD)/obj/fuzz/fuzz_support.o

$(FUZZ_BUILD)/obj/fuzz/fuzz_analyze.o: FUZZ_EXTRA_FLAGS = -DFUZZ_FIXED_READOUT='"$(FUZZ_FIXED_READOUT)"'

$(FUZZ_BUILD)/obj/fuzz/%.o: fuzz/%.cpp
	@mkdir -p $(@D)
	$(FUZZ_CXX) $(FUZZ_CXXFLAGS) $(FUZZ_EXTRA_FLAGS) -c -o $@ $<

$(FUZZ_BUILD)/obj/%.o: src/%.cpp
	@mkdir -p $(@D)
	$(FUZZ_CXX) $(FUZZ_CXXFLAGS) -c -o $@ $<

$(FUZZ_BUILD)/gen/builtin_lexicons.cpp: tools/embed_lexicons.sh $(FUZZ_LEXICONS)
	@mkdir -p $(@D)
	sh tools/embed_lexicons.sh $@ $(FUZZ_LEXICONS)

$(FUZZ_BUILD)/obj/gen/builtin_lexicons.o: $(FUZZ_BUILD)/gen/builtin_lexicons.cpp
	@mkdir -p $(@D)
	$(FUZZ_CXX) $(FUZZ_CXXFLAGS) -c -o $@ $<

# The compiled lexicons are plain data, generated by the Makefile's g++-built tool.
$(FUZZ_BUILD)/obj/gen/builtin_lexicon_data.o: $(BUILD)/gen/builtin_lexicon_data.cpp
	@mkdir -p $(@D)
	$(FUZZ_CXX) $(FUZZ_CXXFLAGS) -c -o $@ $<

ifeq ($(FUZZ_STANDALONE),yes)
$(BUILD)/gen/builtin_lexicon_data.cpp: $(FUZZ_LEXICONS) tools/compile_lexicons.cpp
	@$(MAKE) -f Makefile --no-print-directory $@
endif

# The library, the binary, the unit tests and generate_pairs built by the
# Makefile's own rules into $(ASAN_BUILD)/ (CXXFLAGS from the environment, so
# the Makefile still adds -std=c++20 and the rest), then the whole suite.
asan:
	@$(MAKE) -f Makefile --no-print-directory test-deps
	@CXXFLAGS="$(ASAN_CXXFLAGS)" $(MAKE) -f Makefile --no-print-directory -j$$(nproc) BUILD=$(ASAN_BUILD) STATIC_LINK=no all
	@ASAN_OPTIONS=$(ASAN_OPTIONS_RUN) UBSAN_OPTIONS=$(UBSAN_OPTIONS_RUN) sh tests/run_all.sh $(ASAN_BUILD)
	@# The harnesses build against the library as it is now, and replay what fuzzing found.
	@$(MAKE) -f $(FUZZ_MK) --no-print-directory fuzz-deps
	@$(MAKE) -f $(FUZZ_MK) --no-print-directory -j$$(nproc) fuzz-replay

-include $(shell find $(FUZZ_BUILD)/obj -name '*.d' 2>/dev/null)

# Included: leave the Makefile's default goal alone. Standalone: say what there is.
ifeq ($(FUZZ_STANDALONE),yes)
fuzz-help:
	@sed -n '4,8p' $(FUZZ_MK)
.DEFAULT_GOAL := fuzz-help
else
.DEFAULT_GOAL := $(FUZZ_SAVED_GOAL)
endif
