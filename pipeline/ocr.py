"""OCR: the text of an image, line by line, with one box per character, for ingest (scanned
pages, images on text pages, images in DOCX, image files) and for verify (the re-reading of a
painted copy).

The engine is RapidOCR (``rapidocr-onnxruntime``): PaddleOCR's PP-OCRv4 detection and
recognition models and its 0°/180° line classifier, shipped inside the wheel and run with
ONNX Runtime, so nothing is downloaded. It is loaded once per process, on the first image.

Before recognition an image is prepared so that what a reader sees is what is read:

- **Red seals.** The red channel alone is read: black and blue ink stay dark in it, a red
  seal (公章) printed over text turns white, so the text under it is read. Red ink itself (a
  red 文头, the seal's own legend) is read in a second pass over a mask of the red pixels,
  whose lines are added where the first pass has none.
- **90/180/270° pages.** Text detection finds the lines; when most are taller than wide the
  page lies on its side and is turned a quarter; then the line classifier votes on whether
  the lines are upside down, and the page is turned half when most are.
- **Skew.** The median angle of the detected lines' top edges; above a degree the image is
  rotated back before the lines are cut out, so each character's box is upright.

Every box is mapped back through these turns to the pixel coordinates of the image as given,
as the axis-aligned box around the character's quadrilateral, so a box always covers its
character. Lines whose recognition confidence is below the minimum are reported as
uncertain: the pipeline turns them into ``review`` findings, never into clean text.
"""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

Box = tuple[float, float, float, float]

DEFAULT_MIN_CONFIDENCE = 0.8
DEFAULT_DPI = 300
DEFAULT_LANGUAGE = "ch"  # PP-OCRv4's Chinese model reads simplified Chinese, digits and Latin
LANGUAGES = ("ch",)
# Longest side of the image text lines are cut from (RapidOCR's own default), and of the
# image detection runs on: more resolution is time, not accuracy, for print-sized text.
MAX_SIDE = 2000
DETECT_SIDE = 1280
_RED_SHARE = 0.002  # share of red pixels from which the red-ink pass runs


@dataclass(frozen=True, slots=True)
class OcrLine:
    """One recognized line: its text, one box per character (pixels of the image as given),
    the line's box and the recognizer's confidence (0..1)."""

    text: str
    boxes: tuple[Box, ...]
    box: Box
    confidence: float


@dataclass(slots=True)
class OcrPage:
    """What was read from one image."""

    width: int
    height: int
    lines: list[OcrLine] = field(default_factory=list)
    rotation: int = 0  # quarter turns (degrees, clockwise) applied to read it
    skew: float = 0.0  # degrees the image was rotated back

    def uncertain(self, minimum: float) -> list[OcrLine]:
        return [line for line in self.lines if line.confidence < minimum]


_engine: Any = None
_lock = threading.Lock()


def engine() -> Any:
    """The process's RapidOCR engine, loaded on first use (about a second) and reused for
    every image of every document."""
    global _engine
    with _lock:
        if _engine is None:
            from rapidocr_onnxruntime import RapidOCR
            from rapidocr_onnxruntime.utils import infer_engine

            threads = max(1, min(os.cpu_count() or 1, 4))
            original = infer_engine.OrtInferSession._init_sess_opts
            infer_engine.OrtInferSession._init_sess_opts = staticmethod(
                lambda config: _session_options(original(config))
            )
            session = infer_engine.InferenceSession
            infer_engine.InferenceSession = _simplified_session(session)
            try:
                _engine = RapidOCR(
                    text_score=0.0,  # every line is kept; low confidence is reported, not dropped
                    max_side_len=MAX_SIDE,
                    det_limit_type="max",  # never enlarged; ``_detect`` shrinks
                    intra_op_num_threads=threads,
                    inter_op_num_threads=1,
                    print_verbose=False,
                )
            finally:
                infer_engine.OrtInferSession._init_sess_opts = staticmethod(original)
                infer_engine.InferenceSession = session
            # One line at a time: a batch is padded to its widest line, and the recognizer's
            # cost grows faster than the width (measured: 3.3 CPU-s a page one by one, 6.7 in
            # RapidOCR's batches of six, 22 in one batch of a page).
            _engine.text_rec.rec_batch_num = 1
        return _engine


def _simplified_session(session: Any) -> Callable[..., Any]:
    """ONNX Runtime's session class, given the model with its graph simplified
    (``pipeline.ocr_graph``: the same arithmetic in fewer passes, about 40 % less CPU time
    for detection and recognition) instead of its path."""
    from pipeline.ocr_graph import simplified

    def create(model: Any, *args: Any, **kwargs: Any) -> Any:
        data, _ = simplified(str(model)) if isinstance(model, (str, os.PathLike)) else (None, 0)
        return session(data if data is not None else model, *args, **kwargs)

    return create


def _session_options(options: Any) -> Any:
    """ONNX Runtime's options for our sessions, on top of RapidOCR's (graph optimizations on,
    no memory arena: input shapes vary with every page and line, and an arena keeps the
    largest). Worker threads do not spin while waiting for work: on a machine whose cores
    are shared a spinning thread burns the CPU time another process (or our other thread)
    needs, for no speed."""
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.add_session_config_entry("session.inter_op.allow_spinning", "0")
    return options


# --- geometry -------------------------------------------------------------------------------


def _rotation(angle: float, width: int, height: int) -> tuple[np.ndarray, int, int]:
    """The 3x3 matrix rotating an image of ``width`` x ``height`` by ``angle`` degrees
    (counter-clockwise, as OpenCV counts) onto a canvas that holds all of it."""
    import cv2

    m = cv2.getRotationMatrix2D((width / 2, height / 2), angle, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    new_w = round(height * sin + width * cos)
    new_h = round(height * cos + width * sin)
    m[0, 2] += new_w / 2 - width / 2
    m[1, 2] += new_h / 2 - height / 2
    return np.vstack([m, [0, 0, 1]]), new_w, new_h


def _warp(image: np.ndarray, matrix: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    import cv2

    return cv2.warpAffine(
        image, matrix[:2], size, flags=cv2.INTER_LINEAR, borderValue=(255, 255, 255)
    )


def _quad_angle(quad: np.ndarray) -> float:
    (x0, y0), (x1, y1) = quad[0], quad[1]
    return math.degrees(math.atan2(y1 - y0, x1 - x0))


def _quad_size(quad: np.ndarray) -> tuple[float, float]:
    width = max(np.linalg.norm(quad[0] - quad[1]), np.linalg.norm(quad[2] - quad[3]))
    height = max(np.linalg.norm(quad[0] - quad[3]), np.linalg.norm(quad[1] - quad[2]))
    return float(width), float(height)


def _back(points: np.ndarray, inverse: np.ndarray, width: int, height: int) -> Box:
    """The axis-aligned box, in the original image, around ``points`` of the working image."""
    pts = np.asarray(points, dtype=np.float64).reshape(-1, 2)
    mapped = pts @ inverse[:2, :2].T + inverse[:2, 2]
    x0, y0 = mapped.min(axis=0)
    x1, y1 = mapped.max(axis=0)
    return (
        float(max(0.0, x0)),
        float(max(0.0, y0)),
        float(min(width, x1)),
        float(min(height, y1)),
    )


# --- preparation ----------------------------------------------------------------------------


def _as_rgb(image: np.ndarray) -> np.ndarray:
    if image.ndim == 2:
        return np.repeat(image[:, :, None], 3, axis=2)
    if image.shape[2] == 4:
        alpha = image[:, :, 3:4].astype(np.float32) / 255.0
        rgb = image[:, :, :3].astype(np.float32) * alpha + 255.0 * (1 - alpha)
        return rgb.astype(np.uint8)
    if image.shape[2] == 1:
        return np.repeat(image, 3, axis=2)
    return image[:, :, :3]


def _without_red(rgb: np.ndarray) -> np.ndarray:
    """The red channel as a grey image: red ink vanishes, black and blue ink stay."""
    red = np.ascontiguousarray(rgb[:, :, 0])
    return np.repeat(red[:, :, None], 3, axis=2)


def _red_ink(rgb: np.ndarray) -> np.ndarray | None:
    """Red pixels black on white, or None when there is (next to) no red ink."""
    r = rgb[:, :, 0].astype(np.int16)
    g = rgb[:, :, 1].astype(np.int16)
    b = rgb[:, :, 2].astype(np.int16)
    mask = (r > 120) & (r - g > 60) & (r - b > 60)
    if mask.mean() < _RED_SHARE:
        return None
    grey = np.where(mask, 0, 255).astype(np.uint8)
    return np.repeat(grey[:, :, None], 3, axis=2)


# --- reading --------------------------------------------------------------------------------


def _detect(image: np.ndarray) -> list[np.ndarray]:
    """Text lines of ``image`` (quadrilaterals in its pixels), found on a copy at most
    ``DETECT_SIDE`` pixels long: RapidOCR would detect at 2000 (its ``limit_type=max`` ignores
    the configured side above 1500), four times the time and the memory, for the same lines."""
    import cv2

    ocr = engine()
    height, width = image.shape[:2]
    scale = min(1.0, DETECT_SIDE / max(height, width))
    small = image
    if scale < 1:
        size = (max(1, round(width * scale)), max(1, round(height * scale)))
        small = cv2.resize(image, size, interpolation=cv2.INTER_AREA)
    boxes, _ = ocr.text_det(small)
    if boxes is None or len(boxes) == 0:
        return []
    boxes = np.asarray(boxes, dtype=np.float32)
    if scale < 1:
        boxes[:, :, 0] *= width / small.shape[1]
        boxes[:, :, 1] *= height / small.shape[0]
    return list(ocr.sorted_boxes(boxes))


def _detect_ink(image: np.ndarray) -> list[np.ndarray]:
    """Lines of a mask image (ink black on white), detected only around its ink: a seal or
    a red heading covers a small part of the page, and detection costs its area."""
    dark = np.flatnonzero((image[:, :, 0] < 128).any(axis=1))
    if dark.size == 0:
        return []
    cols = np.flatnonzero((image[:, :, 0] < 128).any(axis=0))
    margin = 32
    y0, y1 = max(0, int(dark[0]) - margin), min(image.shape[0], int(dark[-1]) + margin + 1)
    x0, x1 = max(0, int(cols[0]) - margin), min(image.shape[1], int(cols[-1]) + margin + 1)
    boxes = _detect(np.ascontiguousarray(image[y0:y1, x0:x1]))
    return [np.asarray(b, dtype=np.float32) + np.array([x0, y0], dtype=np.float32) for b in boxes]


def _orient(work: np.ndarray, matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray, list, int]:
    """Turn the working image upright (quarter and half turns); its lines, and the turn."""
    turned = 0
    boxes = _detect(work)
    sizes = [_quad_size(b) for b in boxes]
    tall = sum(1 for w, h in sizes if h >= 1.5 * w)
    wide = sum(1 for w, h in sizes if w >= 1.5 * h)
    if tall >= 3 and tall > wide:
        h, w = work.shape[:2]
        turn, new_w, new_h = _rotation(-90, w, h)  # clockwise
        work, matrix, turned = _warp(work, turn, (new_w, new_h)), turn @ matrix, 90
        boxes = _detect(work)
    if boxes:
        ocr = engine()
        crops = ocr.get_crop_img_list(work, boxes[:24])
        _, labels, _ = ocr.text_cls(crops)
        flipped = sum(1 for label, score in labels if label == "180" and score > 0.8)
        if flipped * 2 > len(labels):
            h, w = work.shape[:2]
            turn, new_w, new_h = _rotation(180, w, h)
            work, matrix, turned = _warp(work, turn, (new_w, new_h)), turn @ matrix, turned + 180
            boxes = _detect(work)
    return work, matrix, boxes, turned % 360


def _deskew(work: np.ndarray, matrix: np.ndarray, boxes: list) -> tuple[np.ndarray, np.ndarray, list, float]:
    sizes = [_quad_size(b) for b in boxes]
    angles = [_quad_angle(b) for b, (w, h) in zip(boxes, sizes, strict=True) if w >= 3 * h]
    if len(angles) < 3:
        return work, matrix, boxes, 0.0
    skew = float(np.median(angles))
    if abs(skew) < 1.0 or abs(skew) > 20:
        return work, matrix, boxes, 0.0
    h, w = work.shape[:2]
    turn, new_w, new_h = _rotation(skew, w, h)
    work = _warp(work, turn, (new_w, new_h))
    # The lines turn with the image: their quadrilaterals are mapped, not detected again.
    turned = [np.asarray(b, dtype=np.float32) @ turn[:2, :2].T.astype(np.float32) + turn[:2, 2] for b in boxes]
    return work, turn @ matrix, list(engine().sorted_boxes(np.asarray(turned, dtype=np.float32))), skew


def _char_boxes(text: str, quad: np.ndarray, units: list[str], unit_quads: list) -> list[np.ndarray]:
    """One quadrilateral per character of ``text``: the recognizer's boxes (a Chinese
    character each, a Latin word each: split evenly), or the line cut evenly when they do not
    add up to the text."""
    quads: list[np.ndarray] = []
    if units and len(units) == len(unit_quads) and sum(len(u) for u in units) == len(text):
        for unit, q in zip(units, unit_quads, strict=True):
            quads.extend(_split(np.asarray(q, dtype=np.float64), len(unit)))
        return quads
    return _split(np.asarray(quad, dtype=np.float64), len(text))


def _split(quad: np.ndarray, parts: int) -> list[np.ndarray]:
    if parts <= 1:
        return [quad]
    top0, top1, bottom1, bottom0 = quad[0], quad[1], quad[2], quad[3]
    out = []
    for i in range(parts):
        a, b = i / parts, (i + 1) / parts
        out.append(
            np.array(
                [
                    top0 + (top1 - top0) * a,
                    top0 + (top1 - top0) * b,
                    bottom0 + (bottom1 - bottom0) * b,
                    bottom0 + (bottom1 - bottom0) * a,
                ]
            )
        )
    return out


def _recognize(work: np.ndarray, boxes: list, inverse: np.ndarray, width: int, height: int) -> list[OcrLine]:
    if not boxes:
        return []
    ocr = engine()
    crops = ocr.get_crop_img_list(work, boxes)
    results, _ = ocr.text_rec(crops, True)
    detailed = ocr.cal_rec_boxes(crops, boxes, results)
    lines = []
    for quad, (text, confidence, unit_quads, units, _scores) in zip(boxes, detailed, strict=True):
        text = str(text)
        if not text.strip():
            # A region detection saw as text and recognition could not read: unread.
            lines.append(OcrLine("", (), _back(quad, inverse, width, height), 0.0))
            continue
        quads = _char_boxes(text, quad, list(units or []), list(unit_quads or []))
        lines.append(
            OcrLine(
                text=text,
                boxes=tuple(_back(q, inverse, width, height) for q in quads),
                box=_back(quad, inverse, width, height),
                confidence=float(confidence),
            )
        )
    return lines


def _overlaps(box: Box, others: list[Box]) -> bool:
    x0, y0, x1, y1 = box
    area = max(1e-6, (x1 - x0) * (y1 - y0))
    for a, b, c, d in others:
        w, h = min(x1, c) - max(x0, a), min(y1, d) - max(y0, b)
        if w > 0 and h > 0 and w * h / area > 0.5:
            return True
    return False


def read(image: np.ndarray, select: Callable[[Box], bool] | None = None) -> OcrPage:
    """Every line of ``image`` (RGB, RGBA or grey, uint8), boxes in its own pixels. With
    ``select``, the lines are all detected but only those whose box (pixels of ``image``)
    it accepts are recognized, the others left out: verify reads again only what changed."""
    rgb = _as_rgb(np.asarray(image, dtype=np.uint8))
    height, width = rgb.shape[:2]
    page = OcrPage(width=width, height=height)
    if width < 8 or height < 8:
        return page
    scale = min(1.0, MAX_SIDE / max(width, height))
    matrix = np.diag([scale, scale, 1.0])
    import cv2

    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    work_rgb = cv2.resize(rgb, size, interpolation=cv2.INTER_AREA) if scale < 1 else rgb
    del rgb
    work = _without_red(work_rgb)
    work, matrix, boxes, page.rotation = _orient(work, matrix)
    work, matrix, boxes, page.skew = _deskew(work, matrix, boxes)
    inverse = np.linalg.inv(matrix)

    def chosen(found: list) -> list:
        if select is None:
            return found
        return [b for b in found if select(_back(b, inverse, width, height))]

    page.lines = _recognize(work, chosen(boxes), inverse, width, height)
    work_h, work_w = work.shape[:2]
    del work  # a page's images are freed as soon as they are read
    red = _red_ink(work_rgb)
    if red is not None:
        # The same turns as the main pass, applied to the resized image.
        turned = page.rotation or page.skew
        if turned:
            red = _warp(red, matrix @ np.diag([1 / scale, 1 / scale, 1.0]), (work_w, work_h))
        taken = [line.box for line in page.lines if line.text]
        for line in _recognize(red, chosen(_detect_ink(red)), inverse, width, height):
            if line.text and not _overlaps(line.box, taken):
                page.lines.append(line)
    return page


# Height of a line's fingerprint in pixels: about a character's stroke structure per pixel
# column group, coarse enough that a re-encoding or another renderer does not change it.
PRINT_HEIGHT = 8


def darkest(image: np.ndarray) -> np.ndarray:
    """Each pixel's darkest channel (grey images as they are). Channel by channel: numpy's
    ``min(axis=2)`` over three values a pixel is ten times slower on a page."""
    if image.ndim != 3:
        return image
    out = image[:, :, 0]
    for channel in range(1, image.shape[2]):
        out = np.minimum(out, image[:, :, channel])
    return out


def fingerprint(image: np.ndarray, box: Box) -> np.ndarray | None:
    """The pixels of ``box`` in ``image`` shrunk to ``PRINT_HEIGHT`` rows (grey, aspect kept):
    what ingest read there, so that verify can tell whether the copy shows the same line."""
    import cv2

    x0, y0, x1, y1 = (round(v) for v in box)
    x0, y0 = max(0, x0), max(0, y0)
    x1, y1 = min(image.shape[1], x1), min(image.shape[0], y1)
    if x1 - x0 < 2 or y1 - y0 < 2:
        return None
    grey = darkest(image[y0:y1, x0:x1])
    width = max(1, round(PRINT_HEIGHT * (x1 - x0) / (y1 - y0)))
    return cv2.resize(np.ascontiguousarray(grey), (width, PRINT_HEIGHT), interpolation=cv2.INTER_AREA)


def same_print(stored: np.ndarray | None, image: np.ndarray, box: Box, tolerance: float = 24.0) -> bool:
    """Whether ``box`` of ``image`` still shows what ``stored`` was taken from: in every
    stretch of the line as wide as it is high (about a character), the mean grey difference
    of the fingerprints is at most ``tolerance``. Measured on scans of the benchmark: an
    unchanged line of a published copy (re-encoded, rendered by another renderer) differs by
    at most 18, another line by at least 40; a line found different is read again."""
    import cv2

    if stored is None:
        return False
    current = fingerprint(image, box)
    if current is None:
        return False
    if current.shape != stored.shape:
        current = cv2.resize(current, (stored.shape[1], stored.shape[0]), interpolation=cv2.INTER_AREA)
    columns = np.abs(current.astype(np.int16) - stored.astype(np.int16)).mean(axis=0)
    if columns.size >= PRINT_HEIGHT:
        columns = np.convolve(columns, np.ones(PRINT_HEIGHT) / PRINT_HEIGHT, mode="valid")
    return bool(columns.max() <= tolerance)


def pixmap_rgb(pix: Any) -> np.ndarray:
    """A PyMuPDF pixmap as an RGB array (copied): other colour spaces converted, alpha
    composited over white (as a reader shows it), a colourless mask read as grey."""
    import pymupdf

    if pix.colorspace is None:
        grey = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.h, pix.w, pix.n)[:, :, 0]
        return np.repeat(grey[:, :, None], 3, axis=2)
    if pix.colorspace.n != 3:
        pix = pymupdf.Pixmap(pymupdf.csRGB, pix)
    array = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.h, pix.w, pix.n)
    return _as_rgb(array).copy()
