"""The local web app (extra ``web``): read-only pages and JSON over a newstrace database.

Run it with ``newstrace serve``; it binds to 127.0.0.1 by default.
"""
