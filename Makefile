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
STATIC_LINK ?= yes
ifeq ($(STATIC_LINK),yes)
LDLIBS    = -no-pie -static-libstdc++ -static-libgcc -Wl,-Bstatic -lboost_program_options -lstemmer \
            -licui18n -licuuc -licudata -lutf8proc -lgumbo -lxxhash -ljemalloc -Wl,-Bdynamic -ldl -lm -lpthread
else
# Recursive (=) so pkg-config runs after `make deps` has installed the packages.
LDLIBS    = -lboost_program_options -lstemmer -lgumbo -lxxhash $(shell pkg-config --libs icu-i18n icu-uc libutf8proc 2>/dev/null)
endif

DEB_PACKAGES := g++ make pkg-config libdtl-dev libboost-program-options-dev doctest-dev \
                libicu-dev libstemmer-dev nlohmann-json3-dev libutf8proc-dev libjemalloc-dev libgumbo-dev libxxhash-dev

BUILD     := build
LIB_SRC   := $(shell find src -name '*.cpp' ! -path 'src/cli/main.cpp' | sort)
LIB_OBJ   := $(LIB_SRC:src/%.cpp=$(BUILD)/obj/%.o) $(BUILD)/obj/gen/builtin_lexicons.o \
             $(BUILD)/obj/gen/builtin_lexicon_data.o
# What tools/compile_lexicons needs of the library: the loader and the tokenizer.
COMPILER_OBJ := $(addprefix $(BUILD)/obj/,error.o io/file_io.o io/system_error.o io/temporary_files.o lexicon/categories.o \
                  lexicon/lexicons.o lexicon/tsv.o segment/tokenizer.o \
                  segment/icu_breaks.o segment/stemmer.o text/unicode.o gen/builtin_lexicons.o)
LEXICONS  := $(sort $(wildcard corpus/lexicons/*.tsv))
TEST_SRC  := $(sort $(wildcard tests/unit/*.cpp))
TEST_OBJ  := $(TEST_SRC:tests/unit/%.cpp=$(BUILD)/obj/tests/%.o)

DEMO_PAIR := corpus/pairs/2023-11-15-biden-xi-woodside

.PHONY: all deps test-deps install-packages demo test eval clean lint
all: $(BUILD)/readoutdiff $(BUILD)/unit_tests $(BUILD)/generate_pairs $(BUILD)/generate_stream

deps:
	@$(MAKE) --no-print-directory install-packages PACKAGES="$(DEB_PACKAGES)"

# Node.js may come from outside Debian (the image's own); only a missing node asks apt for it.
test-deps: deps
	@pkgs="chromium python3 python3-jsonschema"; command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || pkgs="$$pkgs nodejs npm"; \
	$(MAKE) --no-print-directory install-packages PACKAGES="$$pkgs"
	@[ -d tests/browser/node_modules/playwright-core ] || (cd tests/browser && npm ci --no-audit --no-fund --loglevel=error)

install-packages:
	@missing=""; for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" -ne 0 ]; then echo "make deps: run as root (or sudo make deps) to install:$$missing" >&2; exit 1; fi; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	fi

# Rebuilt from scratch: `ar r` on an existing archive would replace members
# by file name. Source file names are unique across src/ for the same reason.
$(BUILD)/libreadoutdiff.a: $(LIB_OBJ)
	@mkdir -p $(@D)
	rm -f $@
	ar rcs $@ $^

# The programs depend on this Makefile too: a change of LDLIBS must relink them.
$(BUILD)/readoutdiff: $(BUILD)/obj/cli/main.o $(BUILD)/libreadoutdiff.a Makefile
	$(CXX) $(CXXFLAGS) -o $@ $(filter-out Makefile,$^) $(LDLIBS) -lpthread

$(BUILD)/unit_tests: $(TEST_OBJ) $(BUILD)/libreadoutdiff.a Makefile
	$(CXX) $(CXXFLAGS) -o $@ $(filter-out Makefile,$^) $(LDLIBS) -lpthread

$(BUILD)/generate_pairs: bench/generate_pairs.cpp bench/generator_words.h
	@mkdir -p $(@D)
	$(CXX) $(CXXFLAGS) -o $@ $<

$(BUILD)/generate_stream: bench/generate_stream.cpp bench/generator_words.h
	@mkdir -p $(@D)
	$(CXX) $(CXXFLAGS) -o $@ $<

$(BUILD)/obj/%.o: src/%.cpp
	@mkdir -p $(@D)
	$(CXX) $(CXXFLAGS) -c -o $@ $<

$(BUILD)/obj/tests/%.o: tests/unit/%.cpp
	@mkdir -p $(@D)
	$(CXX) $(CXXFLAGS) -DREADOUTDIFF_SOURCE_DIR='"$(CURDIR)"' -c -o $@ $<

$(BUILD)/gen/builtin_lexicons.cpp: tools/embed_lexicons.sh $(LEXICONS)
	@mkdir -p $(@D)
	sh tools/embed_lexicons.sh $@ $(LEXICONS)

$(BUILD)/tools/compile_lexicons: tools/compile_lexicons.cpp $(COMPILER_OBJ) Makefile
	@mkdir -p $(@D)
	$(CXX) $(CXXFLAGS) -o $@ $(filter-out Makefile,$^) $(LDLIBS)

$(BUILD)/gen/builtin_lexicon_data.cpp: $(BUILD)/tools/compile_lexicons
	@mkdir -p $(@D)
	$(BUILD)/tools/compile_lexicons $@

$(BUILD)/obj/gen/%.o: $(BUILD)/gen/%.cpp
	@mkdir -p $(@D)
	$(CXX) $(CXXFLAGS) -c -o $@ $<

demo:
	@$(MAKE) --no-print-directory deps
	@$(MAKE) --no-print-directory -j$$(nproc) all
	$(BUILD)/readoutdiff compare $(DEMO_PAIR)/us.txt $(DEMO_PAIR)/prc.txt

test:
	@$(MAKE) --no-print-directory test-deps
	@$(MAKE) --no-print-directory -j$$(nproc) all
	@sh tests/run_all.sh $(BUILD)

eval:
	@$(MAKE) --no-print-directory deps
	@$(MAKE) --no-print-directory -j$$(nproc) all
	$(BUILD)/readoutdiff eval corpus/pairs/*/gold.json --real ../shared/corpus-real/pairs --real-gold corpus/real-gold
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
