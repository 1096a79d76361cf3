# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint bench clean translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP)

run: $(STAMP)
	$(BIN)/peerdesk

lint: $(TEST_STAMP)
	$(BIN)/ruff check peerdesk tests bench tools
	$(BIN)/mypy peerdesk
	$(BIN)/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n 2 --dist loadfile

# Translations (resources/i18n): extract every tr()/translate()/QT_TRANSLATE_NOOP text of the UI
# and the English catalogues (peerdesk/domain/messages_en.py, labels_en.py) into the .ts files, copy
# the French read below the UI (peerdesk/domain/messages_fr.py, labels_fr.py) into them (translate
# the other new entries in Qt Linguist or any editor), then compile the .qm files the app loads.
# The .qm files are committed so `make run` works on a fresh clone; tests/ui/test_i18n.py fails
# when a text has no finished French translation or a .qm is stale.
# A text said with a count is one source text with %n (self.tr(text, "", n)), a plural (numerus)
# message: the French .ts gives its singular (0 and 1) and plural forms, and peerdesk_en.ts
# (lupdate -pluralonly: those messages only) its English forms; tests/ui/test_plurals.py checks.
I18N := resources/i18n
LANGUAGES := fr_CA
MESSAGES := peerdesk/domain/messages_en.py peerdesk/domain/labels_en.py
UI_SOURCES = $(sort $(wildcard peerdesk/ui/*.py peerdesk/ui/*/*.py))
translations: $(STAMP)
	for lang in $(LANGUAGES); do \
		$(BIN)/pyside6-lupdate -silent -locations none -no-obsolete -source-language en \
			-target-language $$lang $(UI_SOURCES) $(MESSAGES) -ts $(I18N)/peerdesk_$$lang.ts && \
		$(BIN)/python tools/messages_to_ts.py $(I18N)/peerdesk_$$lang.ts $$lang && \
		$(BIN)/pyside6-lrelease -silent $(I18N)/peerdesk_$$lang.ts -qm $(I18N)/peerdesk_$$lang.qm \
			|| exit 1; \
	done
	$(BIN)/pyside6-lupdate -silent -locations none -no-obsolete -pluralonly -source-language en \
		-target-language en $(UI_SOURCES) $(MESSAGES) -ts $(I18N)/peerdesk_en.ts
	$(BIN)/pyside6-lrelease -silent $(I18N)/peerdesk_en.ts -qm $(I18N)/peerdesk_en.qm

bench: $(STAMP)
	$(BIN)/python bench/unlock.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache

# The frozen one-folder app (installer/README.md): build, self-test, check contents, print size.
# Slow (about a minute) and not part of `make test`. The self-test runs without a network
# (in an empty network namespace) where unshare allows it.
INSTALLER_STAMP := $(VENV)/.installed-installer
INSTALLER_DIST := installer/dist/peerdesk
.PHONY: installer

$(INSTALLER_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[installer]'
	touch $@ $(STAMP)

installer: $(INSTALLER_STAMP)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath installer/dist --workpath installer/build installer/peerdesk.spec
	$(INSTALLER_DIST)/peerdesk --version
	@if unshare -rn true 2>/dev/null; then \
		echo "Self-test of the frozen app, without network:"; \
		unshare -rn $(INSTALLER_DIST)/peerdesk selftest; \
	else \
		$(INSTALLER_DIST)/peerdesk selftest; \
	fi
	$(BIN)/python installer/check_bundle.py $(INSTALLER_DIST)
	du -sh $(INSTALLER_DIST)
