"""benchmarks/insights.py runs on any JSONL of the evaluation's shape and ends with its figures."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = Path(__file__).parent / "fixtures" / "eval_small.jsonl"
KEYS = {"top1", "top3", "sdg_precision", "sdg_recall", "dup_precision", "dup_recall", "suggest_ms", "dup_check_ms"}


def _run(*args):
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "insights.py"), *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()


def test_benchmark_runs_on_a_small_file_and_prints_json_last():
    lines = _run("--data", str(FIXTURE), "--entries", "150", "--train-entries", "40")
    figures = json.loads(lines[-1])
    assert set(figures) == KEYS
    assert figures["top1"] >= 0.75 and figures["top3"] == 1.0
    assert figures["dup_precision"] == 1.0 and figures["dup_recall"] == 1.0
    assert 0 <= figures["sdg_precision"] <= 1 and 0 <= figures["sdg_recall"] <= 1
    assert figures["suggest_ms"] > 0 and figures["dup_check_ms"] > 0


def test_figures_the_data_cannot_give_are_null(tmp_path):
    data = tmp_path / "no_labels.jsonl"
    data.write_text(
        "\n".join(
            json.dumps(
                {"title": f"Project {i}", "description": line, "category_number": 4, "sdgs": [], "dup_group": None}
            )
            for i, line in enumerate(
                ["Digital skills training for teachers in rural schools.", "Coding clubs for girls."]
            )
        )
    )
    figures = json.loads(_run("--data", str(data), "--entries", "50", "--train-entries", "0")[-1])
    assert figures["sdg_precision"] is None and figures["sdg_recall"] is None
    assert figures["dup_precision"] is None and figures["dup_recall"] is None
    assert figures["top1"] is not None


def test_bad_data_fails_with_a_message(tmp_path):
    data = tmp_path / "bad.jsonl"
    data.write_text("{not json\n")
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "insights.py"), "--data", str(data), "--entries", "0"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode != 0 and "not JSON" in result.stderr
