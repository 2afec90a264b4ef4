"""Find attributions in a parsed Doc: cue, source and content spans, before speaker resolution.

Linear in tokens: one pass over the tokens looks up each lemma in the cue lexicon, and each hit
reads only its own dependency neighbourhood.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from newsgraph.quotes.lexicon import CueVerb, Lexicon, line_patterns, load_lexicon
from newsgraph.quotes.marks import find_quote_spans
from newsgraph.quotes.nominal import nominal_attribution
from newsgraph.quotes.spans import QUOTE_CHARS as _QUOTE_CHARS
from newsgraph.quotes.spans import Span
from newsgraph.quotes.spans import char_span as _char_span
from newsgraph.quotes.spans import subtree_span as _subtree_span
from newsgraph.quotes.spans import trim as _trim

_SUBJECTS = ("nsubj",)
_INHERIT_SUBJECT = ("conj", "xcomp", "advcl")


@dataclass(slots=True)
class Attribution:
    """One attribution found in the text, as char spans (speaker resolution comes later)."""

    cue: Span
    source: Span | None
    source_head: int | None  # token index of the source's head word
    contents: list[Span] = field(default_factory=list)
    direct: bool = False


class _Quotes:
    """The quotation-mark spans of a text, searchable by offset."""

    def __init__(self, text: str) -> None:
        self.text = text  # Doc.text rebuilds the string on every access: read it once
        self.spans = find_quote_spans(text)
        self.starts = [s for s, _ in self.spans]

    def overlapping(self, start: int, end: int) -> list[Span]:
        """Quote spans overlapping [start, end)."""
        i = max(0, bisect_right(self.starts, start) - 1)
        out = []
        while i < len(self.spans) and self.spans[i][0] < end:
            if self.spans[i][1] > start:
                out.append(self.spans[i])
            i += 1
        return out

    def starting_at(self, pos: int) -> Span | None:
        """The quote span opening at ``pos``, if any."""
        i = bisect_right(self.starts, pos) - 1
        return self.spans[i] if i >= 0 and self.spans[i][0] == pos else None


def _subject(tok: Token, quotes: _Quotes) -> Token | None:
    """The subject of a cue verb, looking through coordination, 'saying' and 'to'-clauses.

    A subject inside quotation marks belongs to the quote ('"..., mode," said X'): skipped.
    """
    for _ in range(3):
        for child in tok.children:
            if child.dep_ in _SUBJECTS and not quotes.overlapping(child.idx, child.idx + 1):
                return child
        if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN"):
            return tok.head  # "a tweet attacking X": the tweet is the source
        if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
            tok = tok.head  # "... by saying X": the subject of the verb the phrase modifies
        if tok.dep_ not in (*_INHERIT_SUBJECT, "prep") or tok.head.i == tok.i or tok.head.pos_ not in ("VERB", "AUX"):
            return None
        tok = tok.head
    return None


_SOURCE_TRIM = _QUOTE_CHARS + "\n"


def _source_span(text: str, head: Token) -> Span | None:
    """The source noun phrase: the subject's subtree (abbreviation full stops kept).

    Anything across a line break from the head (a dateline, a quote's closing mark) is left out.
    """
    s, e = _subtree_span(head)
    cut = text.rfind("\n", s, head.idx)
    s = cut + 1 if cut >= 0 else s
    cut = text.find("\n", head.idx, e)
    e = cut if cut >= 0 else e
    while s < e and text[s] in _SOURCE_TRIM:
        s += 1
    return _trim(text, (s, e), full_stop=False)


def _content_child(
    tok: Token, verb: CueVerb, quotes: _Quotes, content_preps: frozenset[str]
) -> tuple[Token | None, Token | None]:
    """The complement carrying the content, and the preposition joined to the cue, if any.

    A preposition of the verb's own entry ('call for') always joins the cue; a generic content
    preposition ('about') only when its object is the content ('said on Friday that' keeps 'said').
    """
    found: dict[str, Token] = {}
    prep: Token | None = None
    times = load_lexicon().time_nouns
    for child in tok.children:
        dep = child.dep_
        lexical = child.lower_ in verb.preps
        if dep in ("prep", "prt") and (lexical or child.lower_ in content_preps):
            objs = [c for c in child.children if c.dep_ in ("pobj", "pcomp") and c.lower_ not in times]
            if not objs and not lexical:
                continue  # 'said on Friday': a time, not the content
            prep = child if lexical or prep is None else prep
            if objs:
                found.setdefault("prep", objs[0])
        elif dep in ("ccomp", "xcomp", "dobj") and (dep not in found or _later_clause(found, child, quotes)):
            found[dep] = child
        elif dep == "oprd" and "dobj" not in found and any(c.dep_ == "oprd" and c.i > child.i for c in tok.rights):
            found["dobj"] = child  # 'called Trump a liar' parsed with two predicatives
    joined = prep if prep is not None and prep.lower_ in verb.preps else None
    if "dobj" in found and _object_complement(tok, found["dobj"], with_preps=False) is not None:
        return found["dobj"], joined
    for dep in ("ccomp", "xcomp", "prep"):
        if dep in found:
            return found[dep], (prep if dep == "prep" else joined)
    clause = _bare_clause(tok)
    if clause is not None:
        return clause, joined
    if "dobj" in found and verb.np_content:
        return found["dobj"], joined
    return None, joined


def _later_clause(found: dict[str, Token], child: Token, quotes: _Quotes) -> bool:
    """Whether a second clausal complement replaces the first: the first clause right of the cue wins.

    A quoted left clause is the first half of a split quote and stays; an unquoted one is usually
    a mis-split sentence ('It is unlikely; the team says she will ...'). Of several clauses right
    of the cue the nearest is the content ('X said A and Y accused B').
    """
    first = found.get("ccomp")
    if child.dep_ != "ccomp" or first is None or first.i > child.head.i:
        return False
    return not quotes.overlapping(first.idx, first.idx + 1)


_OBJECT_PREPS = frozenset({"for", "to", "of", "as", "with", "about", "against", "over", "on"})


def _object_complement(tok: Token, child: Token, with_preps: bool = True) -> Span | None:
    """'called X Y', 'urged X to Y', 'blamed X for Y': the object with its complement, as one span."""
    if child.dep_ not in ("dobj", "oprd"):
        return None
    comps = [c for c in tok.rights if c.dep_ in ("oprd", "xcomp") and c.i > child.i]
    if with_preps:
        nxt = child.right_edge.i + 1
        comps += [c for c in tok.rights if c.dep_ == "prep" and c.i == nxt and c.lower_ in _OBJECT_PREPS]
    if not comps:
        return None
    return _char_span(tok.doc, child.left_edge.i, max(c.right_edge.i for c in comps))


def _bare_clause(tok: Token) -> Token | None:
    """A clause after the cue with its own subject and no conjunction ('said after X he would ...')."""
    for child in tok.rights:
        if child.dep_ in ("advcl", "parataxis") and child.pos_ in ("VERB", "AUX"):
            kids = list(child.children)
            if any(k.dep_ in _SUBJECTS for k in kids) and not any(k.dep_ == "mark" for k in kids):
                return child
    return None


def _paratactic_content(tok: Token) -> tuple[Span | None, Span | None]:
    """Content of a cue parsed as a parenthetical ('..., he said, ...'): the head clause minus the cue's.

    A cue in mid-clause ('The museum, he said, would ...') gives two pieces, before and after it.
    """
    head = tok.head
    if tok.dep_ != "parataxis" or head.i == tok.i:
        return None, None
    before = after = None
    if tok.left_edge.i > head.left_edge.i:
        before = _char_span(tok.doc, head.left_edge.i, tok.left_edge.i - 1)
    if tok.right_edge.i < head.right_edge.i:
        after = _char_span(tok.doc, tok.right_edge.i + 1, head.right_edge.i)
    return (before, after) if before is not None else (after, None)


def _same_paragraph(text: str, content: Span, cue: Span) -> Span | None:
    """Clip a parsed content to the cue's paragraph (a mis-split sentence can reach into the last one).

    Quotes running over several paragraphs are restored afterwards by widening to quotation marks.
    """
    s, e = content
    if s < cue[0]:
        cut = text.rfind("\n", s, cue[0])
        s = cut + 1 if cut >= 0 else s
    if e > cue[1]:
        cut = text.find("\n", max(s, cue[1]), e)
        e = cut if cut >= 0 else e
    return _trim(text, (s, e))


def _adjacent_quote(text: str, quotes: _Quotes, before: int, after: int) -> Span | None:
    """A quote ending just before ``before`` or opening just after ``after`` (only punctuation between)."""
    for s, e in quotes.overlapping(max(0, before - 400), before):
        if e <= before and not text[e:before].strip(" ,.\n"):
            return (s, e)
    j = after
    while j < len(text) and text[j] in " :,\n":
        j += 1
    return quotes.starting_at(j)


def _widen_to_quotes(quotes: _Quotes, content: Span, cue: Span) -> Span:
    """Extend a content span to the whole of every quote it overlaps that does not hold the cue."""
    s, e = content
    for qs, qe in quotes.overlapping(s, e):
        if not (qs <= cue[0] < qe):
            s, e = min(s, qs), max(e, qe)
    return s, e


def _is_direct(quotes: _Quotes, content: Span) -> bool:
    """True when one quote covers (nearly) the whole content."""
    return any(qs <= content[0] + 1 and qe >= content[1] - 1 for qs, qe in quotes.overlapping(*content))


def _negated(tok: Token) -> bool:
    """A negated cue, or one coordinated with a negated verb ('has not condemned ... or called')."""
    heads = (tok, tok.head) if tok.dep_ == "conj" else (tok,)
    return any(c.dep_ == "neg" for h in heads for c in h.children)


def _passive(tok: Token) -> tuple[Token, Token] | None:
    """(agent, patient) of a passive cue: 'Clinton was endorsed by the Times' → (Times, Clinton)."""
    patient = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    obj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return (obj, patient) if obj is not None and patient is not None else None


def _passive_attribution(tok: Token, quotes: _Quotes) -> Attribution | None:
    """A passive cue with an agent: the agent is the source, the passive subject the content."""
    pair = _passive(tok)
    if pair is None:
        return _agentless_passive(tok, quotes)
    content = _trim(quotes.text, _subtree_span(pair[1]))
    source = _source_span(quotes.text, pair[0])
    if content is None or source is None:
        return None
    cue = (_cue_start(tok), tok.idx + len(tok))
    return Attribution(cue=cue, source=source, source_head=pair[0].i, contents=[content], direct=False)


def _agentless_passive(tok: Token, quotes: _Quotes) -> Attribution | None:
    """'X is expected to win', 'X was labeled a threat': no source; the subject and its complement."""
    patient = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    comp = next((c for c in tok.rights if c.dep_ in ("xcomp", "oprd")), None)
    if patient is None or comp is None or patient.i > tok.i:
        return None
    first = _trim(quotes.text, _subtree_span(patient))
    second = _trim(quotes.text, _subtree_span(comp))
    if first is None or second is None:
        return None
    cue = (_cue_start(tok), tok.idx + len(tok))
    return Attribution(cue=cue, source=None, source_head=None, contents=[first, second], direct=False)


_CUE_AUX = frozenset({"aux", "auxpass", "neg"})


def _cue_start(tok: Token) -> int:
    """Where a verbal cue starts: its auxiliaries just before it are part of it ('has said', 'will tell')."""
    first = tok
    i = tok.i - 1
    while i >= 0 and tok.doc[i].head.i == tok.i and tok.doc[i].dep_ in (*_CUE_AUX, "advmod"):
        first = tok.doc[i]  # 'has said', 'to invoke', 'largely agreed'
        i -= 1
    return first.idx


def _verb_attribution(
    doc: Doc, tok: Token, verb: CueVerb, quotes: _Quotes, content_preps: frozenset[str]
) -> Attribution | None:
    """An attribution around a cue verb with a subject, or None."""
    if _negated(tok):
        return None  # a negated cue ("has not condemned"): nothing is attributed
    subj = _subject(tok, quotes)
    if subj is None:
        return _passive_attribution(tok, quotes) if verb.np_content else None
    text = quotes.text
    child, prep = _content_child(tok, verb, quotes, content_preps)
    cue_end_tok = prep if prep is not None and 0 < prep.i - tok.i <= 2 else tok  # 'likened X to': 'likened'
    cue = (_cue_start(tok), cue_end_tok.idx + len(cue_end_tok))
    source = _source_span(text, subj)
    if source is not None and source[0] <= tok.idx < source[1]:  # "a report outlining X": cut at the cue
        source = _trim(text, (source[0], tok.left_edge.idx), full_stop=False)
    rest: Span | None = None
    if child is not None:
        content: Span | None = _object_complement(tok, child, verb.np_content) or _subtree_span(child)
    else:
        content, rest = _paratactic_content(tok)
    if content is not None:
        content = _same_paragraph(text, content, cue)
    if content is None:
        content = _adjacent_quote(text, quotes, min(cue[0], source[0] if source else cue[0]), cue[1])
    if content is None:
        return None
    content = _trim(text, _widen_to_quotes(quotes, content, cue))
    if content is None or (source is not None and content[0] <= source[0] < content[1]):
        return None
    contents = [content]
    rest = _trim(text, _widen_to_quotes(quotes, rest, cue)) if rest is not None else None
    if rest is not None and rest[0] >= max(cue[1], source[1] if source else 0, content[1]):
        contents.append(rest)
    return Attribution(cue, source, subj.i, contents, direct=_is_direct(quotes, content))


_ANY_CLAUSE = CueVerb(lemma="", np_content=False, preps=frozenset())


def _clausal_cue(tok: Token) -> CueVerb | None:
    """Any verb taking a finite clause ('X made clear that ...', 'X hopes Y will ...') is a cue."""
    for child in tok.children:
        if (
            child.dep_ == "ccomp"
            and child.i > tok.i
            and any(k.dep_ == "mark" and k.lower_ == "that" for k in child.children)
        ):
            return _ANY_CLAUSE
    return None


def _stance_attribution(tok: Token, words: frozenset[str], quotes: _Quotes) -> Attribution | None:
    """Copular stance: 'X is sure that Y', 'X is a staunch critic of Y', 'X was willing to Y'."""
    word = next((c for c in tok.children if c.dep_ in ("acomp", "attr") and c.lemma_.lower() in words), None)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if word is None or subj is None or _negated(tok):
        return None
    comp = next((c for c in word.children if c.dep_ in ("ccomp", "xcomp")), None)
    prep = next((c for c in word.children if c.dep_ == "prep"), None) if comp is None else None
    obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    content_tok = comp or obj
    if content_tok is None:
        return None
    content = _trim(quotes.text, _subtree_span(content_tok))
    source = _source_span(quotes.text, subj)
    if content is None:
        return None
    last = prep if prep is not None else word
    cue = (tok.idx, last.idx + len(last))
    return Attribution(cue, source, subj.i, [content], _is_direct(quotes, content))


def _prep_cue_at(doc: Doc, i: int, lexicon: Lexicon) -> int | None:
    """Index of the last word of a prepositional cue starting at token ``i``."""
    lower = doc[i].lower_
    for words in lexicon.prep_cues:
        fits = words[0] == lower and i + len(words) <= len(doc)
        if fits and all(doc[i + k].lower_ == w for k, w in enumerate(words)):
            return i + len(words) - 1
    return None


_SOURCE_PREPS = frozenset({"in", "by", "per"})


def _source_phrase(tok: Token, lexicon: Lexicon) -> bool:
    """'In this poll, ...', 'by one estimate, ...': a preposition whose object names a source.

    Not when it hangs on a cue verb ('said in an interview'): the verb is the cue there.
    """
    if tok.dep_ != "prep" or tok.lower_ not in _SOURCE_PREPS or tok.head.lemma_.lower() in lexicon.verbs:
        return False
    return any(c.dep_ == "pobj" and c.lemma_.lower() in lexicon.source_nouns for c in tok.children)


def _prep_attribution(doc: Doc, text: str, i: int, last: int) -> Attribution | None:
    """'according to X': X is the source; the rest of the sentence is the content."""
    objs = [t for t in doc[last].children if t.dep_ == "pobj"]
    if not objs:
        return None
    source = _source_span(text, objs[0])
    phrase_first = min(doc[i].left_edge.i, i)
    phrase_last = max(objs[0].right_edge.i, last)
    sent = doc[i].sent
    before = _trim(text, (sent.start_char, doc[phrase_first].idx)) if phrase_first > sent.start else None
    after = (
        _trim(text, (doc[phrase_last].idx + len(doc[phrase_last]), sent.end_char))
        if phrase_last + 1 < sent.end
        else None
    )
    pieces = [p for p in (before, after) if p is not None]
    if not pieces:
        return None
    content = max(pieces, key=lambda p: p[1] - p[0])
    cue = (doc[i].idx, doc[last].idx + len(doc[last]))
    return Attribution(cue=cue, source=source, source_head=objs[0].i, contents=[content], direct=False)


def _noun_attribution(tok: Token, text: str, quotes: _Quotes, content_preps: frozenset[str]) -> Attribution | None:
    """An attribution around a cue noun ('her claim that ...'), content widened to its quotes."""
    found = nominal_attribution(tok, text, content_preps)
    if found is None:
        return None
    cue, source, head, content = found
    widened = _trim(text, _widen_to_quotes(quotes, content, cue))
    if widened is None:
        return None
    return Attribution(cue, source, head, [widened], _is_direct(quotes, widened))


def _split_quote(text: str, tok: Token, att: Attribution, quotes: _Quotes, used: set[Span]) -> None:
    """Add the second half of a quote split by its cue ('"...," she said, "..."')."""
    end = max(att.cue[1], att.source[1] if att.source else 0)
    if att.contents[0][0] > end:
        return
    j = end
    while j < len(text) and text[j] in " ,:\n":
        j += 1
    nxt = quotes.starting_at(j)
    if nxt is not None and nxt not in used:
        att.contents.append(nxt)
        used.add(nxt)


def find_attributions(doc: Doc, lexicon: Lexicon) -> list[Attribution]:
    """Every attribution in ``doc``, in text order of their cues."""
    text = doc.text
    quotes = _Quotes(text)
    out: list[Attribution] = []
    used: set[Span] = set()
    for tok in doc:
        att: Attribution | None = None
        last = _prep_cue_at(doc, tok.i, lexicon) if lexicon.prep_cues else None
        if last is None and _source_phrase(tok, lexicon):
            last = tok.i
        if last is not None:
            att = _prep_attribution(doc, text, tok.i, last)
        elif tok.lemma_ == "be" and lexicon.stance_words:
            att = _stance_attribution(tok, lexicon.stance_words, quotes)
        elif tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon.nouns:
            att = _noun_attribution(tok, text, quotes, lexicon.content_preps)
        elif tok.pos_ == "VERB":
            verb = lexicon.verbs.get(tok.lemma_.lower()) or _clausal_cue(tok)
            if verb is not None:
                att = _verb_attribution(doc, tok, verb, quotes, lexicon.content_preps)
                if att is not None:
                    _split_quote(text, tok, att, quotes, used)
        if att is not None:
            used.update(q for q in quotes.overlapping(*att.contents[0]))
            out.append(att)
    out.extend(_line_attributions(doc, quotes))
    _continue_quotes(text, quotes, out, used)
    return _outermost(out)


def _line_attributions(doc: Doc, quotes: _Quotes) -> list[Attribution]:
    """Attributions laid out by lines: 'NAME: text' (transcripts, headlines), '"quote" ― Name'."""
    out = []
    text = quotes.text
    for pattern in line_patterns():
        for m in pattern.finditer(text):
            content = _trim(text, m.span("content"))
            if content is None:
                continue
            tok = doc.char_span(*m.span("source"), alignment_mode="expand")
            head = tok.root.i if tok is not None and len(tok) else None
            out.append(Attribution(m.span("cue"), m.span("source"), head, [content], _is_direct(quotes, content)))
    return out


def _att_end(att: Attribution) -> int:
    return max(att.cue[1], att.source[1] if att.source else 0, *(e for _, e in att.contents))


_TAIL_WORDS = 1  # words allowed after a continuation quote in its paragraph


def _words_after(text: str, pos: int) -> int:
    """Words between ``pos`` and the end of its line."""
    end = text.find("\n", pos)
    return len(text[pos : end if end >= 0 else len(text)].split())


def _continue_quotes(text: str, quotes: _Quotes, atts: list[Attribution], used: set[Span]) -> None:
    """Give an unattributed quote to the direct attribution just before it ('... said X. "More."').

    Only punctuation and whitespace may lie between the attribution's last span and the quote, and
    the quote must end its paragraph: words after it ('"More," said Y.') name another speaker.
    """
    direct = sorted((a for a in atts if a.direct), key=_att_end)
    ends = [_att_end(a) for a in direct]
    for q in quotes.spans:
        if q in used or _words_after(text, q[1]) > _TAIL_WORDS:
            continue
        i = bisect_right(ends, q[0]) - 1
        if i >= 0 and not text[ends[i] : q[0]].strip(" .,:\n") and len(text[q[0] : q[1]].split()) >= 3:
            direct[i].contents.append(q)
            ends[i] = q[1]
            used.add(q)


def _outermost(atts: list[Attribution]) -> list[Attribution]:
    """Drop attributions whose cue lies inside another one's content (nested speech is content).

    Sorted content intervals with a running maximum end answer "is this offset covered?" in log time.
    """
    intervals = sorted(span for att in atts for span in att.contents)
    starts = [s for s, _ in intervals]
    reach: list[int] = []
    for _, e in intervals:
        reach.append(max(e, reach[-1]) if reach else e)
    keep = []
    for att in atts:
        i = bisect_right(starts, att.cue[0]) - 1
        if i < 0 or reach[i] <= att.cue[0]:
            keep.append(att)
    return keep
