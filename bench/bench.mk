# `make bench`: readoutdiff and the tools users would otherwise pick, side by
# side on the same generated inputs, in one run (issue 8). Prints one table and
# writes it to bench/RESULTS.md; scratch files go to $(BUILD)/bench/.
#
# Works two ways:
#   include bench/bench.mk            in the top-level Makefile (top or bottom), then `make bench`
#   make -f bench/bench.mk [BUILD=build-bench] bench      standalone, from the repository root
# BENCH_ARGS passes options to bench/run_bench.py, e.g. BENCH_ARGS="--sizes 30,1000 --no-batch --no-profile".
# `readoutdiff pair` over 10,000 generated readouts is one more row (--no-pair skips it).

ifndef READOUTDIFF_BENCH_MK
READOUTDIFF_BENCH_MK := 1

ifeq ($(notdir $(firstword $(MAKEFILE_LIST))),bench.mk)
# Standalone: run make again with the top-level Makefile, which has the library's
# rules and flags, and this file (the guard above skips it if the Makefile includes it).
BUILD ?= build
.DEFAULT_GOAL := bench
.PHONY: bench bench-build
bench bench-build:
	@$(MAKE) --no-print-directory -f Makefile -f bench/bench.mk BUILD=$(BUILD) $@

else
# Included: this file may come before the Makefile's own definitions, so nothing
# here may take the default goal, and BUILD gets the Makefile's default.
bench_saved_goal := $(.DEFAULT_GOAL)
BUILD ?= build
BENCH_LDLIBS = $(or $(LDLIBS),-lboost_program_options -lstemmer $(shell pkg-config --libs icu-i18n icu-uc libutf8proc 2>/dev/null))

.PHONY: bench bench-build
bench-build: $(BUILD)/readoutdiff $(BUILD)/generate_pairs $(BUILD)/generate_stream $(BUILD)/tokenize_only bench-links

bench: bench-build
	python3 bench/run_bench.py --build $(BUILD) --results bench/RESULTS.md --cxx "$(CXX)" --cxxflags "$(CXXFLAGS)" $(BENCH_ARGS)

$(BUILD)/tokenize_only: bench/tokenize_only.cpp $(BUILD)/libreadoutdiff.a $(ICU_DATA) Makefile
	@mkdir -p $(@D)
	$(CXX) $(or $(CXXFLAGS),-O2 -g) -std=c++20 -Isrc -o $@ $< $(BUILD)/libreadoutdiff.a $(BENCH_LDLIBS) -lpthread

# The same objects linked the two other ways issue 18 weighed, to compare size and
# start-up with the shipped binary: with ICU's full data and no --gc-sections (the
# link before it), and with ICU as shared libraries.
.PHONY: bench-links
ifeq ($(STATIC_LINK),yes)
bench_comma := ,
bench-links: $(BUILD)/bench/readoutdiff-full-icu-data $(BUILD)/bench/readoutdiff-dynamic-icu
$(BUILD)/bench/readoutdiff-full-icu-data: $(BUILD)/obj/cli/main.o $(BUILD)/libreadoutdiff.a Makefile
	@mkdir -p $(@D)
	$(CXX) $(CXXFLAGS) -o $@ $(BUILD)/obj/cli/main.o $(BUILD)/libreadoutdiff.a \
	    $(patsubst -licuuc,-licuuc -licudata,$(filter-out $(ICU_DATA) -Wl$(bench_comma)--gc-sections,$(LDLIBS))) -lpthread
$(BUILD)/bench/readoutdiff-dynamic-icu: $(BUILD)/obj/cli/main.o $(BUILD)/libreadoutdiff.a Makefile
	@mkdir -p $(@D)
	$(CXX) $(CXXFLAGS) -o $@ $(BUILD)/obj/cli/main.o $(BUILD)/libreadoutdiff.a \
	    $(filter-out $(ICU_DATA) -licuuc,$(LDLIBS)) -licuuc -licudata -lpthread
else
bench-links:
endif

# Clearing .DEFAULT_GOAL hands it to the next rule read (the Makefile's `all`).
.DEFAULT_GOAL := $(bench_saved_goal)
endif

endif
