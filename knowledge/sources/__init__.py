"""Articles from the web: fetching pages and feeds safely, extracting their text, polling feeds.

- `addresses`: which network addresses may be fetched (no private, loopback, link-local or reserved ones).
- `fetch`: the HTTP client (timeouts, size cap, few redirects, every address checked where it is connected).
- `html`: a page's main text, title and publication date, extracted with trafilatura.
- `pages`: pages read as articles whose source is their address, written into the knowledge base.
- `feeds`: RSS and Atom feeds parsed (with feedparser, from bytes fetched here) into items.
- `feed_state`: validators and seen items of each feed, in SQLite.
- `polling`: one poll of one feed: a conditional request, each new item's page read once.

Nothing here imports discord or handlers.
"""
