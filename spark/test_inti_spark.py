"""End-to-end test of the Spark recipe (spark/inti_spark.py) in local mode:
a small JSON Lines data set and two WARC files made from the test fixture
pages go through Spark, with inti as the per-partition worker, out to
Parquet and JSON; the records read back must be the ones the inti CLI
writes for the same inputs.

Run by spark/run-test (which sets up pyspark and builds inti), or:

    INTI_BIN=target/debug/inti .tools/spark-venv/bin/python spark/test_inti_spark.py
"""

import gzip
import json
import math
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import inti_spark  # noqa: E402

INTI = os.path.abspath(os.environ.get("INTI_BIN", ROOT / "target" / "debug" / "inti"))
# The workers must run the same Python as the driver (the project's venv).
os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")

# The record columns compared with the CLI's records.
ARTICLE_COLUMNS = [
    "title", "byline", "published", "modified", "lang", "dir", "siteName", "excerpt", "image",
    "canonicalUrl", "url", "html", "text", "markdown", "wordCount", "readerable",
    "readerableScore", "nextPage", "strategy",
]


def fixture_pages(count):
    pages = sorted((ROOT / "tests" / "fixtures").glob("*.html"))[:count]
    assert len(pages) == count, f"need {count} pages in tests/fixtures"
    return pages


def warc_record(kind, record_id, uri, content_type, block):
    head = (
        f"WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Date: 2024-03-01T12:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:{record_id}>\r\nWARC-Target-URI: {uri}\r\n"
        f"Content-Type: {content_type}\r\nContent-Length: {len(block)}\r\n\r\n"
    ).encode()
    return head + block + b"\r\n\r\n"


def write_warc(path, pages, prefix):
    """A .warc.gz as Common Crawl writes them: a gzip member per record."""
    with open(path, "wb") as out:
        out.write(gzip.compress(warc_record("warcinfo", f"{prefix}-info", "", "application/warc-fields", b"x: y\r\n")))
        for n, page in enumerate(pages):
            uri = f"https://spark.example/{prefix}/{n}"
            request = b"GET / HTTP/1.1\r\nHost: spark.example\r\n\r\n"
            out.write(gzip.compress(warc_record("request", f"{prefix}-req-{n}", uri, "application/http; msgtype=request", request)))
            http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + page.read_bytes()
            out.write(gzip.compress(warc_record("response", f"{prefix}-{n}", uri, "application/http; msgtype=response", http)))
        image = b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG"
        out.write(gzip.compress(warc_record("response", f"{prefix}-png", "https://spark.example/a.png", "application/http; msgtype=response", image)))


def cli_records(args, stdin=None):
    """The records the inti CLI writes."""
    with open(stdin, "rb") if stdin else open(os.devnull, "rb") as feed:
        result = subprocess.run([INTI, "--quiet", *args], stdin=feed, capture_output=True, check=False)
    assert result.returncode in (0, 1), result.stderr.decode()
    return [json.loads(line) for line in result.stdout.decode().splitlines()]


def spark_id(value):
    """An id as the string `id` column holds it."""
    return value if isinstance(value, str) or value is None else json.dumps(value)


class SparkRecipeTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        from pyspark.sql import SparkSession

        assert os.access(INTI, os.X_OK), f"no inti binary at {INTI} (set INTI_BIN)"
        cls.tmp = tempfile.TemporaryDirectory(prefix="inti-spark-")
        cls.dir = Path(cls.tmp.name)
        pages = fixture_pages(12)
        # JSON Lines: string and number ids, a page without its own URL, and
        # one line that is not a page (its record is an error).
        cls.jsonl = cls.dir / "pages.jsonl"
        with open(cls.jsonl, "w", encoding="utf-8") as out:
            for n, page in enumerate(pages):
                line = {"id": f"page-{n}" if n % 3 else n, "html": page.read_text("utf-8", "replace")}
                if n % 4:
                    line["url"] = f"https://spark.example/jsonl/{n}"
                out.write(json.dumps(line) + "\n")
            out.write(json.dumps({"id": "no-html", "url": "https://spark.example/x"}) + "\n")
        cls.warcs = [cls.dir / "a.warc.gz", cls.dir / "b.warc.gz"]
        write_warc(cls.warcs[0], pages[:5], "a")
        write_warc(cls.warcs[1], pages[5:], "b")
        cls.spark = (
            SparkSession.builder.master("local[2]")
            .appName("inti-test")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate()
        )
        cls.spark.sparkContext.setLogLevel("ERROR")

    @classmethod
    def tearDownClass(cls):
        cls.spark.stop()
        cls.tmp.cleanup()

    def assert_same_article(self, row, record, key):
        for column in ARTICLE_COLUMNS:
            got, want = row[column], record.get(column)
            if column == "readerableScore" and want is not None:
                self.assertTrue(math.isclose(got, want, rel_tol=1e-6), f"{key} {column}: {got} != {want}")
            else:
                self.assertEqual(got, want, f"{key} {column}")
        self.assertIsNone(row["error"], key)

    def test_json_lines_to_parquet_match_the_cli(self):
        lines = self.spark.sparkContext.textFile(str(self.jsonl)).repartition(3)
        records = inti_spark.extract_jsonl(self.spark, lines, INTI, jobs=1)
        out = str(self.dir / "jsonl.parquet")
        inti_spark.write(records, out, "parquet")
        rows = self.spark.read.parquet(out).collect()
        expected = cli_records(["--input", "jsonl"], stdin=self.jsonl)
        self.assertEqual(len(expected), 13)
        self.assertEqual(len(rows), len(expected))
        by_id = {row["id"]: row for row in rows}
        self.assertEqual(set(by_id), {spark_id(r["id"]) for r in expected})
        self.assertNotIn("file", rows[0].asDict(), "file and line are dropped")
        for record in expected:
            row = by_id[spark_id(record["id"])]
            if "error" in record:
                self.assertEqual(row["error"]["kind"], record["error"]["kind"])
                self.assertEqual(row["error"]["message"], record["error"]["message"])
                self.assertEqual(row["url"], record["url"])
                self.assertIsNone(row["text"])
            else:
                self.assert_same_article(row, record, record["id"])
        self.assertTrue(any(row["text"] for row in rows), "some text was extracted")

    def test_warc_files_to_json_match_the_cli(self):
        records = inti_spark.extract_warc(self.spark, [str(p) for p in self.warcs], INTI)
        out = str(self.dir / "warc.json")
        inti_spark.write(records, out, "json")
        rows = self.spark.read.schema(inti_spark.RECORD_SCHEMA).json(out).collect()
        expected = cli_records(["--batch", *map(str, self.warcs)])
        self.assertEqual(len(expected), 12, "the image is skipped")
        self.assertEqual(len(rows), len(expected))
        by_id = {row["warcRecordId"]: row for row in rows}
        for record in expected:
            row = by_id[record["warcRecordId"]]
            for column in ("file", "warcTargetUri", "warcDate"):
                self.assertEqual(row[column], record[column])
            self.assertEqual(row["url"], record["warcTargetUri"])
            self.assert_same_article(row, record, record["warcRecordId"])

    def test_spark_submit_ships_the_binary(self):
        # The cluster route: spark-submit --files ships inti to the executors
        # and the recipe finds it with SparkFiles.
        submit = Path(sys.executable).parent / "spark-submit"
        out = self.dir / "submitted"
        result = subprocess.run(
            [
                str(submit),
                "--master", "local[2]",
                "--conf", "spark.ui.enabled=false",
                "--conf", "spark.ui.showConsoleProgress=false",
                "--conf", "spark.driver.host=127.0.0.1",
                "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--files", INTI,
                str(HERE / "inti_spark.py"),
                "--jsonl", str(self.jsonl),
                "--partitions", "2",
                "--inti", "inti",
                "--output", str(out),
            ],
            capture_output=True,
            check=False,
        )
        self.assertEqual(result.returncode, 0, result.stderr.decode()[-3000:])
        summary = json.loads(result.stdout.decode().strip().splitlines()[-1])
        self.assertEqual(summary, {"output": str(out), "extracted": 12, "failed": 1})
        rows = self.spark.read.parquet(str(out)).collect()
        self.assertEqual(len(rows), 13)


if __name__ == "__main__":
    outcome = unittest.main(exit=False, verbosity=2).result
    failed = len(outcome.failures) + len(outcome.errors)
    print(f"spark recipe: {outcome.testsRun - failed} passed, {failed} failed")
    sys.exit(1 if failed or not outcome.testsRun else 0)
