# Set-up, run and test Cluster CRM. `make run` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := resources/translations/cluster_crm_fr.ts
QM := resources/translations/cluster_crm_fr.qm

.PHONY: setup run test dist dist-check translations lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,dist]'
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	./scripts/desktop-deps
	$(VENV)/bin/cluster-crm $(ARGS)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

dist: $(STAMP)
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec

dist-check: dist
	./dist/cluster-crm/cluster-crm --version
	rm -f /tmp/cluster-crm-dist-check.sqlite*
	./dist/cluster-crm/cluster-crm --db /tmp/cluster-crm-dist-check.sqlite demo
	./dist/cluster-crm/cluster-crm --db /tmp/cluster-crm-dist-check.sqlite check
	./dist/cluster-crm/cluster-crm --db /tmp/cluster-crm-dist-check.sqlite demo 2>&1 | grep -q "base vide"
	./dist/cluster-crm/cluster-crm --db /tmp/cluster-crm-dist-check.sqlite export interactions /tmp/cluster-crm-dist-check.ics
	./dist/cluster-crm/cluster-crm --db /tmp/cluster-crm-dist-check.sqlite export interactions /tmp/cluster-crm-dist-check.xlsx
	./dist/cluster-crm/cluster-crm --db /tmp/cluster-crm-dist-check.sqlite print report --quarter 2026-Q4 -o /tmp/cluster-crm-dist-check.pdf
	./dist/cluster-crm/cluster-crm --db /tmp/cluster-crm-dist-check.sqlite print letters --template welcome_member --members --no-record -o /tmp/cluster-crm-dist-check-letters.pdf
	./dist/cluster-crm/cluster-crm --db /tmp/cluster-crm-dist-check.sqlite print sheet --organisation 1 -o /tmp/cluster-crm-dist-check-sheet.pdf
	./dist/cluster-crm/cluster-crm --db /tmp/cluster-crm-dist-check.sqlite print labels --members -o /tmp/cluster-crm-dist-check-labels.pdf
	QT_QPA_PLATFORM=offscreen ./dist/cluster-crm/cluster-crm --db /tmp/cluster-crm-dist-check.sqlite --smoke-test

translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete -locations none $$(find cluster_crm -name '*.py' | sort) -ts $(TS)
	$(VENV)/bin/pyside6-lrelease $(TS) -qm $(QM)

lint: $(STAMP)
	$(VENV)/bin/ruff check cluster_crm tests benchmarks
	$(VENV)/bin/ruff format --check cluster_crm tests benchmarks

clean:
	rm -rf build dist $(VENV)
