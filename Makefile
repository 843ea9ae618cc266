# Thin wrapper over CMake. `make demo` and `make test` do all set-up on a fresh Debian machine.
BUILD      ?= build
ASAN_BUILD ?= build-asan
JOBS       ?= $(shell nproc)
CMAKE_ARGS ?=

.PHONY: all deps build test test-plain test-asan demo bench clean

all: build

deps:
	scripts/install-deps

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_ARGS)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

test-plain: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

$(ASAN_BUILD)/CMakeCache.txt:
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DCLAIMLINE_SANITIZE=ON $(CMAKE_ARGS)

test-asan: deps $(ASAN_BUILD)/CMakeCache.txt
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --test-dir $(ASAN_BUILD) --output-on-failure -j $(JOBS)

test: test-plain test-asan

# Fuzzing (clang + libFuzzer, fuzz/): each target over its regression inputs, then
# FUZZ_SECONDS of fuzzing each (`make fuzz-smoke`), or FUZZ_HOURS each (`make fuzz`).
FUZZ_BUILD   ?= build-fuzz
FUZZ_SECONDS ?= 30
FUZZ_HOURS   ?= 4
.PHONY: fuzz fuzz-smoke fuzz-build
test: fuzz-smoke

$(FUZZ_BUILD)/CMakeCache.txt:
	CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMLINE_BUILD_FUZZ=ON \
	  -DCLAIMLINE_BUILD_TESTS=OFF -DCLAIMLINE_BUILD_BENCH=OFF -DCLAIMLINE_BUILD_TOOLS=OFF $(CMAKE_ARGS)

fuzz-build: deps $(FUZZ_BUILD)/CMakeCache.txt
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzz_readers fuzz_extract

fuzz-smoke: fuzz-build
	fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS)

fuzz: fuzz-build
	fuzz/run.sh $(FUZZ_BUILD) $$(( $(FUZZ_HOURS) * 3600 ))

# The tour: ingest the sample corpus (and the seed article when ../shared/seed is there),
# track the encirclement claim, show where two outlets part ways and what was known on
# 14 March, write report.html, and end with the claim's timeline.
demo: build
	rm -f demo.db demo.db-wal demo.db-shm report.html
	$(BUILD)/claimline --db demo.db init
	$(BUILD)/claimline --db demo.db ingest sample_articles
	if [ -f "../shared/seed/article.txt" ]; then $(BUILD)/claimline --db demo.db ingest "../shared/seed/article.txt"; \
	else echo "(no ../shared/seed/article.txt: the demo uses sample_articles only)"; fi
	$(BUILD)/claimline --db demo.db outlets --format table
	$(BUILD)/claimline --db demo.db articles --format table
	$(BUILD)/claimline --db demo.db claims add "Ukrainian troops are encircled in the Kursk region"
	$(BUILD)/claimline --db demo.db claims scan
	@echo; echo "== Where Northern Ledger and Harbor Post part ways (re-dated call, misquote) =="
	$(BUILD)/claimline --db demo.db diff "Northern Ledger" "Harbor Post" --claim 1 --format table
	$(BUILD)/claimline --db demo.db diff "Northern Ledger" "Harbor Post" --search Witkoff --format table
	@echo; echo "== As of 11 March, the day before the first denial (Syrskyi, 12 March): nothing denies it yet =="
	$(BUILD)/claimline --db demo.db timeline --claim 1 --as-of 2025-03-11 --format table
	@echo; echo "== As of 14 March: Trump's assertion and Kyiv's first hints, before the explicit denials of 15 March =="
	$(BUILD)/claimline --db demo.db timeline --claim 1 --as-of 2025-03-14 --format table
	$(BUILD)/claimline --db demo.db report --html report.html
	@echo; echo "== The claim's timeline (report.html has it drawn, with the diffs below) =="
	$(BUILD)/claimline --db demo.db timeline --claim 1 --format table

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
