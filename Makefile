# readoutdiff: `make demo` and `make test` work on a fresh Debian 12 machine;
# both install the missing Debian packages first (make deps).

CXX      ?= g++
# ccache when present: a rebuild after `git checkout` or `make clean` reuses
# every object whose preprocessed source has not changed.
ifneq ($(shell command -v ccache 2>/dev/null),)
ifeq ($(filter ccache%,$(CXX)),)
override CXX := ccache $(CXX)
endif
endif
CXXFLAGS ?= -O2 -g
CXXFLAGS += -std=c++20 -Wall -Wextra -Wpedantic -Isrc -MMD -MP
# Static where Debian ships the archives: resolving the shared libraries' symbols
# was a sixth of a typical 30-sentence run. Not position-independent: a PIE this
# size has 36,000 relocations to apply, and pages to touch, at every start.
# jemalloc replaces glibc's malloc: at 100,000 sentences a side the pipeline
# frees millions of small strings: 9.4 s wall (11.6 s CPU) with glibc's malloc,
# 7.0 s (8.8 s CPU) with jemalloc, back to back; it costs about 0.3 ms at start-up. STATIC_LINK=no links
# dynamically and keeps glibc's malloc (the sanitizer build does: ASan brings
# its own allocator).
# ICU's data is only what the tool uses (tools/icu_data_items.txt: the English
# break rules, 45 kB of Debian's 31 MB libicudata), linked in both ways, so
# every build segments alike. --gc-sections drops the unused parts of the
# static libraries built with one section per function (ICU's): 0.6 MB.
STATIC_LINK ?= yes
ICU_DATA   = $(BUILD)/icu/icudata.o
ifeq ($(STATIC_LINK),yes)
LDLIBS    = -no-pie -static-libstdc++ -static-libgcc -Wl,--gc-sections $(ICU_DATA) \
            -Wl,-Bstatic -lboost_program_options -lstemmer -licuuc -lutf8proc -lgumbo -lxxhash -ljemalloc \
            -Wl,-Bdynamic -ldl -lm -lpthread
else
# Recursive (=) so pkg-config runs after `make deps` has installed the packages.
LDLIBS    = $(ICU_DATA) -lboost_program_options -lstemmer -lgumbo -lxxhash $(shell pkg-config --libs icu-uc libutf8proc 2>/dev/null)
endif

DEB_PACKAGES := g++ make pkg-config libdtl-dev libboost-program-options-dev doctest-dev \
                libicu-dev icu-devtools libstemmer-dev nlohmann-json3-dev libutf8proc-dev libjemalloc-dev libgumbo-dev libxxhash-dev

BUILD     := build
# The White House archive readouts that corpus/real-gold/whitehouse-archive annotates (tools/archive_readouts.sh).
WH_ARCHIVE ?= ../wh-archive
LIB_SRC   := $(shell find src -name '*.cpp' ! -path 'src/cli/main.cpp' | sort)
LIB_OBJ   := $(LIB_SRC:src/%.cpp=$(BUILD)/obj/%.o) $(BUILD)/obj/gen/builtin_lexicons.o \
             $(BUILD)/obj/gen/builtin_lexicon_data.o $(BUILD)/obj/gen/build_info.o
# What tools/compile_lexicons needs of the library: the loader and the tokenizer.
COMPILER_OBJ := $(addprefix $(BUILD)/obj/,error.o io/file_io.o io/system_error.o io/temporary_files.o lexicon/categories.o \
                  lexicon/lexicons.o lexicon/tsv.o segment/tokenizer.o \
                  segment/icu_breaks.o segment/stemmer.o text/inflection.o text/unicode.o gen/builtin_lexicons.o)
LEXICONS  := $(sort $(wildcard corpus/lexicons/*.tsv))
TEST_SRC  := $(sort $(wildcard tests/unit/*.cpp))
TEST_OBJ  := $(TEST_SRC:tests/unit/%.cpp=$(BUILD)/obj/tests/%.o)

DEMO_PAIR := corpus/pairs/2023-11-15-biden-xi-woodside

.PHONY: all deps test-deps install-packages demo test eval clean lint
all: $(BUILD)/readoutdiff $(BUILD)/unit_tests $(BUILD)/generate_pairs $(BUILD)/generate_stream $(BUILD)/tokenize_only

deps:
	@$(MAKE) --no-print-directory install-packages PACKAGES="$(DEB_PACKAGES)"

# Node.js may come from outside Debian (the image's own); only a missing node asks apt for it.
# The package test builds the .deb (debhelper, build-essential) and checks it (lintian), the
# installed man page (man-db) and the completions (bash-completion, zsh); every JSON the
# suite writes is validated against schema/ (python3-jsonschema).
TEST_PACKAGES := chromium python3 python3-jsonschema build-essential debhelper lintian man-db bash-completion zsh
test-deps: deps
	@pkgs="$(TEST_PACKAGES)"; command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || pkgs="$$pkgs nodejs npm"; \
	$(MAKE) --no-print-directory install-packages PACKAGES="$$pkgs"
	@[ -d tests/browser/node_modules/playwright-core ] || (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)

# A package counts as present only when installed (not when removed with its
# configuration left). apt-get's whole output goes to $(BUILD)/apt-get.log; what
# shows is how much it downloads, then one line per package as it is set up
# (dependencies included).
install-packages:
	@missing=""; for p in $(PACKAGES); do \
	  dpkg-query -W -f '$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" -ne 0 ]; then echo "make deps: run as root (or sudo make deps) to install:$$missing" >&2; exit 1; fi; \
	  mkdir -p $(BUILD); log=$(BUILD)/apt-get.log; \
	  { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing; echo "apt-get status $$?"; } \
	      >$$log 2>&1 & \
	  tail -n +1 -f --pid=$$! $$log | sed -n -u 's/^Need to get \(.*\) of archives\./  \1 to download/p; s/^Setting up \([^ ]*\) (\([^)]*\)).*/  installed \1 \2/p'; \
	  status=$$(sed -n 's/^apt-get status //p' $$log); \
	  if [ "$$status" != 0 ]; then tail -20 $$log >&2; echo "apt-get failed; its output is in $$log" >&2; exit 1; fi; \
	fi

# Rebuilt from scratch: `ar r` on an existing archive would replace members
# by file name. Source file names are unique across src/ for the same reason.
$(BUILD)/libreadoutdiff.a: $(LIB_OBJ)
	@mkdir -p $(@D)
	rm -f $@
	ar rcs $@ $^

# The programs depend on this Makefile too: a change of LDLIBS must relink them.
# The debug info goes to readoutdiff.debug beside the binary (gdb and
# valgrind find it through the binary's .gnu_debuglink); SPLIT_DEBUG=no
# keeps it in the binary (the Debian build: dh_strip makes the -dbgsym package).
SPLIT_DEBUG ?= yes
OBJCOPY     ?= objcopy
$(BUILD)/readoutdiff: $(BUILD)/obj/cli/main.o $(BUILD)/libreadoutdiff.a $(ICU_DATA) Makefile
	$(CXX) $(CXXFLAGS) $(LDFLAGS) -o $@ $(filter-out Makefile $(ICU_DATA),$^) $(LDLIBS) -lpthread
ifeq ($(SPLIT_DEBUG),yes)
	$(OBJCOPY) --only-keep-debug $@ $@.debug
	$(OBJCOPY) --strip-debug --add-gnu-debuglink=$@.debug $@
endif

$(BUILD)/unit_tests: $(TEST_OBJ) $(BUILD)/libreadoutdiff.a $(ICU_DATA) Makefile
	$(CXX) $(CXXFLAGS) $(LDFLAGS) -o $@ $(filter-out Makefile $(ICU_DATA),$^) $(LDLIBS) -lpthread

$(BUILD)/generate_pairs: bench/generate_pairs.cpp bench/generator_words.h
	@mkdir -p $(@D)
	$(CXX) $(CXXFLAGS) -o $@ $<

$(BUILD)/generate_stream: bench/generate_stream.cpp bench/generator_words.h
	@mkdir -p $(@D)
	$(CXX) $(CXXFLAGS) -o $@ $<

# Precompiled headers (tools/pch/): each file is compiled with one, by -include:
# the standard headers (0.45 s less parsing a file), nlohmann/json with them for
# the files that include it (1.7 s more), doctest with them for the unit tests.
# Boost.Program_options has none: one file includes it, and precompiling costs
# what parsing it there once does. A .gch is built with the flags of the files
# that use it (g++ refuses it otherwise; -Winvalid-pch says so).
PCH_SRC   := $(wildcard tools/pch/*.h)
JSON_OBJ  := $(patsubst src/%.cpp,$(BUILD)/obj/%.o,$(shell grep -l '<nlohmann/json.hpp>' $(LIB_SRC)))
PCH        = $(BUILD)/pch/std.h
$(JSON_OBJ): PCH = $(BUILD)/pch/json.h
$(filter-out $(BUILD)/obj/tests/main.o,$(TEST_OBJ)): PCH = $(BUILD)/pch/unit_tests.h
PCH_FLAGS  = -include $(PCH) -Winvalid-pch
# ccache caches files compiled with a precompiled header only when told that
# its macros and time stamps may be trusted.
ifneq ($(filter ccache%,$(CXX)),)
export CCACHE_SLOPPINESS := pch_defines,time_macros,$(shell ccache --get-config sloppiness 2>/dev/null)
endif

# Kept: make would delete them as intermediate files, and every object depends on them.
.PRECIOUS: $(BUILD)/pch/%.h $(BUILD)/pch/%.h.gch
$(BUILD)/pch/%.h: tools/pch/%.h
	@mkdir -p $(@D)
	cp $< $@

$(BUILD)/pch/%.h.gch: $(BUILD)/pch/%.h $(addprefix $(BUILD)/pch/,$(notdir $(PCH_SRC)))
	$(CXX) $(CPPFLAGS) $(CXXFLAGS) -x c++-header -c -o $@ $<

$(BUILD)/obj/%.o: src/%.cpp $(BUILD)/pch/std.h.gch
	@mkdir -p $(@D)
	$(CXX) $(CPPFLAGS) $(CXXFLAGS) $(PCH_FLAGS) -c -o $@ $<

$(JSON_OBJ): $(BUILD)/pch/json.h.gch

# The headers never name READOUTDIFF_SOURCE_DIR, so the unit tests' -D leaves their .gch usable.
$(BUILD)/obj/tests/%.o: tests/unit/%.cpp $(BUILD)/pch/std.h.gch $(BUILD)/pch/unit_tests.h.gch
	@mkdir -p $(@D)
	$(CXX) $(CPPFLAGS) $(CXXFLAGS) $(PCH_FLAGS) -DREADOUTDIFF_SOURCE_DIR='"$(CURDIR)"' -c -o $@ $<

$(BUILD)/gen/builtin_lexicons.cpp: tools/embed_lexicons.sh $(LEXICONS)
	@mkdir -p $(@D)
	sh tools/embed_lexicons.sh $@ $(LEXICONS)

$(BUILD)/tools/compile_lexicons: tools/compile_lexicons.cpp $(COMPILER_OBJ) $(ICU_DATA) Makefile
	@mkdir -p $(@D)
	$(CXX) $(CPPFLAGS) $(CXXFLAGS) $(LDFLAGS) -o $@ $(filter-out Makefile $(ICU_DATA),$^) $(LDLIBS)

$(BUILD)/gen/builtin_lexicon_data.cpp: $(BUILD)/tools/compile_lexicons
	@mkdir -p $(@D)
	$(BUILD)/tools/compile_lexicons $@

$(BUILD)/obj/gen/%.o: $(BUILD)/gen/%.cpp
	@mkdir -p $(@D)
	$(CXX) $(CPPFLAGS) $(CXXFLAGS) -c -o $@ $<

# The commit built from (tools/build_info.sh rewrites the file only when the
# commit changed, so an unchanged tree relinks nothing).
$(BUILD)/gen/build_info.cpp: FORCE
	@mkdir -p $(@D)
	@sh tools/build_info.sh $@

# Debian's libicudata.a cut down to tools/icu_data_items.txt (icupkg, genccode).
ICU_LIBDIR = $(shell pkg-config --variable=libdir icu-uc 2>/dev/null)
$(ICU_DATA): tools/icu_data.sh tools/icu_data_items.txt
	@mkdir -p $(@D)
	sh tools/icu_data.sh $(ICU_LIBDIR)/libicudata.a tools/icu_data_items.txt $@

.PHONY: FORCE
FORCE:

# The demo needs only the binary, not the unit tests.
demo:
	@$(MAKE) --no-print-directory deps
	@$(MAKE) --no-print-directory -j$$(nproc) $(BUILD)/readoutdiff
	$(BUILD)/readoutdiff compare $(DEMO_PAIR)/us.txt $(DEMO_PAIR)/prc.txt

test:
	@$(MAKE) --no-print-directory test-deps
	@$(MAKE) --no-print-directory -j$$(nproc) all
	@sh tests/run_all.sh $(BUILD)

eval:
	@$(MAKE) --no-print-directory deps
	@$(MAKE) --no-print-directory -j$$(nproc) all
	$(BUILD)/readoutdiff eval corpus/pairs/*/gold.json --real ../shared/corpus-real/pairs --real-gold corpus/real-gold
	@# Speakers, agreements and meeting words on the annotated White House readouts (tune).
	python3 tools/whitehouse_eval.py --bin $(BUILD)/readoutdiff
	@# Speakers, agreements and meeting words on White House readouts of meetings with other governments (tune, two
	@# annotators); their texts come from the public archive (tools/archive_readouts.sh), skipped where absent.
	python3 tools/whitehouse_eval.py --bin $(BUILD)/readoutdiff --real $(WH_ARCHIVE) \
		--gold corpus/real-gold/whitehouse-archive/A --second corpus/real-gold/whitehouse-archive/B
	@# ... and more of them, split heldout: measured, never tuned on.
	python3 tools/whitehouse_eval.py --bin $(BUILD)/readoutdiff --real $(WH_ARCHIVE) \
		--gold corpus/real-gold/whitehouse-archive/heldout/A --second corpus/real-gold/whitehouse-archive/heldout/B
	@# Speakers, agreements and meeting words on the PRC sides of the written pairs (two annotators; tune, then heldout).
	python3 tools/whitehouse_eval.py --bin $(BUILD)/readoutdiff --real corpus/pairs --gold corpus/prc-gold/A \
		--second corpus/prc-gold/B --label "PRC sides of the written pairs"
	python3 tools/whitehouse_eval.py --bin $(BUILD)/readoutdiff --real corpus/pairs --gold corpus/prc-gold/heldout/A \
		--second corpus/prc-gold/heldout/B --label "PRC sides of the written pairs"
	@# Speakers when the lexicon knows no official by name but the heads of state: how the tool fares on
	@# officials it has never seen, with only what each readout says of them (tools/leaders_only_lexicons.sh).
	sh tools/leaders_only_lexicons.sh corpus/lexicons $(BUILD)/leaders-only-lexicons
	$(BUILD)/readoutdiff eval corpus/pairs/*/gold.json --real ../shared/corpus-real/pairs --real-gold corpus/real-gold \
		--lexicons $(BUILD)/leaders-only-lexicons | sed -n -E '/^(tune|real|all) \(|^speaker sides/p'
	python3 tools/whitehouse_eval.py --bin $(BUILD)/readoutdiff --lexicons $(BUILD)/leaders-only-lexicons \
		--label "White House readouts, leaders-only lexicon" | sed '/^  [am]/d'
	python3 tools/whitehouse_eval.py --bin $(BUILD)/readoutdiff --lexicons $(BUILD)/leaders-only-lexicons --real corpus/pairs \
		--gold corpus/prc-gold/A --label "PRC sides of the written pairs, leaders-only lexicon" | sed '/^  [am]/d'
	@# Pairing (readoutdiff pair): the real readouts with distractors (skipped without ../shared), the corpus, a stream.
	python3 tools/pair_eval.py --bin $(BUILD)/readoutdiff

clean:
	rm -rf $(BUILD)

# clang-tidy on every C++ source, with the checks of .clang-tidy (each one
# justified there); any finding fails. LINT_JOBS files at a time.
LINT_TIDY  ?= clang-tidy-14
LINT_JOBS  ?= 2
# test_word_diff.cpp captures structured bindings in lambdas (C++20, which
# g++ 12 compiles and clang 14 does not yet), so clang-tidy 14 cannot parse it.
LINT_SRC   := $(filter-out tests/unit/test_word_diff.cpp,$(sort $(shell find src tests/unit tools bench fuzz -name '*.cpp')))
LINT_FLAGS := -std=c++20 -Isrc -Ifuzz -DREADOUTDIFF_SOURCE_DIR='"."' -DFUZZ_FIXED_READOUT='"."'
lint:
	@$(MAKE) --no-print-directory install-packages PACKAGES="clang-tidy $(filter-out g++ make,$(DEB_PACKAGES))"
	@mkdir -p $(BUILD)
	@echo "clang-tidy: $(words $(LINT_SRC)) files"
	@printf '%s\n' $(LINT_SRC) | xargs -P$(LINT_JOBS) -I{} $(LINT_TIDY) --quiet {} -- $(LINT_FLAGS) >$(BUILD)/lint.log 2>&1; \
	status=$$?; \
	grep -v -E '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$$|^Suppressed [0-9]+ warnings|^Use -header-filter' $(BUILD)/lint.log; \
	if [ $$status -ne 0 ]; then echo "make lint: clang-tidy findings above (status $$status)"; exit 1; fi; \
	echo "clang-tidy: no findings"

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)

# make install, make uninstall and make deb (dist/install.mk; packaging in debian/).
include dist/install.mk

# Benchmarks (bench/bench.mk) install the peers they compare against first.
.PHONY: bench-deps
bench-deps: deps
	@$(MAKE) --no-print-directory install-packages PACKAGES="python3 git wdiff hyperfine valgrind linux-perf time"
bench: bench-deps
include bench/bench.mk

# Hardening (fuzz/fuzz.mk): `make asan` runs the whole suite under
# AddressSanitizer and UndefinedBehaviorSanitizer; `make fuzz FUZZ_SECONDS=N`
# runs each libFuzzer harness for N seconds.
include fuzz/fuzz.mk
