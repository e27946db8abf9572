# Stocktake: `make demo` runs the platform with demo data, `make test` runs every test.
PYTHON ?= python3
VENV ?= .venv
PORT ?= 8000
BIN := $(VENV)/bin
# The PostgreSQL server tests run against; pytest-django creates and drops test_<name> on it.
STOCKTAKE_TEST_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/stocktake
PYTEST_WORKERS ?= 2
# Interface translations: .po files are in git, .mo files are compiled from them by `make install`.
# The project catalogue is src/stocktake/locale; an app with its own locale/ folder keeps its strings there.
LANGUAGES := en fr es ar zh_Hans ru tr
PO_FILES := $(wildcard src/stocktake/locale/*/LC_MESSAGES/django.po src/stocktake/*/locale/*/LC_MESSAGES/django.po)
MO_FILES := $(PO_FILES:.po=.mo)

.PHONY: install demo serve test test-sqlite test-postgres test-browser lint messages translations-todo check-deploy clean

$(BIN)/.installed: pyproject.toml requirements/lock.txt
	./scripts/system-deps.sh base
	[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c requirements/lock.txt -e ".[test]"
	touch $@

install: $(BIN)/.installed $(MO_FILES)

$(MO_FILES): %.mo: %.po | $(BIN)/.installed
	msgfmt --check-format -o $@ $<

# Re-extract every translatable string from the code into the .po files (after merging new features),
# compile them, and list what is left to translate in var/translations-todo.json (see README).
messages: install
	cd src/stocktake && STOCKTAKE_DATA_DIR="$(CURDIR)/var" "$(CURDIR)/$(BIN)/stocktake" makemessages \
		--no-obsolete --no-wrap --add-location=file $(foreach l,$(LANGUAGES),-l $(l)) -v0
	$(MAKE) --no-print-directory install
	$(MAKE) --no-print-directory translations-todo

translations-todo: install
	@mkdir -p var
	$(BIN)/python scripts/translations_todo.py > var/translations-todo.json
	@echo "Strings to translate: var/translations-todo.json; fill in msgstr, then run" \
		"$(BIN)/python scripts/apply_translations.py var/translations-todo.json && make install"

demo: install
	$(BIN)/stocktake demo --serve --port $(PORT)

serve: install
	$(BIN)/stocktake serve --port $(PORT)

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

test: install
	./scripts/system-deps.sh test
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/python -m stocktake.cli makemigrations --check --dry-run
	$(MAKE) test-sqlite
	$(MAKE) test-postgres

# The browser tests (tests/browser, marked `browser`) run here, once: they serve the site from their own
# SQLite file whatever database the run uses. `--dist loadgroup` keeps them on one worker, so Chromium
# and their servers start once while the other worker runs the rest.
test-sqlite: install
	STOCKTAKE_DATA_DIR=var/test $(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadgroup -p no:cacheprovider

test-browser: install
	./scripts/system-deps.sh test
	STOCKTAKE_DATA_DIR=var/test $(BIN)/pytest -p no:cacheprovider -m browser

test-postgres: install
	@$(BIN)/python scripts/wait_for_postgres.py "$(STOCKTAKE_TEST_DATABASE_URL)"
	STOCKTAKE_DATA_DIR=var/test STOCKTAKE_DATABASE_URL="$(STOCKTAKE_TEST_DATABASE_URL)" \
		$(BIN)/pytest -n $(PYTEST_WORKERS) -p no:cacheprovider -m "not browser"

check-deploy: install
	STOCKTAKE_SECRET_KEY=$$($(BIN)/python -c "import secrets; print(secrets.token_urlsafe(60))") \
		DJANGO_SETTINGS_MODULE=stocktake.settings.production $(BIN)/stocktake check --deploy --fail-level WARNING

clean:
	rm -rf $(VENV) var
