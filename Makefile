# ftpy build. `make` builds the release interpreter ./ftpy (-O2).
#   make debug | tsan | asan   other variants, each under build/<variant>/
#   make fuzz                  libFuzzer targets under build/fuzz/fuzz/
#   make test                  the whole suite (tests/run.sh)
#   make bench                 runtime micro-benchmarks
#   make bench-py              Python benchmark programs, ftpy vs CPython (bench/run.sh)
#   make demo                  the main job: CPU-bound threads and their speed-up
# Every variant builds warning-free with -Wall -Wextra under gcc and clang
# (WERROR=1 makes warnings fatal; CI sets it).

BUILD ?= release
CC ?= cc
ifeq ($(origin CC),default)
CC := cc
endif
SAN_CC ?= $(shell command -v clang >/dev/null 2>&1 && echo clang || echo cc)

WARN := -Wall -Wextra -Wno-unused-parameter -Wshadow -Wstrict-prototypes
ifeq ($(WERROR),1)
WARN += -Werror
endif
BASE_CFLAGS := -std=c11 -D_GNU_SOURCE -pthread $(WARN) -Isrc -Isrc/runtime
LIBS := -lmimalloc -lgmp -lm -pthread

ifeq ($(BUILD),release)
VCC := $(CC)
VFLAGS := -O2 -g -DNDEBUG
else ifeq ($(BUILD),debug)
VCC := $(CC)
VFLAGS := -O0 -g3 -DFT_DEBUG
else ifeq ($(BUILD),tsan)
VCC := $(SAN_CC)
VFLAGS := -O1 -g -fsanitize=thread -DFT_DEBUG -DFT_TSAN
else ifeq ($(BUILD),asan)
VCC := $(SAN_CC)
VFLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined \
          -fno-sanitize-recover=undefined -DFT_DEBUG -DFT_ASAN
else ifeq ($(BUILD),fuzz)
VCC := $(SAN_CC)
VFLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined,fuzzer-no-link \
          -fno-sanitize-recover=undefined -DFT_DEBUG -DFT_ASAN
else
$(error unknown BUILD=$(BUILD): use release, debug, tsan, asan or fuzz)
endif

ALL_CFLAGS := $(BASE_CFLAGS) $(VFLAGS) $(CFLAGS)
O := build/$(BUILD)

LIB_SRCS := $(sort $(wildcard src/runtime/*.c src/objects/*.c src/compiler/*.c \
                               src/vm/*.c src/modules/*.c))
LIB_OBJS := $(LIB_SRCS:%.c=$(O)/%.o)
MAIN_SRCS := $(sort $(wildcard src/main/*.c))
MAIN_OBJ := $(MAIN_SRCS:%.c=$(O)/%.o)
UNIT_SRCS := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BINS := $(UNIT_SRCS:tests/unit/%.c=$(O)/tests/%)
BENCH_SRCS := $(sort $(wildcard bench/*.c))
BENCH_BINS := $(BENCH_SRCS:bench/%.c=$(O)/bench/%)
FUZZ_SRCS := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BINS := $(FUZZ_SRCS:tests/fuzz/%.c=$(O)/fuzz/%)
TOOL_SRCS := $(sort $(wildcard tools/*.c))
TOOL_BINS := $(TOOL_SRCS:tools/%.c=$(O)/tools/%)
LIB := $(O)/libftpy.a

# Keep object files of tests, tools and benchmarks (no intermediate deletion).
.SECONDARY:

.PHONY: all variant debug tsan asan fuzz fuzz-variant test bench bench-py demo clean
all: variant
ifeq ($(BUILD),release)
	@ln -sf $(O)/ftpy ftpy
endif

variant: $(O)/ftpy $(UNIT_BINS) $(BENCH_BINS) $(TOOL_BINS)

debug tsan asan:
	@$(MAKE) --no-print-directory BUILD=$@ variant

# libFuzzer targets (clang): make fuzz, then build/fuzz/fuzz_frontend DIR...
fuzz:
	@$(MAKE) --no-print-directory BUILD=fuzz fuzz-variant

fuzz-variant: $(FUZZ_BINS)

$(O)/fuzz/%: $(O)/tests/fuzz/%.o $(LIB)
	@mkdir -p $(dir $@)
	$(VCC) $(ALL_CFLAGS) -fsanitize=fuzzer $^ $(LIBS) -o $@

$(O)/%.o: %.c
	@mkdir -p $(dir $@)
	$(VCC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

$(LIB): $(LIB_OBJS)
	@mkdir -p $(dir $@)
	@rm -f $@
	ar rcs $@ $^

$(O)/ftpy: $(MAIN_OBJ) $(LIB)
	$(VCC) $(ALL_CFLAGS) $^ $(LIBS) -o $@

$(O)/tests/%: $(O)/tests/unit/%.o $(LIB)
	@mkdir -p $(dir $@)
	$(VCC) $(ALL_CFLAGS) $^ $(LIBS) -o $@

$(O)/bench/%: $(O)/bench/%.o $(LIB)
	@mkdir -p $(dir $@)
	$(VCC) $(ALL_CFLAGS) $^ $(LIBS) -o $@

$(O)/tools/%: $(O)/tools/%.o $(LIB)
	@mkdir -p $(dir $@)
	$(VCC) $(ALL_CFLAGS) $^ $(LIBS) -o $@

test: all
	@bash tests/run.sh

bench: all
	@for b in $(BENCH_BINS); do $$b; done

bench-py: all
	@bash bench/run.sh

demo: all
	@bash demo/run.sh

clean:
	rm -rf build ftpy

-include $(LIB_OBJS:.o=.d) $(MAIN_OBJ:.o=.d) $(UNIT_BINS:$(O)/tests/%=$(O)/tests/unit/%.d) $(BENCH_BINS:%=%.d) $(TOOL_BINS:%=%.d) $(FUZZ_BINS:$(O)/fuzz/%=$(O)/tests/fuzz/%.d)
