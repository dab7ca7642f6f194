"""Makes the programme's videos and audio exercises from text, reproducibly.

Each `assets/media-src/NAME.toml` becomes `assets/media/NAME.mp4` with `NAME.vtt` captions
(kind = "video": spoken narration over simple slides) or `NAME.m4a` (kind = "audio",
whose words the session shows as text beside it). Every sentence in a slide's `say` list is spoken by espeak-ng and becomes
one caption cue, so the captions match the speech exactly. Slides are drawn as SVG and
rasterised with rsvg-convert; ffmpeg encodes with one thread so the same input gives the
same file. Run through scripts/make-media.sh, which installs the tools first.

Usage: python3 scripts/make_media.py [NAME ...]   (default: every source)
"""

import html
import os
import subprocess
import sys
import tempfile
import tomllib
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "assets" / "media-src"
OUT = ROOT / "assets" / "media"

VOICE = ["-v", "en-gb", "-s", "150", "-p", "45", "-g", "4"]
GAP = 0.45  # seconds of quiet between sentences
TAIL = 0.9  # seconds a slide stays after its last sentence
WIDTH, HEIGHT = 640, 360
BG, INK, TEAL, SOFT = "#f6f4ef", "#1f2a2e", "#2f6f6a", "#ecf1ee"


def speak(text: str, path: Path) -> None:
    subprocess.run(["espeak-ng", *VOICE, "-w", str(path), text], check=True)


def slide_svg(slide: dict) -> str:
    esc = html.escape
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}">',
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="{BG}"/>',
        f'<rect x="0" y="0" width="{WIDTH}" height="10" fill="{TEAL}"/>',
        f'<text x="48" y="92" font-family="DejaVu Sans, sans-serif" font-size="40" font-weight="bold" fill="{TEAL}">{esc(slide["heading"])}</text>',
    ]
    if slide.get("cycle"):
        centres = [(320, 150, "Thoughts"), (440, 280, "Body"), (200, 280, "Actions")]
        parts.append(
            f'<g fill="none" stroke="{TEAL}" stroke-width="5">'
            '<path d="M372 150 Q440 170 452 222"/><path d="M384 300 Q320 330 256 300"/>'
            '<path d="M188 222 Q200 170 268 150"/></g>'
        )
        for x, y, label in centres:
            parts.append(f'<circle cx="{x}" cy="{y}" r="50" fill="#ffffff" stroke="#3f8a7f" stroke-width="3"/>')
            parts.append(
                f'<text x="{x}" y="{y + 7}" text-anchor="middle" font-family="DejaVu Sans, sans-serif" '
                f'font-size="19" font-weight="bold" fill="{INK}">{esc(label)}</text>'
            )
    else:
        for i, line in enumerate(slide.get("lines", [])):
            y = 160 + i * 52
            parts.append(f'<rect x="48" y="{y - 30}" width="{WIDTH - 96}" height="42" rx="12" fill="{SOFT}"/>')
            parts.append(
                f'<text x="66" y="{y}" font-family="DejaVu Sans, sans-serif" font-size="24" fill="{INK}">{esc(line)}</text>'
            )
    parts.append("</svg>")
    return "\n".join(parts)


def wav_seconds(path: Path) -> float:
    with wave.open(str(path)) as w:
        return w.getnframes() / w.getframerate()


def timestamp(t: float) -> str:
    ms = int(round(t * 1000))
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


def build(name: str) -> None:
    source = tomllib.loads((SRC / f"{name}.toml").read_text())
    kind = source.get("kind", "video")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        frames, params, cues, slides = [], None, [], []
        t = 0.0
        for s, slide in enumerate(source["slide"]):
            start = t
            for k, sentence in enumerate(slide["say"]):
                path = tmp / f"s{s}-{k}.wav"
                speak(sentence, path)
                with wave.open(str(path)) as w:
                    params = params or w.getparams()
                    frames.append(w.readframes(w.getnframes()))
                length = wav_seconds(path)
                cues.append((t, t + length, sentence))
                t += length
                gap = slide.get("gap", GAP)  # a breathing exercise needs long, even gaps
                pause = max(TAIL, gap) if k == len(slide["say"]) - 1 else gap
                frames.append(b"\0" * int(pause * params.framerate) * params.sampwidth * params.nchannels)
                t += pause
            if kind == "video":
                svg = tmp / f"slide{s}.svg"
                svg.write_text(slide_svg(slide))
                png = tmp / f"slide{s}.png"
                subprocess.run(["rsvg-convert", "-w", str(WIDTH), "-h", str(HEIGHT), "-o", str(png), str(svg)], check=True)
                slides.append((png, t - start))
        audio = tmp / "all.wav"
        with wave.open(str(audio), "wb") as w:
            w.setparams(params)
            for f in frames:
                w.writeframes(f)
        OUT.mkdir(parents=True, exist_ok=True)
        common = ["ffmpeg", "-y", "-loglevel", "error", "-threads", "1", "-fflags", "+bitexact"]
        if kind == "video":
            listing = tmp / "slides.txt"
            lines = []
            for png, seconds in slides:
                lines += [f"file '{png}'", f"duration {seconds:.3f}"]
            lines.append(f"file '{slides[-1][0]}'")
            listing.write_text("\n".join(lines) + "\n")
            out = OUT / f"{name}.mp4"
            subprocess.run(
                common
                + ["-f", "concat", "-safe", "0", "-i", str(listing), "-i", str(audio),
                   "-vf", "fps=10,format=yuv420p", "-c:v", "libx264", "-preset", "veryslow",
                   "-tune", "stillimage", "-crf", "28", "-x264-params", "threads=1",
                   "-c:a", "aac", "-b:a", "48k", "-ac", "1", "-shortest",
                   "-map_metadata", "-1", "-flags:v", "+bitexact", "-flags:a", "+bitexact",
                   "-movflags", "+faststart", str(out)],
                check=True,
            )
        else:
            # AAC in MP4 plays on every phone (iOS 16 has no Ogg Vorbis).
            out = OUT / f"{name}.m4a"
            subprocess.run(common + ["-i", str(audio), "-c:a", "aac", "-b:a", "48k", "-ac", "1",
                                     "-map_metadata", "-1", "-flags:a", "+bitexact",
                                     "-movflags", "+faststart", str(out)], check=True)
        if kind == "video":
            vtt = ["WEBVTT", ""]
            for i, (a, b, text) in enumerate(cues, 1):
                vtt += [str(i), f"{timestamp(a)} --> {timestamp(b)}", text, ""]
            (OUT / f"{name}.vtt").write_text("\n".join(vtt))
        size = out.stat().st_size
        per_minute = size / max(t, 1) * 60 / 1e6
        print(f"{out.relative_to(ROOT)}: {t:.1f} s, {size / 1e3:.0f} KB ({per_minute:.2f} MB a minute), {len(cues)} captions")
        if per_minute >= 2.0:
            sys.exit(f"{name}: {per_minute:.2f} MB a minute is over the 2 MB budget")


def main() -> None:
    names = sys.argv[1:] or sorted(p.stem for p in SRC.glob("*.toml"))
    for name in names:
        build(name)


if __name__ == "__main__":
    os.chdir(ROOT)
    main()
