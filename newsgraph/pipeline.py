"""extract / extract_batch: the whole path for one article, as a pure function.

The CLI, ingest workers, the API and a Ray/Spark job all call these.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from newsgraph import __version__
from newsgraph.actors import resolve_actors
from newsgraph.clean import clean
from newsgraph.errors import NewsgraphError
from newsgraph.events import code_events
from newsgraph.model import Article, RawDocument, Record
from newsgraph.nlp import get_nlp
from newsgraph.options import Options
from newsgraph.quotes import attribute_quotes
from newsgraph.times import extract_times


@dataclass(slots=True)
class Failure:
    """An input that could not be processed, with a one-line reason."""

    origin: str
    message: str
    reason: str


def _analyse(article: Article, doc: object) -> Record:
    from spacy.tokens import Doc

    assert isinstance(doc, Doc)
    actors = resolve_actors(doc, article)
    quotes = attribute_quotes(doc, actors)
    times = extract_times(doc, article.published)
    events = code_events(doc, article, actors, quotes, times)
    return Record(
        article=article,
        actors=actors.actors,
        quotes=quotes,
        times=times,
        events=events,
        pipeline_version=__version__,
    )


def extract(raw: RawDocument, options: Options | None = None) -> Record:
    """Process one raw document end to end. Raises NewsgraphError on bad input."""
    options = options or Options()
    article = clean(raw, options)
    doc = get_nlp(options.spacy_model)(article.text)
    return _analyse(article, doc)


def extract_batch(raws: Iterable[RawDocument], options: Options | None = None) -> Iterator[Record | Failure]:
    """Process many documents with one model per process, batching the spaCy parse.

    Yields a Record or a Failure per input, in input order.
    """
    options = options or Options()
    nlp = get_nlp(options.spacy_model)
    pending: list[Article | Failure] = []

    def flush() -> Iterator[Record | Failure]:
        articles = [a for a in pending if isinstance(a, Article)]
        docs = iter(nlp.pipe((a.text for a in articles), batch_size=options.batch_size))
        for item in pending:
            if isinstance(item, Failure):
                yield item
                continue
            doc = next(docs)
            try:
                yield _analyse(item, doc)
            except NewsgraphError as exc:
                yield Failure(item.origin or item.id, str(exc), exc.reason)
        pending.clear()

    for raw in raws:
        try:
            pending.append(clean(raw, options))
        except NewsgraphError as exc:
            pending.append(Failure(raw.origin, str(exc), exc.reason))
        if len(pending) >= options.batch_size:
            yield from flush()
    yield from flush()
