#!/usr/bin/env python3
"""The speed baseline of issue #15: a plain TF-IDF comparison of news articles in Python (standard
library only), doing the core of what `parallax analyze` does for agreement.

It reads every file given, splits each into sentences (at . ! ? followed by space and a capital or a
quotation mark), lower-cases and tokenises words, weights them by TF-IDF over all sentences, normalises
each sentence vector, and for every sentence finds its most similar sentence in each other article
through an inverted index (sparse cosine), keeping pairs at cosine >= 0.5. It prints the number of
sentences and pairs; `scripts/speed` times it against the `parallax` command line on the same files.

    scripts/tfidf-baseline.py FILE...
"""
import math
import re
import sys
from collections import Counter, defaultdict

SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"“'‘(]?[A-Z0-9])")
WORD = re.compile(r"\w+", re.UNICODE)


def main(paths):
    docs = []
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as f:
            text = f.read()
        sentences = []
        for paragraph in text.split("\n"):
            paragraph = paragraph.strip()
            if paragraph:
                sentences.extend(s for s in SENTENCE_END.split(paragraph) if s.strip())
        docs.append(sentences)

    # Term counts per sentence and document frequency over all sentences.
    rows = []  # (doc, Counter)
    df = Counter()
    for d, sentences in enumerate(docs):
        for s in sentences:
            tf = Counter(WORD.findall(s.lower()))
            rows.append((d, tf))
            df.update(tf.keys())
    n = len(rows)
    idf = {t: math.log((1 + n) / (1 + c)) + 1 for t, c in df.items()}

    vectors = []
    postings = defaultdict(list)  # term -> [(row, weight)]
    for i, (d, tf) in enumerate(rows):
        v = {t: c * idf[t] for t, c in tf.items()}
        norm = math.sqrt(sum(w * w for w in v.values())) or 1.0
        v = {t: w / norm for t, w in v.items()}
        vectors.append(v)
        for t, w in v.items():
            postings[t].append((i, w))

    pairs = 0
    for i, (d, _) in enumerate(rows):
        scores = defaultdict(float)
        for t, w in vectors[i].items():
            for j, wj in postings[t]:
                if rows[j][0] != d:
                    scores[j] += w * wj
        best = {}
        for j, s in scores.items():
            other = rows[j][0]
            if s >= 0.5 and s > best.get(other, (0.0, -1))[0]:
                best[other] = (s, j)
        pairs += len(best)
    print(f"{len(docs)} articles, {n} sentences, {pairs} best pairs at cosine >= 0.5")


if __name__ == "__main__":
    main(sys.argv[1:])
