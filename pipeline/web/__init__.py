"""The reviewers' web desk (``baomi serve``): a server-rendered application over the same
service layer as the command line (``pipeline.service``), so every rule lives there and both
say the same thing. ``app`` signs people in and guards every request (session, CSRF, headers,
access log), ``context`` what every view shares (the desk, the acting user, the language), ``sessions`` keeps the sign-ins, ``work`` the lists and the upload, ``case`` the
case page and its actions and downloads, ``casepage`` lays the case out over the document,
``document`` keeps each document's view and renders page images. Templates, the stylesheet
and the one small script ship inside the package (no build step)."""

from pipeline.web.app import create_app

__all__ = ["create_app"]
