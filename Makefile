# forum-messages: `make demo` and `make test` set everything up from a fresh checkout.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PIP := $(BIN)/pip --disable-pip-version-check -q

.PHONY: demo site test lint bench bench-llm fuzz fmt clean sysdeps

# Debian packages outside Python (pango and fonts for PDF export); installs only what is missing.
sysdeps:
	bash scripts/install-system-deps.sh

$(STAMP): pyproject.toml requirements.lock scripts/install-system-deps.sh
	bash scripts/install-system-deps.sh
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(PIP) install -r requirements.lock
	$(PIP) install --no-deps -e .
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/forum-messages demo

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

# The review site with the sample edition loaded (drafted once, then kept in demo-site/).
site: $(STAMP)
	test -f demo-site/forum-messages.sqlite3 || \
		$(BIN)/forum-messages import --data-dir demo-site --sample --draft
	$(BIN)/forum-messages serve --data-dir demo-site

# Everything: lint and types, the whole suite (browser tests in Debian's chromium), then the
# web tests again against a throwaway PostgreSQL server. Tests run in TEST_WORKERS processes
# (pytest-xdist; each loads the embedder once); TEST_WORKERS=0 runs them in this process.
TEST_WORKERS ?= 2
test: lint
	bash scripts/install-system-deps.sh --test
	$(BIN)/pytest -n $(TEST_WORKERS)
	bash scripts/web-postgres-test.sh -q -n $(TEST_WORKERS)

# The property-based reader tests with a long budget (make test runs a short one).
fuzz: $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/pytest tests/fuzz -q

bench: $(STAMP)
	$(BIN)/python bench/run.py
	$(BIN)/python bench/cold.py --statements 3000 --runs 3
	$(BIN)/python bench/consultation.py --responses 100000 --share 0.5
	FORUM_MESSAGES_THREADS=1 $(BIN)/python bench/scale.py --sizes 10000,30000,100000,300000 \
		--share 0.5 --engine dask --workers 2
	$(BIN)/python bench/translation.py
	$(BIN)/forum-messages evaluate src/forum_messages/editions/evaluation/eval-en.md \
		src/forum_messages/editions/evaluation/eval-zh.md \
		src/forum_messages/editions/evaluation/reports/*.yaml \
		src/forum_messages/editions/evaluation/kinds/test.yaml \
		src/forum_messages/editions/evaluation/kinds/test2.yaml \
		src/forum_messages/editions/evaluation/kinds/test3.yaml \
		src/forum_messages/editions/evaluation/kinds/test4.yaml
	bash scripts/web-bench.sh
	$(BIN)/python bench/web_consultation.py --responses 100000

fmt: $(STAMP)
	$(BIN)/ruff format src tests bench
	$(BIN)/ruff check --fix src tests bench

clean:
	rm -rf $(VENV) demo-output demo-site bench/out

# The LLM writer against a real endpoint (docs/llm.md): make bench-llm LLM_URL=... LLM_MODEL=...
# The gate's precision and recall on planted cases needs no endpoint: bench/llm_gate.py.
bench-llm: $(STAMP)
	@test -n "$(LLM_URL)" -a -n "$(LLM_MODEL)" || \
		{ echo "usage: make bench-llm LLM_URL=http://127.0.0.1:8080/v1 LLM_MODEL=NAME"; exit 2; }
	$(BIN)/python bench/llm_gate.py --json bench/out/llm-gate.json
	$(BIN)/python bench/llm_bench.py --url "$(LLM_URL)" --model "$(LLM_MODEL)"
