"""``baomi serve [--host 127.0.0.1] [--port 8080] [--register URL] [--data DIR]``: the web
desk (``pipeline.web``) on waitress, a production WSGI server in pure Python (it runs the same
on the office's Windows and Linux machines, needs no compiler, and serves the desk's
synchronous service layer with a pool of threads). Bound to localhost unless told otherwise;
behind the office's HTTPS proxy, ``--behind-proxy`` marks cookies Secure and trusts the
proxy's X-Forwarded-* headers from the loopback address only."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.cli.context import Context, guarded, workflow_options


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="监听地址 / address to bind")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--data",
    "data_dir",
    type=click.Path(path_type=Path, file_okay=False),
    help="工作台数据目录（上传、审查结果、公开文本）/ the desk's data folder",
)
@click.option(
    "--behind-proxy",
    is_flag=True,
    help="位于 HTTPS 反向代理之后 / behind the office's HTTPS proxy (Secure cookies)",
)
@click.option("--threads", default=4, show_default=True, type=click.IntRange(1, 64))
@click.option("--idle-minutes", default=30, show_default=True, type=click.IntRange(1, 24 * 60))
@workflow_options
@guarded
def serve_command(
    ctx: Context,
    host: str,
    port: int,
    data_dir: Path | None,
    behind_proxy: bool,
    threads: int,
    idle_minutes: int,
) -> int:
    """启动审查工作台（网页）/ start the web desk."""
    import logging

    import platformdirs
    import waitress

    from pipeline.engines import get_engines
    from pipeline.web import create_app

    folder = data_dir or platformdirs.user_data_path("baomi", appauthor=False) / "desk"
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    register = ctx.register
    config = ctx.config
    config.lang = ctx.lang
    get_engines(config)  # the models load once, before the first upload waits for them
    app = create_app(
        register, config, folder, secure_cookies=behind_proxy, idle_minutes=idle_minutes
    )
    options: dict[str, object] = {"threads": threads, "ident": "baomi"}
    if behind_proxy:
        options.update(
            trusted_proxy="127.0.0.1",
            trusted_proxy_headers={"x-forwarded-proto", "x-forwarded-for", "x-forwarded-host"},
            clear_untrusted_proxy_headers=True,
        )
    click.echo(f"baomi serve: http://{host}:{port}/ ({folder})", err=True)
    waitress.serve(app, host=host, port=port, **options)
    return 0


COMMANDS = (serve_command,)
