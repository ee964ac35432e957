#!/usr/bin/python3
"""Steady-state throughput of Debian's python3-readability (readability-lxml), for extraction.sh.

Reads and decodes the pages into memory, then on one thread, for a warm-up time and then for a
measured time, runs what an article extractor must do: Document(html).summary() (the article
HTML), .short_title(), and the summary's plain text. Prints pages per second of the process's CPU
time (steady on a machine shared with other work) and of wall-clock time. Interpreter start-up,
file reading and decompression are not measured, as on the Parallax side.

Usage: readability_throughput.py WARMUP_SECONDS MEASURED_SECONDS FILE_OR_DIR...
"""
import gzip
import logging
import os
import sys
import time

try:
    import lxml.html
    from readability import Document
except ImportError:
    sys.exit("readability_throughput.py: needs Debian's python3-readability "
             "(apt-get install python3-readability) and /usr/bin/python3")


def html_files(path):
    if not os.path.isdir(path):
        return [path]
    return sorted(os.path.join(path, name) for name in os.listdir(path)
                  if name.endswith('.html') or name.endswith('.html.gz'))


def read(path):
    with open(path, 'rb') as f:
        data = f.read()
    if data[:2] == b'\x1f\x8b':
        data = gzip.decompress(data)
    return data.decode('utf-8', errors='replace')


def extract(html):
    document = Document(html)
    summary = document.summary()
    title = document.short_title()
    return title, lxml.html.fromstring(summary).text_content() if summary.strip() else ''


def run(pages, seconds):
    """Whole passes over the pages until the time is up."""
    start = time.perf_counter()
    cpu_start = time.process_time()
    extractions = 0
    while True:
        for page in pages:
            try:
                extract(page)
            except Exception:  # readability gives up on some pages: that counts as done, as in its benchmark
                pass
            extractions += 1
        if time.perf_counter() - start >= seconds:
            return extractions, time.perf_counter() - start, time.process_time() - cpu_start


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    warmup, measured = float(sys.argv[1]), float(sys.argv[2])
    logging.disable(logging.CRITICAL)  # readability logs every page it finds hard
    pages = [read(f) for arg in sys.argv[3:] for f in html_files(arg)]
    if not pages:
        sys.exit('no .html or .html.gz files given')
    run(pages, warmup)
    extractions, seconds, cpu_seconds = run(pages, measured)
    print('readability: %d pages, %d extractions in %.1f s of CPU time: %.1f pages/s '
          '(wall clock: %.1f pages/s; one thread, after %.0f s of warm-up)'
          % (len(pages), extractions, cpu_seconds, extractions / cpu_seconds, extractions / seconds, warmup))


if __name__ == '__main__':
    main()
