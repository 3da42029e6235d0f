"""The OCR models' graphs are simplified without changing what they compute: the shipped
detection, classification and recognition models give the same outputs on a real scanned
line before and after, the rewrites leave a padded convolution alone, and the engine runs the
simplified graphs."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
import onnxruntime as ort
import pytest
from onnx import TensorProto, helper, numpy_helper

from pipeline import ocr
from pipeline.ocr_graph import simplified
from tests.fixtures import scans

MODELS = Path(__import__("rapidocr_onnxruntime").__file__).parent / "models"


def _session(model: str | bytes) -> ort.InferenceSession:
    options = ort.SessionOptions()
    options.log_severity_level = 4
    options.intra_op_num_threads = 1
    return ort.InferenceSession(model, sess_options=options, providers=["CPUExecutionProvider"])


def _run(model: str | bytes, x: np.ndarray) -> np.ndarray:
    session = _session(model)
    return session.run(None, {session.get_inputs()[0].name: x})[0]


@pytest.fixture(scope="module")
def line() -> np.ndarray:
    """A scanned line as the recognizer gets it: 48 pixels high, normalized to -1..1."""
    import cv2

    image = scans.render(["身份证号：142201198507154313 王建国"], dpi=200, width=520)
    dark = np.flatnonzero((image.min(axis=2) < 128).any(axis=1))
    cols = np.flatnonzero((image.min(axis=2) < 128).any(axis=0))
    crop = image[dark[0] - 6 : dark[-1] + 7, cols[0] - 6 : cols[-1] + 7]
    width = round(48 * crop.shape[1] / crop.shape[0])
    resized = cv2.resize(crop, (width, 48)).astype(np.float32) / 255
    return ((resized - 0.5) / 0.5).transpose(2, 0, 1)[None].copy()


def test_recognizer_reads_the_same_after_simplification(line: np.ndarray) -> None:
    path = str(MODELS / "ch_PP-OCRv4_rec_infer.onnx")
    data, count = simplified(path)
    assert data is not None and count >= 40  # hard-swish and affine blocks of PP-LCNetV3
    before, after = _run(path, line), _run(data, line)
    assert np.abs(before - after).max() < 1e-4
    assert (before.argmax(axis=2) == after.argmax(axis=2)).all()
    # The metadata RapidOCR reads its character table from survives.
    assert _session(data).get_modelmeta().custom_metadata_map == (
        _session(path).get_modelmeta().custom_metadata_map
    )


def test_detector_and_classifier_compute_the_same() -> None:
    page = scans.render(scans.PENALTY, dpi=100)
    x = ((page.astype(np.float32) / 255 - 0.5) / 0.5).transpose(2, 0, 1)[None]
    x = np.ascontiguousarray(x[:, :, : x.shape[2] // 32 * 32, : x.shape[3] // 32 * 32])
    for name, sample in (
        ("ch_PP-OCRv4_det_infer.onnx", x),
        ("ch_ppocr_mobile_v2.0_cls_infer.onnx", np.ascontiguousarray(x[:, :, :48, :192])),
    ):
        path = str(MODELS / name)
        data, count = simplified(path)
        assert data is not None and count > 0, name
        assert np.abs(_run(path, sample) - _run(data, sample)).max() < 1e-4, name


def _constant(name: str, value: float) -> onnx.NodeProto:
    return helper.make_node(
        "Constant", [], [name], value=numpy_helper.from_array(np.array([value], np.float32))
    )


def _toy_model() -> bytes:
    """x → conv 3×3 (padded) → ·s+b → hard-swish → ·s+b → conv 1×1 → hard-swish → ·s+b →
    conv 3×3 (padded): every pattern once, and an affine before a padded convolution, which
    must stay (folding it would change the borders)."""
    rng = np.random.default_rng(3)
    inits = [
        numpy_helper.from_array(rng.normal(size=(4, 3, 3, 3)).astype(np.float32), "w1"),
        numpy_helper.from_array(rng.normal(size=(4, 4, 1, 1)).astype(np.float32), "w2"),
        numpy_helper.from_array(rng.normal(size=(4,)).astype(np.float32), "b2"),
        numpy_helper.from_array(rng.normal(size=(2, 4, 3, 3)).astype(np.float32), "w3"),
    ]
    nodes = [_constant(n, v) for n, v in (
        ("s1", 1.7), ("b1", -0.3), ("three", 3.0), ("zero", 0.0), ("six", 6.0),
        ("s2", 0.8), ("b2s", 0.45), ("s3", 1.3), ("b3", 0.6),
    )]

    def hard_swish(x: str, out: str) -> list[onnx.NodeProto]:
        return [
            helper.make_node("Add", [x, "three"], [out + "a"]),
            helper.make_node("Clip", [out + "a", "zero", "six"], [out + "c"]),
            helper.make_node("Mul", [x, out + "c"], [out + "m"]),
            helper.make_node("Div", [out + "m", "six"], [out]),
        ]

    nodes += [
        helper.make_node("Conv", ["x", "w1"], ["c1"], pads=[1, 1, 1, 1]),
        helper.make_node("Mul", ["c1", "s1"], ["m1"]),
        helper.make_node("Add", ["m1", "b1"], ["a1"]),
        *hard_swish("a1", "h1"),
        helper.make_node("Mul", ["s2", "h1"], ["m2"]),
        helper.make_node("Add", ["m2", "b2s"], ["a2"]),
        helper.make_node("Conv", ["a2", "w2", "b2"], ["c2"]),
        *hard_swish("c2", "h2"),
        helper.make_node("Mul", ["h2", "s3"], ["m3"]),
        helper.make_node("Add", ["m3", "b3"], ["a3"]),
        helper.make_node("Conv", ["a3", "w3"], ["y"], pads=[1, 1, 1, 1]),
    ]
    graph = helper.make_graph(
        nodes, "toy",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 3, 9, 11])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 2, 9, 11])],
        inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 12)])
    model.ir_version = 8
    return model.SerializeToString()


def test_rewrites_are_exact_and_leave_padded_convolutions_alone(tmp_path: Path) -> None:
    path = tmp_path / "toy.onnx"
    path.write_bytes(_toy_model())
    data, count = simplified(str(path))
    assert data is not None
    # Two hard-swishes, one convolution-then-affine, one affine-then-1×1-convolution.
    assert count == 4
    model = onnx.load_from_string(data)
    ops = [node.op_type for node in model.graph.node]
    assert ops.count("Conv") == 3 and ops.count("HardSigmoid") == 2
    assert "Clip" not in ops and "Div" not in ops
    # The affine before the padded 3×3 convolution is still there.
    assert ops.count("Add") == 1
    x = np.random.default_rng(5).normal(size=(1, 3, 9, 11)).astype(np.float32) * 3
    np.testing.assert_allclose(_run(data, x), _run(str(path), x), rtol=1e-5, atol=1e-3)


def test_unreadable_model_runs_as_shipped(tmp_path: Path) -> None:
    path = tmp_path / "broken.onnx"
    path.write_bytes(b"not a model")
    assert simplified(str(path)) == (None, 0)


def test_engine_loads_the_simplified_graphs() -> None:
    received: list[object] = []

    def session(model: object, *args: object, **kwargs: object) -> None:
        received.append(model)

    create = ocr._simplified_session(session)
    create(str(MODELS / "ch_ppocr_mobile_v2.0_cls_infer.onnx"), sess_options=None)
    assert isinstance(received[0], bytes)
    # The engine itself reads with the simplified graphs: a scan is still read right.
    page = ocr.read(scans.render(scans.PENALTY))
    text = "".join(line.text for line in page.lines)
    assert "142201198507154313" in text and "13912345678" in text
