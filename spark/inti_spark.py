"""inti on Apache Spark: the `inti` binary in JSON Lines mode is the worker
of each partition; Spark spreads the partitions over the cores of a cluster,
retries failed tasks and writes the records as Parquet or JSON.

Two routes (see docs/batch.md):

* a JSON Lines data set, one ``{"id": ..., "url": ..., "html": ...}`` object
  per line: each partition's lines are piped through one
  ``inti --input jsonl`` process;
* WARC files (Common Crawl's ``.warc.gz``): each task runs
  ``inti --batch FILE...`` on its share of the files.

Run it with ``spark-submit`` (a cluster ships the binary with ``--files``)::

    spark-submit --master local[4] --files target/release/inti spark/inti_spark.py \\
        --jsonl 'pages/*.jsonl' --output articles.parquet
    spark-submit ... spark/inti_spark.py --warc crawl-1.warc.gz crawl-2.warc.gz \\
        --output articles --write json

or import it and call :func:`extract_jsonl` / :func:`extract_warc`, which
return DataFrames with the columns of :data:`RECORD_SCHEMA`.
"""

import argparse
import json
import os
import shutil
import stat
import subprocess
import tempfile
import threading

# The columns of inti's JSON Lines records (docs/batch.md). Origin first,
# then the article, then the error of a page that failed (null otherwise).
# `id` is a string column: a number given as an id arrives as its JSON text.
RECORD_SCHEMA = ", ".join(
    [
        "`file` STRING",
        "`line` BIGINT",
        "`id` STRING",
        "`warcRecordId` STRING",
        "`warcTargetUri` STRING",
        "`warcDate` STRING",
        "`title` STRING",
        "`byline` STRING",
        "`published` STRING",
        "`modified` STRING",
        "`lang` STRING",
        "`dir` STRING",
        "`siteName` STRING",
        "`excerpt` STRING",
        "`image` STRING",
        "`canonicalUrl` STRING",
        "`url` STRING",
        "`html` STRING",
        "`text` STRING",
        "`markdown` STRING",
        "`wordCount` BIGINT",
        "`readerable` BOOLEAN",
        "`readerableScore` DOUBLE",
        "`nextPage` STRING",
        "`strategy` STRING",
        "`error` STRUCT<`kind`: STRING, `message`: STRING>",
    ]
)

# inti's exit status: 0 all pages extracted, 1 some failed (their records
# say why); anything else is a broken run, and the Spark task fails (and is
# retried).
_OK_EXIT = (0, 1)


def executable(inti):
    """The path of the inti binary on this machine: a path that exists, or
    the name of a file shipped with ``--files`` / ``SparkContext.addFile``."""
    path = inti
    if not os.path.isfile(path):
        from pyspark import SparkFiles

        path = SparkFiles.get(os.path.basename(inti))
    if not os.access(path, os.X_OK):
        # Shipped files may lose their executable bit.
        try:
            os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR)
        except OSError:
            copy = os.path.join(tempfile.mkdtemp(prefix="inti-"), "inti")
            shutil.copy(path, copy)
            os.chmod(copy, 0o755)
            path = copy
    return path


def run_inti(inti, args, lines=None):
    """Runs ``inti args``, feeding it ``lines`` (strings, one JSON object
    each) on standard input when given, and yields its output records (JSON
    strings). Raises RuntimeError when inti breaks or, fed lines, returns
    fewer records than lines."""
    command = [executable(inti), "--quiet", *args]
    proc = subprocess.Popen(
        command,
        stdin=subprocess.PIPE if lines is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    fed = [0]
    errors = []

    def feed():
        try:
            for line in lines:
                line = line.strip()
                if not line:
                    continue
                proc.stdin.write(line.encode("utf-8") + b"\n")
                fed[0] += 1
        except BrokenPipeError:
            pass
        except Exception as error:  # the input iterator failed: fail the task
            errors.append(error)
        finally:
            try:
                proc.stdin.close()
            except BrokenPipeError:
                pass

    stderr = []
    drain = threading.Thread(target=lambda: stderr.append(proc.stderr.read()), daemon=True)
    drain.start()
    feeder = None
    if lines is not None:
        feeder = threading.Thread(target=feed, daemon=True)
        feeder.start()
    produced = 0
    for record in proc.stdout:
        produced += 1
        yield record.decode("utf-8")
    status = proc.wait()
    if feeder is not None:
        feeder.join()
    drain.join()
    message = b"".join(stderr).decode("utf-8", "replace").strip()
    if errors:
        raise errors[0]
    if status not in _OK_EXIT:
        raise RuntimeError(f"{' '.join(command)} exited with {status}: {message}")
    if lines is not None and produced != fed[0]:
        raise RuntimeError(
            f"inti wrote {produced} records for {fed[0]} lines: {message or 'no message'}"
        )


def _ship_module(spark):
    """Imported (not run by spark-submit), this module must reach the Python
    workers for the functions in the tasks to unpickle there."""
    if __name__ != "__main__":
        context = spark.sparkContext
        if not getattr(context, "_inti_spark_shipped", False):
            context.addPyFile(os.path.abspath(__file__))
            context._inti_spark_shipped = True


def _records(spark, rdd):
    """A DataFrame of inti's records (an RDD of JSON strings)."""
    return spark.read.schema(RECORD_SCHEMA).json(rdd)


def extract_jsonl(spark, lines, inti, jobs=1, options=()):
    """Extracts the pages of a JSON Lines data set: ``lines`` is a path (glob)
    of JSON Lines files, or an RDD of JSON strings (``df.toJSON()`` of a
    DataFrame with ``html`` and optionally ``url`` and ``id`` columns).
    ``jobs`` is inti's threads per task: ``spark.task.cpus``. Returns the
    records, without ``file`` and ``line`` (they would only number the lines
    within a partition): ``id`` ties each to its input."""
    _ship_module(spark)
    if isinstance(lines, str):
        lines = spark.read.text(lines).rdd.map(lambda row: row.value)
    args = ["--input", "jsonl", "--jobs", str(jobs), *options]
    records = lines.mapPartitions(lambda part: run_inti(inti, args, part))
    return _records(spark, records).drop("file", "line")


def extract_warc(spark, paths, inti, jobs=1, options=(), files_per_task=1):
    """Extracts the HTML responses of WARC files: ``paths`` lists them (paths
    every executor can read: a shared file system, or local copies), each
    task runs one inti on ``files_per_task`` of them. Returns the records;
    ``file``, ``warcRecordId``, ``warcTargetUri``, ``warcDate`` say where
    each page came from."""
    _ship_module(spark)
    paths = list(paths)
    tasks = max(1, -(-len(paths) // files_per_task))
    args = ["--batch", "--jobs", str(jobs), *options]
    records = spark.sparkContext.parallelize(paths, tasks).mapPartitions(
        lambda part: run_inti(inti, [*args, "--", *part])
    )
    return _records(spark, records)


def write(records, output, form="parquet"):
    """Writes the records as Parquet (default) or JSON Lines, replacing
    ``output``."""
    writer = records.write.mode("overwrite")
    if form == "parquet":
        writer.parquet(output)
    elif form == "json":
        writer.json(output)
    else:
        raise ValueError(f"unknown output format {form!r}: parquet or json")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--jsonl", help="JSON Lines files (a path or glob Spark reads)")
    source.add_argument("--warc", nargs="+", help="WARC files every executor can read")
    parser.add_argument("--output", required=True, help="where to write the records")
    parser.add_argument("--write", choices=["parquet", "json"], default="parquet")
    parser.add_argument(
        "--inti",
        default="inti",
        help="the inti binary: a path, or the name of a file shipped with --files (default)",
    )
    parser.add_argument("--jobs", type=int, default=1, help="inti threads per task (spark.task.cpus)")
    parser.add_argument("--partitions", type=int, help="repartition the JSON Lines input")
    parser.add_argument("--files-per-task", type=int, default=1)
    parser.add_argument("inti_options", nargs="*", help="more inti options, after --")
    args = parser.parse_args(argv)

    from pyspark.sql import SparkSession

    spark = SparkSession.builder.appName("inti").getOrCreate()
    try:
        if args.jsonl:
            lines = spark.read.text(args.jsonl).rdd.map(lambda row: row.value)
            if args.partitions:
                lines = lines.repartition(args.partitions)
            records = extract_jsonl(spark, lines, args.inti, args.jobs, args.inti_options)
        else:
            records = extract_warc(
                spark, args.warc, args.inti, args.jobs, args.inti_options, args.files_per_task
            )
        write(records, args.output, args.write)
        # Counted on what was written (counting `records` would run inti again).
        reader = spark.read.schema(RECORD_SCHEMA)
        written = reader.parquet(args.output) if args.write == "parquet" else reader.json(args.output)
        counts = written.groupBy(written.error.isNull().alias("ok")).count().collect()
        summary = {("extracted" if row.ok else "failed"): row["count"] for row in counts}
        print(json.dumps({"output": args.output, **summary}))
    finally:
        spark.stop()


if __name__ == "__main__":
    main()
