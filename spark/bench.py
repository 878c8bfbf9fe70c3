"""Throughput of the Spark recipe in local mode, to set against the CLI's:
the pages of a JSON Lines file through Spark with 1 and with N executor
cores (inti --jobs 1 per task), written to Parquet.

    cargo run --release --example batch_bench   # makes target/batch-bench/pages.jsonl
    .tools/spark-venv/bin/python spark/bench.py --jsonl target/batch-bench/pages.jsonl \\
        --inti target/release/inti

Each Spark figure is the wall time of the job (reading, extracting, writing
Parquet), after a warm-up job that starts the Python workers; the inti CLI
on the same file and cores comes first, for comparison.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")

import inti_spark  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jsonl", required=True)
    parser.add_argument("--inti", required=True)
    parser.add_argument("--cores", default=f"1,{os.cpu_count()}")
    parser.add_argument("--partitions-per-core", type=int, default=4)
    args = parser.parse_args()
    from pyspark.sql import SparkSession

    inti = os.path.abspath(args.inti)
    with open(args.jsonl, "rb") as lines:
        pages = sum(1 for line in lines if line.strip())
    mb = os.path.getsize(args.jsonl) / 1e6
    print(f"{pages} pages, {mb:.1f} MB of JSON Lines")
    print("| run | cores | wall s | pages/s | pages/s per core |")
    print("|---|---:|---:|---:|---:|")
    for cores in [int(c) for c in args.cores.split(",")]:
        # The CLI on the same file, for comparison.
        with open(args.jsonl, "rb") as feed:
            start = time.monotonic()
            subprocess.run(
                [inti, "--input", "jsonl", "--quiet", "--jobs", str(cores), "-o", os.devnull],
                stdin=feed,
                check=False,
            )
            wall = time.monotonic() - start
        print(f"| inti CLI | {cores} | {wall:.1f} | {pages / wall:.1f} | {pages / wall / cores:.1f} |")
        spark = (
            SparkSession.builder.master(f"local[{cores}]")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate()
        )
        spark.sparkContext.setLogLevel("ERROR")
        try:
            # Split when read (no shuffle).
            lines = spark.sparkContext.textFile(args.jsonl, cores * args.partitions_per_core)
            # Warm-up: starts the Python workers.
            spark.sparkContext.parallelize(range(cores), cores).map(str).count()
            with tempfile.TemporaryDirectory() as out:
                start = time.monotonic()
                records = inti_spark.extract_jsonl(spark, lines, inti, jobs=1)
                inti_spark.write(records, os.path.join(out, "records"), "parquet")
                wall = time.monotonic() - start
            print(f"| Spark local[{cores}] | {cores} | {wall:.1f} | {pages / wall:.1f} | {pages / wall / cores:.1f} |")
        finally:
            spark.stop()


if __name__ == "__main__":
    main()
